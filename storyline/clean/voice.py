"""Whose voice a line is in, a reader's or a news report's: where a thread's first comment begins.

A comment thread marks each comment at its end ("... January 29 , 2011 at 10:10 pm | Report abuse |")
or only at the bottom of the thread ("CNN welcomes a lively and courteous discussion ..."), so the
first comment has no mark of its own: it runs back from the first mark to the article's last line.
Reading up from the mark, a line is
- in a reader's voice when, outside quotations, it speaks to the others ("you", "u", "lol"), runs
  "!!"/"??", addresses "@name", shouts three capitalised words or opens in lower case ("I" and "we"
  alone are not enough: a speech or a blog post printed in full speaks so too);
- in a news voice when it attributes (said, told, according to, reported, contributed), quotes or is
  a transcript's turn ("BLITZER : Do you have ...");
- else neutral.
The thread reaches up to the highest reader's line above which no reader's line follows within
`GAP_LINES` lines or a news line stands (a comment that quotes or says "they said" keeps its lines
above: an article's line is worth more, and advice and factboxes say "you" too), nor more than
`WALK_LINES` lines. An article-end line (a credit, a wire sign-off, a blog post footer, an opinion
disclaimer: `is_article_end`) among the `FIRST_COMMENT_LINES` lines above the mark closes the article
where it stands: the thread starts on the next line, whatever the voice of the lines between.
Neutral lines between the article's last line and that reader's line stay with the article: an
article sentence is not cut on a guess. No reader's line above the mark: the thread starts at the
mark.
"""

from __future__ import annotations

from collections.abc import Callable

from storyline.clean.patterns import NEWS_WORDS, READER_WORDS
from storyline.lang.en.quotation import QUOTATION, opens_with_name_label

WALK_LINES = 80  # lines read up from the first mark at most
GAP_LINES = 4  # lines without a reader's voice that end the walk: the article is there
FIRST_COMMENT_LINES = 12  # a first comment (no mark of its own) is at most this long below the article's end
NEWS_RUN = 1  # a news line ends the walk (a comment that quotes or says "said" keeps its lines: safer)


def line_voice(text: str) -> int:
    """+1 for a reader's voice, -1 for a news voice, 0 for neutral (see the module docstring)."""
    stripped = text.strip()
    if not stripped:
        return 0
    if opens_with_name_label(stripped):
        return -1
    unquoted = QUOTATION.sub(" ", stripped)
    if READER_WORDS.search(unquoted) or stripped[0].islower():
        return 1
    return -1 if NEWS_WORDS.search(stripped) else 0


def first_comment_line(
    lines: list[str], mark: int, *, floor: int, is_article_end: Callable[[str], bool]
) -> int:
    """The first line of the thread whose first mark is on line `mark` (never above line `floor`)."""
    end = _article_end_above(lines, mark, floor=floor, is_article_end=is_article_end)
    if end is not None:  # the article ends there: every line below it is the thread's
        return next(below for below in range(end + 1, mark + 1) if lines[below].strip())
    top, gap, news = mark, 0, 0
    for index in range(mark - 1, max(floor, mark - WALK_LINES) - 1, -1):
        text = lines[index]
        if not text.strip():
            continue
        voice = line_voice(text)
        if voice > 0:
            top, gap, news = index, 0, 0
            continue
        gap, news = gap + 1, news + (voice < 0)
        if gap == GAP_LINES or news == NEWS_RUN:
            break
    return top


def _article_end_above(
    lines: list[str], mark: int, *, floor: int, is_article_end: Callable[[str], bool]
) -> int | None:
    """The index of an article-end line among the `FIRST_COMMENT_LINES` non-blank lines above `mark`."""
    seen = 0
    for index in range(mark - 1, floor - 1, -1):
        if not lines[index].strip():
            continue
        if is_article_end(lines[index]):
            return index
        seen += 1
        if seen == FIRST_COMMENT_LINES:
            break
    return None
