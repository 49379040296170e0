"""The writer's own day from a wire dateline: "WASHINGTON, March 12 (Xinhua) --", "PARIS, May 2 (AFP) -".

A wire story opens with the place it was filed from and, at Xinhua, Reuters, AFP and others, the day
it was filed on. That day is the story's "today": when it differs from the publication date a caller
gives (a file stamped the next morning, a folder dated by the day of the crawl), "Friday", "today" and
"yesterday" count from the dateline. The day is taken only when it lies within DATELINE_REACH days of
that publication date (a year is chosen so), so a reprint's old dateline or a date that merely opens
a sentence never moves the anchor. Without a publication date nothing is read: a yearless dateline
alone does not say which year.
"""

from __future__ import annotations

import datetime as dt
import re

from storyline.extract.time.lexicon import MONTHS

DATELINE_REACH = 3  # days between the dateline's day and the publication date, at most
_HEAD = 300  # characters: a dateline opens the text
_MONTH = r"(?P<month>[A-Z][a-z]{2,8})\.?"
# a place in capitals (with a region: "NAIROBI, Kenya"), a month-day (maybe a year), an agency in
# brackets or a dash: "BUDAPEST, March 12 (Xinhua) --", "GENEVA , April 27 (Reuters) -"
_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Z.'’ -]{{1,40}}(?:\s*,\s*[A-Z][\w.'’ -]{{1,30}})?\s*,\s*{_MONTH}\s+(?P<day>\d{{1,2}})"
    r"(?:\s*,\s*(?P<year>\d{4}))?\s*(?:\(\s*[A-Z][\w. ]{1,30}\)\s*)?(?:--|[-–—_])"
)


def dateline_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day of the dateline opening `text` when it is within DATELINE_REACH days of `published`
    (module docstring), else None."""
    if published is None:
        return None
    match = _DATELINE.match(text[:_HEAD])
    if match is None or match.group("month").lower() not in MONTHS:
        return None
    month, day = MONTHS[match.group("month").lower()], int(match.group("day"))
    written = match.group("year")
    years = [int(written)] if written else [published.year - 1, published.year, published.year + 1]
    for year in years:
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if abs((candidate - published).days) <= DATELINE_REACH:
            return candidate
    return None
