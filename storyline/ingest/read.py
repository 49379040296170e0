"""The ingest stage: every path, folder or glob in, one RawDocument or Rejected per article out."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence

from storyline.errors import UnreadableInput, UnsupportedFormat
from storyline.ingest.detect import FEED, HTML, JSONL, TEXT, WARC, detect_format, extension
from storyline.ingest.feed import read_feed
from storyline.ingest.html import read_html
from storyline.ingest.jsonl import read_jsonl
from storyline.ingest.paths import expand_paths
from storyline.ingest.published import DatingOptions, date_document
from storyline.ingest.text import read_text
from storyline.ingest.warc import read_warc
from storyline.model import RawDocument, Rejected

log = logging.getLogger(__name__)
SUPPORTED = ".txt .text .md .html .htm .xml .rss .atom .jsonl .ndjson .warc .warc.gz"


def read_paths(paths: Sequence[str], dating: DatingOptions | None = None) -> Iterator[RawDocument | Rejected]:
    """Read every file named by `paths`; unreadable files and items come back as Rejected, never raised.

    Each document's publication date is then chosen as `storyline.ingest.published` says.
    """
    options = dating or DatingOptions()
    for path in expand_paths(paths):
        if isinstance(path, Rejected):
            yield path
            continue
        for outcome in read_file(path):
            yield outcome if isinstance(outcome, Rejected) else date_document(outcome, options)


def read_file(path: str) -> Iterator[RawDocument | Rejected]:
    """The documents in one file; a reader failure ends this file with a Rejected, not the batch."""
    try:
        yield from _read(path)
    except Exception as error:  # a library choking on odd input must not stop the batch
        log.debug("reader failed on %s", path, exc_info=True)
        reason = f"reader failed ({type(error).__name__}: {error}); the file may be corrupt"
        yield Rejected(stage="ingest", source=path, reason=reason, code=UnreadableInput.code)


def _read(path: str) -> Iterable[RawDocument | Rejected]:
    with open(path, "rb") as handle:
        head = handle.read(4096)
    kind = detect_format(path, head)
    if kind == WARC:
        return read_warc(path, path)
    if kind is None:
        return [_unsupported(path)]
    with open(path, "rb") as handle:
        data = handle.read()
    if kind == TEXT:
        return [read_text(path, data)]
    if kind == HTML:
        return [read_html(path, data)]
    if kind == FEED:
        return read_feed(path, data)
    if kind == JSONL:
        return read_jsonl(path, data)
    raise AssertionError(f"no reader for format {kind}")


def _unsupported(path: str) -> Rejected:
    found = extension(path) or "no extension"
    reason = f"unsupported format ({found}, not a feed/HTML/WARC by content); storyline reads {SUPPORTED}"
    return Rejected(stage="ingest", source=path, reason=reason, code=UnsupportedFormat.code)
