"""Precision and recall of "same person" on bench/entities/data/translit_pairs.tsv, three matchers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler

from bench.entities.synthetic import names_analysis
from storyline.link.entities import link_entities

DATA = Path(__file__).resolve().parent / "data" / "translit_pairs.tsv"  # development set
HELDOUT = Path(__file__).resolve().parent / "data" / "translit_heldout.tsv"  # written after freezing
Matcher = Callable[[str, str], bool]


def ours(a: str, b: str) -> bool:
    """Two documents, one name each: linked into one entity?"""
    entities = link_entities([names_analysis([(a, "PERSON")], "1"), names_analysis([(b, "PERSON")], "2")], [])
    return len(entities) == 1


def exact(a: str, b: str) -> bool:
    return a == b


def jaro_winkler(threshold: float) -> Matcher:
    def match(a: str, b: str) -> bool:
        return JaroWinkler.similarity(anyascii(a).lower(), anyascii(b).lower()) >= threshold

    return match


def load_pairs(path: Path = DATA) -> list[tuple[str, str, bool, str]]:
    lines = path.read_text("utf-8").splitlines()[1:]
    return [(a, b, same == "1", note) for a, b, same, note in (line.split("\t") for line in lines)]


def score(matcher: Matcher, pairs: list[tuple[str, str, bool, str]]) -> dict[str, float]:
    tp = fp = fn = 0
    for a, b, same, _ in pairs:
        predicted = matcher(a, b)
        tp += predicted and same
        fp += predicted and not same
        fn += (not predicted) and same
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "false_merges": fp,
        "missed": fn,
    }


def run(path: Path = DATA) -> list[tuple[str, dict[str, float]]]:
    pairs = load_pairs(path)
    matchers = [
        ("storyline", ours),
        ("exact string", exact),
        ("rapidfuzz Jaro-Winkler ≥ 0.90", jaro_winkler(0.90)),
        ("rapidfuzz Jaro-Winkler ≥ 0.85", jaro_winkler(0.85)),
    ]
    return [(name, score(matcher, pairs)) for name, matcher in matchers]


def misses(pairs: list[tuple[str, str, bool, str]]) -> list[tuple[str, str, bool, str]]:
    """Pairs storyline gets wrong (for inspection)."""
    return [p for p in pairs if ours(p[0], p[1]) != p[2]]
