"""Page furniture: "Last updated" stamps, page-link lines, bylines and datelines with a clock time.

Scraped pages put a stamp before the first sentence on the same line ("24 June 2010 Last updated at
14:59 GMT Help A year on from ...", "Susan Watts | 18:00 UK time , Saturday , 25 April 2009 Experts
are ...", "Saturday 25 April 2009 23.24 BST Swine flu has ...", "July 15 , 2010 - 7:48 AM | by : Jo
Serrie Pressure testing ..."): only the stamp is cut, the sentence
stays. A stamp read this way is still evidence for the publication date (cut as "byline").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.clean.offsets import Cut
from storyline.clean.patterns import (
    BYLINE_STAMP_PREFIX,
    PAGE_LINKS,
    SOCIAL_STAMP,
    STAMP,
    STAMP_BYLINE_PREFIX,
    STAMP_PREFIX,
    UPDATED_PREFIX,
)

PREFIX_LINES = 3  # stamps are cut as prefixes in the first non-blank lines only
SOCIAL_WORDS = 40  # a sidebar post with a stamp and a button is at most this long
_WHOLE_STAMP = re.compile(rf"[\W_]*{STAMP}[\W_]*")


def prefix_cuts(lines: Sequence[tuple[int, str]]) -> list[Cut]:
    """Cuts for a stamp opening one of the first (start, text) lines, before article text on that line."""
    cuts: list[Cut] = []
    seen = 0
    for start, text in lines:
        if not text.strip():
            continue
        if seen == PREFIX_LINES:
            break
        seen += 1
        indent = len(text) - len(text.lstrip())
        body = text[indent:]
        for reason, pattern in _PREFIXES:
            match = pattern.match(body)
            if match and body[match.end() :].strip():
                cuts.append((start + indent, start + indent + match.end(), reason))
                break
    return cuts


_PREFIXES = (
    ("last updated", UPDATED_PREFIX),
    ("byline", STAMP_BYLINE_PREFIX),
    ("byline", BYLINE_STAMP_PREFIX),
    ("timestamp line", STAMP_PREFIX),
)


def furniture_reason(line: str) -> str | None:
    """Why the stripped line `line` is page furniture, or None."""
    words = len(line.split())
    if words <= SOCIAL_WORDS and SOCIAL_STAMP.search(line):
        return "social sidebar"
    if words > 15:
        return None
    if UPDATED_PREFIX.fullmatch(line):
        return "last updated"
    if PAGE_LINKS.fullmatch(line):
        return "page links"

    if _WHOLE_STAMP.fullmatch(line) and not re.fullmatch(r"[\d\s./:-]+", line):
        return "timestamp line"
    return None
