"""The plain-text reader: the decoded file is the raw text; header lines at the top become fields."""

from __future__ import annotations

from storyline.ingest.decode import decode
from storyline.ingest.headers import parse_header
from storyline.model import RawDocument, Rejected


def read_text(source: str, data: bytes) -> RawDocument | Rejected:
    """One RawDocument from a text file's bytes, with its header lines read into fields."""
    text = decode(source, data)
    if isinstance(text, Rejected):
        return text
    header = parse_header(text)
    return RawDocument(
        source=source,
        format="text",
        raw_text=text,
        title=header.title,
        outlet=header.outlet,
        author=header.author,
        url=header.url,
        published=header.published,
        header_spans=header.spans,
    )
