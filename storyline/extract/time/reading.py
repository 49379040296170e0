"""What the tagger understood of one expression (a `Reading`), before it is anchored, and the rule type."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from storyline.model.records import TimexType

Direction = Literal["past", "future", "near"]
RelativeTo = Literal["publication", "narrative"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """The meaning of one temporal expression, independent of any anchor.

    Either `value` is final (absolute dates, durations, sets, PRESENT_REF), or the reading is partial
    (`month`/`day`/`season`/`quarter`/`half`/`weekday` without `year`) or relative (`unit` shifted by
    `offset`) and needs an anchor: the publication date or, for `relative_to="narrative"`, the narrative
    reference time. `direction` None means "from the tense of the clause".
    """

    type: TimexType = "DATE"
    value: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None  # "the first half of last year": H1, with a relative year
    weekday: int | None = None
    holiday: str | None = None  # a moving holiday's name ("thanksgiving", "easter"): its day needs the year
    unit: str | None = None  # relative unit: day, week, weekend, month, quarter, year, decade
    offset: int = 0
    relative_to: RelativeTo = "publication"
    direction: Direction | None = None
    year_offset: int | None = None  # "August 9 last year": the year relative to the anchor's
    mod: str | None = None
    clock: str | None = None  # TIMEX3 time suffix without the T: "08:44", "MO", "NI"
    until_anchor: Literal["before", "after"] | None = None  # "earlier this month", "later this year"
    weekend: bool = False  # a weekend, found through its Saturday ("the weekend", "last weekend")
    explicit_year: bool = False  # the year is written out in the text (sets the narrative year)

    @property
    def partial(self) -> bool:
        """True when a calendar field is given but the year must come from an anchor."""
        if self.value is not None or self.unit is not None or self.year is not None:
            return False
        return any(
            field is not None
            for field in (
                self.month,
                self.day,
                self.season,
                self.quarter,
                self.half,
                self.weekday,
                self.holiday,
            )
        )


Builder = Callable[[re.Match[str]], Reading | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern of the grammar: a compiled regex and the function that reads a match."""

    name: str
    pattern: re.Pattern[str]
    build: Builder
    needs: tuple[str, ...] = ()  # lower-case words one of which the text must contain (a fast skip)


def rule(
    name: str, pattern: str, build: Builder, flags: int = re.IGNORECASE, needs: tuple[str, ...] = ()
) -> Rule:
    """A Rule whose pattern must start and end on word boundaries: not inside a word, nor after a
    hyphen that ends a word ("mid-", "F-"); after a hyphen that ends a number it may, as the second end
    of a range ("1996-1998", "Nov. 30-Dec. 2")."""
    return Rule(name, re.compile(rf"(?:(?<![\w-])|(?<=\d-))(?:{pattern})(?![\w])", flags), build, needs)


# Regex fragments shared by the rule modules.
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
NUMBER = (
    r"(?:a\s+quarter(?:\s+of\s+an?)?(?=[\s-]+(?:century|hour|year)\b)"  # before "a": "a quarter century"
    r"|\d{1,3}(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|a hundred|a dozen|dozen|a few|a couple of|couple of|several|half an?"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six"
    r"|seven|eight|nine))"
)
UNIT = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century)"
UNITS = (
    r"(?:seconds|minutes|hours|days|nights|weeks|weekends|fortnights|months|quarters|years|decades|centuries)"
)
SEASON = r"(?:spring|summer|autumn|fall|winter)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
