"""spaCy's DATE/TIME entities as a second candidate source: they widen our spans to the whole phrase
and add vague plural durations ("the coming months") that our grammar leaves out.

spaCy spans are never trusted alone: ages ("6-year-old"), bare numbers and adjectives ("annual")
are frequent among them and dateparser cannot normalize the rest, so a spaCy span either contains
one of our candidates (and then only modifier words may be added to it) or is a vague duration.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from storyline.extract.time.reading import Reading
from storyline.extract.time.rules_relative import duration_value, unit_name
from storyline.extract.time.tagger import Candidate

_EXTRA_TEXT = (
    "the past last next coming recent early late first final full fiscal this that same latest previous"
)
_EXTRA_WORDS = frozenset((_EXTRA_TEXT + " following entire whole").split())
_VAGUE_DURATION = re.compile(
    r"^(?:the\s+)?(?:(?:past|last|next|coming|recent|early|first|final|few|several|many)\s+)*"
    r"(?P<u>days|weeks|months|years|decades|hours|minutes)$",
    re.IGNORECASE,
)


def with_spacy_spans(text: str, doc: Doc | None, candidates: list[Candidate]) -> list[Candidate]:
    """Our candidates widened to the spaCy DATE/TIME entity around them, plus vague durations."""
    if doc is None or not doc.has_annotation("ENT_IOB"):
        return candidates
    out = list(candidates)
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        inside = [i for i, c in enumerate(out) if c.start < ent.end_char and c.end > ent.start_char]
        if len(inside) == 1:
            out[inside[0]] = _widen(text, out[inside[0]], ent.start_char, ent.end_char)
        elif not inside:
            extra = _vague_duration(ent.text, ent.start_char, ent.end_char)
            if extra is not None:
                out.append(extra)
    return sorted(out, key=lambda c: c.start)


def _widen(text: str, candidate: Candidate, start: int, end: int) -> Candidate:
    if start >= candidate.start and end <= candidate.end:
        return candidate
    before = text[min(start, candidate.start) : candidate.start]
    added = before + " " + text[candidate.end : max(end, candidate.end)]
    words = [w.lower() for w in re.findall(r"[\w'-]+", added)]
    if not words or any(w not in _EXTRA_WORDS for w in words):
        return candidate
    if candidate.reading.type in ("DURATION", "SET"):
        return candidate
    return replace(candidate, start=min(start, candidate.start), end=max(end, candidate.end))


def _vague_duration(phrase: str, start: int, end: int) -> Candidate | None:
    match = _VAGUE_DURATION.match(phrase.strip())
    if match is None or (match["u"].lower() == "hours" and "early" in phrase.lower()):
        return None  # "in the early hours (of Saturday)": a time of the night, not a span of hours
    reading = Reading(type="DURATION", value=duration_value("X", unit_name(match["u"])))
    return Candidate(start, end, reading, "spacy-duration")
