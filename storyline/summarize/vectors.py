"""Bag-of-words sentence vectors for choosing sentences: content-word TF-IDF, cosine, centroid."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from storyline.words import STOPWORDS

Vector = dict[str, float]
_WORD = re.compile(r"[^\W\d_]{2,}")


def content_words(text: str) -> list[str]:
    """Lower-cased words of `text`, stop words left out."""
    return [w for w in (m.casefold() for m in _WORD.findall(text)) if w not in STOPWORDS]


def idf_of(texts: Iterable[Sequence[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of each word over `texts` (word lists)."""
    df: Counter[str] = Counter()
    total = 0
    for words in texts:
        df.update(set(words))
        total += 1
    return {w: math.log((1 + total) / (1 + n)) + 1 for w, n in df.items()}


def vector(words: Sequence[str], idf: Mapping[str, float]) -> Vector:
    counts = Counter(words)
    return {w: c * idf.get(w, 1.0) for w, c in counts.items()}


def centroid(vectors: Sequence[Vector]) -> Vector:
    total: dict[str, float] = {}
    for v in vectors:
        norm = _norm(v)
        for w, x in v.items():
            total[w] = total.get(w, 0.0) + (x / norm if norm else 0.0)
    return total


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(x * b.get(w, 0.0) for w, x in a.items())
    norms = _norm(a) * _norm(b)
    return dot / norms if norms else 0.0


def _norm(v: Mapping[str, float]) -> float:
    return math.sqrt(sum(x * x for x in v.values()))
