"""Feed reading: one document per RSS/Atom item with its own date, link and outlet; bad items reported."""

from __future__ import annotations

import shutil
from pathlib import Path

from storyline.ingest import read_paths
from storyline.ingest.feed import read_feed
from storyline.model import RawDocument, Rejected

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_rss_items_with_one_bad_item_among_good_ones() -> None:
    source = str(FIXTURES / "feed.rss")
    first, bad, third = list(read_paths([source]))
    assert isinstance(first, RawDocument) and isinstance(third, RawDocument)
    assert [first.source, third.source] == [f"{source}#1", f"{source}#3"]
    assert first.format == "feed"
    assert first.outlet == third.outlet == "Lakeside Courier"
    assert first.title == "Ice fishing season opens early on Lake Peipus"
    assert first.url == "https://courier.example.org/ice-fishing"
    assert first.author == "Marta Ilves"
    assert first.raw_text.split("\n\n") == [
        "Rescue services said on Monday that the ice near the eastern shore is now thick enough for anglers.",
        "They still asked people to stay away from the river mouths.",
    ]
    # 01:15 at +02:00 is the 10th for the outlet's readers (the 9th in UTC).
    assert (first.published.value, first.published.source) == ("2023-01-10", "metadata")
    assert third.published.value == "2023-01-12"
    assert isinstance(bad, Rejected)
    assert (bad.source, bad.code, bad.stage) == (f"{source}#2", "E102", "ingest")
    assert "https://courier.example.org/gallery" in bad.reason


def test_atom_entries_content_summary_and_dates() -> None:
    first, second = list(read_paths([str(FIXTURES / "feed.atom")]))
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.outlet == "Delta Wire"
    assert first.author == "Piotr Zielinski"
    assert first.url == "https://wire.example.net/gdansk-grain"
    assert first.published.value == "2024-03-01"  # published wins over updated, local date kept
    assert second.published.value == "2024-03-02"  # no published: updated
    assert second.raw_text.startswith("Unions and the ferry company")


def test_malformed_feed_is_reported() -> None:
    outcomes = list(read_paths([str(FIXTURES / "broken.rss")]))
    assert outcomes and all(isinstance(o, Rejected) for o in outcomes)
    assert all("malformed" in o.reason for o in outcomes if isinstance(o, Rejected))


def test_garbage_and_empty_feeds() -> None:
    [garbage] = list(read_feed("x.rss", b"\x00\x01 not xml at all <<<"))
    assert isinstance(garbage, Rejected) and garbage.code == "E101"
    [empty] = list(
        read_feed(
            "y.rss", b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
        )
    )
    assert isinstance(empty, Rejected) and empty.code == "E102"


def test_feed_recognised_by_content_without_a_feed_extension(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "feed.atom", tmp_path / "latest.xml")
    shutil.copy(FIXTURES / "feed.atom", tmp_path / "latest")
    outcomes = list(read_paths([str(tmp_path)]))
    assert [o.format for o in outcomes if isinstance(o, RawDocument)] == ["feed"] * 4


def test_xml_that_is_not_a_feed_is_unsupported() -> None:
    [rejected] = list(read_paths([str(FIXTURES / "notes.xml")]))
    assert isinstance(rejected, Rejected) and rejected.code == "E103"
