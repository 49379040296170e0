"""Shared years: a list of partial dates closed by one year takes that year ("on 15 October and 9
November that year", "in July and August of last year", "around October in the same year").

Only yearless months, month-days and seasons share a year, and only across connectors ("and", "or",
"to", commas, dashes, a closing "of"/"in"): the year then comes from the closing expression (its
written year, a relative year, or the narrative year of "that year"), not from the tense of the
clause, even when it is decades before the publication.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from storyline.extract.time.reading import Reading
from storyline.extract.time.tagger import Candidate

_LINK = re.compile(r"[\s,]*(?:(?:and|or|to|through|-|–)[\s,]*)?(?:(?:of|in)\s+)?", re.IGNORECASE)


def month_level(reading: Reading) -> bool:
    """A yearless month, month-day or season ("15 October", "July", "the winter")."""
    return (
        reading.partial
        and reading.weekday is None
        and reading.year_offset is None
        and (reading.month is not None or reading.season is not None)
    )


def closing_year(
    text: str, candidates: Sequence[Candidate], index: int, year_of: Callable[[Candidate], int | None]
) -> int | None:
    """The year that closes the list of partial dates starting at `candidates[index]`, if any.

    `year_of` gives the year a candidate fixes by itself (a written year, "last year", "that year"),
    or None when it fixes none."""
    if not month_level(candidates[index].reading):
        return None
    end = candidates[index].end
    for following in candidates[index + 1 :]:
        if not _LINK.fullmatch(text[end : following.start]):
            return None
        year = year_of(following)
        if year is not None:
            return year
        if not month_level(following.reading):
            return None
        end = following.end
    return None
