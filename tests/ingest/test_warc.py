"""WARC reading: HTML responses become documents (plain and gzipped WARC); other records are skipped."""

from __future__ import annotations

import gzip
import uuid
from pathlib import Path

from storyline.ingest import read_paths
from storyline.model import RawDocument, Rejected

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def warc_record(record_type: str, uri: str, block: bytes, content_type: str) -> bytes:
    """One WARC/1.0 record around `block`."""
    head = (
        "WARC/1.0\r\n"
        f"WARC-Type: {record_type}\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        "WARC-Date: 2024-01-05T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, record_type + uri)}>\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return head.encode("ascii") + block + b"\r\n\r\n"


def http_response(body: bytes, content_type: str) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


def build_warc() -> list[bytes]:
    page = (FIXTURES / "page.html").read_bytes()
    response = "application/http; msgtype=response"
    return [
        warc_record(
            "request",
            "https://ledger.example.lt/tram",
            b"GET /tram HTTP/1.1\r\n\r\n",
            "application/http; msgtype=request",
        ),
        warc_record(
            "response",
            "https://ledger.example.lt/tram",
            http_response(page, "text/html; charset=utf-8"),
            response,
        ),
        warc_record(
            "response",
            "https://ledger.example.lt/logo.png",
            http_response(b"\x89PNG\r\n", "image/png"),
            response,
        ),
        warc_record(
            "response",
            "https://ledger.example.lt/empty",
            http_response(b"<html><body></body></html>", "text/html"),
            response,
        ),
    ]


def test_html_responses_become_documents(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(build_warc()))
    first, second = list(read_paths([str(path)]))
    assert isinstance(first, RawDocument)
    assert (first.source, first.format) == (f"{path}#1", "warc")
    assert first.url == "https://ledger.example.lt/tram"
    assert first.title == "Vilnius tram plan clears first vote"
    assert first.published.value == "2023-05-17"
    assert "Linas Jonaitis" in first.raw_text
    assert isinstance(second, Rejected) and second.source == f"{path}#2"


def test_gzipped_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(gzip.compress(record) for record in build_warc()))
    outcomes = list(read_paths([str(path)]))
    assert isinstance(outcomes[0], RawDocument) and "Linas Jonaitis" in outcomes[0].raw_text


def test_broken_warc_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"WARC/1.0\r\nthis is not a record")
    outcomes = list(read_paths([str(path)]))
    assert outcomes and all(isinstance(o, Rejected) for o in outcomes)
