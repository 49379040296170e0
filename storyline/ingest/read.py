"""The ingest stage: every path, folder or glob in, one RawDocument, Rejected or Skipped per input out."""

from __future__ import annotations

import io
import logging
import os
import stat
from collections.abc import Iterable, Iterator, Sequence

from storyline.errors import StorylineError, UnreadableInput, UnsupportedFormat
from storyline.ingest.detect import (
    FEED,
    HTML,
    JSONL,
    TEXT,
    WARC,
    detect_format,
    extension,
    is_gzip,
    never_read,
)
from storyline.ingest.feed import read_feed
from storyline.ingest.filters import RecordFilters
from storyline.ingest.html import read_html
from storyline.ingest.jsonl import read_jsonl_stream
from storyline.ingest.limits import (
    MAX_FILE_BYTES,
    declares_entities,
    open_gunzip,
    read_gunzip,
    text_too_long,
    too_large,
)
from storyline.ingest.paths import expand_paths, special_kind
from storyline.ingest.published import DatingOptions, date_document
from storyline.ingest.text import read_text
from storyline.ingest.warc import read_warc
from storyline.model import RawDocument, Rejected, Skipped

log = logging.getLogger(__name__)
SUPPORTED = ".txt .text .md .html .htm .xml .rss .atom .jsonl .ndjson .warc (and each of them .gz)"


def read_paths(
    paths: Sequence[str], dating: DatingOptions | None = None, filters: RecordFilters | None = None
) -> Iterator[RawDocument | Rejected | Skipped]:
    """Read every file named by `paths`; unreadable files and items come back as Rejected, never raised.

    Special files and kinds storyline never reads, found inside folders or by globs, come back as
    Skipped (not an error); named on their own they are Rejected. Each document's publication date
    is then chosen as `storyline.ingest.published` says; `filters` select WARC records.
    """
    options = dating or DatingOptions()
    for path in expand_paths(paths):
        if not isinstance(path, str):
            yield path
            continue
        for outcome in read_file(path, filters):
            yield date_document(outcome, options) if isinstance(outcome, RawDocument) else outcome


def read_file(path: str, filters: RecordFilters | None = None) -> Iterator[RawDocument | Rejected | Skipped]:
    """The documents in one file; a reader failure ends this file with a Rejected, not the batch."""
    try:
        for outcome in _read(path, filters):
            too_long = (
                text_too_long(outcome.source, outcome.raw_text) if isinstance(outcome, RawDocument) else None
            )
            yield too_long or outcome
    except StorylineError as error:
        yield Rejected(stage="ingest", source=path, reason=error.message, code=error.code)
    except Exception as error:  # a library choking on odd input must not stop the batch
        log.debug("reader failed on %s", path, exc_info=True)
        reason = f"reader failed ({type(error).__name__}: {error}); the file may be corrupt"
        yield Rejected(stage="ingest", source=path, reason=reason, code=UnreadableInput.code)


def _read(path: str, filters: RecordFilters | None) -> Iterable[RawDocument | Rejected | Skipped]:
    info = os.stat(path)  # before any open: a FIFO or device would block or never end
    if not stat.S_ISREG(info.st_mode):
        return [_rejected(path, f"{special_kind(info.st_mode)}, not a regular file: not opened")]
    kind_name = never_read(path)
    if kind_name is not None:
        return [_rejected(path, f"{kind_name} ({extension(path)}): storyline does not read these")]
    with open(path, "rb") as handle:
        head = handle.read(4096)
    kind = detect_format(path, head)
    if kind == WARC:
        return read_warc(path, path, filters)
    if kind == JSONL:
        return _jsonl(path)
    if is_gzip(path):
        data = read_gunzip(path)
        kind = detect_format(path, data[:4096])
    elif info.st_size > MAX_FILE_BYTES:
        return [too_large(path, info.st_size, MAX_FILE_BYTES)]
    else:
        with open(path, "rb") as handle:
            data = handle.read()
    return _parse(path, kind, data)


def _parse(path: str, kind: str | None, data: bytes) -> Iterable[RawDocument | Rejected]:
    declares = declares_entities(path, data) if kind in (HTML, FEED) else None
    if declares is not None:
        return [declares]
    if kind == TEXT:
        return [read_text(path, data)]
    if kind == HTML:
        return [read_html(path, data)]
    if kind == FEED:
        return read_feed(path, data)
    return [_unsupported(path)]


def _jsonl(path: str) -> Iterator[RawDocument | Rejected]:
    with open_gunzip(path) if is_gzip(path) else open(path, "rb", buffering=0) as raw:
        yield from read_jsonl_stream(path, io.BufferedReader(raw, 1 << 16))


def _rejected(path: str, reason: str) -> Rejected:
    return Rejected(stage="ingest", source=path, reason=reason, code=UnsupportedFormat.code)


def _unsupported(path: str) -> Rejected:
    found = extension(path) or "no extension"
    reason = f"unsupported format ({found}, not a feed/HTML/WARC by content); storyline reads {SUPPORTED}"
    return Rejected(stage="ingest", source=path, reason=reason, code=UnsupportedFormat.code)
