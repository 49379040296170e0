"""build_brief: a timeline summary — the dates that matter and, for each, the best sourced sentences.

Evidence for a day D, from the analyses alone (nothing here reads today's date):
- reports: documents with a sentence whose own date expression names D, not planned (extract/events.py
  marks a clause about the future, or dated after its own publication, as planned);
- references: such documents published on another day (a day still written about later matters more);
- burst: documents published on D and the `burst_days` after it (the story's own surge of coverage);
- outlets: how many outlets report D.
A day's score is `references × w.references + reports × w.reports + burst × w.burst + outlets × w.outlets`
(`DayWeights`). Days are taken best first, and a day next to a day already taken counts `adjacent` times
its score: one event's coverage spills into the next day, and two adjacent dates would tell it twice.
The sentences for D are chosen among D's candidates by summarize/choose.py: the dated
sentences above, the sentences reporting news of their publication day D, and the first sentences of
the articles published on D. Sentences that only announce a plan never count as reports: days known
only from planned events are listed apart in `Brief.planned`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from storyline.model import Brief, BriefDate, BriefSentence, DocumentAnalysis, Event
from storyline.summarize.choose import Candidate, Key, SentenceWeights, choose_sentences
from storyline.summarize.vectors import Vector, centroid, content_words, idf_of, vector

DEFAULT_DATES, DEFAULT_PER_DATE = 10, 1


@dataclass(frozen=True, slots=True)
class DayWeights:
    """How a day's evidence adds up to its score (see the module docstring)."""

    references: float = 1.0
    reports: float = 1.0
    burst: float = 1.0
    outlets: float = 0.5
    burst_days: int = 0  # the burst counts the documents published on the day and this many after
    adjacent: float = 0.7  # factor for a day next to a day already chosen (1.0: no spreading)


@dataclass(slots=True)
class _Day:
    """What the corpus says about one day."""

    reporters: set[str] = field(default_factory=set)
    planners: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    published: int = 0
    candidates: dict[Key, Candidate] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BriefOptions:
    """What to summarize: how many dates and sentences per date, the date window (inclusive ISO days),
    and the weights that rank days and sentences."""

    dates: int = DEFAULT_DATES
    per_date: int = DEFAULT_PER_DATE
    since: str | None = None
    until: str | None = None
    day: DayWeights = DayWeights()
    sentence: SentenceWeights = field(default_factory=SentenceWeights)


def build_brief(
    analyses: Sequence[DocumentAnalysis], options: BriefOptions = BriefOptions(), story: str | None = None
) -> Brief:
    """The `options.dates` best-evidenced days (in date order), each with `options.per_date` sentences."""
    days = _collect(analyses, options)
    idf = idf_of(content_words(c.sentence.text) for day in days.values() for c in day.candidates.values())
    scores = {d: score(d, days, options.day) for d in days if days[d].reporters or days[d].published}
    chosen: list[BriefDate] = []
    topic = topic_centroid(days.values(), idf)
    while scores and len(chosen) < options.dates:
        day = _next_day(scores, [b.date for b in chosen], options.day.adjacent)
        del scores[day]
        sentences = choose_sentences(days[day].candidates, options.per_date, idf, options.sentence, topic)
        if sentences:
            chosen.append(BriefDate(date=day, sentences=sentences, reports=len(days[day].reporters)))
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


def _next_day(scores: Mapping[str, float], chosen: Sequence[str], adjacent: float) -> str:
    """The best-scored day left; a day next to an already chosen one counts `adjacent` times its score
    (one event's coverage spills into the next day: two adjacent dates would tell it twice)."""
    near = {d for c in chosen for d in _neighbours(c)} if adjacent != 1.0 else set()
    return min(scores, key=lambda d: (-scores[d] * (adjacent if d in near else 1.0), d))


def _neighbours(day: str) -> tuple[str, str]:
    start = dt.date.fromisoformat(day)
    return ((start - dt.timedelta(days=1)).isoformat(), (start + dt.timedelta(days=1)).isoformat())


def score(day: str, days: dict[str, _Day], weights: DayWeights = DayWeights()) -> float:
    """How much the corpus says that `day` matters (see the module docstring)."""
    evidence = days[day]
    start = dt.date.fromisoformat(day)
    burst = sum(
        days[later].published
        for offset in range(weights.burst_days + 1)
        if (later := (start + dt.timedelta(days=offset)).isoformat()) in days
    )
    references = sum(1 for d in evidence.reporters if not d.endswith("@" + day))
    return (
        weights.references * references
        + weights.reports * len(evidence.reporters)
        + weights.burst * burst
        + weights.outlets * len(evidence.outlets)
    )


def topic_centroid(days: Iterable[_Day], idf: Mapping[str, float]) -> Vector:
    """The centroid of every candidate sentence of every day: what the whole corpus is about."""
    return centroid(
        [vector(content_words(c.sentence.text), idf) for day in days for c in day.candidates.values()]
    )


def _collect(analyses: Sequence[DocumentAnalysis], options: BriefOptions) -> dict[str, _Day]:
    days: dict[str, _Day] = defaultdict(_Day)
    weights = options.sentence
    for analysis in analyses:
        published = analysis.document.published.value
        index_of = {s.start: s.index for s in analysis.sentences}
        if published and _inside(published, options):
            days[published].published += 1
            for sentence in analysis.sentences[: weights.lead]:
                _add(
                    days[published],
                    analysis,
                    sentence.start,
                    sentence.end,
                    weights.lead_weight,
                    sentence.index,
                )
        for event in analysis.events:
            day = event.time.start
            if event.time.granularity != "day" or event.time.end != day or not _inside(day, options):
                continue
            if event.planned:
                days[day].planners.add(analysis.document.id)
                continue
            index = index_of.get(event.start, _index_at(analysis, event.start))
            if _from_publication(event):
                _add(days[day], analysis, event.start, event.end, weights.news, index)
                continue
            tag = f"{analysis.document.id}@{published}" if published else analysis.document.id
            days[day].reporters.add(tag)
            days[day].outlets.add(analysis.document.outlet or analysis.document.source)
            _add(days[day], analysis, event.start, event.end, weights.dated, index)
    return days


def _from_publication(event: Event) -> bool:
    return event.dated_from == "publication"


def _index_at(analysis: DocumentAnalysis, offset: int) -> int:
    return next((s.index for s in analysis.sentences if s.start <= offset < s.end), len(analysis.sentences))


def _add(day: _Day, analysis: DocumentAnalysis, start: int, end: int, weight: float, index: int) -> None:
    """Add a candidate (the better weight wins when the sentence came to the day two ways)."""
    raw = analysis.document.text[start:end]
    text = raw.strip()
    start += len(raw) - len(raw.lstrip())
    known = day.candidates.get((analysis.document.id, start))
    if not text or (known is not None and known.weight >= weight):
        return
    sentence = BriefSentence(text=text, document=analysis.document.id, start=start, end=start + len(text))
    day.candidates[(analysis.document.id, start)] = Candidate(sentence=sentence, weight=weight, index=index)


def _planned_sentences(analyses: Sequence[DocumentAnalysis], day: str) -> tuple[BriefSentence, ...]:
    for analysis in analyses:
        for event in analysis.events:
            if event.planned and event.time.start == day == event.time.end:
                text = analysis.document.text[event.start : event.end]
                return (BriefSentence(text=text, document=event.document, start=event.start, end=event.end),)
    return ()


def _inside(day: str, options: BriefOptions) -> bool:
    return (options.since is None or day >= options.since) and (options.until is None or day <= options.until)
