"""HTML reading: main text, title, outlet, author and date from the page; broken pages rejected."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.ingest import read_paths
from storyline.ingest.html import read_html
from storyline.model import RawDocument, Rejected

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


@pytest.fixture(scope="module")
def page() -> RawDocument:
    [raw] = list(read_paths([str(FIXTURES / "page.html")]))
    assert isinstance(raw, RawDocument)
    return raw


def test_metadata_from_the_page(page: RawDocument) -> None:
    assert page.format == "html"
    assert page.title == "Vilnius tram plan clears first vote"
    assert page.outlet == "Northern Ledger"
    assert page.author == "Ona Petraitis"
    assert (page.published.value, page.published.source) == ("2023-05-17", "metadata")
    assert page.header_spans == ()


def test_main_text_without_navigation_cookies_related_or_footer(page: RawDocument) -> None:
    assert "deputy mayor Linas Jonaitis" in page.raw_text
    assert "answer within two months" in page.raw_text
    for junk in ("Politics", "cookies", "Kaunas buys", "All rights reserved", "Privacy"):
        assert junk not in page.raw_text


def test_truncated_page_without_text_is_rejected() -> None:
    [rejected] = list(read_paths([str(FIXTURES / "truncated.html")]))
    assert isinstance(rejected, Rejected)
    assert rejected.code == "E102" and "no article text" in rejected.reason


@pytest.mark.parametrize("data", [b"<html><body><div><p", b"<<<>>> &&& \x01", b""])
def test_garbage_html_is_rejected_not_raised(data: bytes) -> None:
    assert isinstance(read_html("junk.html", data), Rejected)


def test_page_cut_in_the_middle_keeps_the_text_it_has() -> None:
    html = (FIXTURES / "page.html").read_bytes()
    cut = html[: html.index(b"The transport ministry")]
    raw = read_html("cut.html", cut)
    assert isinstance(raw, RawDocument)
    assert "Linas Jonaitis" in raw.raw_text


def test_page_without_markup_date_falls_back_to_text_search() -> None:
    html = b"""<html><head><title>Grain deal</title></head><body><article>
    <p>Published 12 April 2022</p>
    <p>The two ministers signed the grain transit agreement in the port city after a long night of talks,
    officials said, and the first trains are expected to run in May under the new rules.</p>
    <p>Farmers' groups welcomed the deal but asked for more storage capacity near the border crossings.</p>
    </article></body></html>"""
    raw = read_html("nodate.html", html)
    assert isinstance(raw, RawDocument)
    assert (raw.published.value, raw.published.source) == ("2022-04-12", "text")
    assert raw.published.confidence < 0.9
