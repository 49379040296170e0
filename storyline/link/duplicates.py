"""Near-duplicate passages across documents: MinHash LSH over word shingles, confirmed by exact Jaccard.

Passages are paragraphs (blank-line separated; in texts with one paragraph per line, lines). Word
3-shingles of case-folded words; MinHashLSH finds candidate pairs at a slightly lower threshold than
asked (fewer misses near the threshold), and exact Jaccard on the shingle sets decides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

from storyline.errors import ConfigError
from storyline.model import Document, NearDuplicate, Span

SHINGLE = 3  # words per shingle
MIN_WORDS = 8  # shorter passages are too small to call duplicates
NUM_PERM = 128
SEED = 1  # fixed: the same corpus always gives the same candidates
LSH_SLACK = 0.1  # candidates are gathered at threshold - slack, then checked exactly

_WORD = re.compile(r"\w+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = tuple('.!?…"”»)')


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage of a document's cleaned text and its shingle set."""

    span: Span
    shingles: frozenset[str]


def find_near_duplicates(documents: Sequence[Document], threshold: float = 0.6) -> tuple[NearDuplicate, ...]:
    """Pairs of passages in different documents whose shingle Jaccard is at least `threshold`.

    Each pair is ordered (a before b by document id, then offset); pairs are sorted the same way.
    """
    if not 0.0 < threshold <= 1.0:
        raise ConfigError(f"near-duplicate threshold {threshold} is outside (0, 1]", hint="use e.g. 0.6")
    passages = [p for document in _unique(documents) for p in passages_of(document)]
    if len(passages) < 2:
        return ()
    found: dict[tuple[int, int], float] = {}
    for first, second in _candidates(passages, max(threshold - LSH_SLACK, 0.05)):
        a, b = passages[first], passages[second]
        if a.span.document == b.span.document:
            continue
        similarity = jaccard(a.shingles, b.shingles)
        if similarity >= threshold:
            found[(first, second)] = similarity
    pairs = [
        NearDuplicate(a=passages[i].span, b=passages[j].span, similarity=round(s, 4))
        for (i, j), s in found.items()
    ]
    return tuple(sorted(pairs, key=lambda d: (_key(d.a), _key(d.b))))


def passages_of(document: Document) -> list[Passage]:
    """The passages of `document` long enough to compare."""
    passages: list[Passage] = []
    for start, end in paragraph_spans(document.text):
        shingles = shingle_set(document.text[start:end])
        if shingles:
            passages.append(Passage(Span(document=document.id, start=start, end=end), shingles))
    return passages


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph; a block whose every line ends a sentence is one paragraph a line."""
    spans: list[tuple[int, int]] = []
    position = 0
    for block in _PARAGRAPH_BREAK.split(text):
        start = text.index(block, position)
        position = start + len(block)
        lines = [line for line in block.split("\n") if line.strip()]
        if len(lines) > 1 and all(line.rstrip().endswith(_SENTENCE_END) for line in lines):
            spans.extend(_line_spans(block, start))
        elif block.strip():
            spans.append(_trimmed(text, start, position))
    return spans


def shingle_set(text: str) -> frozenset[str]:
    """Word 3-shingles of `text` (case-folded); empty when it has fewer than MIN_WORDS words."""
    words = [word.casefold() for word in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return frozenset()
    return frozenset(" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _candidates(passages: list[Passage], threshold: float) -> set[tuple[int, int]]:
    """Index pairs (i < j) that MinHashLSH puts in a common bucket."""
    hashes = MinHash.bulk(
        [[shingle.encode("utf-8") for shingle in sorted(p.shingles)] for p in passages],
        num_perm=NUM_PERM,
        seed=SEED,
    )
    lsh = MinHashLSH(threshold=min(threshold, 0.99), num_perm=NUM_PERM)
    for index, minhash in enumerate(hashes):
        lsh.insert(index, minhash, check_duplication=False)
    pairs: set[tuple[int, int]] = set()
    for index, minhash in enumerate(hashes):
        pairs.update((min(index, other), max(index, other)) for other in lsh.query(minhash) if other != index)
    return pairs


def _unique(documents: Sequence[Document]) -> list[Document]:
    """Documents by id, first occurrence kept, in id order."""
    by_id: dict[str, Document] = {}
    for document in documents:
        by_id.setdefault(document.id, document)
    return [by_id[key] for key in sorted(by_id)]


def _line_spans(block: str, offset: int) -> list[tuple[int, int]]:
    spans, position = [], 0
    for line in block.split("\n"):
        if line.strip():
            left = len(line) - len(line.lstrip())
            spans.append((offset + position + left, offset + position + len(line.rstrip())))
        position += len(line) + 1
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _key(span: Span) -> tuple[str, int, int]:
    return (span.document, span.start, span.end)
