"""resolve_publication_date: the publication date from metadata, else inferred from the article text.

A date from metadata or a byline (`document.published.value` set) is kept as it is. Otherwise the
text is read with the temporal tagger, and the first rule that applies gives the date:

1. weekday–date pair ("He spoke on Wednesday, April 28"), not in a future clause: the year written
   with it, else the latest year stated in the text in which that day is that weekday (else, only when
   the caller gives an explicit `today`, the latest such year not after it); the latest such pair
   wins. source "inferred", confidence 0.75.
2. dateline: a line that holds only a full date (and maybe a clock time), e.g. "2019.07.03 08:44" or
   "March 30, 2021": confidence 0.7 in the first three lines, 0.6 elsewhere. source "text".
3. a full date (with year) in the first 300 characters, not in a future clause: source "text", 0.5.
4. the latest full date reported in a past-tense (or verbless) clause outside quotations: the article
   cannot be older than what it reports. source "inferred", confidence 0.4.
5. text the cleaner removed is still evidence: a full date in a removed byline (source "byline", 0.85),
   else the latest timestamp of a removed related-articles teaser — sidebars list recent articles, so
   it is near the publication date but not it (source "inferred", confidence 0.3).
Otherwise the value stays None (source "none", confidence 0.0) and the evidence says why.
The clock is never read: `today` is an explicit argument (None: no upper bound, no year from it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from storyline.extract.time.context import Layout, layout, tense_of
from storyline.extract.time.normalize import Context, resolve
from storyline.extract.time.tagger import Candidate, tag
from storyline.extract.time.years import without_non_years
from storyline.model import Document, PublicationDate

_LINE_DATE = re.compile(r"^[\s\-–—|•·]*(?:date\s*:?\s*)?$|^[\s,\-–—|•·()]*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Clue:
    """One dated reference in the text that may tell the publication date."""

    day: dt.date
    text: str
    start: int
    quoted: bool
    future: bool
    past: bool


def resolve_publication_date(document: Document, doc: Doc | None) -> Document:
    """`document` with `published` filled from the text when metadata and byline gave none."""
    if document.published.value is not None:
        return document
    published = infer_publication_date(document.text, doc)
    if published.value is None:
        published = _from_removed_text(document) or published
    return replace(document, published=published)


REMOVED_EVIDENCE = (("byline", "byline", 0.85), ("related teaser", "inferred", 0.3))


def _from_removed_text(document: Document, today: dt.date | None = None) -> PublicationDate | None:
    """A date read from a removed byline, else from a removed related-articles teaser (rule 5)."""
    limit = today
    for reason, source, confidence in REMOVED_EVIDENCE:
        days: list[tuple[dt.date, str]] = []
        for span in document.removed:
            if span.reason == reason:
                days.extend(_full_dates(document.raw_text[span.start : span.end], limit))
        if days:
            day, evidence = max(days)
            return PublicationDate(
                value=day.isoformat(),
                source="byline" if source == "byline" else "inferred",
                confidence=confidence,
                evidence=f"{reason} removed by cleaning: {evidence}",
            )
    return None


def _full_dates(snippet: str, today: dt.date | None) -> list[tuple[dt.date, str]]:
    found: list[tuple[dt.date, str]] = []
    for candidate in tag(snippet):
        value = candidate.reading.value
        if value is None or not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            continue
        day = dt.date.fromisoformat(value)
        if today is None or day <= today:
            found.append((day, snippet[candidate.start : candidate.end]))
    return found


def infer_publication_date(text: str, doc: Doc | None, today: dt.date | None = None) -> PublicationDate:
    """The publication date the text supports (see the module rules), or an explained unknown."""
    limit = today
    frame = layout(text, doc)
    pairs: list[Clue] = []
    full: list[Clue] = []
    candidates = without_non_years(text, tag(text), None, doc)
    years = sorted(
        {
            int(c.reading.value[:4])
            for c in candidates
            if c.reading.explicit_year
            and c.reading.value
            and c.reading.value[:4].isdigit()
            and len(c.reading.value) >= 4
        },
        reverse=True,
    )
    for candidate in candidates:
        clue = _clue(text, doc, frame, candidate, limit, years)
        if clue is None or (limit is not None and clue.day > limit):
            continue
        is_pair = candidate.reading.weekday is not None and candidate.reading.month is not None
        (pairs if is_pair else full).append(clue)
    return _decide(text, pairs, full)


def _clue(
    text: str, doc: Doc | None, frame: Layout, candidate: Candidate, today: dt.date | None, years: list[int]
) -> Clue | None:
    reading = candidate.reading
    is_pair = reading.weekday is not None and reading.month is not None and reading.day is not None
    is_full = reading.value is not None and re.match(r"^\d{4}-\d{2}-\d{2}$", reading.value) is not None
    if not (is_pair or is_full):
        return None
    value = _pair_in_stated_year(candidate, years, today) if is_pair else None
    if value is None:
        value, _ = resolve(reading, Context(anchor=None, today=today))
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    index = frame.sentence_of(candidate.start)
    starts = frame.sentence_starts
    bounds = (starts[index], starts[index + 1] if index + 1 < len(starts) else len(text))
    tense = tense_of(text, doc, candidate.start, candidate.end, bounds)
    return Clue(
        day=day,
        text=text[candidate.start : candidate.end],
        start=candidate.start,
        quoted=frame.quoted(candidate.start, candidate.end),
        future=tense == "future",
        past=tense in ("past", None),
    )


def _pair_in_stated_year(candidate: Candidate, years: list[int], today: dt.date | None) -> str | None:
    """A weekday–date pair's date in a year the text states (latest first), if it fits one."""
    for year in years:
        end_of_year = min(dt.date(year, 12, 31), today or dt.date(year, 12, 31))
        value, _ = resolve(candidate.reading, Context(anchor=None, today=end_of_year))
        if value.startswith(str(year)):
            return value
    return None


def _is_dateline(text: str, clue: Clue) -> bool:
    line_start = text.rfind("\n", 0, clue.start) + 1
    line_end = text.find("\n", clue.start)
    line_end = len(text) if line_end == -1 else line_end
    before, after = text[line_start : clue.start], text[clue.start + len(clue.text) : line_end]
    return bool(_LINE_DATE.match(before)) and bool(re.match(r"^[\s\-–—|•·]*$", after))


def _decide(text: str, pairs: list[Clue], full: list[Clue]) -> PublicationDate:
    usable = [c for c in pairs if not c.future]
    if usable:
        best = max(usable, key=lambda c: c.day)
        return _found(best, "inferred", 0.75)
    datelines = [c for c in full if _is_dateline(text, c)]
    if datelines:
        first = min(datelines, key=lambda c: c.start)
        top = text.count("\n", 0, first.start) < 3
        return _found(first, "text", 0.7 if top else 0.6)
    early = [c for c in full if c.start < 300 and not c.future]
    if early:
        return _found(min(early, key=lambda c: c.start), "text", 0.5)
    reported = [c for c in full if c.past and not c.quoted and not c.future]
    if reported:
        return _found(max(reported, key=lambda c: c.day), "inferred", 0.4)
    return PublicationDate(
        value=None,
        source="none",
        confidence=0.0,
        evidence="no full date in the text, and no year for a weekday–date pair without an anchor",
    )


def _found(clue: Clue, source: str, confidence: float) -> PublicationDate:
    return PublicationDate(
        value=clue.day.isoformat(),
        source="inferred" if source == "inferred" else "text",
        confidence=confidence,
        evidence=clue.text,
    )
