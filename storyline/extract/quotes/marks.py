"""Pairing of quotation marks into quoted spans: curly, straight, single, guillemets, across paragraphs.

News text mixes conventions: “curly”, "straight", ‘single’, «guillemets», ‹single guillemets›, „low-high“,
wire and treebank style (``…'' and ''…'', `…' for single quotes, with "they 're" contractions); a closing
mark used as an opening one (` ”the`), an opening straight mark closing a curly quote (`“ … "`), quotes
that run over several paragraphs with an opening mark per paragraph (or none) and a closing mark only at
the end, and quotes nested inside quotes. `find_quoted_spans` reads all of these with a small state machine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE = "double"
SINGLE = "single"
GUILLEMET = "guillemet"
FAMILY = {
    "“": DOUBLE, "”": DOUBLE, "„": DOUBLE, '"': DOUBLE,
    "‘": SINGLE, "’": SINGLE, "‚": SINGLE, "'": SINGLE,
    "«": GUILLEMET, "»": GUILLEMET, "‹": SINGLE, "›": SINGLE,
}  # fmt: skip
OPENING = frozenset("“„‘‚«‹")
CLOSING = frozenset("”’»›")
# Tokens that are quotation marks, as the tokenizer splits them (two-character wire marks included).
MARK_TOKENS = frozenset(FAMILY) | frozenset({"``", "''", "`"})
CONTRACTION = re.compile(r"(?<= )'(?=(?:s|re|ve|ll|d|m|t)\b)", re.IGNORECASE)
TWO_QUOTES = re.compile(r"``|''")
OPEN_CONTEXT = frozenset("([{—–-/\u00a0") | frozenset(FAMILY)
CLOSE_CONTEXT = frozenset(".,;:!?)]}…—–-") | frozenset(FAMILY)
LOOKAHEAD_CHARS = 4000


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Text between a pair of marks: marks at `open` and `close - 1`, content [start, end)."""

    open: int
    start: int
    end: int
    close: int
    depth: int  # 0 for a top-level quote, 1 and more for a quote inside a quote
    closed: bool = True


def _lean(text: str, i: int) -> str:
    """'open', 'close', 'apostrophe' (letters on both sides) or 'either', from the mark's neighbours."""
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    if prev.isalnum() and nxt.isalnum() and FAMILY.get(text[i]) == SINGLE:
        return "apostrophe"
    before_open = prev.isspace() or prev in OPEN_CONTEXT
    after_close = nxt.isspace() or nxt in CLOSE_CONTEXT
    if before_open and not after_close:
        return "open"
    if after_close and not before_open:
        return "close"
    return "either"


def _paragraph_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _closes_in_paragraph(text: str, i: int, family: str) -> bool:
    """Whether a closing-looking mark of `family` follows position i before the paragraph ends."""
    for j in range(i + 1, _paragraph_end(text, i)):
        char = text[j]
        if FAMILY.get(char) == family and char not in OPENING and _lean(text, j) in ("close", "either"):
            return True
    return False


def _continues(text: str, newline: int, family: str) -> bool:
    """Whether a quote open at a paragraph end goes on into the following paragraphs.

    True when the next paragraph opens with a mark of the same family (the usual convention), or when a
    closing mark comes before any paragraph that opens a new quote (quotes broken into paragraphs).
    """
    rest = text[newline : newline + LOOKAHEAD_CHARS]
    depth = 0
    at_start = True
    for offset, char in enumerate(rest):
        if char == "\n":
            at_start = True
            continue
        if at_start and not char.isspace():
            at_start = False
            if FAMILY.get(char) == family and char not in CLOSING:
                return depth == 0
        if FAMILY.get(char) != family:
            continue
        lean = _lean(rest, offset)
        if lean == "apostrophe":
            continue
        straight_open = char not in CLOSING and lean == "open"
        if char in OPENING or (straight_open and _closes_in_paragraph(rest, offset, family)):
            depth += 1
        elif depth == 0:
            return True
        else:
            depth -= 1
    return False


@dataclass(slots=True)
class _Open:
    family: str
    mark: int


def _is_close(text: str, i: int, stack: list[_Open]) -> bool:
    """Whether the mark at i closes the innermost open quote of its family."""
    char, family = text[i], FAMILY[text[i]]
    if not stack or stack[-1].family != family:
        return False
    lean = _lean(text, i)
    if lean == "apostrophe":
        return False
    if char in CLOSING:
        return True
    if lean == "close" or (lean == "either" and char != "„"):
        return True
    # an opening-looking mark while a quote of its family is open: nested if it closes later
    return not _closes_in_paragraph(text, i, family)


def _is_open(text: str, i: int) -> bool:
    char = text[i]
    lean = _lean(text, i)
    if lean == "apostrophe":
        return False
    if char in OPENING:
        return lean != "close" or char == "“"
    if char in CLOSING:  # ” used as an opening mark (` ”the`)
        return lean == "open" and char != "’" and _closes_in_paragraph(text, i, FAMILY[char])
    if FAMILY[char] == SINGLE:  # straight single quotes only in clear contexts
        return lean == "open" and _closes_in_paragraph(text, i, SINGLE)
    return lean != "close"


def _single_marks(text: str) -> tuple[str, dict[int, int], dict[int, int]]:
    """`text` with wire marks rewritten to one-character marks of the same length, for scanning.

    ``…'' and ''…'' become a curly or straight double mark next to the quoted words and a blank beside it;
    a treebank backtick is an opening single mark and a split contraction ("they 're") no mark at all.
    Returns the text and, per rewritten mark, where the two-character mark begins and ends.
    """
    chars = list(CONTRACTION.sub("a", text))
    begins: dict[int, int] = {}
    ends: dict[int, int] = {}
    for match in TWO_QUOTES.finditer(text):
        i = match.start()
        nxt = text[i + 2] if i + 2 < len(text) else "\n"
        opening = match.group() == "``" or (not nxt.isspace() and nxt not in CLOSE_CONTEXT)
        mark, blank = (i + 1, i) if opening else (i, i + 1)
        chars[mark], chars[blank] = ("“" if match.group() == "``" else '"'), " "
        begins[mark], ends[mark] = i, i + 2
    return "".join(chars).replace("`", "‘"), begins, ends


def find_quoted_spans(text: str) -> tuple[QuotedSpan, ...]:
    """Every quoted span in `text`, in order of its opening mark (nested ones included, with depth).

    Two-character marks (``, '') are reported whole: `open` is where the opening pair begins and `close`
    where the closing pair ends."""
    scan, begins, ends = _single_marks(text)
    spans = [
        QuotedSpan(
            begins.get(s.open, s.open), s.start, s.end, ends.get(s.close - 1, s.close), s.depth, s.closed
        )
        for s in _scan(scan)
    ]
    return tuple(sorted(spans, key=lambda span: (span.open, -span.close)))


def _scan(text: str) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    stack: list[_Open] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\n" and stack:
            i = _at_paragraph_end(text, i, stack, spans)
            continue
        if char in FAMILY:
            if _is_close(text, i, stack):
                opened = stack.pop()
                spans.append(QuotedSpan(opened.mark, opened.mark + 1, i, i + 1, len(stack)))
            elif _is_open(text, i):
                stack.append(_Open(FAMILY[char], i))
        i += 1
    _close_unclosed(text, len(text), stack, spans)
    return spans


def _at_paragraph_end(text: str, i: int, stack: list[_Open], spans: list[QuotedSpan]) -> int:
    """Handle a line break with quotes open; return the index to continue scanning from."""
    while stack and (stack[-1].family != stack[0].family or len(stack) > 1):
        _close_unclosed(text, i, stack[-1:], spans)
        stack.pop()
    if not _continues(text, i, stack[0].family):
        _close_unclosed(text, i, stack, spans)
        return i + 1
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    if j < len(text) and FAMILY.get(text[j]) == stack[0].family and text[j] not in CLOSING:
        return j + 1  # the paragraph's own opening mark continues the quote
    return j


def _close_unclosed(text: str, end: int, stack: list[_Open], spans: list[QuotedSpan]) -> None:
    """Give unclosed double quotes and guillemets the rest of their paragraph; drop unclosed singles."""
    while stack:
        opened = stack.pop()
        if opened.family == SINGLE:
            continue
        stop = end
        while stop > opened.mark + 1 and text[stop - 1].isspace():
            stop -= 1
        if stop > opened.mark + 1:
            spans.append(QuotedSpan(opened.mark, opened.mark + 1, stop, stop, len(stack), closed=False))
