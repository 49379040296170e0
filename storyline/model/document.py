"""Documents before and after cleaning, with the map from cleaned offsets back to raw offsets."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from storyline.model.dates import PublicationDate


@dataclass(frozen=True, slots=True, kw_only=True)
class RawDocument:
    """One article as a reader produced it, before cleaning.

    `raw_text` is the text the reader produced: the decoded file for plain text, the extracted main
    text for HTML (trafilatura), the item's content for feeds and JSONL. Offsets in `header_spans`
    index `raw_text` and mark header/byline lines the reader consumed as metadata.
    """

    source: str  # path or URL as ingested; path#N for the N-th item of a feed/JSONL/WARC file
    format: str  # text | html | feed | jsonl | warc
    raw_text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    published: PublicationDate = field(default_factory=PublicationDate.unknown)
    header_spans: tuple[tuple[int, int], ...] = ()
    # lines found at the edges of many files read with this one (storyline/run/repeated.py): furniture
    repeated_lines: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets in cleaned text to offsets in raw text.

    The cleaned text is a concatenation of raw segments, each `(clean_start, raw_start, length)`,
    in order; characters are never changed in length, only dropped (and maybe replaced one for one).
    """

    segments: tuple[tuple[int, int, int], ...]

    def to_raw(self, offset: int) -> int:
        """Raw offset of the cleaned-text offset `offset` (an end offset maps to just past its char)."""
        if not self.segments:
            return offset
        starts = [seg[0] for seg in self.segments]
        index = max(bisect_right(starts, offset) - 1, 0)
        clean_start, raw_start, length = self.segments[index]
        if offset > clean_start + length and index + 1 < len(self.segments):
            index += 1
            clean_start, raw_start, length = self.segments[index]
        return raw_start + min(offset - clean_start, length)

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw span of the cleaned span [start, end)."""
        if end <= start:
            raw = self.to_raw(start)
            return raw, raw
        return self.to_raw(start), self.to_raw(end - 1) + 1

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(((0, 0, length),))


@dataclass(frozen=True, slots=True, kw_only=True)
class RemovedSpan:
    """A span of raw text that cleaning dropped, and why (for audit and for the cleaning gold)."""

    start: int  # raw offsets
    end: int
    reason: str  # e.g. "ad marker", "byline", "related block", "tweet embed", "header"


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """A cleaned document: the text every offset in storyline points into."""

    id: str  # make_id("doc", text): identical articles are one document
    source: str
    format: str
    text: str  # cleaned text
    raw_text: str
    offset_map: OffsetMap
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    published: PublicationDate = field(default_factory=PublicationDate.unknown)
    removed: tuple[RemovedSpan, ...] = ()
