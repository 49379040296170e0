"""Content words of reported speech for statement linking: stems, negations, overlap of two reports.

`content_words` reads a quote as a set of lower-cased stems without stop words and bare numbers
(negations folded to "not"); `shared_words` matches stems and derivations ("unifying"/"unification");
`similarity` is their weighted overlap coefficient. storyline/link/statements.py decides with them.
"""

from __future__ import annotations

import re

from storyline.words import STOPWORDS

MIN_WORDS = 2  # fewer shared content words than this is no overlap
NEGATIONS = frozenset({"no", "not", "never", "none", "nothing", "n't", "without", "nobody", "neither"})
SUFFIXES = ("ications", "ication", "ations", "ation", "ings", "ing", "ies", "ied", "ness", "ments", "ment",
            "ions", "ion", "ers", "er", "es", "ed", "s", "ly", "y", "e")  # fmt: skip
MIN_STEM = 4


def word_set(words: str) -> frozenset[str]:
    """The space-separated words of `words` as a set."""
    return frozenset(words.split())


def stem(word: str) -> str:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> frozenset[str]:
    """Lower-cased content-word stems, negations folded to "not", bare numbers left out."""
    words = set()
    for word in re.findall(r"[\w']+", text.lower()):
        if word in NEGATIONS:
            words.add("not")
        elif word not in STOPWORDS and not word.replace("'", "").isdigit() and len(word) > 1:
            words.add(stem(word.removesuffix("'s")))
    return frozenset(words)


def same_word(a: str, b: str) -> bool:
    """Equal stems, or one stem a prefix of the other (derivations: "intend"/"intent", "merg"/"merger")."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= MIN_STEM + 1 and long.startswith(short[:-1]) and len(long) - len(short) <= 4


def shared_words(a: frozenset[str], b: frozenset[str]) -> set[str]:
    """Words of `a` that have a match in `b`.

    Two different words match only when both have the first MIN_STEM letters of the shorter one's
    stem in common, so each word of `a` is compared only with the words of `b` that begin alike."""
    by_start: dict[str, list[str]] = {}
    for v in b:
        by_start.setdefault(v[:MIN_STEM], []).append(v)
    return {w for w in a if w in b or any(same_word(w, v) for v in by_start.get(w[:MIN_STEM], ()))}


def similarity(a: frozenset[str], b: frozenset[str], idf: dict[str, float] | None = None) -> float:
    """Weighted overlap coefficient of two content-word sets, 0..1 (0 when fewer than MIN_WORDS match)."""
    weight = (lambda w: idf.get(w, 1.0)) if idf else (lambda w: 1.0)
    shared_a, shared_b = shared_words(a, b), shared_words(b, a)
    if min(len(shared_a), len(shared_b)) < min(MIN_WORDS, len(a), len(b)) or not shared_a:
        return 0.0
    total = min(sum(map(weight, a)), sum(map(weight, b)))
    return min(1.0, min(sum(map(weight, shared_a)), sum(map(weight, shared_b))) / total)
