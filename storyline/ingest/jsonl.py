"""The JSON Lines reader: one RawDocument per line with `text` and optional title, url, published, outlet."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from storyline.errors import EmptyInput, UnreadableInput
from storyline.ingest.dates import parse_day, publication
from storyline.ingest.decode import decode
from storyline.model import PublicationDate, RawDocument, Rejected


def read_jsonl(source: str, data: bytes) -> Iterator[RawDocument | Rejected]:
    """Every non-blank line of the file; a bad line is a Rejected of its own (`source#N`, N the line)."""
    text = decode(source, data)
    if isinstance(text, Rejected):
        yield text
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield read_record(f"{source}#{number}", line)


def read_record(source: str, line: str) -> RawDocument | Rejected:
    """One RawDocument from one JSON line, or a Rejected saying what is wrong with the line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return _reject(
            source, f"line is not valid JSON ({error.msg} at column {error.colno})", UnreadableInput
        )
    if not isinstance(record, dict):
        return _reject(source, "line is not a JSON object with a `text` field", UnreadableInput)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return _reject(source, "JSON object has no `text` (or it is empty)", EmptyInput)
    return RawDocument(
        source=source,
        format="jsonl",
        raw_text=text,
        title=_string(record.get("title")),
        url=_string(record.get("url")),
        outlet=_string(record.get("outlet")),
        author=_string(record.get("author")),
        published=_published(record),
    )


def _published(record: dict[str, Any]) -> PublicationDate:
    value = _string(record.get("published"))
    day = parse_day(value) if value else None
    return publication(day, "metadata", f"published: {value}")


def _string(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _reject(source: str, reason: str, error: type[EmptyInput] | type[UnreadableInput]) -> Rejected:
    return Rejected(stage="ingest", source=source, reason=reason, code=error.code)
