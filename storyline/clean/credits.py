"""Wire photo credits printed inside the text: the credit out, the caption or story around it kept.

An agency's picture credit is glued to whatever the page printed next (tokenised text breaks the line
before it), so it stands at a line's start or inside a line, never as a line of its own:
- in brackets, with the photographer's credit after it and a picture stamp ("( AP Photo/Evan Vucci )
  ( Evan Vucci - AP )", "( AP Photo/Florida Keys News Bureau , Roberto Rodriguez ) AP2002"): cut
  wherever it stands;
- opening a line, unbracketed ("AP Photo/Dave Martin The largest ...", "AP2010 President Obama ...",
  "( AP ) Despite BP 's vow ..."): cut before the first word of what follows. An unbracketed name is
  one to three capitalised words, as many as leave a capitalised word after them ("AP Photo/BP PLC BP
  's underwater robots" → "BP PLC").
A wire dateline "( AP ) --" is the story's own and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.clean.offsets import Cut, Line
from storyline.clean.page_patterns import BRACKETED_WIRE_CREDIT, LEADING_WIRE_CREDIT

REASON = "photo credit"
NAME_WORDS = 3  # capitalised words of a photographer's name after "AP Photo/" without brackets
_WORD = re.compile(r"\S+")


def wire_credit_cuts(lines: Sequence[Line]) -> list[Cut]:
    """Cuts for every wire photo credit in `lines` (see the module docstring)."""
    cuts: list[Cut] = []
    for start, text in lines:
        bracketed = [(start + m.start(), start + m.end()) for m in BRACKETED_WIRE_CREDIT.finditer(text)]
        cuts.extend((begin, end, REASON) for begin, end in bracketed)
        indent = len(text) - len(text.lstrip())
        leading = LEADING_WIRE_CREDIT.match(text, indent)
        if leading is None or any(begin <= start + indent < end for begin, end in bracketed):
            continue
        end = leading.end() if leading.group("name") is None else _name_end(text, leading.start("name"))
        if end is not None:
            cuts.append((start + indent, start + end, REASON))
    return cuts


def _name_end(text: str, position: int) -> int | None:
    """The end of the longest run of 1-3 capitalised words at `position` that a capitalised word follows."""
    words = list(_WORD.finditer(text, position))
    for count in range(min(NAME_WORDS, len(words) - 1), 0, -1):
        name, following = words[:count], words[count]
        if all(w.group(0)[0].isupper() for w in name) and following.group(0)[0].isupper():
            return name[-1].end()
    return None
