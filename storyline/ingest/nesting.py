"""HTML nesting flattened below the depth libxml2 parses: deeper tags dropped, their text kept.

libxml2 (under lxml, under trafilatura) stops building the tree at depth 256 without its "huge"
option, so a page whose article sits inside 254+ nested elements came out empty. `cap_nesting`
drops the tags nested deeper than MAX_DEPTH (a block tag becomes a line break) before extraction.
"""

from __future__ import annotations

import re

MAX_DEPTH = 200
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|textarea|title)\b.*?(?:</\1\s*>|\Z)"
    r"|<(/?)([a-zA-Z][\w:.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
    re.S | re.I,
)


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


_VOID = _names("area base br col embed hr img input link meta param source track wbr basefont frame keygen")
_SELF_CLOSING = _names("p li dt dd tr td th option")  # a new one closes an open one
_BLOCK = _names(
    "address article aside blockquote dd div dl dt figure footer form h1 h2 h3 h4 h5 h6 header hr "
    "li main nav ol p pre section table td th tr ul"
)
_CLOSE_SEARCH = 64  # how far down the stack a closing tag looks for its opening tag


def cap_nesting(html: str, max_depth: int = MAX_DEPTH) -> str:
    """`html` with every tag nested deeper than `max_depth` removed (block tags become `<br>`)."""
    if html.count("<") <= max_depth:
        return html
    stack: list[tuple[str, bool]] = []  # (tag name, kept)
    pieces: list[str] = []
    last = 0
    broken = False  # the last dropped block tag became a break, and no text came since
    for match in _TOKEN.finditer(html):
        name = match.group(3)
        if name is None:
            continue  # a comment or raw-text element, kept whole
        name = name.lower()
        if name in _VOID or match.group(4).rstrip().endswith("/"):
            continue
        kept = _close(stack, name) if match.group(2) else _open(stack, name, max_depth)
        if kept is False:
            between = html[last : match.start()]
            pieces.append(between)
            if name in _BLOCK and (between.strip() or not broken):
                pieces.append("<br>")  # one break per run of dropped block tags
                broken = True
            elif between.strip():
                broken = False
            last = match.end()
    if not pieces:
        return html
    pieces.append(html[last:])
    return "".join(pieces)


def _open(stack: list[tuple[str, bool]], name: str, max_depth: int) -> bool:
    """Push an opening tag, closing what HTML closes implicitly; whether the tag is kept."""
    if stack and (
        (name in _SELF_CLOSING and stack[-1][0] == name) or (name in _BLOCK and stack[-1][0] == "p")
    ):
        stack.pop()
    kept = len(stack) < max_depth
    stack.append((name, kept))
    return kept


def _close(stack: list[tuple[str, bool]], name: str) -> bool | None:
    """Pop down to the matching opening tag; whether it was kept (None: a stray closing tag, kept)."""
    for index in range(len(stack) - 1, max(-1, len(stack) - 1 - _CLOSE_SEARCH), -1):
        if stack[index][0] == name:
            kept = stack[index][1]
            del stack[index:]
            return kept
    return None
