"""Calendar arithmetic for TIMEX3 values: the interval a value covers, fuzzy parts, week and month shifts."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import re

from storyline.extract.time.lexicon import FIXED_HOLIDAYS, MOVING_HOLIDAYS, SEASON_MONTHS
from storyline.model import Granularity, TimeValue

_VALUE = re.compile(
    r"^(?:(?P<day>\d{4}-\d{2}-\d{2})(?:T.*)?|(?P<month>\d{4}-\d{2})|(?P<week>\d{4})-W(?P<w>\d{2})"
    r"|(?P<qy>\d{4})-Q(?P<q>[1-4])|(?P<hy>\d{4})-H(?P<h>[12])|(?P<sy>\d{4})-(?P<s>SP|SU|FA|WI)"
    r"|(?P<year>\d{4})|(?P<decade>\d{3})|(?P<century>\d{2}))$"
)
NARROWING = frozenset({"START", "MID", "END"})


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, _calendar.monthrange(year, month)[1])


def shift_months(day: dt.date, months: int) -> tuple[int, int]:
    """(year, month) of the month `months` after the month of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def week_value(day: dt.date) -> str:
    """The TIMEX3 ISO-week value of a day, e.g. 2021-W12."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def holiday_date(name: str, year: int) -> dt.date:
    """The day of a holiday in `year` ("thanksgiving" 2000: 2000-11-23; "easter" 2000: 2000-04-23)."""
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return dt.date(year, month, day)
    rule = MOVING_HOLIDAYS[name]
    if rule[0] == "easter":
        return easter(year) + dt.timedelta(days=int(rule[1]))
    if rule[0] == "election":  # US: the Tuesday after the first Monday of November
        return nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    month, weekday, nth = (int(part) for part in rule)
    return nth_weekday(year, month, weekday, nth)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth (1-based; -1 = the last) given weekday (Monday 0) of a month."""
    if nth < 0:
        last = month_end(year, month)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def season_value(year: int, season: str) -> str:
    """TIMEX3 season value; winter Y runs from December Y to February Y+1."""
    return f"{year}-{season}"


def day_value(day: dt.date) -> str:
    return day.isoformat()


def _bounds(match: re.Match[str]) -> tuple[dt.date, dt.date, Granularity] | None:
    groups = match.groupdict()
    if groups["day"]:
        day = dt.date.fromisoformat(groups["day"])
        return day, day, "day"
    if groups["month"]:
        year, month = int(groups["month"][:4]), int(groups["month"][5:])
        return dt.date(year, month, 1), month_end(year, month), "month"
    if groups["week"]:
        monday = dt.date.fromisocalendar(int(groups["week"]), int(groups["w"]), 1)
        return monday, monday + dt.timedelta(days=6), "week"
    if groups["qy"]:
        year, quarter = int(groups["qy"]), int(groups["q"])
        return dt.date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter), "quarter"
    if groups["hy"]:
        year, half = int(groups["hy"]), int(groups["h"])
        return dt.date(year, 6 * half - 5, 1), month_end(year, 6 * half), "half"
    if groups["sy"]:
        year, (first, last) = int(groups["sy"]), SEASON_MONTHS[groups["s"]]
        end_year, end_month = shift_months(dt.date(year, 1, 1), last - 1)
        return dt.date(year, first, 1), month_end(end_year, end_month), "season"
    if groups["year"]:
        year = int(groups["year"])
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if groups["decade"]:
        first = int(groups["decade"]) * 10
        return dt.date(max(first, 1), 1, 1), dt.date(first + 9, 12, 31), "decade"
    first = int(groups["century"]) * 100
    return dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31), "century"


def narrow(start: dt.date, end: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """The first, middle or last third of [start, end] for START/MID/END; the whole otherwise."""
    if mod not in NARROWING:
        return start, end
    days = (end - start).days + 1
    if days < 3:
        return start, end
    third = days // 3
    if mod == "START":
        return start, start + dt.timedelta(days=third - 1)
    if mod == "END":
        return end - dt.timedelta(days=third - 1), end
    return start + dt.timedelta(days=third), end - dt.timedelta(days=third)


def time_value(value: str, mod: str | None = None) -> TimeValue | None:
    """The TimeValue of a TIMEX3 date value, or None for durations, references and partial values."""
    match = _VALUE.match(value)
    if match is None:
        return None
    try:
        bounds = _bounds(match)
    except ValueError:
        return None
    if bounds is None:
        return None
    start, end, granularity = bounds
    start, end = narrow(start, end, mod)
    return TimeValue(
        value=value, start=start.isoformat(), end=end.isoformat(), granularity=granularity, modifier=mod
    )
