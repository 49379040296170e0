"""Clock days: a bare clock time takes the day named right after it in its clause.

"The bomb exploded at 10:30 a.m. local time (0730 GMT) on Friday": "10:30 a.m." and "0730 GMT" are
on Friday, not on the narrative day the anchor gives them. A bare clock ("10:30 a.m.", "0730 GMT",
"noon", "in the morning") that a day-precise date follows within CLOCK_REACH characters of the same
clause (only other clock times, "local time", brackets, "on", "of" or commas between) takes that date's
day, or the day of a clock that has one ("at 4 in the morning (4 a.m. EDT Thursday)"); the tagger
already joins a clock and a date that touch ("10 p.m. Wednesday", "noon Saturday"). With a parse, a
phrase without a verb may stand between them ("exploded at 10:30 a.m. outside the embassy on Friday":
TimeML anchors both on the one event), within PHRASE_REACH characters; a verb, a conjunction or a
clause's punctuation between them ("at 3 p.m., and on Friday") keeps the clock's own day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from storyline.extract.time.calendar import time_value
from storyline.extract.time.reading import Reading
from storyline.model import TimeExpression

CLOCK_REACH = 40  # characters between a clock time and the date that gives it its day
PHRASE_REACH = 60  # the same, with a verbless phrase between them (a parse is needed)
_CLAUSE_BREAK = frozenset({"VERB", "AUX", "CCONJ", "SCONJ", "PRON"})
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


def with_clock_days(
    text: str, expressions: list[TimeExpression], bare: list[bool], doc: Doc | None = None
) -> list[TimeExpression]:
    """`expressions` with each bare clock (`bare[i]`) moved onto the day of the date that follows it."""
    out = list(expressions)
    for index in range(len(out) - 1, -1, -1):
        if not bare[index]:
            continue
        day = _following_day(text, out, bare, index, doc)
        if day is not None:
            out[index] = _on_day(out[index], day)
    return out


def _following_day(
    text: str, expressions: list[TimeExpression], bare: list[bool], index: int, doc: Doc | None
) -> str | None:
    clock = expressions[index]
    position = clock.end
    for later, is_clock in zip(expressions[index + 1 :], bare[index + 1 :], strict=True):
        gap = text[position : later.start]
        if later.sentence != clock.sentence or later.start - clock.end > PHRASE_REACH:
            return None
        if clock.text.endswith(".") and _NEXT_SENTENCE.match(later.text):
            return None  # "at 3 p.m. The next day, ...": the next sentence's day, whatever the parse says
        near = _BETWEEN.match(gap) is not None and later.start - clock.end <= CLOCK_REACH
        if not near and not (position == clock.end and _verbless(doc, position, later.start)):
            return None
        if not is_clock:
            return _day_of(later)
        position = later.end
    return None


def _verbless(doc: Doc | None, start: int, end: int) -> bool:
    """The parse of text[start:end] holds only a phrase: no verb, conjunction, pronoun or clause
    punctuation ("outside the embassy on", not "and the talks resumed on")."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for token in span:
        if token.pos_ in _CLAUSE_BREAK or token.text in {",", ";", ":", "--", "—", "(", ")"}:
            return False
    return True


def _day_of(expression: TimeExpression) -> str | None:
    """The day of a day-precise date, or of a clock time with its own day ("4 a.m. EDT Thursday")."""
    if expression.type == "DATE" and _DAY_VALUE.match(expression.value):
        return expression.value
    day = expression.value.split("T")[0]
    return day if expression.type == "TIME" and _DAY_VALUE.match(day) else None


def _on_day(clock: TimeExpression, day: str) -> TimeExpression:
    suffix = clock.value[clock.value.index("T") :] if "T" in clock.value else ""
    return replace(clock, value=day + suffix, time=time_value(day) or clock.time)
