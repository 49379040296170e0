"""The JSON Lines reader: one RawDocument per line with `text` and optional title, url, published, outlet."""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterator
from typing import Any

from storyline.errors import EmptyInput, UnreadableInput
from storyline.ingest.dates import parse_day, publication
from storyline.ingest.decode import decode, looks_binary
from storyline.ingest.limits import MAX_FILE_BYTES, MAX_LINE_BYTES, too_large
from storyline.model import PublicationDate, RawDocument, Rejected

_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # UTF-32 BOMs start with these too


def read_jsonl_stream(source: str, stream: io.BufferedIOBase) -> Iterator[RawDocument | Rejected]:
    """Every non-blank line of a JSON Lines stream, read one line at a time (memory: one line).

    A line over MAX_LINE_BYTES is rejected alone; a UTF-16/32 or binary file is read whole, as before.
    """
    head = stream.peek(8192)[:8192]  # type: ignore[attr-defined]
    if head.startswith(_WIDE_BOMS) or looks_binary(head):
        data = stream.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            yield too_large(source, len(data), MAX_FILE_BYTES)
        else:
            yield from read_jsonl(source, data)
        return
    number = 0
    while line := stream.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            yield too_large(f"{source}#{number}", _skip_line(stream) + len(line), MAX_LINE_BYTES, "line")
        elif line.strip():
            yield _line(f"{source}#{number}", line.removeprefix(codecs.BOM_UTF8) if number == 1 else line)


def _skip_line(stream: io.BufferedIOBase) -> int:
    """Read past the rest of an over-long line; how many bytes it had."""
    skipped = 0
    while chunk := stream.readline(1 << 20):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _line(source: str, line: bytes) -> RawDocument | Rejected:
    try:
        text: str | Rejected = line.decode("utf-8")
    except UnicodeDecodeError:
        text = decode(source, line)
    return text if isinstance(text, Rejected) else read_record(source, text)


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
