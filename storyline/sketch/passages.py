"""Sentence spans and word shingles of a cleaned text: the units that copies are found between.

A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed by white space and
a capital, digit or opening quote, or at a line break. The splitter is plain regular expressions, so a
corpus of ten thousand documents is split in seconds without a parser; offsets index the cleaned text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from storyline.words import NAME_ABBREVIATIONS

SHINGLE = 3  # words per shingle
MIN_WORDS = 8  # shorter sentences are too small to call copies

_WORD = re.compile(r"\w+")
_SENTENCE_BREAK = re.compile(r"([.!?…][\"'”’»)\]]*)\s+(?=[\"'“‘«(\[]?[A-Z0-9А-Я])|\n+")


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence of one document: its [start, end) offsets and its word-shingle set."""

    document: str
    start: int
    end: int
    shingles: frozenset[str]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence of `text`, white space trimmed, empty pieces dropped."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        if match.group(1) and _ends_with_abbreviation(text, match.start()):
            continue
        spans.extend(_trimmed(text, start, match.end(1) if match.group(1) else match.start()))
        start = match.end()
    spans.extend(_trimmed(text, start, len(text)))
    return spans


def units_of(document_id: str, text: str) -> Iterator[Unit]:
    """The sentences of `text` long enough to compare, with their shingles."""
    for start, end in sentence_spans(text):
        shingles = shingle_set(text[start:end])
        if shingles:
            yield Unit(document_id, start, end, shingles)


def words_of(text: str) -> list[str]:
    """The case-folded words of `text`."""
    return list(map(str.casefold, _WORD.findall(text)))


def shingle_set(text: str) -> frozenset[str]:
    """Word 3-shingles of `text` (case-folded); empty when it has fewer than MIN_WORDS words."""
    words = words_of(text)
    if len(words) < MIN_WORDS:
        return frozenset()
    runs = zip(*(words[k:] for k in range(SHINGLE)), strict=False)  # every run of SHINGLE words
    return frozenset(map(" ".join, runs))


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared shingles over the smaller set: 1.0 when one passage is restated whole inside the other."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def _ends_with_abbreviation(text: str, position: int) -> bool:
    before = text[max(0, position - 6) : position].rstrip(".").split()
    return bool(before) and before[-1].casefold() in NAME_ABBREVIATIONS


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []
