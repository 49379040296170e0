"""Timeline17 topics for the timeline benchmarks: a fixed sample of each topic's articles, dated by folder.

Timeline17 (../shared/bench/timeline17/<topic>/InputDocs/<YYYY-MM-DD>/<n>.htm.txt) holds, per topic,
the scraped articles of one outlet filed under their publication day. The sample takes every k-th
article (sorted by path) so that at most `per_topic` are kept and all days of the topic stay in reach.
Documents get their folder's day as publication date here (source "metadata"), so the before/after
comparison measures cleaning and events, not the publication-date reader.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path

from storyline.ingest import read_paths
from storyline.model import PublicationDate, RawDocument, Rejected
from storyline.run.repeated import repeated_by_file, with_repeated

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "timeline17"
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Topic:
    """One Timeline17 topic: its name, the day span of all its articles and the sampled raw documents."""

    name: str
    first: dt.date
    last: dt.date
    documents: tuple[RawDocument, ...]


def topics() -> list[str]:
    if not DATA.is_dir():
        return []
    return sorted(path.name for path in DATA.iterdir() if (path / "InputDocs").is_dir())


def load_topic(name: str, per_topic: int) -> Topic:
    """The sampled, folder-dated articles of topic `name` (empty files skipped)."""
    files = sorted((DATA / name / "InputDocs").glob("*/*.txt"))
    days = sorted(dt.date.fromisoformat(f.parent.name) for f in files if _DAY.match(f.parent.name))
    step = max(1, -(-len(files) // per_topic))
    documents: list[RawDocument] = []
    repeated = repeated_by_file([str(DATA / name / "InputDocs")])  # as `storyline ingest` of the folder
    for path in files[::step]:
        for raw in read_paths([str(path)]):
            if isinstance(raw, Rejected) or not raw.raw_text.strip():
                continue
            documents.append(_dated(with_repeated(raw, repeated.get(raw.source)), path.parent.name))
    return Topic(name=name, first=days[0], last=days[-1], documents=tuple(documents))


def _dated(raw: RawDocument, day: str) -> RawDocument:
    if raw.published.value is not None or not _DAY.match(day):
        return raw
    published = PublicationDate(value=day, source="metadata", confidence=0.95, evidence="folder name")
    return replace(raw, published=published)
