"""Publication dates written in a file's path: a date in the file name or in a folder name.

Looked for from the file name upwards, nearest first (the file name, then up to four folders):
  `YYYY-MM-DD`, `YYYY_MM_DD`, `YYYY.MM.DD` inside a name (`huff-post_2016-11-02_obama.txt`, `2009-04-27/`);
  `YYYYMMDD` as a run of exactly eight digits (`20090427.txt`, `news-20090427-1.html`);
  `YYYY/MM/DD` as three consecutive folders (url-like paths `2009/04/27/story.txt`).
A year-month (`YYYY-MM`, `YYYY/MM/`) or a year folder gives no day, but can give a yearless dateline
its year (see `published`). Only real calendar days from 1900 to 2099 count; the clock is never read.
The evidence names the part of the path and the pattern, e.g. `folder "2009-04-27" (YYYY-MM-DD)`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass

from storyline.model import PublicationDate

FILE_CONFIDENCE = 0.9  # a date in the file name was written for this one article
FOLDER_CONFIDENCE = 0.85  # a date folder usually holds a crawl day's articles
_FOLDERS = 4
_YEAR = r"(?:19|20)\d\d"
_SEPARATED = re.compile(rf"(?<!\d)(?P<y>{_YEAR})(?P<s>[-_.])(?P<m>[01]\d)(?P=s)(?P<d>[0-3]\d)(?!\d)")
_COMPACT = re.compile(rf"(?<!\d)(?P<y>{_YEAR})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")
_YEAR_MONTH = re.compile(rf"(?<!\d)(?P<y>{_YEAR})[-_.](?P<m>[01]\d)(?![-_.]?\d)")
_PATTERNS = {"-": "YYYY-MM-DD", "_": "YYYY_MM_DD", ".": "YYYY.MM.DD"}


@dataclass(frozen=True, slots=True)
class PathDate:
    """What a path says about the publication day: a full day, or only a year (and month)."""

    day: str | None  # ISO day, when the path names one
    year: int | None
    month: int | None
    evidence: str
    confidence: float

    def publication(self) -> PublicationDate | None:
        """The PublicationDate of a full day (source "path"); None when the path names no day."""
        if self.day is None:
            return None
        return PublicationDate(
            value=self.day, source="path", confidence=self.confidence, evidence=f"path: {self.evidence}"
        )


def path_date(path: str) -> PathDate | None:
    """The date `path` names (module docstring), nearest part first; None when it names none."""
    parts = _parts(path)
    partial: PathDate | None = None
    for index, part in enumerate(parts):
        kind = "file name" if index == 0 else "folder"
        confidence = FILE_CONFIDENCE if index == 0 else FOLDER_CONFIDENCE
        found = _day_in(part) or _url_day(parts, index)
        if found is not None:
            day, pattern, shown = found
            return PathDate(day, int(day[:4]), int(day[5:7]), f'{kind} "{shown}" ({pattern})', confidence)
        if partial is None:
            partial = _partial(parts, index, kind, confidence)
    return partial


def _parts(path: str) -> list[str]:
    """The file name (without a `#N` item suffix), then its folders nearest first."""
    path = re.sub(r"#\d+$", "", path)
    parts: list[str] = []
    head = os.path.normpath(path)
    while head and len(parts) <= _FOLDERS:
        head, tail = os.path.split(head)
        if not tail:
            break
        parts.append(tail)
    return parts


def _valid(year: str, month: str, day: str) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _day_in(part: str) -> tuple[str, str, str] | None:
    """(ISO day, pattern, matched text) of the first real day written in one path part."""
    for match in _SEPARATED.finditer(part):
        day = _valid(match["y"], match["m"], match["d"])
        if day:
            return day, _PATTERNS[match["s"]], part if len(part) <= 40 else match[0]
    for match in _COMPACT.finditer(part):
        day = _valid(match["y"], match["m"], match["d"])
        if day:
            return day, "YYYYMMDD", part if len(part) <= 40 else match[0]
    return None


def _url_day(parts: list[str], index: int) -> tuple[str, str, str] | None:
    """YYYY/MM/DD as three folders, `parts[index]` being the day (parts run nearest first)."""
    if index + 2 >= len(parts):
        return None
    day, month, year = parts[index], parts[index + 1], parts[index + 2]
    if not (re.fullmatch(_YEAR, year) and re.fullmatch(r"[01]?\d", month) and re.fullmatch(r"[0-3]?\d", day)):
        return None
    found = _valid(year, month, day)
    return (found, "YYYY/MM/DD", f"{year}/{month}/{day}") if found else None


def _partial(parts: list[str], index: int, kind: str, confidence: float) -> PathDate | None:
    """A year-month (`2009-04` in a name, or folders `2009/04`) or a year folder, without a day."""
    part = parts[index]
    match = _YEAR_MONTH.search(part)
    if match and 1 <= int(match["m"]) <= 12:
        year, month = int(match["y"]), int(match["m"])
        return PathDate(None, year, month, f'{kind} "{match[0]}" (YYYY-MM)', confidence)
    above = parts[index + 1] if index + 1 < len(parts) else ""
    if kind == "folder" and re.fullmatch(r"0?[1-9]|1[0-2]", part) and re.fullmatch(_YEAR, above):
        return PathDate(None, int(above), int(part), f'folders "{above}/{part}" (YYYY/MM)', confidence)
    if kind == "folder" and re.fullmatch(_YEAR, part):
        return PathDate(None, int(part), None, f'folder "{part}" (YYYY)', confidence)
    return None
