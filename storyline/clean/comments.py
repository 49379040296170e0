"""Reader comments: where a page's comment section begins, so everything from there on is cut at once.

A comment section is found by its general shapes, not by one outlet's wording:
- a comment header: a timestamp (a clock time with a date, in either order) that opens a line and is
  followed by a user name and "wrote:"/"said:", or by a "|" ("At 9:03 pm on 26 Apr 2009, JukeJohn
  wrote:", "February 3, 2011 at 3:15 pm | ...", "Posted by jb at 10:12 AM on May 3, 2009"), or a
  signature anywhere in a line ("... Posted by : bob | September 19 , 2008 1:08 PM | Report abuse");
  a timestamp followed straight by text is not enough (blog archives open each post that way);
  a header inside a line ("... 12:603 -616 At 08:55 am on 30 Jun 2009 , sensiblegrannie wrote : ...")
  starts the section where it stands, when a user name and "wrote:" follow the timestamp;
a run of posts signed only by a timestamp ("29th March 2012 - 11:28 Power corrupts ...") that ends
  in a comment notice starts the section at its first post;
(a comment form's line alone, "Add your comment", "Have your say", "Comments (12)", is cut as a line:
it may sit between two paragraphs);
- a comment-section notice: a line about readers' comments and the rules for them ("Views expressed
  in the comments do not represent ...", "Comments are not pre-screened", "Your comments may be
  published ...", "This discussion is now closed", "Add your comment", "Recommend? (12)").
- a blog post's footer after the post's last sentence ("By Ezra Klein | June 11 , 2009 ; 8:20 AM ET",
  not an archive page's "... ET | Permalink | Comments (2)", where the next post follows): the comments
  follow it, so the section starts at the footer.
Pages put comments after the article, so the section runs to the end of the text (the page furniture
below it goes with it). A notice in the first lines of a text is not trusted: it is cut as a line.
A signature ends a comment and a bottom notice ends the thread, so from either the section reaches up
over the first comment, which has no mark of its own, to the article's last line (voice.py).
A blog post's header ("posted on Thursday , 28 May 2009 | comment on this post", the post's text
following on the line) is cut where it stands: `post_header_cuts`.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.clean.notices import DISCLAIMER
from storyline.clean.offsets import Cut
from storyline.clean.page_patterns import AGENCY_CREDIT, WIRE_SIGNOFF
from storyline.clean.patterns import (
    COMMENT_HEADER,
    COMMENT_INLINE_HEADER,
    COMMENT_NOTICE,
    COMMENT_SIGNATURE,
    POST_FOOTER,
    POST_HEADER,
    STAMP_LED_LINE,
)
from storyline.clean.voice import first_comment_line

STAMP_RUN_GAP = 6  # lines without a stamp allowed between two posts of one comment list
NOTICE_MAX_WORDS = 45  # a notice is a short line; a long one is a sentence that mentions comments
SUBJECT_WORDS = 4  # words of a notice's subject before its match ("The BBC may edit ...")
FIRST_LINES = 2  # a notice among the first lines opens no section (the article has not begun)


def comment_section_start(lines: list[str]) -> tuple[int, int] | None:
    """(line index, column) where the reader-comment section begins, or None when there is none.

    The column is past the line's indent, or where a notice or signature starts inside the line
    (a credit line and a notice are often one line: "(Reporting by ...) We welcome comments ...").
    """
    body_seen = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        indent = len(line) - len(line.lstrip())
        footer = POST_FOOTER.search(line) if body_seen >= FIRST_LINES else None
        signature = COMMENT_SIGNATURE.search(line)
        if footer and (signature is None or footer.start() <= signature.start()):
            return index, footer.start()
        if signature:  # it ends a comment: the thread starts above it or on its line
            return _thread_top(lines, index)
        if COMMENT_HEADER.match(stripped):
            return index, indent
        inline = COMMENT_INLINE_HEADER.search(line)
        if inline:
            return index, inline.start()
        notice = COMMENT_NOTICE.search(line)
        if body_seen >= FIRST_LINES and notice and is_comment_notice(line[notice.start() :]):
            first = _stamp_run_start(lines, index)
            if first is not None:
                return first, len(lines[first]) - len(lines[first].lstrip())
            top = _thread_top(lines, index)
            return top if top[0] < index else (index, _sentence_start(line, notice.start()))
        body_seen += 1
    return None


def _thread_top(lines: list[str], mark: int) -> tuple[int, int]:
    """(line, column) of the first comment of the thread whose first mark is on line `mark`."""
    floor = _body_line(lines, FIRST_LINES)
    first = first_comment_line(lines, mark, floor=floor, is_article_end=_article_end)
    return first, len(lines[first]) - len(lines[first].lstrip())


def _article_end(line: str) -> bool:
    """Whether `line` closes an article: an agency credit, a wire sign-off, a blog post footer, an opinion
    page's disclaimer."""
    stripped = line.strip()
    return bool(
        AGENCY_CREDIT.fullmatch(stripped)
        or DISCLAIMER.fullmatch(stripped)
        or WIRE_SIGNOFF.search(line)
        or POST_FOOTER.search(line)
    )


def _body_line(lines: list[str], count: int) -> int:
    """The index past the first `count` non-blank lines (a thread never reaches into them)."""
    seen = 0
    for index, line in enumerate(lines):
        if seen == count:
            return index
        seen += bool(line.strip())
    return len(lines)


def post_header_cuts(lines: Sequence[tuple[int, str]]) -> list[Cut]:
    """Cuts for blog post headers ("posted on DATE | comment on this post") before a post's text."""
    cuts: list[Cut] = []
    for start, text in lines:
        indent = len(text) - len(text.lstrip())
        header = POST_HEADER.match(text, indent)
        if header:
            cuts.append((start + indent, start + header.end(), "post header"))
    return cuts


def _sentence_start(line: str, column: int) -> int:
    """Where the notice at `column` starts its sentence: with the subject before the match ("The BBC may
    edit your comments", "washingtonpost.com is not responsible ...", "You must be logged in ..."), when
    at most `SUBJECT_WORDS` words stand between it and a sentence end, a bracket or the line's start."""
    before = line[:column]
    boundary = max(before.rfind(mark) for mark in (". ", "! ", "? ", ") ", "] "))
    head = before[boundary + 2 :] if boundary >= 0 else before
    if not head.strip() or len(head.split()) > SUBJECT_WORDS:
        return column
    return column - len(head.lstrip())


def _stamp_run_start(lines: list[str], notice: int) -> int | None:
    """The first line of a run of 2+ stamp-led posts ending at a comment notice, or None.

    Posts signed only by a timestamp ("29th March 2012 - 11:28 Power corrupts ...") are not cut on
    their own (blog archives open posts so); a notice right after such a run says it is a comment list.
    """
    first, posts, gap = None, 0, 0
    for index in range(notice, -1, -1):
        if not lines[index].strip():
            continue
        if STAMP_LED_LINE.match(lines[index]):
            first, posts, gap = index, posts + 1, 0
        else:
            gap += 1
            if gap > STAMP_RUN_GAP:
                break
    return first if posts >= 2 else None


def is_comment_notice(line: str) -> bool:
    """Whether `line` is a notice about readers' comments (moderation, policy, a comment form)."""
    return len(line.split()) <= NOTICE_MAX_WORDS and bool(COMMENT_NOTICE.search(line))
