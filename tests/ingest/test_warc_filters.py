"""WARC record filters: host of the target URI, language (metadata or detected), crawl date; streamed."""

from __future__ import annotations

import datetime as dt
import gzip
import uuid
from pathlib import Path

import pytest

from storyline.errors import InputError
from storyline.ingest import RecordFilters, read_paths, record_filters
from storyline.ingest.filters import date_kept, host_kept, record_language
from storyline.model import RawDocument, Skipped

ENGLISH = (
    "The city council voted on Tuesday to extend the tram line to the northern districts. "
    "The mayor said the work would start next spring and cost less than the bridge repairs."
)
RUSSIAN = (
    "Городской совет во вторник проголосовал за продление трамвайной линии в северные районы. "
    "Мэр заявил, что работы начнутся следующей весной и обойдутся дешевле ремонта моста."
)


def page(title: str, text: str) -> bytes:
    body = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    body += "".join(f"<p>{text}</p>" for _ in range(3)) + "</article></body></html>"
    return body.encode("utf-8")


def response(uri: str, day: str, body: bytes, language: str | None = None) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = [
        "WARC/1.0",
        "WARC-Type: response",
        f"WARC-Target-URI: {uri}",
        f"WARC-Date: {day}T08:30:00Z",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, uri)}>",
        "Content-Type: application/http; msgtype=response",
        *([f"WARC-Identified-Content-Language: {language}"] if language else []),
        f"Content-Length: {len(http)}",
    ]
    return gzip.compress("\r\n".join(head).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")


@pytest.fixture()
def crawl(tmp_path: Path) -> Path:
    path = tmp_path / "news.warc.gz"
    path.write_bytes(
        response("https://www.ledger.example/tram", "2024-01-05", page("Tram line", ENGLISH))
        + response("https://gazeta.example/tram", "2024-01-06", page("Трамвай", RUSSIAN))
        + response("https://ledger.example/bridge", "2024-02-01", page("Bridge", ENGLISH), "rus,eng")
        + response("https://notledger.example/x", "2024-01-05", page("Other", ENGLISH))
    )
    return path


def kept(path: Path, filters: RecordFilters) -> tuple[list[str], list[str]]:
    outcomes = list(read_paths([str(path)], filters=filters))
    sources = [o.source.rsplit("#", 1)[1] for o in outcomes if isinstance(o, RawDocument)]
    return sources, [o.reason for o in outcomes if isinstance(o, Skipped)]


def test_no_filters_keep_every_record(crawl: Path) -> None:
    assert kept(crawl, RecordFilters()) == (["1", "2", "3", "4"], [])


def test_host_keeps_its_subdomains_only(crawl: Path) -> None:
    sources, skipped = kept(crawl, record_filters(hosts=["ledger.example"]))
    assert sources == ["1", "3"]  # numbering counts the records set aside: sources never move
    assert skipped == ["2 WARC record(s) outside the filters (host 2)"]


def test_language_from_metadata_first_then_detected(crawl: Path) -> None:
    assert kept(crawl, record_filters(languages=["ru"]))[0] == ["2", "3"]  # 3 says rus in its metadata
    assert kept(crawl, record_filters(languages=["en"]))[0] == ["1", "4"]


def test_crawl_dates_are_inclusive(crawl: Path) -> None:
    sources, skipped = kept(crawl, record_filters(since="2024-01-05", until="2024-01-06"))
    assert sources == ["1", "2", "4"]
    assert skipped == ["1 WARC record(s) outside the filters (date 1)"]


def test_filters_combine(crawl: Path) -> None:
    filters = record_filters(hosts=["ledger.example"], languages=["en"], until="2024-01-31")
    sources, skipped = kept(crawl, filters)
    assert sources == ["1"]
    assert skipped == ["3 WARC record(s) outside the filters (date 1, host 2)"]


def test_unusable_filters_are_usage_errors() -> None:
    with pytest.raises(InputError, match="--warc-since"):
        record_filters(since="last week")
    with pytest.raises(InputError, match="--warc-lang"):
        record_filters(languages=["english"])


def test_filter_helpers() -> None:
    assert host_kept(RecordFilters(hosts=("bbc.co.uk",)), "https://WWW.BBC.CO.UK/news/1")
    assert not host_kept(RecordFilters(hosts=("bbc.co.uk",)), "https://bbc.co.uk.evil.example/")
    assert not date_kept(RecordFilters(since=dt.date(2024, 1, 1)), "garbage")
    assert record_language("eng", "") == "en" and record_language(None, RUSSIAN) == "ru"
