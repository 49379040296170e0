"""Live-blog post anchors on Timeline17: how many events move when posts are dated by their own stamps.

Run: python -m bench.timeline.posts [--topics a,b] [--sample OUT] [--seed N] [--day-topic T --day D]
[--write].
1. Every Timeline17 file is cleaned; the files with posts (storyline/extract/time/posts.py finds a
   stamp that names a day, or MIN_POSTS stamps) are the live-blog files, counted per topic and by the
   rule that dated their posts.
2. Those files are parsed (bench parse cache) and analysed twice, with post anchors and without (the
   module's `post_anchors` swapped for one that finds none); events are matched by span, and an event
   moves when its date value or its `planned` flag changes. `--sample OUT` writes a seeded sample of 30
   moved events (sentence, before, after, post stamp) as JSON lines for reading; the verdicts go into
   bench/results/posts.md by hand.
3. `--day-topic T --day D`: the whole topic is analysed both ways and linked (entities, timeline); the
   timeline entries and events on day D and whether the brief (summarize.build_briefing) has a line on
   D are compared.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import storyline.extract.time.extract as time_extract
from bench.parsecache import cached_pipe
from bench.timeline.corpus import DATA, _dated, topics
from storyline.clean import clean_document
from storyline.extract.nlp import load_pipeline
from storyline.extract.time.anchoring import parse_day
from storyline.extract.time.posts import post_anchors
from storyline.ingest import read_paths
from storyline.link.entities import link_entities
from storyline.link.timeline import build_timeline
from storyline.model import CorpusLinks, Document, DocumentAnalysis, Event, Rejected
from storyline.run.analyze import analyze_document
from storyline.settings import DEFAULT_MODEL
from storyline.summarize.briefing import build_briefing

RESULTS = Path(__file__).resolve().parents[1] / "results" / "posts.md"


@dataclass
class Tally:
    """Live-blog files and moved events of one topic."""

    files: int = 0
    blogs: int = 0
    posts: Counter[str] = field(default_factory=Counter)
    events: int = 0
    moved: int = 0
    planned_changed: int = 0


@contextmanager
def without_posts() -> Iterator[None]:
    """Analyse as before post anchors: the time stage finds no posts."""
    original = time_extract.post_anchors
    time_extract.post_anchors = lambda text, day: ()
    try:
        yield
    finally:
        time_extract.post_anchors = original


def documents(topic: str) -> Iterator[Document]:
    for path in sorted((DATA / topic / "InputDocs").glob("*/*.txt")):
        for raw in read_paths([str(path)]):
            if isinstance(raw, Rejected) or not raw.raw_text.strip():
                continue
            cleaned = clean_document(_dated(raw, path.parent.name))
            if not isinstance(cleaned, Rejected) and len(cleaned.text) < 1_000_000:
                yield cleaned


def both_ways(nlp: object, docs: list[Document]) -> list[tuple[DocumentAnalysis, DocumentAnalysis]]:
    """(with posts, without posts) analyses of each document, from one cached parse."""
    pairs = []
    for doc, document in cached_pipe(nlp, DEFAULT_MODEL, ((d.text, d) for d in docs)):  # type: ignore[arg-type]
        after = analyze_document(document, doc)
        with without_posts():
            before = analyze_document(document, doc)
        pairs.append((after, before))
    return pairs


def moved_events(after: DocumentAnalysis, before: DocumentAnalysis) -> list[tuple[Event, Event]]:
    """Events of the same clause and expression whose date value or planned flag changed."""
    old = {(e.start, e.end, e.timex): e for e in before.events}
    pairs = [(old.get((e.start, e.end, e.timex)), e) for e in after.events]
    return [
        (o, e) for o, e in pairs if o is not None and (o.time.value, o.planned) != (e.time.value, e.planned)
    ]


def measure_blogs(nlp: object, names: list[str], rows: list[dict[str, object]]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for name in names:
        tally = tallies.setdefault(name, Tally())
        blogs = []
        for document in documents(name):
            tally.files += 1
            posts = post_anchors(document.text, parse_day(document.published.value))
            if posts:
                blogs.append(document)
                tally.posts.update(p.rule for p in posts)
        tally.blogs = len(blogs)
        for after, before in both_ways(nlp, blogs):
            tally.events += len(after.events)
            for old, new in moved_events(after, before):
                tally.moved += old.time.value != new.time.value
                tally.planned_changed += old.planned != new.planned
                rows.append(_row(name, after, old, new))
    return tallies


def _row(topic: str, analysis: DocumentAnalysis, old: Event, new: Event) -> dict[str, object]:
    posts = post_anchors(analysis.document.text, parse_day(analysis.document.published.value))
    post = next((p for p in posts if p.start <= new.start < p.end), None)
    path = Path(analysis.document.source)
    return {
        "id": f"{topic}/{path.parent.name}/{path.name}@{new.start}",
        "published": analysis.document.published.value,
        "stamp": analysis.document.text[post.start : post.stamp_end] if post else None,
        "post_day": post.day.isoformat() if post else None,
        "rule": post.rule if post else None,
        "before": [old.time.value, old.planned],
        "after": [new.time.value, new.planned],
        "sentence": new.summary[:400],
    }


def day_report(nlp: object, topic: str, day: str) -> dict[str, dict[str, object]]:
    pairs = both_ways(nlp, list(documents(topic)))
    report = {}
    for label, analyses in (("after", [a for a, _ in pairs]), ("before", [b for _, b in pairs])):
        entities = link_entities(analyses, ())
        timeline = build_timeline(analyses, entities)
        brief = build_briefing(analyses, CorpusLinks(entities=entities, timeline=timeline))
        on_day = [t for t in timeline if t.time.start == day and t.time.end == day]
        report[label] = {
            "entries": len(on_day),
            "reports": sum(len({m.document for m in t.mentions}) for t in on_day),
            "events": sum(1 for a in analyses for e in a.events if e.time.start == day == e.time.end),
            "brief_days": [t.time.start for t in brief.timeline],
            "busiest": max((len({m.document for m in t.mentions}) for t in on_day), default=0),
        }
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--topics", default="")
    parser.add_argument("--sample", default="")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--day-topic", default="")
    parser.add_argument("--day", default="")
    args = parser.parse_args()
    nlp = load_pipeline(DEFAULT_MODEL)
    if args.day_topic:
        print(json.dumps(day_report(nlp, args.day_topic, args.day), indent=1))
        return
    rows: list[dict[str, object]] = []
    names = [t for t in args.topics.split(",") if t] or topics()
    tallies = measure_blogs(nlp, names, rows)
    for name, t in tallies.items():
        print(f"{name}\t{t.files}\t{t.blogs}\t{dict(t.posts)}\t{t.events}\t{t.moved}\t{t.planned_changed}")
    if args.sample:
        random.Random(args.seed).shuffle(rows)
        with open(args.sample, "w", encoding="utf-8") as out:
            for row in rows[:30]:
                out.write(json.dumps(row) + "\n")
        with open(args.sample + ".all", "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
