"""Anchoring: which reference time each expression is resolved against, as the narrative moves along.

Rules (the name is stored as `TimeExpression.anchor_rule`):
- "absolute": the expression carries its own year ("January 26, 2000", "2019.07.03", "the 1990s");
  durations, sets and PRESENT_REF/PAST_REF are "absolute" too (they need no anchor).
- "publication": deictic and partial expressions ("yesterday", "last year", "on Tuesday",
  "On February 11") are resolved against the publication date.
- "narrative-year": a partial expression in the same sentence as, or the sentence after, an explicit
  year ("At the end of 2018 … In late December") takes that year when it fits the tense; "that year",
  "the same year", "the previous/following year" count from the last year written out. A year that
  opens its sentence ("In 1998, ...", "Back in 1918 ...") starts a story: a past-tense month or season
  up to STORY_REACH sentences after it (or after a "that year" naming it again) takes that year, even
  decades before the publication.
- "narrative": anaphoric expressions ("the same day", "a day earlier", "the next day, September 21",
  "at 8 pm") are resolved against the narrative reference time: the last day-precise date that was
  reported outside quotations in a non-future clause, or the publication date before any; a bare
  time of day ("at 8 pm", "in the morning") only within NARRATIVE_REACH sentences of that day, after
  which it is the publication day's ("3.40 pm : The White House has announced ..." in a live blog);
  "the following/previous month" counts from the last month or day so reported ("In March, … The
  following month" is April), and "that same day" after a month more recent than the last day is a
  day of that month ("last October, when a doctor was shot ... that same day" is that October). In a
  future clause, an anaphoric day counts from the last day named in a
  future clause when that is more recent than the last reported one ("Obama will speak on Tuesday
  night … The next day, the president will meet ..." is Wednesday; a bare clock stays on the day it is
  told on, unless its own sentence named the planned day: "The next day, the president will meet them
  at 10:30 a.m."). A date that names an event the
  reader knows ("the April 20 explosion") moves neither (see context.names_known_event).
- "weekday-date": no anchor is known but a weekday–date pair ("Wednesday, April 28") fixes the year.
- "none": no anchor is known; partial values keep their X's (XXXX-03-27).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from storyline.extract.time.normalize import Tense
from storyline.extract.time.reading import Reading
from storyline.model import TimeValue

NARRATIVE_REACH = 3  # sentences a bare time of day may lie after the day it belongs to
STORY_REACH = 2  # sentences an opening year ("In 1998, ...") dates the past months and seasons after it
# a year that opens its sentence starts a story told in that year: "In 1998, ...", "Back in 1918 ..."
STORY_OPENER = re.compile(r"^[\W_]*(?:(?:way\s+)?back\s+|as\s+early\s+as\s+)?(?:in|during|by)\s+$", re.I)


@dataclass(frozen=True, slots=True)
class Narrative:
    """The reference times while reading a document from top to bottom."""

    publication: dt.date | None
    reference: dt.date | None = None
    year: int | None = None
    year_sentence: int = -10
    reference_sentence: int = -10
    month: dt.date | None = None  # the last month or day reported: "In March … The following month"
    month_sentence: int = -10
    month_only: bool = False  # that last one was a month, not a day ("last October")
    story_year: int | None = None  # a year that opened a sentence ("Back in 1918, ...", "In 1998, ...")
    story_sentence: int = -10
    planned: dt.date | None = None  # the last day named in a future clause ("will speak on Tuesday")
    planned_sentence: int = -10
    written_year: int | None = None  # the last year written out, even one of a noun ("output in 1997")
    written_sentence: int = -10


@dataclass(frozen=True, slots=True)
class Anchor:
    """The anchor chosen for one expression and the rule that chose it."""

    day: dt.date | None
    rule: str
    year_hint: int | None = None


def parse_day(value: str | None) -> dt.date | None:
    """The date of an ISO day string, None for anything else."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def anchor_for(reading: Reading, state: Narrative, sentence: int, tense: Tense | None = None) -> Anchor:
    """Which anchor (and rule) resolves `reading` in `sentence`, given the narrative so far (and the
    tense of its clause: a future clause counts from the last planned day when that is more recent)."""
    if reading.value is not None:
        return Anchor(None, "absolute")
    if (
        tense == "future"
        # a bare clock is the day's it is told on ("will launch it at 2100 GMT"), unless its sentence
        # named the planned day ("The next day, the president will meet them at 10:30 a.m.")
        and (reading.clock is None or state.planned_sentence == sentence)
        and state.planned is not None
        and state.planned_sentence > state.reference_sentence
    ):
        state = replace(state, reference=state.planned, reference_sentence=state.planned_sentence)
    if reading.relative_to == "narrative" and reading.unit in ("year", "decade", "century"):
        year = _counted_year(state, sentence)
        if year is not None:  # "that year", "a year earlier", "the following decade": from the last year
            return Anchor(dt.date(year, 7, 1), "narrative-year")
    if reading.relative_to == "narrative" and reading.unit == "month" and state.month is not None:
        return Anchor(state.month, "narrative", _year_hint(state, sentence))
    if _same_day(reading) and state.month_only and state.month_sentence > state.reference_sentence:
        return Anchor(state.month, "narrative-month")  # "last October, when ... that same day"
    if (
        reading.relative_to == "narrative"
        and state.reference is not None
        and _in_reach(reading, state, sentence)
    ):
        return Anchor(state.reference, "narrative", _year_hint(state, sentence))
    hint = _year_hint(state, sentence) if reading.partial and reading.year_offset is None else None
    if hint is not None:
        return Anchor(state.publication, "narrative-year", hint)
    if state.publication is None:
        return Anchor(None, "none")
    return Anchor(state.publication, "publication")


def _counted_year(state: Narrative, sentence: int) -> int | None:
    """The year "that year" or "the previous year" counts from: one written earlier in its own
    sentence, even a noun's ("Grain output in 1997 beat the previous year's" is 1996: TIDES anchors an
    anaphoric year on the nearest year named), else the narrative year or a day reported after it."""
    if state.written_year is not None and state.written_sentence == sentence:
        return state.written_year
    return _last_year(state, state.year) if state.year is not None else None


def _last_year(state: Narrative, year: int) -> int:
    """The year "that year" or "a year earlier" counts from: the last one written out, unless a day or
    month was reported in a later sentence ("Mr. Lortie joined in 1985. [...] For the six months ended
    Aug. 12, it earned $6.5 million, against $18.1 million a year earlier": a year before that August)."""
    if state.month is not None and state.month_sentence > state.year_sentence:
        return state.month.year
    return year


def _same_day(reading: Reading) -> bool:
    """ "The same day", "that same day": the narrative's own day, no clock, no shift."""
    return (
        reading.relative_to == "narrative"
        and reading.unit == "day"
        and reading.offset == 0
        and reading.clock is None
    )


def _in_reach(reading: Reading, state: Narrative, sentence: int) -> bool:
    """A bare time of day ("at 8 pm", "in the morning") is on the narrative day only while that day
    is recent (NARRATIVE_REACH sentences); further on it is the publication day's."""
    same_day_clock = reading.unit == "day" and reading.offset == 0 and reading.clock is not None
    return not same_day_clock or sentence - state.reference_sentence <= NARRATIVE_REACH


def _year_hint(state: Narrative, sentence: int) -> int | None:
    if state.year is not None and 0 <= sentence - state.year_sentence <= 1:
        return state.year
    return None


def advance(
    state: Narrative,
    reading: Reading,
    time: TimeValue | None,
    sentence: int,
    tense: Tense | None,
    quoted: bool,
    sets_year: bool = True,
    moves: bool = True,
) -> Narrative:
    """The narrative after an expression: explicit years set the narrative year (unless `sets_year` is
    False: a year of a noun or a reference point, "work in 2008", "since ... March 2011"), reported
    days the reference time (not from quotations, future clauses or reference points, `moves` False:
    "since 20 April", which do not move the story)."""
    if time is None:
        return state
    if reading.explicit_year and time.granularity != "century":
        state = replace(state, written_year=int(time.start[:4]), written_sentence=sentence)
    if reading.explicit_year and sets_year and time.granularity != "century":
        state = replace(state, year=int(time.start[:4]), year_sentence=sentence)
    reported = moves and not quoted and tense != "future" and reading.type in ("DATE", "TIME")
    if moves and not quoted and tense == "future" and time.granularity == "day":
        state = replace(state, planned=dt.date.fromisoformat(time.start), planned_sentence=sentence)
    if reported and time.granularity in ("day", "month"):
        month_only = time.granularity == "month"
        state = replace(
            state, month=dt.date.fromisoformat(time.start), month_sentence=sentence, month_only=month_only
        )
    if reported and time.granularity == "day":
        state = replace(state, reference=dt.date.fromisoformat(time.start), reference_sentence=sentence)
    return state


def with_story_year(
    state: Narrative, reading: Reading, time: TimeValue | None, sentence: int, opens: bool
) -> Narrative:
    """The story year after an expression: set by a written year that opens its sentence (`opens`),
    carried on by "that year", "the same year" naming it again."""
    if time is None or time.granularity != "year":
        return state
    year = int(time.start[:4])
    if opens and reading.explicit_year:
        return replace(state, story_year=year, story_sentence=sentence)
    if reading.relative_to == "narrative" and year == state.story_year:
        return replace(state, story_sentence=sentence)
    return state


def old_story_year(state: Narrative, sentence: int) -> int | None:
    """The story year for a past-tense month or season within STORY_REACH sentences of the year that
    opened the story, when it lies over a year before the publication ("Back in 1918 the pandemic
    began ... And over the winter period the world saw ..."; nearer years are the narrative year's)."""
    year = state.story_year
    if year is None or not 0 <= sentence - state.story_sentence <= STORY_REACH:
        return None
    if state.publication is not None and year >= state.publication.year - 1:
        return None
    return year
