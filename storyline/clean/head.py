"""A page's head: the stamp glued after the headline, sidebar teasers and photo captions above a dateline.

- A stamp inside one of the first lines, after the headline ("Headline Thursday 29 April 2010 17.33 BST
  The rig ...", "Headline TRIPOLI | Tue Mar 1 , 2011 6:36 pm EST TRIPOLI (Reuters) - ..."): the space
  before it becomes a line break (a one-for-one replacement), so the headline is a line of its own and
  the stamp opens a line, where the stamp rules cut it (furniture.py).
- "Full Article" and its kin in the first lines end a sidebar: the text from the top of the page to the
  label is cut (the page's own headline follows the label).
- A "CITY | stamp" that opens the line of a wire dateline is cut as a byline (publication evidence).
- A wire dateline inside a head line, after the page's head ("By the Wire Staff Headline Caption .\n
  NEW : highlight Highlight Brussels , Belgium ( CNN ) -- The lede ..."): the head from the top of the
  page to the dateline's place is cut as "page head"; the place and the lede stay.
- Above a wire dateline ("TRIPOLI (Reuters) -"), a line that ends in a photo's date ("... walks into
  Downing Street in London March 23 , 2011 ."), opens with a wire photo credit ("REUTERS/..."), or bears
  a caption's mark (a written date anywhere, "in this ... file photo", "handout photograph", "frame
  grab", a position "( L )") is a caption, cut as a line; a headline there has none of these and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.clean.offsets import Cut, Line, text_lines
from storyline.clean.page_patterns import (
    AGENCY_PHOTO_CREDIT,
    CAPTION_DATE_END,
    CAPTION_MARK,
    DATELINE_PLACES,
    FULL_ARTICLE,
    INLINE_STAMP,
    WIRE_DATELINE,
)
from storyline.clean.patterns import (
    BYLINE_STAMP_PREFIX,
    STAMP_PREFIX,
    UPDATED_PREFIX,
)
from storyline.words import PHRASE_CONTINUERS

HEAD_LINES = 4  # non-blank lines at the top of a page that may hold its head
HEADLINE_WORDS = 2  # words before an inline stamp for it to follow a headline
_DASHES = ("-", "–", "—")
GLUED_WORDS = 3  # words of a page's head before a dateline on its line for the head to be glued to it


def head_breaks(work: str) -> str:
    """`work` with a line break before a stamp that follows the headline in one of the first lines."""
    chars: list[str] | None = None
    for start, text in _head(text_lines(work)):
        stamp = INLINE_STAMP.search(text)
        before = text[: stamp.start()] if stamp else ""
        if stamp is None or len(before.split()) < HEADLINE_WORDS or _opens_with_stamp(text):
            continue
        if before.rstrip().endswith("|"):  # "ZAWIYAH , Libya | Sat Jun 11 ...": the stamp follows a place
            continue
        chars = chars if chars is not None else list(work)
        chars[start + stamp.start() - 1] = "\n"
    return "".join(chars) if chars is not None else work


def head_cuts(lines: Sequence[Line]) -> list[Cut]:
    """Cuts for a sidebar that ends in "Full Article" and for photo captions above a wire dateline."""
    head = _head(lines)
    cuts: list[Cut] = []
    for start, text in head:
        label = FULL_ARTICLE.search(text)
        if label:
            cuts.append((head[0][0], start + label.end(), "related teaser"))
    dateline = next((i for i, (_, text) in enumerate(head) if WIRE_DATELINE.search(text)), None)
    if dateline is None:
        return cuts
    start, text = head[dateline]
    glued = _glued_head(text)
    if glued:  # headline, caption and highlights run into the dateline's line: all of it is the head
        return [*cuts, (head[0][0], start + glued, "page head")]
    stamp = BYLINE_STAMP_PREFIX.match(text)
    if stamp:  # below a head break the stamp may open a line past the prefix rules' reach
        cuts.append((start, start + stamp.end(), "byline"))
    cuts.extend(
        (start, start + len(text) + 1, "photo caption")
        for start, text in head[:dateline]
        if _caption_like(text)
    )
    return cuts


def _glued_head(text: str) -> int:
    """Where the place of a wire dateline starts when at least `GLUED_WORDS` words of the page's head
    stand before it on its line (no stamp among them: "CITY | stamp CITY (Reuters) -" is a byline), or 0.
    """
    dateline = WIRE_DATELINE.search(text)
    if dateline is None or "|" in text[: dateline.start()] or not dateline.group().rstrip().endswith(_DASHES):
        return 0  # "... officials said ( Reuters ) ." is a caption's credit, not a dateline
    before = text[: dateline.start()]
    places = (pattern.search(before) for pattern in DATELINE_PLACES)
    column = next((place.start() for place in places if place), dateline.start())
    if before[:column].split()[-1:] and before[:column].split()[-1] in PHRASE_CONTINUERS:
        column = dateline.start()  # "... on Wednesday ( CNN ) --": the phrase goes on, no place is named
    return column if len(text[:column].split()) >= GLUED_WORDS else 0


def _opens_with_stamp(text: str) -> bool:
    """Whether the line already opens with a stamp (the prefix rules cut it there) or with a city and "|"."""
    body = text.lstrip()
    return any(p.match(body) for p in (STAMP_PREFIX, BYLINE_STAMP_PREFIX, UPDATED_PREFIX)) or bool(
        re.match(r"[A-Z][A-Z .,'/-]{0,40}\|", body)
    )


def _caption_like(text: str) -> bool:
    stripped = text.strip()
    return bool(
        CAPTION_DATE_END.search(stripped)
        or AGENCY_PHOTO_CREDIT.match(stripped)
        or CAPTION_MARK.search(stripped)
    )


def _head(lines: Sequence[Line]) -> list[Line]:
    """The first `HEAD_LINES` non-blank lines."""
    return [line for line in lines if line[1].strip()][:HEAD_LINES]
