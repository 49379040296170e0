"""Timeline17 timeline summarization, news-tls protocol: storyline brief next to PubCount and MentionCount.

For each of the 19 gold timelines: input = the topic's articles published inside the gold span, a
timeline of as many dates as the gold with as many sentences per date as the gold's mean (rounded), and
only dates inside the span. Nothing in any system reads the gold text.
- storyline: `build_brief` (storyline/summarize/brief.py) with dates=N, per_date=K, since/until=span.
- PubCount: days ranked by articles published that day; the first K sentences of the day's articles.
- MentionCount: days ranked by day-precise date mentions (timexes) in all articles; the first K sentences
  that mention the day.
Run: STORYLINE_PARSE_CACHE=/work/cache/parses python -m bench.stories.t17 [topic ...]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from bench.stories.corpus import t17_analyses, t17_topics
from bench.stories.gold import Gold, golds
from bench.stories.tlsmetrics import Timeline, evaluate
from storyline.model import DocumentAnalysis
from storyline.summarize.brief import BriefOptions, build_brief

System = Callable[[Sequence[DocumentAnalysis], Gold], Timeline]


def storyline_brief(analyses: Sequence[DocumentAnalysis], gold: Gold) -> Timeline:
    start, end = gold.span
    options = BriefOptions(dates=len(gold.timeline), per_date=gold.sentences_per_date, since=start, until=end)
    brief = build_brief(analyses, options)
    return {d.date: [s.text for s in d.sentences] for d in brief.dates}


def _ordered(analyses: Sequence[DocumentAnalysis]) -> list[DocumentAnalysis]:
    return sorted(analyses, key=lambda a: (a.document.published.value or "", a.document.source))


def _sentences(analysis: DocumentAnalysis) -> list[str]:
    text = analysis.document.text
    return [
        text[s.start : s.end].strip() for s in analysis.sentences if len(text[s.start : s.end].split()) >= 5
    ]


def pub_count(analyses: Sequence[DocumentAnalysis], gold: Gold) -> Timeline:
    by_day: dict[str, list[DocumentAnalysis]] = defaultdict(list)
    for analysis in _ordered(analyses):
        if analysis.document.published.value:
            by_day[analysis.document.published.value].append(analysis)
    days = sorted(by_day, key=lambda d: (-len(by_day[d]), d))[: len(gold.timeline)]
    return {d: [s for a in by_day[d] for s in _sentences(a)][: gold.sentences_per_date] for d in days}


def mention_count(analyses: Sequence[DocumentAnalysis], gold: Gold) -> Timeline:
    start, end = gold.span
    counts: Counter[str] = Counter()
    sentences: dict[str, list[str]] = defaultdict(list)
    for analysis in _ordered(analyses):
        for timex in analysis.timexes:
            time = timex.time
            if (
                time is None
                or time.granularity != "day"
                or time.start != time.end
                or not start <= time.start <= end
            ):
                continue
            counts[time.start] += 1
            sentence = next((s for s in analysis.sentences if s.start <= timex.start < s.end), None)
            if sentence is not None:
                sentences[time.start].append(analysis.document.text[sentence.start : sentence.end].strip())
    days = sorted(counts, key=lambda d: (-counts[d], d))[: len(gold.timeline)]
    return {d: list(dict.fromkeys(sentences[d]))[: gold.sentences_per_date] for d in days}


SYSTEMS: dict[str, System] = {
    "storyline": storyline_brief,
    "PubCount": pub_count,
    "MentionCount": mention_count,
}
KEYS = ("date_f1", "concat_rouge_1", "concat_rouge_2", "agreement_rouge_1", "agreement_rouge_2",
        "align_rouge_1", "align_rouge_2")  # fmt: skip


def run(topics: Sequence[str]) -> dict[str, list[tuple[str, dict[str, float]]]]:
    """Scores per system: (timeline name, scores) for every gold timeline of `topics`."""
    pairs: dict[str, list[tuple[Timeline, Timeline]]] = defaultdict(list)
    names: list[str] = []
    for topic in topics:
        analyses = t17_analyses(topic)
        for gold in golds(topic):
            start, end = gold.span
            inside = [a for a in analyses if start <= (a.document.published.value or "") <= end]
            names.append(f"{topic}/{gold.name} ({len(inside)})")
            for system, build in SYSTEMS.items():
                pairs[system].append((build(inside, gold), gold.timeline))
    return {system: list(zip(names, evaluate(pairs[system]), strict=True)) for system in SYSTEMS}


def table(results: dict[str, list[tuple[str, dict[str, float]]]]) -> str:
    lines = ["| system | timelines | " + " | ".join(KEYS) + " |", "|---" * (len(KEYS) + 2) + "|"]
    for system, rows in results.items():
        means = [sum(s[k] for _, s in rows) / len(rows) for k in KEYS]
        lines.append(f"| {system} | {len(rows)} | " + " | ".join(f"{m:.3f}" for m in means) + " |")
    return "\n".join(lines)


def per_timeline(results: dict[str, list[tuple[str, dict[str, float]]]]) -> str:
    systems = list(results)
    lines = [
        "| timeline (articles in span) | "
        + " | ".join(f"{s} date F1 / align R1 / R2" for s in systems)
        + " |"
    ]
    lines.append("|---" * (len(systems) + 1) + "|")
    for i, (name, _) in enumerate(results[systems[0]]):
        cells = [results[s][i][1] for s in systems]
        lines.append(
            f"| {name} | "
            + " | ".join(
                f"{c['date_f1']:.3f} / {c['align_rouge_1']:.3f} / {c['align_rouge_2']:.3f}" for c in cells
            )
            + " |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    chosen = sys.argv[1:] or t17_topics()
    scores = run(chosen)
    print(table(scores))
    print()
    print(per_timeline(scores))
