"""Bounds on what reading one file may cost: bytes read, bytes decompressed, one document's length.

A gzip stream may always inflate to MIN_INFLATE_BYTES, and beyond that to INFLATE_RATIO times its
compressed size: news HTML and WARC compress 4-10 times, a gzip bomb about 1,000 times, so a bomb is
refused after a bounded amount of work while streaming, with constant memory.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import zlib
from typing import BinaryIO

from storyline.errors import InputTooLarge, UnreadableInput
from storyline.model import Rejected
from storyline.settings import MAX_DOCUMENT_CHARS

MIB = 1 << 20
MAX_FILE_BYTES = 64 * MIB  # a text, HTML or feed file (or a .gz's content) is read whole up to this
MAX_RECORD_BYTES = 32 * MIB  # one WARC record (an HTML page with its HTTP headers)
MAX_LINE_BYTES = 32 * MIB  # one JSON line (a 5M-character article, escaped, fits)
MIN_INFLATE_BYTES = 256 * MIB
INFLATE_RATIO = 50


class BoundedStream(io.RawIOBase):
    """A read-only stream over `inner` that raises InputTooLarge once more than `limit` bytes came out."""

    def __init__(self, inner: BinaryIO, limit: int, what: str) -> None:
        super().__init__()
        self._inner = inner
        self.limit = limit
        self.what = what
        self.total = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        count = self._inner.readinto(buffer)  # type: ignore[attr-defined]
        self.total += count
        if self.total > self.limit:
            raise InputTooLarge(f"{self.what} is over {self.limit // MIB:,} MB", hint=_BOMB_HINT)
        return int(count)

    def tell(self) -> int:
        return self.total

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        """Only forward (what a stream reader asks to skip or to learn its position), by reading."""
        target = offset + (self.total if whence == io.SEEK_CUR else 0)
        if whence == io.SEEK_END or target < self.total:
            raise io.UnsupportedOperation("a decompressed stream only seeks forward")
        while self.total < target and self.read(min(target - self.total, 1 << 20)):
            pass
        return self.total

    def close(self) -> None:
        self._inner.close()
        super().close()


_ENTITY_DECLARATION = re.compile(rb"<!ENTITY\s", re.I)  # real pages and feeds declare none
_DTD_SNIFF = 1 << 16
_BOMB_HINT = "a gzip bomb, or an archive too big for one file: split it"


def inflate_limit(compressed_bytes: int) -> int:
    """How far a gzip stream of `compressed_bytes` may decompress before it is refused."""
    return max(MIN_INFLATE_BYTES, INFLATE_RATIO * compressed_bytes)


def open_gunzip(path: str) -> BoundedStream:
    """The decompressed content of the gzip file at `path`, as a stream bounded by inflate_limit."""
    limit = inflate_limit(os.path.getsize(path))
    return BoundedStream(gzip.open(path, "rb"), limit, "decompressed content")  # type: ignore[arg-type]


def read_gunzip(path: str) -> bytes:
    """The whole decompressed content of a (not WARC) .gz file, at most MAX_FILE_BYTES.

    Raises InputTooLarge past the bound, UnreadableInput when the gzip data is corrupt or cut off.
    """
    limit = min(MAX_FILE_BYTES, inflate_limit(os.path.getsize(path)))
    try:
        with BoundedStream(gzip.open(path, "rb"), limit, "decompressed content") as stream:  # type: ignore[arg-type]
            return stream.read()
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        raise UnreadableInput(f"corrupt or truncated gzip data ({error})") from error


def too_large(source: str, size: int, limit: int, what: str = "file") -> Rejected:
    """The Rejected for an input over a size bound, saying both sizes and what to do."""
    return Rejected(
        stage="ingest",
        source=source,
        reason=f"{what} too large ({size / MIB:,.1f} MB, at most {limit // MIB:,} MB): split it",
        code=InputTooLarge.code,
    )


def text_too_long(source: str, text: str) -> Rejected | None:
    """A Rejected when one document's text is over MAX_DOCUMENT_CHARS (nothing could analyse it in time)."""
    if len(text) <= MAX_DOCUMENT_CHARS:
        return None
    reason = (
        f"document too long ({len(text):,} characters, at most {MAX_DOCUMENT_CHARS:,}): "
        "split it into articles"
    )
    return Rejected(stage="ingest", source=source, reason=reason, code=InputTooLarge.code)


def declares_entities(source: str, data: bytes) -> Rejected | None:
    """A Rejected for HTML or a feed that declares its own XML entities (how entity bombs are made)."""
    if not _ENTITY_DECLARATION.search(data[:_DTD_SNIFF]):
        return None
    reason = "declares its own XML entities (an entity bomb?): not read"
    return Rejected(stage="ingest", source=source, reason=reason, code=InputTooLarge.code)
