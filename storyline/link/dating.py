"""infer_publication_dates: a publication day for undated articles, read from the dated corpus around them.

Only documents without any publication date are dated, and only when all three steps agree (precision
first: any doubt gives nothing):

1. Year from the corpus. A partial date (`XXXX-MM-DD`, no interval) outside a future clause is the
   anchor event E when its sentence reports the same real event as a timeline entry of that month-day,
   reported by another document dated more firmly than by this rule (so inferences never chain): two
   shared content words (`content_words`, against the entry's summaries) and a shared linked entity, or
   three shared words. All matches must agree on one year.
2. Elapsed time. A duration in whole days, weeks, months or years stated as elapsed until now: "for" +
   a present perfect ("has been going on for five weeks", "for more than a month there have been"),
   about E (same paragraph or a shared content word), or "a week after/since E" (same clause). The
   estimate is E + duration; one after an explicit `today` is not about E and is dropped. Estimates
   further apart than the coarser unit conflict: no date. The most precise duration wins (smallest
   unit, then exact before "more than"/"about"). No elapsed duration, no date: a year alone is not a
   day. A day before a time the text itself reports (outside future clauses) is a conflict too.
3. Weekday. A weekday in a past-tense, non-future sentence ("said on Monday") moves the estimate to the
   first such weekday on or after it (within 7 days); with several, the latest such day, since an
   article is not older than what it reports.

Where these steps give nothing, a weekday–date pair outside a future clause ("He spoke on Wednesday,
April 28", no year in the text) takes the one year in which that day is that weekday within the span of
the firmly dated documents widened by a year on each side (weekdays recur only every 5–11 years); the
latest such pair is the day. The corpus is the anchor here, never the clock. Confidence 0.3.

Result: source "inferred", confidence 0.3 (0.25 without a weekday), evidence naming each step, e.g.
"August 9 = 2020-08-09 (same event as doc:…: elections, …); + five weeks → 2020-09-13; Monday →
2020-09-14". Never a day after `today` when the caller gives one; the clock is never read.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from storyline.link.timeline import content_words
from storyline.model import DocumentAnalysis, Entity, PublicationDate, TimeExpression, TimelineEntry

CONFIDENCE = 0.3
NO_WEEKDAY_CONFIDENCE = 0.25
_PARTIAL_DAY = re.compile(r"^XXXX-(\d{2}-\d{2})$")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])(?:T.*)?$")
_DURATION = re.compile(r"^P(\d+)([DWMY])$")
_UNIT_DAYS = {"D": 1, "W": 7, "M": 31, "Y": 366}
_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|won't|'ll|going to|(?:is|are|was|were) (?:due |scheduled |set |expected )?to"
    r"|scheduled|planned|plans to|upcoming|next)\b"
)
_PAST = re.compile(
    r"(?i)\b(?:was|were|had|did|said|told|met|took|made|came|went|won|began|became|held|left|saw|gave|\w{3,}ed)\b"
)
_PERFECT = re.compile(r"(?i)\b(?:has|have|'ve)\s+(?:\w+\s+)?(?:been|\w{2,}ed|\w{2,}en)\b")
_FOR_BEFORE, _AFTER = re.compile(r"(?i)\bfor\s+$"), re.compile(r"(?i)^\s*(?:after|since)\b[^,;:()]{0,60}$")
_INEXACT = re.compile(r"(?i)\b(?:more than|over|nearly|almost|about|around|some|at least|roughly)\b")


class _Anchor(NamedTuple):  # a partial date of the undated document, dated by a corpus entry (rule 1)
    timex: TimeExpression
    day: dt.date
    entry: TimelineEntry
    shared: tuple[str, ...]


class _Elapsed(NamedTuple):  # E + an elapsed duration (rule 2): the estimated day and its precision
    anchor: _Anchor
    timex: TimeExpression
    estimate: dt.date
    unit_days: int
    exact: bool


class _Corpus(NamedTuple):  # day-precise past entries by month-day ("08-09"), their words and reporters
    days: dict[str, list[TimelineEntry]]
    words: dict[str, frozenset[str]]
    reporters: dict[str, frozenset[str]]
    entity_of: dict[str, str]


class _Text:
    """One document's text and sentence bounds, for lookups by offset."""

    def __init__(self, analysis: DocumentAnalysis) -> None:
        self.text, self.sentences = analysis.document.text, analysis.sentences
        self.starts = [s.start for s in analysis.sentences]

    def sentence(self, offset: int) -> tuple[int, int]:
        """The [start, end) of the sentence holding `offset` (its line, where no sentence does)."""
        index = bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index].start, self.sentences[index].end
        end = self.text.find("\n", offset)
        return self.text.rfind("\n", 0, offset) + 1, len(self.text) if end == -1 else end

    def of(self, offset: int) -> str:
        start, end = self.sentence(offset)
        return self.text[start:end]


def infer_publication_dates(
    analyses: Sequence[DocumentAnalysis],
    timeline: Sequence[TimelineEntry],
    entities: Sequence[Entity],
    *,
    today: dt.date | None = None,
) -> dict[str, PublicationDate]:
    """Document id → corpus-inferred publication date, for undated documents where the rules agree."""
    corpus = _corpus(analyses, timeline, entities)
    span = _firm_span(analyses)
    found: dict[str, PublicationDate] = {}
    for analysis in analyses:
        if analysis.document.published.value is None:
            text = _Text(analysis)
            anchors = _anchors(analysis, text, corpus)
            published = _date(analysis, text, anchors, today) if anchors else None
            if published is None and span is not None:
                published = _pair_in_span(analysis, text, span, today)
            if published is not None:
                found[analysis.document.id] = published
    return found


def _firm(analysis: DocumentAnalysis) -> bool:
    published = analysis.document.published
    return published.value is not None and (
        published.source != "inferred" or published.confidence > CONFIDENCE
    )


def _firm_span(analyses: Sequence[DocumentAnalysis]) -> tuple[dt.date, dt.date] | None:
    """The first and last publication day of the firmly dated documents, widened by a year each side."""
    days = [
        dt.date.fromisoformat(a.document.published.value[:10])
        for a in analyses
        if _firm(a) and a.document.published.value
    ]
    if not days:
        return None
    return min(days) - dt.timedelta(days=366), max(days) + dt.timedelta(days=366)


def _pair_in_span(
    analysis: DocumentAnalysis, text: _Text, span: tuple[dt.date, dt.date], today: dt.date | None
) -> PublicationDate | None:
    """The latest past weekday–date pair whose year is the only fitting one in `span` (module docstring)."""
    days: list[tuple[dt.date, str]] = []
    for timex in analysis.timexes:
        match = _PARTIAL_DAY.match(timex.value)
        weekday = _weekday_named(timex.text)
        if match is None or weekday is None or _FUTURE.search(text.of(timex.start)):
            continue
        month, month_day = int(match.group(1)[:2]), int(match.group(1)[3:])
        fits = [
            candidate
            for year in range(span[0].year, span[1].year + 1)
            if (candidate := _real_day(year, month, month_day)) is not None
            and candidate.weekday() == weekday
            and span[0] <= candidate <= span[1]
        ]
        if len(fits) == 1:
            days.append((fits[0], timex.text))
    if not days:
        return None
    day, said = max(days)
    if (today is not None and day > today) or _reports_later(analysis, text, day):
        return None
    low, high = span[0] + dt.timedelta(days=366), span[1] - dt.timedelta(days=366)
    evidence = f"{said} = {day}: the only such year within a year of the dated corpus ({low} … {high})"
    return PublicationDate(value=day.isoformat(), source="inferred", confidence=CONFIDENCE, evidence=evidence)


def _real_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday_named(phrase: str) -> int | None:
    """The weekday a phrase names in full ("Wednesday, April 28" → 2), from `calendar`'s names."""
    words = set(re.findall(r"[a-z]+", phrase.lower()))
    found = [index for index, name in enumerate(calendar.day_name) if name.lower() in words]
    return found[0] if len(found) == 1 else None


def _corpus(
    analyses: Sequence[DocumentAnalysis], timeline: Sequence[TimelineEntry], entities: Sequence[Entity]
) -> _Corpus:
    """Past, day-precise entries by month-day, with their words and their firmly dated reporters."""
    summaries = {event.id: event.summary for a in analyses for event in a.events}
    firm = {  # documents whose reports may anchor: all but those dated as weakly as this rule dates
        a.document.id
        for a in analyses
        if a.document.published.source != "inferred" or a.document.published.confidence > CONFIDENCE
    }
    corpus = _Corpus({}, {}, {}, {mention: e.id for e in entities for mention in e.mentions})
    for entry in timeline:
        if entry.planned or entry.time.granularity != "day" or entry.time.start != entry.time.end:
            continue
        corpus.days.setdefault(entry.time.start[5:], []).append(entry)
        corpus.reporters[entry.id] = frozenset(s.document for s in entry.mentions) & firm
        reports = [entry.summary, *(summaries.get(event, "") for event in entry.events)]
        corpus.words[entry.id] = content_words(" ".join(reports))
    return corpus


def _anchors(analysis: DocumentAnalysis, text: _Text, corpus: _Corpus) -> list[_Anchor]:
    """Every (partial date, corpus entry) match; none unless they all agree on one year."""
    found = []
    for timex in analysis.timexes:
        match = _PARTIAL_DAY.match(timex.value)
        start, end = text.sentence(timex.start)
        if match is None or timex.time is not None or _FUTURE.search(text.text[start:end]):
            continue
        own, of = content_words(text.text[start:end]), corpus.entity_of
        named = {of[m.id] for m in analysis.mentions if start <= m.start < end and m.id in of}
        for entry in corpus.days.get(match.group(1), []):
            shared = own & corpus.words[entry.id]
            if corpus.reporters[entry.id] - {analysis.document.id} and (
                len(shared) >= 3 or (len(shared) >= 2 and bool(named & set(entry.entities)))
            ):
                day = dt.date.fromisoformat(entry.time.start)
                found.append(_Anchor(timex, day, entry, tuple(sorted(shared))))
    return found if len({a.day.year for a in found}) == 1 else []


def _add(day: dt.date, count: int, unit: str) -> dt.date | None:
    """`day` plus `count` days, weeks, months or years (month ends clamp), None past year 9999."""
    if unit in ("D", "W"):
        return day + dt.timedelta(days=count * _UNIT_DAYS[unit])
    months = day.month - 1 + count * (12 if unit == "Y" else 1)
    year, month = day.year + months // 12, months % 12 + 1
    if year > dt.MAXYEAR:
        return None
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _elapsed(text: _Text, timex: TimeExpression, anchor: _Anchor) -> _Elapsed | None:
    """E + `timex` when `timex` is a duration stated as elapsed until now and about E (rule 2)."""
    match = _DURATION.match(timex.value)
    if timex.type != "DURATION" or match is None:
        return None
    (start, end), (e_start, e_end) = text.sentence(timex.start), text.sentence(anchor.timex.start)
    after = start == e_start and _AFTER.match(text.text[timex.end : anchor.timex.start]) is not None
    perfect = _FOR_BEFORE.search(text.text[start : timex.start]) and _PERFECT.search(text.text[start:end])
    (_, first_end), (second_start, _) = sorted([(start, end), (e_start, e_end)])
    same_paragraph = "\n" not in text.text[first_end:second_start]  # also true for the same sentence
    on_topic = same_paragraph or bool(content_words(text.of(timex.start)) & content_words(text.of(e_start)))
    estimate = _add(anchor.day, int(match.group(1)), match.group(2))
    if estimate is None or not (after or (perfect and on_topic)):
        return None
    exact = _INEXACT.search(timex.text) is None
    return _Elapsed(anchor, timex, estimate, _UNIT_DAYS[match.group(2)], exact)


def _date(
    analysis: DocumentAnalysis, text: _Text, anchors: list[_Anchor], today: dt.date | None
) -> PublicationDate | None:
    """Rules 2 and 3 over the anchors of one document; None when a clue is missing or clues conflict."""
    clues = [
        clue
        for timex in analysis.timexes
        for anchor in anchors
        if (clue := _elapsed(text, timex, anchor)) is not None and (today is None or clue.estimate <= today)
    ]
    if not clues or any(
        abs((a.estimate - b.estimate).days) > max(a.unit_days, b.unit_days) for a in clues for b in clues
    ):
        return None
    best = min(clues, key=lambda c: (c.unit_days, not c.exact, -c.estimate.toordinal()))
    anchor, day = best.anchor, best.estimate
    evidence = (
        f"{anchor.timex.text} = {anchor.day} (same event as {anchor.entry.summary_span.document}: "
        f"{', '.join(anchor.shared)}); + {best.timex.text} → {day}"
    )
    weekday = _weekday(analysis, text, best.estimate)
    if weekday is not None:
        day, evidence = weekday[0], f"{evidence}; {weekday[1]} → {weekday[0]}"
    if (today is not None and day > today) or _reports_later(analysis, text, day):
        return None
    confidence = NO_WEEKDAY_CONFIDENCE if weekday is None else CONFIDENCE
    return PublicationDate(value=day.isoformat(), source="inferred", confidence=confidence, evidence=evidence)


def _reports_later(analysis: DocumentAnalysis, text: _Text, day: dt.date) -> bool:
    """The text reports, outside future clauses, a dated time that starts after `day` (a conflict)."""
    return any(
        t.time is not None and t.time.start > day.isoformat() and not _FUTURE.search(text.of(t.start))
        for t in analysis.timexes
    )


def _weekday(analysis: DocumentAnalysis, text: _Text, estimate: dt.date) -> tuple[dt.date, str] | None:
    """The latest of the first days on or after `estimate` that fall on a weekday reported in the past."""
    days = []
    for timex in analysis.timexes:
        match = _WEEKDAY.match(timex.value)
        clause = text.of(timex.start)
        if match is None or _FUTURE.search(clause) or not _PAST.search(clause):
            continue
        shift = (int(match.group(1)) - 1 - estimate.weekday()) % 7
        days.append((estimate + dt.timedelta(days=shift), timex.text))
    return max(days) if days else None
