"""Figures in reported speech read with their context: the same count of the same thing, or another.

`figure_contexts` gives each whole number of a text with the words beside it ("at least 109 confirmed
cases" → ("least", "confirmed") : "109"); `figures_differ` says two texts give different figures in the
same context ("at least 109 confirmed" and "at least 141 confirmed": two updates, not one statement),
although they may share other figures ("4 confirmed" in both). Numbers written as words count as their
digits ("fifteen cases" is "15 cases", storyline/lang/en/numbers.py), so word and digit updates compare.
"""

from __future__ import annotations

import re
from collections import defaultdict

from storyline.lang.en.numbers import spell_figures

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")

Context = tuple[str, str]


def figure_contexts(text: str) -> dict[Context, frozenset[str]]:
    """(word before, word after) → the figures written between them (years left out)."""
    tokens = [t.lower() for t in _TOKEN.findall(spell_figures(text))]
    found: dict[Context, set[str]] = defaultdict(set)
    for index, token in enumerate(tokens):
        if not _FIGURE.fullmatch(token) or _YEAR.fullmatch(token):
            continue
        before = tokens[index - 1] if index > 0 and not tokens[index - 1][0].isdigit() else ""
        after = tokens[index + 1] if index + 1 < len(tokens) and not tokens[index + 1][0].isdigit() else ""
        if before or after:
            found[(before, after)].add(token.replace(",", ""))
    return {context: frozenset(figures) for context, figures in found.items()}


def figures_differ(a: dict[Context, frozenset[str]], b: dict[Context, frozenset[str]]) -> bool:
    """Some context holds a figure in both texts, and never the same one."""
    return any(context in b and not figures & b[context] for context, figures in a.items())
