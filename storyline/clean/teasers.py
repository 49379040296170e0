"""Teasers cut short: a page's links to other stories, each a lede's first characters cut off mid-word.

A page lists its other stories by the first 150-200 characters of each lede, cut where the count ran
out, often inside a word ("... to ensure it follows all envir ...", "... along t. . ."). A writer's own
ellipsis follows a whole word ("If you let BP handle it ... it 's not going to go away"). A word is cut
short when the document uses it nowhere else, it is no function word, and the document uses a longer
word it begins, none of them the word with an ending ("envir" beside "environmental", "th" beside
"the"; not "state" beside "states"): the document's own words are the dictionary.
- A line holding an ellipsis that cuts a word short after `TEASER_CHARS` characters or more (since
  the previous ellipsis or sentence end) starts a run of teasers. The run reaches from the first
  teaser of the line to its end: the segment ending at the cut and every segment ending in an ellipsis
  right before it, back to the last sentence end before them (an article sentence before the teasers
  on the line stays).
- A line whose ellipsis cuts a word short after fewer characters (a teaser of a shorter lede,
  "Scientists have repo ...") is a run too when the line next to it is a run or holds such a cut,
  and so is a line between two runs holding an ellipsis.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from storyline.clean.offsets import Cut, Line
from storyline.words import STOPWORDS, WORD_ENDINGS

REASON = "related teaser"
TEASER_CHARS = 150  # a teaser cut by a character count is at least this long
ELLIPSIS = re.compile(r"(?<!\.)(?:\.\.\.|\. \. \.|…)(?!\.)")
_TRAILING_LETTERS = re.compile(r"[A-Za-z]+$")
_SENTENCE_END = re.compile(r"[.!?](?:[ \t]*(?:''|[\"”’]))?[ \t]+(?=[A-Z`\"“‘(])")


def teaser_cuts(lines: Sequence[Line]) -> list[Cut]:
    """Cuts for the runs of cut-short teasers in `lines` (see the module docstring)."""
    words = Counter(token.casefold() for _, text in lines for token in text.split() if token.isalpha())
    body = [index for index, (_, text) in enumerate(lines) if text.strip()]
    runs = {i: col for i in body if (col := _run_start(lines[i][1], words, TEASER_CHARS)) is not None}
    short = {i: col for i in body if (col := _run_start(lines[i][1], words, 0)) is not None}
    for position, index in enumerate(body):
        if index in short and any(
            body[p] in short for p in (position - 1, position + 1) if 0 <= p < len(body)
        ):
            runs.setdefault(index, short[index])
    grown = True
    while grown:
        grown = False
        for position, index in enumerate(body):
            if index in runs:
                continue
            near = [body[p] in runs for p in (position - 1, position + 1) if 0 <= p < len(body)]
            column = short.get(index) if any(near) else None
            if column is None and len(near) == 2 and all(near) and ELLIPSIS.search(lines[index][1]):
                column = len(lines[index][1]) - len(lines[index][1].lstrip())
            if column is not None:
                runs[index], grown = column, True
    return [(lines[i][0] + col, lines[i][0] + len(lines[i][1]), REASON) for i, col in sorted(runs.items())]


def _run_start(text: str, words: Counter[str], least: int) -> int | None:
    """The column where the line's run of teasers starts: at the first ellipsis that cuts a word short
    at least `least` characters after the segment's start, or None."""
    marks = list(ELLIPSIS.finditer(text))
    cut = next(
        (k for k in range(len(marks)) if _cut_short(text[: marks[k].start()], words)
         and marks[k].start() - _segment_start(text, marks, k) >= least),
        None,
    )  # fmt: skip
    if cut is None:
        return None
    first = cut
    while first and not _SENTENCE_END.search(text, marks[first - 1].end(), marks[first].start()):
        first -= 1
    return _segment_start(text, marks, first)


def _segment_start(text: str, marks: list[re.Match[str]], k: int) -> int:
    """Where the segment ending at mark `k` starts: after the last sentence end since the previous mark."""
    begin = marks[k - 1].end() if k else len(text) - len(text.lstrip())
    ends = list(_SENTENCE_END.finditer(text, begin, marks[k].start()))
    return ends[-1].end() if ends else begin


def _cut_short(before: str, words: Counter[str]) -> bool:
    """Whether the word right before an ellipsis is cut short (see the module docstring)."""
    tokens = before.split()
    last = _TRAILING_LETTERS.search(tokens[-1]) if tokens else None
    if last is None:
        return False
    word = last.group(0).casefold()
    if words[word] > tokens[-1].isalpha() or word in STOPWORDS:  # the word is used elsewhere
        return False
    longer = [other[len(word) :] for other in words if len(other) > len(word) and other.startswith(word)]
    return bool(longer) and not any(rest in WORD_ENDINGS for rest in longer)
