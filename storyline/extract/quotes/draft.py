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
