"""Timeline17 gold timelines (tilse format): blocks split by a line of dashes, a date line, then sentences."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from bench.stories.corpus import T17

Timeline = dict[str, list[str]]  # ISO date -> sentences (tokenised as the dataset has them)


@dataclass(frozen=True)
class Gold:
    """One gold timeline of a topic."""

    topic: str
    name: str
    timeline: Timeline

    @property
    def span(self) -> tuple[str, str]:
        return min(self.timeline), max(self.timeline)

    @property
    def sentences_per_date(self) -> int:
        """news-tls: the mean number of sentences per gold date, rounded (at least 1)."""
        return max(1, round(sum(len(s) for s in self.timeline.values()) / len(self.timeline)))


def read_timeline(path: Path) -> Timeline:
    """The timeline in `path`; a block whose date line is not a date (MJ_bbc has "2011-04-0") is left out."""
    timeline: Timeline = {}
    for block in path.read_text("utf-8", errors="replace").split("-" * 32):
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        if lines and _is_date(lines[0][:10]):
            timeline.setdefault(lines[0][:10], []).extend(lines[1:])
    return timeline


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def golds(topic: str) -> list[Gold]:
    return [
        Gold(topic, path.stem, read_timeline(path))
        for path in sorted((T17 / topic / "timelines").glob("*.txt"))
    ]


def topic_span(topic: str) -> tuple[str, str]:
    spans = [g.span for g in golds(topic)]
    return min(s[0] for s in spans), max(s[1] for s in spans)
