"""Numbers that are not years: a four-digit number is a year only when its context says so.

A bare number 1500–2099 ("1995", "1500") is read in this order:
1. not a year after an identifier word or sign ("No. 1900", "Flight 1900", "$1900", "1.1500") or
   before a per cent sign or a clock word ("1700 BST", "1700 hours", "1500 pm": a time of day);
2. not a year after a quantifier of count ("over 1500", "more than 1600", "a further 1800",
   "some 1500", "up to 2000") or before a count noun ("1500 cases", "1500 confirmed cases": the
   parse's plural noun the number counts, adjectives between allowed, else a word of `COUNT_NOUNS`),
   unless a determiner, possessive or year cue makes it a modifier ("the 2016 elections", "its 2009
   figures") and the year is plausible;
3. a year after a preposition or word of time ("in/since/by/until/during/circa 1995", "early 1995",
   "fiscal 1995", "the year 1600"): that wins over plausibility, "in 1600" is a year; before a count
   noun such a cue needs a plausible year too ("fiscal 1989 sales" a year, "in 1500 cases" not);
4. otherwise (a bare number, "the 1918 pandemic") a year only when plausible: from 100 years before
   the anchor to 10 years after it (1900–2099 without an anchor).
"Rose to 1600" and "reached 1700" are counts unless plausible as years (rule 4 decides them).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from storyline.extract.time.lexicon import COUNT_NOUNS, TIME_ZONES
from storyline.extract.time.tagger import Candidate

PAST_WINDOW = 100  # years before the anchor a bare number may be a year
FUTURE_WINDOW = 10  # years after it
_IDENTIFIER_BEFORE = re.compile(
    r"(?:[$€£#№]|\bNo\.|\b(?:number|flight|route|room|model|bus|train|page|code|line|unit|box|suite|"
    r"apartment|article|section|resolution|item|highway)|\d[,.])\s*$",
    re.IGNORECASE,
)
_NOT_YEAR_AFTER = re.compile(
    rf"^(?:\s*%|(?i:\s*percent|\s*per\s*cent)|[,.]\d|\s*(?:(?i:hours?|hrs?|h|[ap]\.?m\.?)|{TIME_ZONES})\b)"
)
_COUNT_BEFORE = re.compile(
    r"\b(?:over|more\s+than|less\s+than|fewer\s+than|nearly|almost|some|approximately|roughly|at\s+least"
    r"|at\s+most|up\s+to|a\s+further|another|an\s+additional|additional|a\s+total\s+of|total\s+of|estimated"
    r"|an\s+estimated|exceeding|topping)\s+$",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|by|until|till|during|circa|c\.|early|mid-?|late|year|fiscal|financial"
    r"|between|through|spring|summer|autumn|fall|winter)\s+$",
    re.IGNORECASE,
)
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:the|its|his|her|their|our|this|that|a)|['’]s)\s+$", re.IGNORECASE)
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG", "RB", "HYPH"})
_WORD_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+)?([a-z]+)")


def without_non_years(
    text: str, candidates: list[Candidate], anchor: dt.date | None, doc: Doc | None
) -> list[Candidate]:
    """`candidates` less the bare numbers (rule "year") that their context says are not years."""
    kept = []
    for candidate in candidates:
        end = candidate.end
        bare = candidate.rule == "year" and text[end - 4 : end].isdigit()
        if not bare or is_year(text, end - 4, end, anchor, doc):
            kept.append(candidate)
    return kept


def is_year(text: str, start: int, end: int, anchor: dt.date | None, doc: Doc | None) -> bool:
    """Whether the four-digit number at [start, end) of `text` is a year (module docstring)."""
    before, after = text[max(0, start - 24) : start], text[end : end + 20]
    if _IDENTIFIER_BEFORE.search(before) or _NOT_YEAR_AFTER.match(after):
        return False
    if _COUNT_BEFORE.search(before):
        return False
    plausible = _plausible(int(text[start:end]), anchor)
    cued = _YEAR_BEFORE.search(before) is not None
    if _counts_a_noun(text, start, end, doc):
        return plausible and (cued or _MODIFIER_BEFORE.search(before) is not None)
    return cued or plausible


def _plausible(year: int, anchor: dt.date | None) -> bool:
    if anchor is None:
        return 1900 <= year <= 2099
    return anchor.year - PAST_WINDOW <= year <= anchor.year + FUTURE_WINDOW


def _counts_a_noun(text: str, start: int, end: int, doc: Doc | None) -> bool:
    """The number counts a plural noun: the parse's head of a `nummod`, else a listed count noun."""
    if doc is not None and doc.has_annotation("DEP"):
        span = doc.char_span(start, end)
        if span is not None and len(span) == 1:
            token, head = span[0], span[0].head
            between = doc[token.i + 1 : head.i] if head.i > token.i else None
            adjectives = between is not None and all(t.tag_ in _ADJECTIVE_TAGS for t in between)
            return token.dep_ == "nummod" and head.tag_ in ("NNS", "NNPS") and adjectives
    match = _WORD_AFTER.match(text[end : end + 40])
    return match is not None and match.group(1).lower() in COUNT_NOUNS
