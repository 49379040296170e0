"""Cleaned text as kept pieces of raw text: drop spans from the current text and keep the map to raw."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from storyline.model import OffsetMap, RemovedSpan

Cut = tuple[int, int, str]  # (start, end, reason) in the current cleaned text
Line = tuple[int, str]  # (start in the current text, line text without its newline)


def text_lines(text: str) -> list[Line]:
    """Every line of `text` with its start offset (newlines split, not kept)."""
    lines: list[Line] = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    return lines


@dataclass(frozen=True, slots=True)
class Kept:
    """The text still kept: `segments` as in OffsetMap, plus every raw span dropped so far."""

    segments: tuple[tuple[int, int, int], ...]
    removed: tuple[RemovedSpan, ...] = ()

    @classmethod
    def whole(cls, length: int) -> Kept:
        return cls(((0, 0, length),) if length else ())

    def text(self, source: str) -> str:
        """The kept text, read from `source` (raw text, or a one-for-one translation of it)."""
        return "".join(source[raw : raw + length] for _, raw, length in self.segments)

    def offset_map(self) -> OffsetMap:
        return OffsetMap(self.segments)

    def drop(self, cuts: Iterable[Cut]) -> Kept:
        """The pieces left after dropping `cuts` (offsets into the current text; may overlap)."""
        merged = merge_cuts(cuts)
        if not merged:
            return self
        pieces: list[tuple[int, int]] = []  # (raw start, length)
        removed = list(self.removed)
        index = 0
        for clean_start, raw_start, length in self.segments:
            clean_end, position = clean_start + length, clean_start
            while index < len(merged) and merged[index][1] <= clean_start:
                index += 1
            ahead = index
            while ahead < len(merged) and merged[ahead][0] < clean_end:
                start, end, reason = merged[ahead]
                start, end = max(start, clean_start), min(end, clean_end)
                if start > position:
                    pieces.append((raw_start + position - clean_start, start - position))
                removed.append(
                    RemovedSpan(
                        start=raw_start + start - clean_start,
                        end=raw_start + end - clean_start,
                        reason=reason,
                    )
                )
                position = max(position, end)
                ahead += 1
            if position < clean_end:
                pieces.append((raw_start + position - clean_start, clean_end - position))
        return Kept(_renumber(pieces), tuple(_merge_removed(removed)))


def merge_cuts(cuts: Iterable[Cut]) -> list[Cut]:
    """Sorted, non-overlapping cuts; where cuts overlap the earlier one's reason wins."""
    merged: list[Cut] = []
    for start, end, reason in sorted(cut for cut in cuts if cut[1] > cut[0]):
        if merged and start <= merged[-1][1] and (start < merged[-1][1] or reason == merged[-1][2]):
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, reason))
    return merged


def _renumber(pieces: list[tuple[int, int]]) -> tuple[tuple[int, int, int], ...]:
    """Segments with cleaned starts, raw-adjacent pieces joined into one."""
    segments: list[tuple[int, int, int]] = []
    clean = 0
    for raw, length in pieces:
        if segments and segments[-1][1] + segments[-1][2] == raw:
            first_clean, first_raw, first_length = segments[-1]
            segments[-1] = (first_clean, first_raw, first_length + length)
        else:
            segments.append((clean, raw, length))
        clean += length
    return tuple(segments)


def _merge_removed(spans: list[RemovedSpan]) -> list[RemovedSpan]:
    """Removed raw spans in order, touching spans with the same reason joined."""
    merged: list[RemovedSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and merged[-1].end == span.start and merged[-1].reason == span.reason:
            merged[-1] = RemovedSpan(start=merged[-1].start, end=span.end, reason=span.reason)
        else:
            merged.append(span)
    return merged
