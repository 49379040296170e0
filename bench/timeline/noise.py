"""Timeline noise on Timeline17: entries from comments or furniture, entries dated outside the topic.

Run: python -m bench.timeline.noise [--per-topic N] [--topics a,b] [--json OUT] [--sample OUT] [--seed N].
For every topic: sample its articles (bench/timeline/corpus.py), clean, parse (bench parse cache),
analyse and link them as the runner does, and measure over the topic's timeline:
- noise: entries whose summary sentence lies in reader comments or page furniture, as the
  benchmark's own outlet-specific judge marks them in the raw page (bench/timeline/oracle.py);
- outside: entries whose interval misses the topic's article span (first to last folder day) and
  whose date expression has no historical reading (no year written as a date: "in 1918",
  "the 1990s", "May 2008"); planned entries count too (a plan outside the span is still noise);
- outside_by_cause: the same entries by what placed them outside: "stated relative" (the expression
  itself says how far back or ahead: "32 years ago", "last April", "next month", "yesterday", "the
  Sixties", "In 2009" capitalised, which the year rule above misses), else by the kind of expression
  whose year, week or day storyline chose ("month", "month-day", "weekday", "season", "clock or part of
  day", "other") or "publication day"; `unplaced` = outside minus "stated relative": entries dated
  outside the span by storyline's own resolution, the figure the < 2% goal is judged on;
- kept sentences: raw article sentences (lines outside the judge's noise) dropped by cleaning.
A historical reading, mechanically: a year written as a date beside the expression, a decade
written "the '60s", or a year the resolution took from a year written just before it (anchor rule
"narrative-year", that year written in the 300 characters before, not the publication's year);
"stated relative" includes a distance stated from another time ("six years before"). The last line
printed puts the judged figure beside the mechanical one: the verdicts read on the unplaced entries
(bench/timeline/verdicts.py, data/outside_judged.jsonl) and how many are not judged yet.
`--outside OUT` writes every outside entry (expression, value, publication day, sentence) as JSON
lines, to read its causes. `--sample` writes every day-dated event (sentence, expression, value,
publication day) as JSON lines for reading; the verdicts of a 50-event sample are recorded in
bench/results/timeline.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bench.parsecache import cached_pipe
from bench.timeline.corpus import Topic, load_topic, topics
from bench.timeline.oracle import noise_share, noise_spans
from storyline.clean import clean_document
from storyline.extract.nlp import load_pipeline
from storyline.link.entities import link_entities
from storyline.link.timeline import build_timeline
from storyline.model import Document, DocumentAnalysis, Rejected, TimeExpression, TimelineEntry
from storyline.run.analyze import analyze_document
from storyline.settings import DEFAULT_MODEL

_YEAR_AS_DATE = re.compile(
    r"(?:\b(?:in|since|of|from|until|till|by|before|after|during|than|early|late|mid|the|around|between"
    r"|and|to)\b|[A-Z][a-z]{2,8}\.?|\d{1,2}(?:st|nd|rd|th)?|-)[ ,]*(?:1[0-9]|20)\d{2}s?\b"
    r"|^(?:1[0-9]|20)\d{2}s?$|\bcentury\b|\bdecade\b",
)


@dataclass
class Counts:
    """Per-topic tallies."""

    documents: int = 0
    entries: int = 0
    noise: dict[str, int] = field(default_factory=lambda: {"comments": 0, "furniture": 0})
    outside: int = 0
    outside_by_cause: dict[str, int] = field(default_factory=dict)
    unplaced: int = 0
    events: int = 0
    noise_events: int = 0
    from_publication: int = 0
    article_lines: int = 0
    article_lines_lost: int = 0


def analyses_of(topic: Topic, nlp: object) -> Iterator[DocumentAnalysis]:
    cleaned = [clean_document(raw) for raw in topic.documents]
    documents = [d for d in cleaned if not isinstance(d, Rejected) and len(d.text) < 1_000_000]
    for doc, document in cached_pipe(nlp, DEFAULT_MODEL, ((d.text, d) for d in documents)):  # type: ignore[arg-type]
        yield analyze_document(document, doc)


def measure(
    topic: Topic, nlp: object, sample: list[dict[str, object]], outside: list[dict[str, object]] | None = None
) -> Counts:
    counts = Counts(documents=len(topic.documents))
    analyses = list(analyses_of(topic, nlp))
    by_id = {a.document.id: a for a in analyses}
    spans = {a.document.id: noise_spans(a.document.raw_text, a.document.source) for a in analyses}
    for analysis in analyses:
        _count_lines(analysis.document, spans[analysis.document.id], counts)
        for event in analysis.events:
            counts.events += 1
            counts.from_publication += getattr(event, "dated_from", "text") == "publication"
            raw = analysis.document.offset_map.span_to_raw(event.start, event.end)
            kind = noise_share(spans[analysis.document.id], *raw)
            counts.noise_events += kind is not None
            if event.time.granularity == "day" and kind is None:
                sample.append(_sample_row(topic.name, analysis, event))
    timeline = build_timeline(analyses, link_entities(analyses, ()))
    counts.entries = len(timeline)
    for entry in timeline:
        analysis = by_id[entry.summary_span.document]
        raw = analysis.document.offset_map.span_to_raw(entry.summary_span.start, entry.summary_span.end)
        kind = noise_share(spans[entry.summary_span.document], *raw)
        if kind:
            counts.noise[kind] += 1
        elif _outside(entry, topic) and not _historical(entry, analysis):
            counts.outside += 1
            cause = outside_cause(_timex_text(entry, analysis))
            counts.outside_by_cause[cause] = counts.outside_by_cause.get(cause, 0) + 1
            counts.unplaced += cause != "stated relative"
            if outside is not None:
                event = next(e for e in analysis.events if e.id in entry.events)
                outside.append(_sample_row(topic.name, analysis, event) | {"entry": entry.time.value})
    return counts


def _count_lines(document: Document, spans: list[tuple[int, int, str]], counts: Counts) -> None:
    """Raw article lines (outside the judge's noise) of 4+ words, and how many cleaning dropped."""
    removed = [(s.start, s.end) for s in document.removed]
    start = 0
    for line in document.raw_text.split("\n"):
        end = start + len(line)
        if len(line.split()) >= 4 and noise_share(spans, start, end) is None:
            counts.article_lines += 1
            lost = sum(max(0, min(end, e) - max(start, s)) for s, e in removed)
            counts.article_lines_lost += lost * 2 > len(line.strip())
        start = end + 1


def _outside(entry: TimelineEntry, topic: Topic) -> bool:
    start, end = dt.date.fromisoformat(entry.time.start), dt.date.fromisoformat(entry.time.end)
    return end < topic.first or start > topic.last


def _historical(entry: TimelineEntry, analysis: DocumentAnalysis) -> bool:
    """Whether the entry's date expression writes a year as a date ("in 1918", "May 2008", "1990s", "the
    '60s"), or takes its year from a year the text writes just before it ("In 1998, ... six years
    before", "on 15 October and 9 November that year", "March and April of 2008")."""
    event = next(e for e in analysis.events if e.id in entry.events)
    timex = next((t for t in analysis.timexes if t.id == event.timex), None)
    if timex is None:
        return False
    if _DECADE.search(timex.text) or _year_written_beside(timex, analysis):
        return True
    context = analysis.document.text[max(0, timex.start - 12) : timex.end]
    return bool(_YEAR_AS_DATE.search(context)) and bool(re.search(r"\d{4}|century|decade", timex.text))


_DECADE = re.compile(r"['’]\d0s\b")  # "the '60s": a decade the text writes


def _year_written_beside(timex: TimeExpression, analysis: DocumentAnalysis) -> bool:
    """The resolution took a year the text writes beside the expression (anchor rule "narrative-year",
    and that year, not the publication's, is written in the YEAR_REACH characters before it or right
    after it: the closing year of a list)."""
    year = timex.value[:4]
    published = analysis.document.published.value or ""
    if timex.anchor_rule != "narrative-year" or not year.isdigit() or published.startswith(year):
        return False
    text = analysis.document.text
    window = text[max(0, timex.start - YEAR_REACH) : timex.start] + " " + text[timex.end : timex.end + 30]
    return re.search(rf"\b{year}\b", window) is not None  # "March and April of 2008": just after, too


YEAR_REACH = 300  # characters before an expression where the year it took is written (about a sentence)
_STATED = re.compile(
    r"(?i)\b(?:ago|back|last|next|previous|past|yesterday|tomorrow|coming|following|earlier|later|year-earlier"
    r"|year-ago|this|that|the same)\b|\b(?:years?|months?|weeks?|days?)\s+(?:before|after)\b"
    r"|\b(?:1[0-9]|20)\d{2}s?\b|centur|decade|\b(?:twent|thirt|fort|fift|sixt"
    r"|sevent|eight|ninet)ies\b"
)
_CAUSES = (
    ("weekday", re.compile(r"(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend")),
    (
        "clock or part of day",
        re.compile(r"(?i)\d[:.]\d\d|\b[ap]\.?m\b|\d\s*[ap]m|noon|midnight|morning|evening|night|afternoon"),
    ),
    ("season", re.compile(r"(?i)spring|summer|autumn|fall|winter")),
    (
        "month-day",
        re.compile(r"(?i)[a-z]{3}\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3}|christmas"),
    ),
    ("month", re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")),
)


def outside_cause(expression: str | None) -> str:
    """What placed an outside entry there: the expression's own statement, or the kind storyline resolved."""
    if not expression:
        return "publication day"
    if _STATED.search(expression):
        return "stated relative"
    return next((name for name, pattern in _CAUSES if pattern.search(expression)), "other")


def _timex_text(entry: TimelineEntry, analysis: DocumentAnalysis) -> str | None:
    event = next(e for e in analysis.events if e.id in entry.events)
    timex = next((t for t in analysis.timexes if t.id == event.timex), None)
    return timex.text if timex else None


def _sample_row(topic: str, analysis: DocumentAnalysis, event: object) -> dict[str, object]:
    timex = next((t for t in analysis.timexes if t.id == getattr(event, "timex", "")), None)
    path = Path(analysis.document.source)
    return {
        "id": f"{topic}/{path.parent.name}/{path.name}@{getattr(event, 'start', 0)}",
        "topic": topic,
        "source": analysis.document.source,
        "published": analysis.document.published.value,
        "value": event.time.value,
        "expression": timex.text if timex else None,
        "dated_from": getattr(event, "dated_from", "text"),
        "planned": getattr(event, "planned", False),
        "sentence": getattr(event, "summary", ""),
        "anchor_rule": timex.anchor_rule if timex else None,
    }


def run(
    per_topic: int, names: list[str], sample_path: str | None, outside_path: str | None = None
) -> dict[str, dict[str, object]]:
    return run_with_outside(per_topic, names, sample_path, outside_path)[0]


def run_with_outside(
    per_topic: int, names: list[str], sample_path: str | None, outside_path: str | None = None, seed: int = 17
) -> tuple[dict[str, dict[str, object]], list[dict[str, object]]]:
    """The per-topic counts and every outside entry (see `--outside`)."""
    nlp = load_pipeline(DEFAULT_MODEL)
    results: dict[str, dict[str, object]] = {}
    sample: list[dict[str, object]] = []
    outside: list[dict[str, object]] = []
    for name in names:
        counts = measure(load_topic(name, per_topic), nlp, sample, outside)
        results[name] = counts.__dict__
        print(name, json.dumps(counts.__dict__), flush=True)
    if sample_path:
        rows = random.Random(seed).sample(sample, min(len(sample), 200))
        Path(sample_path).write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    if outside_path:
        Path(outside_path).write_text("\n".join(json.dumps(r) for r in outside) + "\n", "utf-8")
    return results, outside


def summary(results: dict[str, dict[str, object]], outside: list[dict[str, object]]) -> str:
    """The run's totals: the mechanical unplaced share and, beside it, the judged one (verdicts.py)."""
    from bench.timeline.verdicts import judged_line  # verdicts.py reads outside_cause from here

    entries = sum(int(str(r["entries"])) for r in results.values())
    unplaced = sum(int(str(r["unplaced"])) for r in results.values())
    share = f"{100 * unplaced / entries:.2f}%" if entries else "-"
    return f"all: {entries} entries, unplaced (mechanical) {unplaced} = {share}; " + judged_line(
        outside, entries
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-topic", type=int, default=25)
    parser.add_argument("--topics", default="")
    parser.add_argument("--json", default="")
    parser.add_argument("--sample", default="")
    parser.add_argument("--seed", type=int, default=17, help="the --sample draw (17 in the sessions before)")
    parser.add_argument("--outside", default="")
    args = parser.parse_args()
    os.environ.setdefault("STORYLINE_PARSE_CACHE", "/work/cache/parses")
    names = [t for t in args.topics.split(",") if t] or topics()
    results, outside = run_with_outside(
        args.per_topic, names, args.sample or None, args.outside or None, args.seed
    )
    print(summary(results, outside))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), "utf-8")


if __name__ == "__main__":
    main()
