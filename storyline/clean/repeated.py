"""Outlet furniture found by repetition: lines at the edges of many files read together are not articles.

A site's page foot ("The pun - ..."), a section's promo or a standing disclaimer is the same line at the
top or bottom of many of the outlet's pages, while an article sentence is at the edge of one story and
its few copies. The batch pass (storyline/run/repeated.py) counts each file's edge lines (`edge_lines`)
over the files read together and keeps those at the edges of at least MIN_FILES files and MIN_SHARE of
them (`repeated_lines`); cleaning then cuts such a line wherever it stands, and where a page glued it to
an edge line's start or end (`repeated_cuts`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from storyline.clean.offsets import Cut

REASON = "repeated line"
EDGE_LINES = 3  # the first and last non-blank lines of a file that are counted
MIN_WORDS = 3  # a shorter line ("Comments", "Share this") is left to the per-line rules
MAX_CHARS = 300  # longer lines are paragraphs, not furniture
MIN_FILES = 8  # a line at the edges of fewer files may be a story's own copies
MIN_SHARE = 0.03  # and of at least this share of the files read together
GLUED_WORDS = 4  # a repeated line glued to another line is cut only when it is this long
_SPACE = re.compile(r"\s+")


def edge_lines(text: str) -> frozenset[str]:
    """The first and last EDGE_LINES non-blank lines of `text` that could be furniture, spaces collapsed."""
    lines = [_norm(line) for line in text.split("\n") if line.strip()]
    edges = lines[:EDGE_LINES] + lines[-EDGE_LINES:]
    return frozenset(line for line in edges if len(line.split()) >= MIN_WORDS and len(line) <= MAX_CHARS)


def repeated_lines(edges: Iterable[frozenset[str]]) -> frozenset[str]:
    """The lines at the edges of at least MIN_FILES files and MIN_SHARE of them, one set of edges a file."""
    counts: Counter[str] = Counter()
    files = 0
    for lines in edges:
        files += 1
        counts.update(lines)
    floor = max(MIN_FILES, MIN_SHARE * files)
    return frozenset(line for line, count in counts.items() if count >= floor)


def present(text: str, repeated: frozenset[str]) -> tuple[str, ...]:
    """The repeated lines that occur in `text` (what a document carries to its cleaning), sorted."""
    return tuple(sorted(line for line in repeated if line in text))


def repeated_cuts(lines: Sequence[tuple[int, str]], repeated: Sequence[str]) -> list[Cut]:
    """Cuts for each (start, text) line that is a repeated line, or starts or ends with a long one."""
    if not repeated:
        return []
    whole = frozenset(repeated)
    glued = [line for line in repeated if len(line.split()) >= GLUED_WORDS]
    cuts: list[Cut] = []
    for start, text in lines:
        stripped = text.strip()
        if not stripped:
            continue
        lead = start + len(text) - len(text.lstrip())
        if _norm(stripped) in whole:
            cuts.append((lead, lead + len(stripped), REASON))
            continue
        cuts.extend(_glued(lead, stripped, glued))
    return cuts


def _glued(lead: int, stripped: str, glued: Sequence[str]) -> list[Cut]:
    """The repeated lines glued to the start or the end of the line `stripped` (at `lead`)."""
    cuts: list[Cut] = []
    for line in glued:
        if stripped.startswith(line + " "):
            cuts.append((lead, lead + len(line), REASON))
        elif stripped.endswith(" " + line):
            cuts.append((lead + len(stripped) - len(line), lead + len(stripped), REASON))
    return cuts


def _norm(line: str) -> str:
    return _SPACE.sub(" ", line).strip()
