"""Datelines and wire headers at the top of an article: the day it was filed, read from the text.

Read in the first `SCAN_CHARS` characters, tolerant of tokenised spacing ("Feb 20 , 2011", "-LRB-"):
  a weekday and a full date that agree ("Mon Apr 25 , 2011", "Saturday, 25 April 2009",
  "RABAT | Sun Feb 20 , 2011 6:47 pm EST"): the weekday must be the date's own, and after a
  lower-case word ("met on Monday, April 25, 2011") a clock time must follow, so that a date in a
  sentence is not mistaken for a dateline;
  a full date followed by a clock time ("April 25, 2011 08:43", "4 January 2005 08.43 GMT");
  a wire header at a line start, "LONDON, June 8 (Reuters) -": a month and day without a year. That
  is kept yearless (`Dateline.year` None) until another anchor (the path, a sheet) gives the year.
Names of months and weekdays are not listed here: dateparser reads the date, `calendar` the weekday.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from storyline.ingest.dates import parse_day

SCAN_CHARS = 400
_WORD = r"[A-Z][a-z]{2,8}"
_YEAR = r"(?:19|20)\d\d"
_COMMA = r"\s*,?\s*"
_WEEKDAY_DATE = re.compile(
    rf"(?<![\w-])(?P<wd>{_WORD})\.?{_COMMA}(?:(?P<m1>{_WORD})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_WORD})\.?){_COMMA}(?P<y>{_YEAR})(?!\d)"
)
_DATE_CLOCK = re.compile(
    rf"(?<![\w-])(?:(?P<m1>{_WORD})\.?\s+(?P<d1>\d{{1,2}}){_COMMA}|(?P<d2>\d{{1,2}})\s+(?P<m2>{_WORD})\.?{_COMMA})"
    rf"(?P<y>{_YEAR}){_COMMA}(?:at\s+)?\d{{1,2}}[:.]\d\d(?!\d)"
)
_SENTENCE_BEFORE = re.compile(r"\b[a-z]+\s*$")
_CLOCK_AFTER = re.compile(r"^\s*,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?!\d)")
_WIRE = re.compile(
    rf"^[ \t]*(?P<place>[A-Z][\w.'’ -]{{1,40}}?)\s*,\s*(?P<m>{_WORD})\.?\s+(?P<d>\d{{1,2}})\s*"
    r"(?:\(|-LRB-)\s*(?P<agency>[A-Z][\w ]{1,24}?)\s*(?:\)|-RRB-)\s*[-–—]",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A day read from a dateline: `day` an ISO day, or month-day with `year` None (wire header)."""

    day: str  # YYYY-MM-DD, or XXXX-MM-DD when the year is not written
    year: int | None
    evidence: str

    def with_year(self, year: int) -> str | None:
        """The ISO day in `year` (None when the month-day does not exist in that year)."""
        try:
            return dt.date(year, int(self.day[5:7]), int(self.day[8:10])).isoformat()
        except ValueError:
            return None


def find_dateline(text: str) -> Dateline | None:
    """The dateline near the top of `text` (module docstring), full dates first; None if none."""
    head = text[:SCAN_CHARS]
    for match in _WEEKDAY_DATE.finditer(head):
        day = _full_day(match)
        in_sentence = _SENTENCE_BEFORE.search(head[: match.start()]) is not None
        clocked = _CLOCK_AFTER.match(head[match.end() :]) is not None
        if day is not None and _weekday_agrees(match["wd"], day) and (clocked or not in_sentence):
            return Dateline(day, int(day[:4]), _shown(match[0]))
    for match in _DATE_CLOCK.finditer(head):
        day = _full_day(match)
        if day is not None:
            return Dateline(day, int(day[:4]), _shown(match[0]))
    for match in _WIRE.finditer(head):
        partial = parse_day(f"{match['m']} {match['d']}, 2000")  # a leap year: February 29 exists
        if partial is not None:
            return Dateline(f"XXXX{partial[4:]}", None, _shown(match[0]))
    return None


def _full_day(match: re.Match[str]) -> str | None:
    month, day = match["m1"] or match["m2"], match["d1"] or match["d2"]
    return parse_day(f"{month} {day}, {match['y']}")


def _weekday_agrees(word: str, day: str) -> bool:
    weekday = dt.date.fromisoformat(day).weekday()
    names = (calendar.day_name[weekday].lower(), calendar.day_abbr[weekday].lower())
    lowered = word.lower()
    return lowered in names or (len(lowered) >= 3 and names[0].startswith(lowered))


def _shown(text: str) -> str:
    return " ".join(text.replace("-LRB-", "(").replace("-RRB-", ")").split())
