"""A document's cleaned text cut into segments, each with the marks (entity, quote, date, event) over it.

Templates render the segments as escaped text inside <span>/<a> elements: article text is never
trusted as markup. Removed boilerplate is placed at the cleaned offset where it was cut.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.model import DocumentAnalysis, OffsetMap


@dataclass(frozen=True, slots=True, kw_only=True)
class Mark:
    """One highlighted span: its kind (mention, quote, timex, event, focus), offsets, link and title."""

    kind: str
    start: int
    end: int
    href: str | None = None
    title: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    """A run of text covered by the same marks; `removed` holds cut boilerplate shown before it."""

    start: int
    text: str
    kinds: tuple[str, ...] = ()
    href: str | None = None
    title: str = ""
    removed: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (raw text, reason)


def marks_of(analysis: DocumentAnalysis, entity_of: dict[str, str | None]) -> list[Mark]:
    """Marks for every name mention (linked to its entity), quote, date expression and event."""
    marks = [
        Mark(
            kind="mention",
            start=m.start,
            end=m.end,
            title=m.label,
            href=f"/entities/{entity_of[m.id]}" if entity_of.get(m.id) else None,
        )
        for m in analysis.mentions
        if m.kind == "name"
    ]
    marks += [
        Mark(
            kind="quote",
            start=q.start,
            end=q.end,
            title=f"{q.kind} quote: {q.speaker_text or 'unknown'}",
            href=f"/statements/{q.statement}" if q.statement else None,
        )
        for q in analysis.quotes
        if q.end > q.start
    ]
    marks += [
        Mark(kind="timex", start=t.start, end=t.end, title=f"{t.type} {t.value}") for t in analysis.timexes
    ]
    marks += [
        Mark(kind="event", start=e.start, end=e.end, title=f"event {e.time.value}{' (planned)' * e.planned}")
        for e in analysis.events
    ]
    return marks


def segments(
    text: str, marks: list[Mark], removed: list[tuple[int, str, str]] | None = None
) -> list[Segment]:
    """Cut `text` at every mark boundary; each piece carries the kinds of the marks covering it.

    `removed` lists (cleaned offset, raw text, reason) of cut boilerplate, attached to the segment that
    starts at that offset. The link of a piece is that of its innermost linked mark. One sweep over the
    boundaries: linear in text marks, whatever their overlaps.
    """
    size = len(text)
    starting: dict[int, list[Mark]] = {}
    for mark in marks:
        start, end = max(0, min(mark.start, size)), max(0, min(mark.end, size))
        if end > start:
            starting.setdefault(start, []).append(mark)
    cuts = {0, size, *starting, *(max(0, min(m.end, size)) for m in marks)}
    cuts.update(min(offset, size) for offset, _, _ in removed or ())
    bounds = sorted(cuts)
    cut_at: dict[int, list[tuple[str, str]]] = {}
    for offset, raw, reason in removed or ():
        cut_at.setdefault(min(offset, size), []).append((raw, reason))
    pieces: list[Segment] = []
    active: list[Mark] = []
    for start, end in zip(bounds, [*bounds[1:], size], strict=True):
        active = [m for m in active if m.end > start] + starting.get(start, [])
        if end <= start and not cut_at.get(start):
            continue
        pieces.append(_segment(text, start, end, active, tuple(cut_at.get(start, ()))))
    return pieces


def _segment(
    text: str, start: int, end: int, covering: list[Mark], removed: tuple[tuple[str, str], ...]
) -> Segment:
    linked = sorted((m for m in covering if m.href), key=lambda m: m.end - m.start)
    return Segment(
        start=start,
        text=text[start:end],
        kinds=tuple(sorted({m.kind for m in covering})),
        href=linked[0].href if linked else None,
        title="; ".join(m.title for m in covering if m.title),
        removed=removed,
    )


def cleaned_position(offset_map: OffsetMap, raw_offset: int) -> int:
    """The cleaned-text offset at which the raw offset `raw_offset` would stand (where a cut was made)."""
    position = 0
    for _, raw_start, length in offset_map.segments:
        position += max(0, min(raw_offset - raw_start, length))
    return position


def removed_marks(analysis: DocumentAnalysis) -> list[tuple[int, str, str]]:
    """(cleaned offset, raw text, reason) of every span cleaning removed, in raw order."""
    document = analysis.document
    return [
        (cleaned_position(document.offset_map, r.start), document.raw_text[r.start : r.end], r.reason)
        for r in sorted(document.removed, key=lambda r: r.start)
    ]
