"""Over-merge on a real topic: the largest statement and timeline entry, and a sample to judge by reading.

Run: `STORYLINE_PARSE_CACHE=/work/cache/parses python -m bench.entities.overmerge [H1N1_bbc] [--sample N]`.
Prints the size of the largest statement (quotes, distinct documents, date range of its reports) and of
the largest timeline entry (reports), and with `--sample` writes N merged statements and N merged entries
(seeded, most reports first) to /tmp for reading.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Sequence

from bench.entities.corpus import load_topic
from storyline.link.entities import link_entities
from storyline.link.statements import link_statements
from storyline.link.timeline import build_timeline
from storyline.model import DocumentAnalysis, Statement, TimelineEntry

SEED = 10


def _published(analyses: Sequence[DocumentAnalysis]) -> dict[str, str]:
    """Each document's day: its publication date, else the day in its folder name."""
    return {a.document.id: a.document.published.value or _folder_day(a.document.source) for a in analyses}


def _folder_day(source: str) -> str:
    found = re.search(r"/(\d{4}-\d{2}-\d{2})/", source)
    return found.group(1) if found else "?"


def statement_size(
    statement: Statement, quote_doc: dict[str, str], published: dict[str, str]
) -> dict[str, object]:
    days = sorted(published[quote_doc[q]] for q in statement.quotes)
    return {"quotes": len(statement.quotes), "documents": len({quote_doc[q] for q in statement.quotes}),
            "from": days[0], "to": days[-1]}  # fmt: skip


def measure(topic: str, folder_dates: bool = True) -> dict[str, object]:
    """The largest statement and timeline entry of one topic, with counts of merged ones."""
    analyses = load_topic(topic, folder_dates)
    entities = link_entities(analyses, ())
    statements = link_statements(analyses, entities)
    timeline = build_timeline(analyses, entities)
    quote_doc = {q.id: a.document.id for a in analyses for q in a.quotes}
    published = _published(analyses)
    largest = max(statements, key=lambda s: len(s.quotes))
    entry = max(timeline, key=lambda e: len(e.events))
    return {
        "topic": topic,
        "dates": "folder dates" if folder_dates else "as ingested",
        "statements": len(statements),
        "merged statements": sum(1 for s in statements if len(s.quotes) > 1),
        "largest statement": statement_size(largest, quote_doc, published),
        "entries": len(timeline),
        "merged entries": sum(1 for e in timeline if len(e.events) > 1),
        "largest entry": {"reports": len(e.events) if (e := entry) else 0, "date": entry.time.value},
        "reported before": reported_before(analyses, statements, timeline),
    }


def reported_before(
    analyses: Sequence[DocumentAnalysis], statements: Sequence[Statement], timeline: Sequence[TimelineEntry]
) -> dict[str, int]:
    """Statements said after their first report, and unplanned entries whose earliest unplanned report
    was published before the day the entry is dated (goal 0 each): a first report never predates what
    it reports."""
    event_day = {
        ev.id: a.document.published.value[:10] for a in analyses for ev in a.events if not ev.planned
    }
    late_statements = sum(
        1
        for s in statements
        if s.said_on and s.first_published.value and s.said_on.start[:10] > s.first_published.value[:10]
    )
    late_entries = 0
    for entry in timeline:
        days = [event_day[e] for e in entry.events if len(event_day.get(e, "")) == 10]
        late_entries += bool(days) and not entry.planned and min(days) < entry.time.start[:10]
    return {"statements": late_statements, "entries": late_entries}


def _quote_text(analyses: Sequence[DocumentAnalysis]) -> dict[str, str]:
    return {q.id: f"[{a.document.published.value}] {q.text[:160]!r}" for a in analyses for q in a.quotes}


Sampled = tuple[str, str, str, list[str]]  # kind ("statement" / "entry"), id, heading, report lines


def sampled(topic: str, n: int, entries: int | None = None, seed: int = SEED) -> list[Sampled]:
    """N merged statements and `entries` (default N) merged timeline entries, drawn at random with a fixed
    seed from all merged ones, each with its reports to read."""
    analyses = load_topic(topic)
    entities = link_entities(analyses, ())
    names = {e.id: e.name for e in entities}
    texts = _quote_text(analyses)
    events = {
        ev.id: f"[{a.document.published.value}] {ev.summary[:160]!r}" for a in analyses for ev in a.events
    }
    rng = random.Random(seed)
    merged_s = [s for s in link_statements(analyses, entities) if len(s.quotes) > 1]
    merged_t: list[TimelineEntry] = [e for e in build_timeline(analyses, entities) if len(e.events) > 1]
    items: list[Sampled] = []
    for statement in rng.sample(merged_s, min(n, len(merged_s))):
        speaker = names.get(statement.speaker or "", statement.speaker)
        items.append(("statement", statement.id, f"speaker={speaker}", [texts[q] for q in statement.quotes]))
    for entry in rng.sample(merged_t, min(n if entries is None else entries, len(merged_t))):
        items.append(("entry", entry.id, entry.time.value, [events[e] for e in entry.events]))
    return items


def sample(topic: str, n: int, entries: int | None = None) -> str:
    """N merged statements and `entries` (default N) merged timeline entries, as text to read and judge."""
    lines = []
    for index, (kind, item_id, heading, reports) in enumerate(sampled(topic, n, entries), start=1):
        lines.append(f"{kind} {index} {item_id} {heading}")
        lines.extend(f"   {report}" for report in reports)
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    topic = next((a for a in argv if not a.startswith("-") and not a.isdigit()), "H1N1_bbc")
    print(measure(topic))
    if "--as-is" in argv:
        print(measure(topic, folder_dates=False))
    if "--sample" in argv:
        n = int(argv[argv.index("--sample") + 1])
        path = f"/tmp/overmerge-{topic}.txt"
        with open(path, "w", encoding="utf-8") as out:
            out.write(sample(topic, n))
        print("sample written to", path)


if __name__ == "__main__":
    main(sys.argv[1:])
