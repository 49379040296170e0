"""The working record of one quote before its speaker mention and date are resolved."""

from __future__ import annotations

from dataclasses import dataclass

from storyline.model import TimeValue
from storyline.model.records import QuoteKind

CharSpan = tuple[int, int]


@dataclass(slots=True)
class Draft:
    """A quote found in the text: content span, the words naming its speaker, cue, relay, context.

    `regions` are the attribution clause(s) where the statement date is looked for; `date` is a date
    read directly (a tweet's signature line) that wins over them.
    """

    kind: QuoteKind
    start: int
    end: int
    speaker: CharSpan | None = None
    cue: CharSpan | None = None
    relay: str | None = None
    regions: tuple[CharSpan, ...] = ()
    fragments: tuple[CharSpan, ...] = ()
    date: TimeValue | None = None
    transcript: bool = False  # an answer in a transcript: reported speech inside it is still reported


def _proper(span: CharSpan | None, text: str) -> bool:
    return span is not None and 0 <= span[0] < span[1] <= len(text) and bool(text[span[0] : span[1]].strip())


def sound(draft: Draft, text: str) -> bool:
    """The invariant every quote keeps: content, speaker and cue spans non-empty, in order and in the text.

    A draft whose content is empty or inverted (a cut before its own start) is dropped; an improper
    speaker or cue span is cleared rather than kept."""
    content = text[draft.start : draft.end].strip(" \t\n,.;:—–-\"'“”‘’«»`")
    if not (_proper((draft.start, draft.end), text) and content):
        return False
    if draft.speaker is not None and not _proper(draft.speaker, text):
        draft.speaker = None
    if draft.cue is not None and not _proper(draft.cue, text):
        draft.cue = None
    return True
