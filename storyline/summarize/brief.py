"""build_brief: a timeline summary — the dates that matter and, for each, the best sourced sentences.

Evidence for a day D, from the analyses alone (nothing here reads today's date):
- reports: documents with an event dated D that is not planned (extract/events.py marks a clause about
  the future, or dated after its own publication, as planned);
- references: such documents published on another day (a day still written about later matters more);
- burst: documents published on D and the BURST_DAYS after it (the story's own surge of coverage).
A day's score is `references + REPORT_WEIGHT * reports + BURST_WEIGHT * burst + OUTLET_WEIGHT * outlets`.
Sentences for D are the event sentences dated D and the LEAD first sentences of documents published on D
(a lead reports the day's news without naming the day); each is scored by its TF-IDF cosine with the
centroid of all of D's candidates, so a sentence many reports agree with wins, and a sentence too like
one already chosen (cosine > REDUNDANT) is passed over. Sentences that only announce a plan never count
as reports: days known only from planned events are listed apart in `Brief.planned`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from storyline.model import Brief, BriefDate, BriefSentence, DocumentAnalysis
from storyline.summarize.vectors import Vector, centroid, content_words, cosine, idf_of, vector

DEFAULT_DATES, DEFAULT_PER_DATE = 10, 1
REPORT_WEIGHT, BURST_WEIGHT, OUTLET_WEIGHT = 1.0, 1.0, 0.5
BURST_DAYS = 0  # the burst counts the documents published on the day itself
LEAD = 2
LEAD_WEIGHT = 0.8  # a lead sentence's score is discounted: it does not name the day it reports
MIN_WORDS, MAX_WORDS = 6, 60
REDUNDANT = 0.5


@dataclass(slots=True)
class _Day:
    """What the corpus says about one day."""

    reporters: set[str] = field(default_factory=set)
    planners: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    published: int = 0
    candidates: dict[tuple[str, int], tuple[BriefSentence, float]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BriefOptions:
    """What to summarize: how many dates and sentences per date, and the date window (inclusive ISO days)."""

    dates: int = DEFAULT_DATES
    per_date: int = DEFAULT_PER_DATE
    since: str | None = None
    until: str | None = None


def build_brief(
    analyses: Sequence[DocumentAnalysis], options: BriefOptions = BriefOptions(), story: str | None = None
) -> Brief:
    """The `options.dates` best-evidenced days (in date order), each with `options.per_date` sentences."""
    days = _collect(analyses, options)
    idf = idf_of(content_words(s.text) for day in days.values() for s, _ in day.candidates.values())
    ranked = sorted(
        (d for d in days if days[d].reporters or days[d].published), key=lambda d: (-score(d, days), d)
    )
    chosen = []
    for day in ranked:
        sentences = pick_sentences(days[day], options.per_date, idf)
        if sentences and days[day].reporters | _publishers(days[day]):
            chosen.append(BriefDate(date=day, sentences=sentences, reports=len(days[day].reporters)))
        if len(chosen) == options.dates:
            break
    planned = [
        BriefDate(date=d, sentences=_planned_sentences(analyses, d), reports=0, planned=True)
        for d in sorted(days)
        if days[d].planners and not days[d].reporters
    ]
    return Brief(
        story=story,
        dates=tuple(sorted(chosen, key=lambda b: b.date)),
        planned=tuple(p for p in planned if p.sentences),
        documents=len(analyses),
    )


def score(day: str, days: dict[str, _Day]) -> float:
    """How much the corpus says that `day` matters (see the module docstring)."""
    evidence = days[day]
    start = dt.date.fromisoformat(day)
    burst = sum(
        days[later].published
        for offset in range(BURST_DAYS + 1)
        if (later := (start + dt.timedelta(days=offset)).isoformat()) in days
    )
    references = sum(1 for d in evidence.reporters if not d.endswith("@" + day))
    return (
        references
        + REPORT_WEIGHT * len(evidence.reporters)
        + BURST_WEIGHT * burst
        + OUTLET_WEIGHT * len(evidence.outlets)
    )


def pick_sentences(day: _Day, limit: int, idf: dict[str, float]) -> tuple[BriefSentence, ...]:
    """The `limit` candidates closest to the day's centroid, none too like one already chosen."""
    vectors: dict[tuple[str, int], Vector] = {
        key: vector(content_words(sentence.text), idf) for key, (sentence, _) in day.candidates.items()
    }
    middle = centroid(list(vectors.values()))
    order = sorted(day.candidates, key=lambda k: (-cosine(vectors[k], middle) * day.candidates[k][1], k))
    picked: list[tuple[str, int]] = []
    for key in order:
        if all(cosine(vectors[key], vectors[other]) <= REDUNDANT for other in picked):
            picked.append(key)
        if len(picked) == limit:
            break
    return tuple(day.candidates[key][0] for key in picked)


def _collect(analyses: Sequence[DocumentAnalysis], options: BriefOptions) -> dict[str, _Day]:
    days: dict[str, _Day] = defaultdict(_Day)
    for analysis in analyses:
        published = analysis.document.published.value
        if published and _inside(published, options):
            days[published].published += 1
            _add_leads(days[published], analysis)
        for event in analysis.events:
            day = event.time.start
            if event.time.granularity != "day" or event.time.end != day or not _inside(day, options):
                continue
            if event.planned:
                days[day].planners.add(analysis.document.id)
                continue
            tag = f"{analysis.document.id}@{published}" if published else analysis.document.id
            days[day].reporters.add(tag)
            days[day].outlets.add(analysis.document.outlet or analysis.document.source)
            _add(days[day], analysis, event.start, event.end, 1.0)
    return days


def _add_leads(day: _Day, analysis: DocumentAnalysis) -> None:
    for sentence in analysis.sentences[:LEAD]:
        _add(day, analysis, sentence.start, sentence.end, LEAD_WEIGHT)


def _add(day: _Day, analysis: DocumentAnalysis, start: int, end: int, weight: float) -> None:
    text = analysis.document.text[start:end].strip()
    words = len(text.split())
    key = (analysis.document.id, start)
    if MIN_WORDS <= words <= MAX_WORDS and key not in day.candidates:
        sentence = BriefSentence(text=text, document=analysis.document.id, start=start, end=start + len(text))
        day.candidates[key] = (sentence, weight)


def _planned_sentences(analyses: Sequence[DocumentAnalysis], day: str) -> tuple[BriefSentence, ...]:
    for analysis in analyses:
        for event in analysis.events:
            if event.planned and event.time.start == day == event.time.end:
                text = analysis.document.text[event.start : event.end]
                return (BriefSentence(text=text, document=event.document, start=event.start, end=event.end),)
    return ()


def _publishers(day: _Day) -> set[str]:
    return {key[0] for key in day.candidates}


def _inside(day: str, options: BriefOptions) -> bool:
    return (options.since is None or day >= options.since) and (options.until is None or day <= options.until)
