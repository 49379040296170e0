"""The WARC reader: every HTML response record of a WARC file (plain or gzipped) becomes a document.

The WARC date is the crawl date, not the publication date, so it is not used as one (only to filter).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from storyline.errors import EmptyInput, InputTooLarge, UnreadableInput
from storyline.ingest.decode import decode
from storyline.ingest.filters import (
    LANGUAGE_HEADER,
    FilterTally,
    RecordFilters,
    date_kept,
    host_kept,
    language_kept,
)
from storyline.ingest.html import extract_html
from storyline.ingest.limits import MAX_RECORD_BYTES, declares_entities, open_gunzip, too_large
from storyline.model import RawDocument, Rejected, Skipped

_GZIP_MAGIC = b"\x1f\x8b"


def read_warc(
    source: str, path: str, filters: RecordFilters | None = None
) -> Iterator[RawDocument | Rejected | Skipped]:
    """Every HTML response in the WARC file at `path`, numbered `source#N` from 1 in file order.

    A gzipped WARC is decompressed as a bounded stream (storyline/ingest/limits.py): a gzip bomb is
    refused for its file after a bounded amount of work; a record over MAX_RECORD_BYTES alone.
    Records outside `filters` (storyline/ingest/filters.py) are counted in one Skipped for the file;
    the numbering counts them, so a record keeps its source whatever the filters.
    """
    number = 0
    tally = FilterTally()
    try:
        with _open(path) as stream:
            records = ArchiveIterator(
                stream, record_types=WarcRecordType.response, parse_http=True, stream_detect=False
            )
            for record in records:
                if not _is_html(record):
                    continue
                number += 1
                outcome = _kept(f"{source}#{number}", record, filters or RecordFilters(), tally)
                if outcome is not None:
                    yield outcome
    except InputTooLarge as error:
        yield Rejected(stage="ingest", source=source, reason=error.message, code=error.code)
        return
    except (OSError, ValueError, EOFError) as error:
        yield Rejected(
            stage="ingest", source=source, reason=f"unreadable WARC: {error}", code=UnreadableInput.code
        )
        return
    if number == 0:
        yield Rejected(
            stage="ingest", source=source, reason="WARC holds no HTML response records", code=EmptyInput.code
        )
    reason = tally.reason()
    if reason:
        yield Skipped(stage="ingest", source=source, reason=reason)


def _kept(
    source: str, record: WarcRecord, filters: RecordFilters, tally: FilterTally
) -> RawDocument | Rejected | None:
    """The record's document if the filters keep it (host and date before its body is read)."""
    if not host_kept(filters, record.headers.get("WARC-Target-URI")):
        tally.dropped["host"] += 1
        return None
    if not date_kept(filters, record.headers.get("WARC-Date")):
        tally.dropped["date"] += 1
        return None
    outcome = _document(source, record)
    declared = record.headers.get(LANGUAGE_HEADER)
    if isinstance(outcome, RawDocument) and not language_kept(filters, declared, outcome.raw_text):
        tally.dropped["language"] += 1
        return None
    return outcome


def _open(path: str) -> BinaryIO:
    with open(path, "rb") as handle:
        gzipped = handle.read(2) == _GZIP_MAGIC
    return open_gunzip(path) if gzipped else open(path, "rb")  # type: ignore[return-value]


def _is_html(record: WarcRecord) -> bool:
    content_type = record.http_content_type or ""
    return "html" in content_type.lower()


def _document(source: str, record: WarcRecord) -> RawDocument | Rejected:
    data = record.reader.read(MAX_RECORD_BYTES + 1)
    if len(data) > MAX_RECORD_BYTES:
        return too_large(source, record.content_length, MAX_RECORD_BYTES, "WARC record")
    declares = declares_entities(source, data)
    if declares is not None:
        return declares
    url = record.headers.get("WARC-Target-URI") or None
    html = _decode_declared(data, record.http_charset) or decode(source, data)
    if isinstance(html, Rejected):
        return html
    return extract_html(source, html, url=url, fmt="warc")


def _decode_declared(data: bytes, charset: str | None) -> str | None:
    """`data` decoded with the charset the HTTP header declares, if any and if it fits."""
    if not charset:
        return None
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None
