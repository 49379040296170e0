"""Clock days: a bare clock time takes the day named right after it in its sentence.

"The bomb exploded at 10:30 a.m. local time (0730 GMT) on Friday": "10:30 a.m." and "0730 GMT" are
on Friday, not on the narrative day the anchor gives them. A bare clock ("10:30 a.m.", "0730 GMT",
"noon", "in the morning") that a day-precise date follows within CLOCK_REACH characters of the same
clause (only other clock times, "local time", brackets, "on", "of" or commas between) takes that date's
day, or the day of a clock that has one ("at 4 in the morning (4 a.m. EDT Thursday)"); the tagger
already joins a clock and a date that touch ("10 p.m. Wednesday", "noon Saturday").
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.extract.time.calendar import time_value
from storyline.extract.time.reading import Reading
from storyline.model import TimeExpression

CLOCK_REACH = 40  # characters between a clock time and the date that gives it its day
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NEXT_SENTENCE = re.compile(r"^(?:The|That|This|A|An|Later|Earlier)\b")
_BETWEEN = re.compile(r"^[\s,()\[\]]*(?:(?:local\s+time|on|of|the)[\s,()\[\]]*)*$", re.IGNORECASE)


def is_bare_clock(reading: Reading) -> bool:
    """A clock or part of the day with no day of its own ("10:30 a.m.", "noon", "in the morning")."""
    return (
        reading.type == "TIME"
        and reading.unit == "day"
        and reading.offset == 0
        and reading.relative_to == "narrative"
        and reading.clock is not None
    )


def with_clock_days(text: str, expressions: list[TimeExpression], bare: list[bool]) -> list[TimeExpression]:
    """`expressions` with each bare clock (`bare[i]`) moved onto the day of the date that follows it."""
    out = list(expressions)
    for index in range(len(out) - 1, -1, -1):
        if not bare[index]:
            continue
        day = _following_day(text, out, bare, index)
        if day is not None:
            out[index] = _on_day(out[index], day)
    return out


def _following_day(text: str, expressions: list[TimeExpression], bare: list[bool], index: int) -> str | None:
    clock = expressions[index]
    position = clock.end
    for later, is_clock in zip(expressions[index + 1 :], bare[index + 1 :], strict=True):
        gap = text[position : later.start]
        if later.sentence != clock.sentence or later.start - clock.end > CLOCK_REACH:
            return None
        if not _BETWEEN.match(gap) or (clock.text.endswith(".") and _NEXT_SENTENCE.match(later.text)):
            return None  # "at 3 p.m. The next day, ...": the next sentence's day, whatever the parse says
        if not is_clock:
            return _day_of(later)
        position = later.end
    return None


def _day_of(expression: TimeExpression) -> str | None:
    """The day of a day-precise date, or of a clock time with its own day ("4 a.m. EDT Thursday")."""
    if expression.type == "DATE" and _DAY_VALUE.match(expression.value):
        return expression.value
    day = expression.value.split("T")[0]
    return day if expression.type == "TIME" and _DAY_VALUE.match(day) else None


def _on_day(clock: TimeExpression, day: str) -> TimeExpression:
    suffix = clock.value[clock.value.index("T") :] if "T" in clock.value else ""
    return replace(clock, value=day + suffix, time=time_value(day) or clock.time)
