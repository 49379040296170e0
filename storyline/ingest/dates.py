"""Publication dates as readers find them: ISO, RFC 2822 and written dates turned into ISO days."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import time
from typing import Any

import dateparser

from storyline.model import PublicationDate, PublishedFrom

CONFIDENCE: dict[PublishedFrom, float] = {"metadata": 0.95, "byline": 0.9, "text": 0.6}

# Absolute dates only: no "yesterday" or bare numbers, and day, month and year must all be present.
_DATEPARSER_SETTINGS: Any = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
}
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(value: str) -> str | None:
    """The ISO day (YYYY-MM-DD) a date string names, in its own time zone; None if it names none.

    The local date is kept on purpose: "Tue, 30 Mar 2021 01:00 +0300" is the 30th for its readers.
    """
    value = value.strip()
    if not value or len(value) > 80 or not re.search(r"\d", value):
        return None
    if _ISO_DAY.match(value):
        try:
            return dt.date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    parsed = dateparser.parse(value, settings=_DATEPARSER_SETTINGS)
    return parsed.date().isoformat() if parsed else None


def struct_day(value: time.struct_time | None) -> str | None:
    """The ISO day of a `time.struct_time` (feedparser's parsed dates, in UTC)."""
    if value is None:
        return None
    return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()


def publication(day: str | None, source: PublishedFrom, evidence: str) -> PublicationDate:
    """A PublicationDate for `day` read from `source`, or the unknown date when `day` is None."""
    if day is None:
        return PublicationDate.unknown()
    return PublicationDate(value=day, source=source, confidence=CONFIDENCE[source], evidence=evidence)
