"""Reading PolNeAR (brat standoff attributions) and scoring Source/Cue/Content spans, exact and overlap."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROLES = ("Source", "Cue", "Content")
EDGE = " \t\n,.;:“”\"‘’'«»"
Spans = dict[str, list[tuple[int, int]]]


@dataclass(slots=True)
class Counts:
    """Predicted, gold and matched span counts for one role."""

    predicted: int = 0
    gold: int = 0
    exact: int = 0
    overlap: int = 0

    def scores(self, kind: str) -> tuple[float, float, float]:
        hit = self.exact if kind == "exact" else self.overlap
        p = hit / self.predicted if self.predicted else 0.0
        r = hit / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(slots=True)
class Tally:
    roles: dict[str, Counts] = field(default_factory=lambda: {role: Counts() for role in ROLES})


def documents(split_dir: Path) -> Iterator[tuple[str, str, Spans]]:
    """(name, text, gold spans per role) for each text, using the first annotator's file."""
    seen: set[str] = set()
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if name in seen:
            continue
        seen.add(name)
        text = (split_dir / "text" / f"{name}.txt").read_text("utf-8")
        yield name, text, read_ann(ann)


def read_ann(path: Path) -> Spans:
    spans: Spans = {role: [] for role in ROLES}
    for line in path.read_text("utf-8").splitlines():
        if not line.startswith("T") or line.count("\t") < 2:
            continue  # a span's text may run over a line break: its tail is no annotation line
        _, kind_offsets, *_ = line.split("\t")
        kind, offsets = kind_offsets.split(" ", 1)
        if kind in spans:
            numbers = [int(n) for part in offsets.split(";") for n in part.split()]
            spans[kind].append((min(numbers), max(numbers)))
    return spans


def normalize(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Strip quotation marks, spaces and edge punctuation so `“…,”` and `…` compare equal."""
    start, end = span
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def score(
    text: str, predicted: Iterable[tuple[int, int]], gold: Iterable[tuple[int, int]], counts: Counts
) -> None:
    """Add one document's one-to-one matches (exact after normalising, and any overlap) to `counts`."""
    pred = sorted({normalize(text, s) for s in predicted if s[1] > s[0]})
    true = sorted({normalize(text, s) for s in gold})
    counts.predicted += len(pred)
    counts.gold += len(true)
    counts.exact += len(set(pred) & set(true))
    used: set[int] = set()
    for p in pred:
        match = next((i for i, g in enumerate(true) if i not in used and p[0] < g[1] and g[0] < p[1]), None)
        if match is not None:
            used.add(match)
            counts.overlap += 1
