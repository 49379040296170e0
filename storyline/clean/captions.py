"""Photo captions at a page's edges: a gallery's dated captions, and a caption glued after the headline.

- A photo gallery prints its captions above the story (and sometimes one below it), each a day and a
  colon before what the picture shows ("May 5 : A platform is surrounded by the oil spill ...", "AP
  July 12 : The new containment cap is lowered ..."), with the next picture's or the story's credit
  opening the next line ("Reuters British Petroleum was able to cap ..."). A run of at most
  `GALLERY_RUN` such lines opening the text, or one such line closing it, is cut as "photo caption",
  with the credit that opens the line after the run ("photo credit"). A longer run is a dated list
  ("Sept. 7 : U.S. government seizes Fannie Mae ...", "Sept. 11 : ...", ...) and stays; a caption glued
  to the story's dateline ("... La. 2010 Getty Images PORT FOURCHON , La. -- As ...") is cut up to the
  place.
- Scraped page heads glue the headline, the standfirst and the photo's caption into one line, with the
  photo credit opening the next line ("Headline Standfirst Barack Obama examines tar balls ... last
  week .\\nPhotograph : EPA As this piece is written ..."). Headline and standfirst carry no full stop,
  so the caption starts at the last place where a capitalised word follows a word no phrase goes on
  after ("... oil 's true price Barack Obama examines ..."; not "in Louisiana", "the BP rig", "said
  Smith"), with at least `CAPTION_MIN_WORDS` words after it, in a line longer than `CAPTION_WORDS` (a
  shorter line above a credit is a caption whole, footers.py; inside it a capitalised word after a
  content word is mostly a name: "... listens to chairman Carl-Henric Svanberg"). `caption_breaks`
  turns the space there into a line break (one-for-one: offsets stay), so the credit rule (footers.py)
  cuts the caption line alone and the headline and standfirst stay as a line of their own. A caption
  that runs on before the credit on the next line ("... rig .\\nTaxpayers ... from the spill Photograph
  : Reuters BP is poised ...") is joined to its first part, and the credit opens a line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from storyline.clean.footers import CAPTION_WORDS
from storyline.clean.offsets import Cut, Line, text_lines
from storyline.clean.page_patterns import (
    BULLET_MARK,
    CREDIT_LABEL,
    DASH_DATELINE,
    GALLERY_CAPTION,
    LEADING_PHOTO_CREDIT,
)
from storyline.words import PHRASE_CONTINUERS

GALLERY_RUN = 3  # captions a gallery prints above its story; a longer dated run is a list
HEAD_LINES = 4  # non-blank lines at the top of a page that may hold its head
CAPTION_MIN_WORDS = 6  # words of a caption split off a longer head line
LEAD_MIN_WORDS = 6  # words of headline and standfirst before it
_SENTENCE_END = tuple(".!?…\"”'")
_PHRASE_END = re.compile(r"[a-z][a-z'-]*[a-z]|\$?\d[\d.,]*(?:bn|m|k|%|s)|\$?\d{3,}(?:,\d{3})*|\d+\\?/\d+")
_CAPITALISED = re.compile(r"[A-Z][a-z]|[A-Z]{2,}")


def gallery_cuts(lines: Sequence[Line], text_end: int) -> list[Cut]:
    """Cuts for a gallery's captions opening (or one closing) the text, and the credit after them."""
    body = [line for line in lines if line[1].strip()]
    run = 0
    while run < len(body) and _gallery_line(body[run][1]):
        run += 1
    cuts: list[Cut] = []
    if 0 < run <= GALLERY_RUN < len(body):
        cuts.extend(_caption_cut(start, text, text_end) for start, text in body[:run])
        cuts.extend(_credit_cut(*body[run]))
    if len(body) > max(run, 1) + 1 and _gallery_line(body[-1][1]) and not _gallery_line(body[-2][1]):
        cuts.append(_caption_cut(*body[-1], text_end))
    return cuts


def bullet_cuts(lines: Sequence[Line]) -> list[Cut]:
    """Cuts for the bullet mark opening a head line (a standfirst's item; its text stays)."""
    cuts: list[Cut] = []
    for start, text in [line for line in lines if line[1].strip()][:HEAD_LINES]:
        indent = len(text) - len(text.lstrip())
        bullet = BULLET_MARK.match(text, indent)
        if bullet:
            cuts.append((start + indent, start + bullet.end() + 1, "bullet mark"))
    return cuts


def _gallery_line(text: str) -> bool:
    return bool(GALLERY_CAPTION.match(text.lstrip()))


def _caption_cut(start: int, text: str, text_end: int) -> Cut:
    """The caption line, or the caption part of it when the story's dateline follows on the line."""
    dateline = DASH_DATELINE.search(text)
    if dateline and text[: dateline.start()].strip():
        return (start, start + dateline.start(), "photo caption")
    return (start, min(start + len(text) + 1, text_end), "photo caption")


def _credit_cut(start: int, text: str) -> list[Cut]:
    indent = len(text) - len(text.lstrip())
    credit = LEADING_PHOTO_CREDIT.match(text, indent)
    return [(start + indent, start + credit.end(), "photo credit")] if credit else []


def caption_breaks(work: str) -> str:
    """`work` with a line break where a caption starts inside a head line above a photo credit."""
    head = [line for line in text_lines(work) if line[1].strip()][:HEAD_LINES]
    chars: list[str] | None = None
    for start, text in head:  # a standfirst's bullets: each item opens a line
        for bullet in BULLET_MARK.finditer(text):
            if bullet.start() and text[bullet.start() - 1] == " ":
                chars = chars if chars is not None else list(work)
                chars[start + bullet.start() - 1] = "\n"
    for (start, text), (below, below_text) in pairwise(head):
        label = CREDIT_LABEL.search(below_text)
        if label is None or not text.rstrip().endswith(_SENTENCE_END):
            continue
        split = caption_start(text) if len(text.split()) > CAPTION_WORDS else None
        marks = [(start + split - 1, "\n")] if split is not None else []
        before = below_text[: label.start()]
        if before.strip():  # the caption runs on before the credit: join it, break before the credit
            caption = len(text[split or 0 :].split()) + len(before.split())
            if (
                before.rstrip().endswith(_SENTENCE_END)
                or below != start + len(text) + 1
                or caption > CAPTION_WORDS
            ):
                continue
            marks += [(below - 1, " "), (below + label.start() - 1, "\n")]
        for position, char in marks:
            if work[position] in " \n":
                chars = chars if chars is not None else list(work)
                chars[position] = char
    return "".join(chars) if chars is not None else work


def caption_start(text: str) -> int | None:
    """Where a caption starts in a head line that holds headline, standfirst and caption, or None."""
    tokens = list(re.finditer(r"\S+", text))
    found = None
    for index in range(LEAD_MIN_WORDS, len(tokens) - CAPTION_MIN_WORDS):
        before, word = tokens[index - 1].group(0), tokens[index].group(0)
        if (
            _PHRASE_END.fullmatch(before)
            and before not in PHRASE_CONTINUERS
            and not BULLET_MARK.fullmatch(before)
            and _CAPITALISED.match(word)
            and _words(tokens[index:]) >= CAPTION_MIN_WORDS
        ):
            found = tokens[index].start()
    return found


def _words(tokens: Sequence[re.Match[str]]) -> int:
    return sum(1 for token in tokens if re.search(r"\w", token.group(0)))
