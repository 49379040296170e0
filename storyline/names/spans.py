"""Candidate name spans over a document's text, and the small helpers the NER-fix rules share."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from storyline.names.lexicon import LEADING_AUXILIARIES, LEADING_NON_NAMES

_LEAD = re.compile(r"^(?:(?:[Tt]he|[Aa]n?)\s+|[\s\"'“”‘’«»(\[*#@—–-]+)+")
_TRAIL = re.compile(r"(?:['’`]s|(?<=s)['’`]|[\s\"'“”‘’«»)\].,;:!?…*—–-])+$")
_WORD = re.compile(r"[^\s\"“”«»()\[\],;:!?…]+")


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A candidate name: [start, end) into the text, a spaCy-style label, and the rule that made it."""

    start: int
    end: int
    label: str
    rule: str = "ner"

    def text(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: NameSpan) -> bool:
        return self.start < other.end and other.start < self.end

    def within(self, other: NameSpan) -> bool:
        return other.start <= self.start and self.end <= other.end


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for each word of text[start:end], offsets into `text`."""
    for match in _WORD.finditer(text, start, len(text) if end is None else end):
        yield match.start(), match.end(), match.group()


def trim(span: NameSpan, text: str) -> NameSpan | None:
    """The span without a leading "the", quotes or punctuation, nor a trailing possessive; None if empty."""
    start = _lead_end(span, text)
    trail = _TRAIL.search(text, start, span.end)
    end = trail.start() if trail else span.end
    if end <= start:
        return None
    return replace(span, start=start, end=end)


def _lead_end(span: NameSpan, text: str) -> int:
    """Where the name proper starts: past articles, quotes, punctuation and a sentence adverb or a
    question's auxiliary that NER took in ("Probably Hayward", "Will the National Council")."""
    start = span.start
    while True:
        lead = _LEAD.match(text[start : span.end])
        start += lead.end() if lead else 0
        words = text[start : span.end].split(None, 2)
        if len(words) < 2:
            return start
        first, second = words[0].lower(), words[1].lower()
        if first in LEADING_NON_NAMES or (first in LEADING_AUXILIARIES and second in ("the", "a", "an")):
            start = text.index(words[1], start + len(words[0]))
            continue
        return start


def without_overlaps(spans: Iterable[NameSpan], preferred: Iterable[NameSpan]) -> list[NameSpan]:
    """`spans` minus those overlapping any span of `preferred`, plus `preferred`; sorted by offset."""
    chosen = list(preferred)
    kept = [span for span in spans if not any(span.overlaps(p) for p in chosen)]
    return sorted(kept + chosen, key=lambda s: (s.start, -s.end))


def resolve_overlaps(spans: Iterable[NameSpan]) -> list[NameSpan]:
    """Keep the earliest-starting, then longest span of each overlapping group; sorted by offset."""
    kept: list[NameSpan] = []
    for span in sorted(set(spans), key=lambda s: (s.start, -s.end, s.label)):
        if not kept or not span.overlaps(kept[-1]):
            kept.append(span)
    return kept
