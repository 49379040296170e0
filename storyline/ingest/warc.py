"""The WARC reader: every HTML response record of a WARC file (plain or gzipped) becomes a document.

The WARC date is the crawl date, not the publication date, so it is not used as one."""

from __future__ import annotations

from collections.abc import Iterator

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from storyline.errors import EmptyInput, UnreadableInput
from storyline.ingest.decode import decode
from storyline.ingest.html import extract_html
from storyline.model import RawDocument, Rejected


def read_warc(source: str, path: str) -> Iterator[RawDocument | Rejected]:
    """Every HTML response in the WARC file at `path`, numbered `source#N` from 1 in file order."""
    number = 0
    try:
        for record in ArchiveIterator(path, record_types=WarcRecordType.response, parse_http=True):
            if not _is_html(record):
                continue
            number += 1
            yield _document(f"{source}#{number}", record)
    except (OSError, ValueError) as error:
        yield Rejected(
            stage="ingest", source=source, reason=f"unreadable WARC: {error}", code=UnreadableInput.code
        )
        return
    if number == 0:
        yield Rejected(
            stage="ingest", source=source, reason="WARC holds no HTML response records", code=EmptyInput.code
        )


def _is_html(record: WarcRecord) -> bool:
    content_type = record.http_content_type or ""
    return "html" in content_type.lower()


def _document(source: str, record: WarcRecord) -> RawDocument | Rejected:
    data = record.reader.read()
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
