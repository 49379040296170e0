"""Conservative whitespace normalisation as cuts: trailing spaces, runs of blank lines, outer whitespace."""

from __future__ import annotations

import re

from storyline.clean.offsets import Cut

_TRAILING = re.compile(r"[ \t\f\v]+(?=\n|$)")
_BLANK_RUN = re.compile(r"\n\n(\n+)")
_LEADING = re.compile(r"^\s+")
_ENDING = re.compile(r"\s+$")


def trailing_space_cuts(text: str) -> list[Cut]:
    """Spaces and tabs at the end of each line (blank lines become empty)."""
    return [(m.start(), m.end(), "whitespace") for m in _TRAILING.finditer(text)]


def blank_run_cuts(text: str) -> list[Cut]:
    """Runs of blank lines cut to one blank line; whitespace before the first and after the last character.

    Run on text whose trailing spaces are already gone, so blank lines are bare newlines.
    """
    cuts = [(m.start(1), m.end(1), "whitespace") for m in _BLANK_RUN.finditer(text)]
    for pattern in (_LEADING, _ENDING):
        match = pattern.search(text)
        if match:
            cuts.append((match.start(), match.end(), "whitespace"))
    return cuts
