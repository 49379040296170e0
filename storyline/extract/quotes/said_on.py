"""When a statement was made: a date in its attribution clause, else the publication date."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.extract.quotes.draft import Draft
from storyline.model import Document, TimeExpression, TimeValue
from storyline.model.records import SaidOnFrom

FORWARD = frozenset({"FUTURE_REF"})


def said_on(
    draft: Draft, document: Document, timexes: Sequence[TimeExpression]
) -> tuple[TimeValue | None, SaidOnFrom]:
    """The statement date and where it came from: "text", "published" or "none"."""
    if draft.date is not None:
        return draft.date, "text"
    cue = draft.cue[0] if draft.cue else draft.start
    dated = [
        t
        for t in timexes
        if t.time is not None
        and t.type in ("DATE", "TIME")
        and t.value not in FORWARD
        and any(start <= t.start and t.end <= end for start, end in draft.regions)
    ]
    if dated:
        nearest = min(dated, key=lambda t: min(abs(t.start - cue), abs(t.end - cue)))
        return nearest.time, "text"
    value = document.published.value
    if value:
        return TimeValue(value=value, start=value, end=value, granularity="day"), "published"
    return None, "none"
