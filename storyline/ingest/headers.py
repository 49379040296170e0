"""Header lines at the top of a plain-text article: `key: value` lines, a date line, a byline, a headline.

Recognised (any order, blank lines between allowed, within the first lines only):
  `date 2021-03-30` / `date: March 30, 2021` / `published: ...`  -> published (source "metadata");
      an ISO date may be followed by article text on the same line (only the prefix is a header);
  `title: ...`, `source: ...` / `outlet: ...`, `url: ...`, `author: ...`;
  `By Sam Ortiz | June 8, 2023`, `By admin` -> author (placeholders dropped), published ("byline");
  a bare date line such as `June 8, 2023` -> published ("byline");
  the first line, when short, without a final period and followed by a blank line -> title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from storyline.ingest.dates import parse_day, publication
from storyline.model import PublicationDate, PublishedFrom

SCAN_LINES = 12  # header lines are looked for among the first lines only

_DATE_PREFIX = re.compile(r"[ \t]*(?:date|published)[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})(?![\w-])[ \t]*", re.I)
_KEY_VALUE = re.compile(
    r"[ \t]*(title|source|outlet|url|author|date|published)[ \t]*:[ \t]*(\S.*?)[ \t]*", re.I
)
_BYLINE = re.compile(r"[ \t]*by[ \t]+(.+?)[ \t]*", re.I)
_BYLINE_SEPARATOR = re.compile(r"[ \t]*[|•·—–][ \t]*|,[ \t]+")
_CAPITAL = "[A-ZÀ-ÖØ-ÞА-ЯЁІЎ]"
_NAME = re.compile(rf"{_CAPITAL}[\w.'’-]*(?:[ \t]+(?:{_CAPITAL}[\w.'’-]*|van|von|de|da|al|bin)){{0,4}}")
_PLACEHOLDER_AUTHORS = frozenset(
    {"admin", "administrator", "editor", "staff", "webmaster", "author", "guest"}
)
_PUBLISHED_LINE = re.compile(
    r"[ \t]*(?:(?:published|posted)(?:[ \t]+on)?[ \t]*:?[ \t]*)?(.{6,40}?)[ \t]*", re.I
)
_VALUE_WORDS = {"title": 30, "source": 8, "outlet": 8, "url": 1, "author": 8}
_FIELDS = {"title": "title", "source": "outlet", "outlet": "outlet", "url": "url", "author": "author"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Header:
    """What the header lines said, and where they are in the text."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: PublicationDate = field(default_factory=PublicationDate.unknown)
    spans: tuple[tuple[int, int], ...] = ()


def parse_header(text: str) -> Header:
    """Read the header lines at the top of `text`; article text stops the scan."""
    header = Header()
    lines = _lines(text)
    seen_text = False  # a non-header line came before: no headline any more
    for index, (start, line) in enumerate(lines):
        if not line.strip():
            continue
        prefix = _DATE_PREFIX.match(line)
        day = parse_day(prefix.group(1)) if prefix else None
        if prefix and day:
            header = _with_date(header, day, "metadata", prefix.group(0).strip())
            header = _add_span(header, start, start + prefix.end())
            if line[prefix.end() :].strip():
                break  # article text follows the date on the same line
            continue
        found = _header_line(header, line)
        if found is not None:
            header = _add_span(found, *_strip_span(start, line))
            continue
        if not seen_text and header.title is None and _is_headline(lines, index):
            header = _add_span(replace(header, title=line.strip()), *_strip_span(start, line))
        elif _is_body(line):
            break
        seen_text = True
    return header


def _header_line(header: Header, line: str) -> Header | None:
    """`header` updated from one `key: value`, byline or date line; None if `line` is none of those."""
    key_value = _KEY_VALUE.fullmatch(line)
    if key_value:
        key, value = key_value.group(1).lower(), key_value.group(2)
        if key in ("date", "published"):
            day = parse_day(value)
            return None if day is None else _with_date(header, day, "metadata", line.strip())
        if key == "url" and not re.match(r"https?://\S+$", value):
            return None
        if len(value.split()) > _VALUE_WORDS[key] or (key != "title" and value.endswith(".")):
            return None  # a sentence that happens to start with "Source:", not a header
        return _with_field(header, _FIELDS[key], value)
    byline = parse_byline(line)
    if byline is not None:
        author, day = byline
        header = replace(header, author=header.author or author)
        return _with_date(header, day, "byline", line.strip()) if day else header
    published = _PUBLISHED_LINE.fullmatch(line)
    day = parse_day(published.group(1)) if published and re.search(r"\d{4}", line) else None
    return None if day is None else _with_date(header, day, "byline", line.strip())


def parse_byline(line: str) -> tuple[str | None, str | None] | None:
    """(author, ISO day) of a byline such as "By Sam Ortiz | June 8, 2023"; None if not a byline.

    A placeholder author ("By admin") gives None as the author.
    """
    match = _BYLINE.fullmatch(line)
    if not match:
        return None
    parts = _BYLINE_SEPARATOR.split(match.group(1), maxsplit=1)
    name = parts[0].strip()
    day = parse_day(parts[1]) if len(parts) == 2 else None
    if len(parts) == 2 and day is None:
        return None
    if name.lower() in _PLACEHOLDER_AUTHORS:
        return None, day
    return (name, day) if _NAME.fullmatch(name) else None


def _with_field(header: Header, name: str, value: str) -> Header:
    if name == "title":
        return replace(header, title=value)
    if name == "outlet":
        return replace(header, outlet=value)
    if name == "url":
        return replace(header, url=value)
    return replace(header, author=value)


def _with_date(header: Header, day: str | None, source: PublishedFrom, evidence: str) -> Header:
    if day is None or header.published.value is not None:
        return header
    return replace(header, published=publication(day, source, evidence))


def _add_span(header: Header, start: int, end: int) -> Header:
    return replace(header, spans=(*header.spans, (start, end)))


def _strip_span(start: int, line: str) -> tuple[int, int]:
    """The span of `line` (at `start`) without its surrounding whitespace."""
    left = len(line) - len(line.lstrip())
    return start + left, start + len(line.rstrip())


def _is_headline(lines: list[tuple[int, str]], index: int) -> bool:
    """A short line without a final period, followed by a blank line or a byline, and then more text."""
    line = lines[index][1].strip()
    following = lines[index + 1][1] if index + 1 < len(lines) else "x"
    followed_by_blank = not following.strip() or parse_byline(following) is not None
    text_after = any(other.strip() for _, other in lines[index + 1 :])
    short = len(line) <= 200 and len(line.split()) <= 30
    return followed_by_blank and text_after and short and not line.endswith(".")


def _is_body(line: str) -> bool:
    """Article text: a sentence-like line, or any long line."""
    stripped = line.strip()
    words = len(stripped.split())
    return words > 25 or (words >= 6 and stripped[-1] in '.!?…"”»')


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line without its newline) for the first SCAN_LINES lines, split on "\\n" only."""
    out: list[tuple[int, str]] = []
    start = 0
    for line in text.split("\n", SCAN_LINES)[:SCAN_LINES]:
        out.append((start, line.rstrip("\r")))
        start += len(line) + 1
    return out
