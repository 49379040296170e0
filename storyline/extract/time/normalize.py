"""The normalizer: turns a Reading plus an anchor day and the clause tense into a TIMEX3 value and interval.

Rules, in order: a final value is kept as is; a relative reading shifts the anchor by its unit
(day → YYYY-MM-DD, week → YYYY-Www, month → YYYY-MM, year → YYYY, decade → YYY); a partial reading
(month, day, season, quarter or weekday without a year) takes the occurrence that the direction
picks: explicit "last"/"next" pick strictly before/after the anchor's period; a past-tense clause the
latest occurrence on or before the anchor; a future-tense clause the earliest on or after it; otherwise
the nearest (a weekday: the nearer of the two), counting days ahead NEAR_FUTURE_COST times for a
month or day more than a quarter year ahead (news reports more of what happened than of what is
coming: "the period leading up to April 20", published in November, is the April before; "The
election is set for February 22", published January 27, is still the coming one). A year
written in the same or previous sentence (the narrative year) wins when it is
consistent with that direction. A forward cue ("before the election on", "scheduled for", see `cues`)
moves a month, month-day or weekday from the tense-picked occurrence to the next one when the latter is
within ~4 months ahead and at most half as far as the former ("was reshuffled before the vote on August 9",
published June 4, is this year's August 9). Without an anchor, partial values keep their X's (XXXX-03-27) and
get no interval; a weekday–date pair ("Wednesday, April 28") then fixes the year only when the caller
gives an explicit `today`: the latest year, not after it, in which that day falls on that weekday.
The clock is never read: "Sunday 31 May" without an anchor stays XXXX-05-31.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from storyline.extract.time.calendar import holiday_date, shift_months, time_value, week_value
from storyline.extract.time.reading import Direction, Reading
from storyline.model import TimeValue

Tense = Literal["past", "present", "future"]


NEAR_FUTURE_COST = 2  # a tenseless month or day over a quarter ahead must be twice as close as the one behind
NEAR_FUTURE_FREE = 92  # days: within a quarter year ahead, the plain nearest occurrence wins


@dataclass(frozen=True, slots=True)
class Context:
    """What the normalizer knows besides the reading: anchor day, clause tense, narrative year, today."""

    anchor: dt.date | None
    tense: Tense | None = None
    year_hint: int | None = None
    today: dt.date | None = None
    ahead: bool = False  # a forward cue precedes the expression (see `cues`)
    behind: bool = False  # the expression dates a simple past verb: what happened then is not ahead


def resolve(reading: Reading, context: Context) -> tuple[str, TimeValue | None]:
    """The TIMEX3 value and the interval (None for durations, sets, references, partial values)."""
    if reading.value is not None:
        return _final(reading)
    if reading.unit is not None:
        if context.anchor is None:
            return "XXXX-XX-XX" + _clock(reading), None
        return _shifted(reading, context.anchor)
    if reading.partial:
        return _partial(reading, context)
    return "XXXX-XX-XX", None


def _clock(reading: Reading) -> str:
    return f"T{reading.clock}" if reading.clock else ""


def _final(reading: Reading) -> tuple[str, TimeValue | None]:
    if reading.type in ("DURATION", "SET") or reading.value is None:
        return reading.value or "", None
    return reading.value + _clock(reading), time_value(reading.value, reading.mod)


def _shifted_value(unit: str, offset: int, anchor: dt.date) -> str:
    if unit in ("day", "night"):
        return (anchor + dt.timedelta(days=offset)).isoformat()
    if unit in ("week", "weekend", "fortnight"):
        return week_value(anchor + dt.timedelta(days=7 * offset))
    if unit == "month":
        year, month = shift_months(anchor, offset)
        return f"{year:04d}-{month:02d}"
    if unit == "quarter":
        year, month = shift_months(anchor, 3 * offset)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "decade":
        return f"{anchor.year // 10 + offset:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + offset:02d}"
    return f"{anchor.year + offset:04d}"


def _shifted(reading: Reading, anchor: dt.date) -> tuple[str, TimeValue | None]:
    value = _shifted_value(reading.unit or "day", reading.offset, anchor)
    time = time_value(value, reading.mod)
    if time is not None and reading.unit == "weekend":
        saturday = dt.date.fromisoformat(time.start) + dt.timedelta(days=5)
        time = TimeValue(
            value=value + "-WE",
            start=saturday.isoformat(),
            end=(saturday + dt.timedelta(days=1)).isoformat(),
            granularity="week",
        )
        value += "-WE"
    if time is not None and reading.until_anchor == "before":
        time = TimeValue(value=value, start=time.start, end=anchor.isoformat(), granularity=time.granularity)
    elif time is not None and reading.until_anchor == "after":
        time = TimeValue(value=value, start=anchor.isoformat(), end=time.end, granularity=time.granularity)
    return value + _clock(reading), time


def _direction(reading: Reading, tense: Tense | None) -> tuple[Direction, bool]:
    """The direction to look in, and whether it is strict (explicit "last"/"next")."""
    if reading.direction is not None:
        return reading.direction, reading.direction != "near"
    if tense == "past" or (reading.quarter is not None and tense != "future"):
        return "past", False
    if tense == "future":
        return "future", reading.weekday is not None
    return "near", False


def _candidate_value(reading: Reading, year: int) -> str | None:
    if reading.holiday is not None:
        return holiday_date(reading.holiday, year).isoformat()
    if reading.month is not None and reading.day is not None:
        try:
            return dt.date(year, reading.month, reading.day).isoformat()
        except ValueError:
            return None
    if reading.month is not None:
        return f"{year:04d}-{reading.month:02d}"
    if reading.season is not None:
        return f"{year:04d}-{reading.season}"
    if reading.quarter is not None:
        return f"{year:04d}-Q{reading.quarter}"
    if reading.half is not None:
        return f"{year:04d}-H{reading.half}"
    return None


def _pick(
    reading: Reading, anchor: dt.date, direction: Direction, strict: bool, years: list[int]
) -> str | None:
    options: list[tuple[str, dt.date, dt.date]] = []
    for year in years:
        value = _candidate_value(reading, year)
        time = time_value(value) if value else None
        if value and time:
            options.append((value, dt.date.fromisoformat(time.start), dt.date.fromisoformat(time.end)))
    if direction == "past":
        fits = [o for o in options if (o[2] < anchor if strict else o[1] <= anchor)]
        return max(fits, key=lambda o: o[1])[0] if fits else None
    if direction == "future":
        fits = [o for o in options if (o[1] > anchor if strict else o[2] >= anchor)]
        return min(fits, key=lambda o: o[1])[0] if fits else None
    distance = [(_distance(o[1], o[2], anchor), o) for o in options]
    return min(distance, key=lambda d: d[0])[1][0] if distance else None


def _distance(start: dt.date, end: dt.date, anchor: dt.date) -> int:
    """Days from the anchor to an occurrence; beyond NEAR_FUTURE_FREE days ahead they count double."""
    if start <= anchor <= end:
        return 0
    days = min(abs((start - anchor).days), abs((end - anchor).days))
    return days * NEAR_FUTURE_COST if start > anchor and days > NEAR_FUTURE_FREE else days


def _partial(reading: Reading, context: Context) -> tuple[str, TimeValue | None]:
    if reading.weekday is not None and reading.month is None:
        return _weekday(reading, context)
    value = _fixed_year_value(reading, context)
    if value is None and context.anchor is not None:
        value = _directed_value(reading, context, context.anchor)
    if value is None:
        return _unanchored(reading), None
    return value + _clock(reading), time_value(value, reading.mod)


def _fixed_year_value(reading: Reading, context: Context) -> str | None:
    """The value when the year is fixed by a weekday, a relative year or (without anchor) a year hint."""
    year = _weekday_year(reading, context.anchor, context.today) if reading.weekday is not None else None
    if year is None and reading.year_offset is not None and context.anchor is not None:
        year = context.anchor.year + reading.year_offset
    if year is None and context.anchor is None:
        year = context.year_hint
    return _candidate_value(reading, year) if year is not None else None


def _directed_value(reading: Reading, context: Context, anchor: dt.date) -> str | None:
    """The occurrence the direction picks, the narrative year first when it fits."""
    direction, strict = _direction(reading, context.tense)
    value: str | None = None
    hint = context.year_hint
    if hint is not None and reading.direction is None and abs(hint - anchor.year) <= 1:
        value = _pick(reading, anchor, direction, strict, [hint])
    from_hint = value is not None
    if value is None:
        value = _pick(reading, anchor, direction, strict, [anchor.year - 1, anchor.year, anchor.year + 1])
    if not strict and direction != "near":
        value = _unless_far(reading, anchor, value, context.behind)
    dated = reading.month is not None or reading.holiday is not None
    if context.ahead and not from_hint and reading.direction is None and dated:
        value = _ahead(reading, anchor, value)
    return value


_FUTURE_WINDOW = 122  # days: how far ahead a cued future occurrence may lie (about four months)


def _ahead(reading: Reading, anchor: dt.date, value: str | None) -> str | None:
    """The next occurrence instead of a past one when a forward cue precedes the date, the next one
    is within ~4 months and at most half as far as the past one ("reshuffled before the vote on
    August 9", June 4; "declared a dividend, payable Dec. 15", October 31)."""
    picked = time_value(value) if value else None
    if picked is None or dt.date.fromisoformat(picked.start) > anchor:
        return value
    behind = (anchor - dt.date.fromisoformat(picked.end)).days
    years = [anchor.year, anchor.year + 1]
    upcoming = _pick(reading, anchor, "future", True, years)
    close = time_value(upcoming) if upcoming else None
    if close is None:
        return value
    ahead = (dt.date.fromisoformat(close.start) - anchor).days
    return upcoming if ahead <= _FUTURE_WINDOW and 2 * ahead <= behind else value


def _unless_far(reading: Reading, anchor: dt.date, value: str | None, behind: bool) -> str | None:
    """The nearest occurrence instead of a tense-picked one half a year away when the nearest is
    within a month ("calls to rally on March 27", published March 30, is not next year's March 27),
    unless the nearest is ahead of a simple past verb it dates ("The contract expired in November",
    told in October, is last November; "extended to Nov. 20" is still this one)."""
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    nearest = _pick(reading, anchor, "near", False, years)
    picked = time_value(value) if value else None
    close = time_value(nearest) if nearest else None
    if close is None or nearest == value:
        return value
    if behind and dt.date.fromisoformat(close.start) > anchor:
        return value
    gap = min(
        abs((dt.date.fromisoformat(close.start) - anchor).days),
        abs((dt.date.fromisoformat(close.end) - anchor).days),
    )
    far = picked is None or abs((dt.date.fromisoformat(picked.start) - anchor).days) > 180
    return nearest if far and gap <= 31 else value


def _unanchored(reading: Reading) -> str:
    if reading.holiday is not None:
        return "XXXX-XX-XX"
    if reading.month is not None and reading.day is not None:
        return f"XXXX-{reading.month:02d}-{reading.day:02d}"
    if reading.month is not None:
        return f"XXXX-{reading.month:02d}"
    if reading.season is not None:
        return f"XXXX-{reading.season}"
    if reading.quarter is not None:
        return f"XXXX-Q{reading.quarter}"
    if reading.half is not None:
        return f"XXXX-H{reading.half}"
    return f"XXXX-WXX-{(reading.weekday or 0) + 1}" + _clock(reading)


def _weekday(reading: Reading, context: Context) -> tuple[str, TimeValue | None]:
    anchor, weekday = context.anchor, reading.weekday or 0
    if anchor is None:
        return _unanchored(reading), None
    direction, strict = _direction(reading, context.tense)
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7 or 7
    if strict and direction == "past":
        back = back or 7
    if context.ahead and not strict and 2 * forward <= back:
        direction = "future"  # "has given them until 9 a.m. Tuesday", told on Monday: tomorrow
    if direction == "past" or (direction == "near" and back <= forward):
        day = anchor - dt.timedelta(days=back)
    else:
        # a future weekday is the next such day, today included ("is set to travel later on Wednesday",
        # published on a Wednesday); only an explicit "next Wednesday" skips today
        day = anchor + dt.timedelta(days=forward if reading.direction is not None else forward % 7)
    if reading.weekend:
        week = week_value(day)
        sunday = (day + dt.timedelta(days=1)).isoformat()
        weekend = TimeValue(value=f"{week}-WE", start=day.isoformat(), end=sunday, granularity="week")
        return weekend.value, weekend
    value = day.isoformat()
    return value + _clock(reading), time_value(value, reading.mod)


_WEEKDAY_DATE_WINDOW = 183  # days: how far from the anchor a weekday may move a weekday-date pair's year


def _weekday_year(reading: Reading, anchor: dt.date | None, today: dt.date | None) -> int | None:
    """The year in which month/day falls on the reading's weekday: within half a year of the anchor
    (else None, and the date is read as if its weekday were not written: "Monday, Oct. 6" told on
    Wednesday Oct. 7 is the day before, its weekday a slip, not a year back), else the latest up
    to an explicit `today`; without either, None (the clock never dates the story)."""
    month, day = reading.month or 1, reading.day or 1
    if anchor is not None:
        years = [anchor.year, anchor.year - 1, anchor.year + 1]
    elif today is not None:
        years = list(range(today.year, today.year - 40, -1))
    else:
        return None
    for year in years:
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if anchor is not None:
            fits = abs((candidate - anchor).days) <= _WEEKDAY_DATE_WINDOW
        else:
            fits = candidate <= (today or candidate)
        if candidate.weekday() == reading.weekday and fits:
            return year
    return None
