"""Value accuracy of the temporal tagger by gold type and by how storyline reached the value.

A diagnostic for the split table of bench/results/time.md (`python -m bench.time.generalize
--record`): over the relaxed matches of one corpus (TE3's one-to-one overlap), how many values are
right for each gold type (DATE, TIME, DURATION, SET) and for each way the value was reached — a
written date ("absolute"), a value counted from the publication day ("publication": deictic words,
weekdays, "last week", "two years ago"), from a date the story reached ("narrative"), a vague
reference (PAST/PRESENT/FUTURE_REF), a duration or set, or nothing to count from. Only counts: on the
held half of AQUAINT it says where the loss lies without showing a single expression.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from bench.time.te3data import Timex, matches

TYPES = ("DATE", "TIME", "DURATION", "SET")
WAYS = ("absolute", "publication", "narrative", "vague", "duration/set", "other")
HEADER = [
    "| corpus | " + " | ".join(TYPES) + " | " + " | ".join(WAYS) + " |",
    "|---|" + "---|" * (len(TYPES) + len(WAYS)),
]


def way(found: Timex) -> str:
    """How storyline reached the value of one of its expressions (module docstring)."""
    if found.value.endswith("_REF"):
        return "vague"
    if found.type in ("DURATION", "SET"):
        return "duration/set"
    if found.rule == "absolute":
        return "absolute"
    if found.rule.startswith("narrative"):
        return "narrative"
    if found.rule == "publication" or found.rule.startswith("post-"):
        return "publication"
    return "other"


def counts(pairs: Sequence[tuple[Sequence[Timex], Sequence[Timex]]]) -> dict[str, tuple[int, int]]:
    """Gold type or way → (relaxed matches, right values)."""
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for gold, system in pairs:
        for g, s in matches(gold, system):
            for key in (g.type, way(s)):
                seen[key] += 1
                right[key] += s.value == g.value
    return {key: (seen[key], right[key]) for key in (*TYPES, *WAYS)}


def row(name: str, pairs: Sequence[tuple[Sequence[Timex], Sequence[Timex]]]) -> str:
    """One table row: 'n: value accuracy' per gold type, then per way."""
    cells = [f"{n}: {ok / n:.2f}" if n else "0" for n, ok in counts(pairs).values()]
    return f"| {name} | " + " | ".join(cells) + " |"
