"""A headline or photo caption glued before a sentence, with no full stop between them.

Scraped pages run the headline, the picture's caption and the lede into one line ("Jury picked for
trial A man accused of the raid walks into court The trial of the man accused ... began on Monday .")
and glue a caption before the first sentence of a later paragraph ("He has been questioned twice by
police The warrant , filed in the county court , said ..."). Headlines and captions carry no full stop,
so the break shows where the sentence's first word is capitalised right after a plain lower-case word:
- a capitalised determiner or pronoun ("... by police The warrant", "... in Haiti A senior official";
  `SENTENCE_OPENERS` in words.py; "A" not before a function word: "exhibit A for ..."); on a page's
  first line also after a capitalised word ("... in London The judge said ...", "... A US judge"),
  never after a word a phrase goes on from ("said The", "of The"; words.py) and, inside the text,
  only before a lower-case word ("the newspaper The Times" is a name);
- or, on a page's first line, a capitalised plural noun before a verb or preposition of its own
  ("... the outbreak Businesses in the city have ...", "... the show Stars have been celebrating ..."),
  not a people's name ("... 42 Americans have ...").
Inside the text the word before the break is a plain word (not a bracket: a live blog's "( Update
10:43 a.m. ) The ..." stamp stays; not a quote's end: a quoted paragraph may lack its full stop).
The lede or the sentence starts at the last such break with at least `SENTENCE_MIN_WORDS` words after
it before the first full stop (a tokenised " . " or a word ending in one: "... is burning. The
authorities ..." holds a whole first sentence, no glued head); that sentence ends in a full stop (a
run of headlines has none). What stands before it on the line is cut: on a page's first line as
"page head" (at least `HEAD_MIN_WORDS` words), on a later line as "photo caption" (from
`HEAD_MIN_WORDS` to `CAPTION_MAX_WORDS` words, and never a live blog's post stamp, which holds a clock
time).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.clean.offsets import Cut, Line
from storyline.words import ABBREVIATIONS, PHRASE_CONTINUERS, SENTENCE_OPENERS

HEAD_MIN_WORDS = 4  # a headline or a caption has at least this many words
CAPTION_MAX_WORDS = 20  # a caption glued inside the text is at most this long
SENTENCE_MIN_WORDS = 8  # the sentence after the break, up to its full stop
_PLURAL_FOLLOWERS = frozenset(
    ["have", "are", "were", "say", "warn", "fear", "in", "from", "across", "around"]
)
_FULL_STOPS = (".", "?", "!", "''", '"')
# A word that ends a sentence in untokenised text ("... is burning. The authorities ..."): the first
# full stop bounds the head and the sentence after it, as a tokenised " . " does ("a.m.", "U.S." do not).
_SENTENCE_END_WORD = re.compile(r"[a-z][a-z'-]*[.!?][\"”’']?")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")  # a live blog's post stamp ("LIBYA , 11:45 a.m. ET") stays
_TEXT_WORD = re.compile(r"[a-z][a-z'-]*|\d[\d,.]*")  # not a bracket: "( Update 10:43 a.m. ) The ..."
_HEAD_WORD = re.compile(r"[a-z][a-z'-]*|\d[\d,.]*|''|'")  # a headline may end in a quote
_PEOPLE = re.compile(r"(?:ans|ons|is|abs|ese)$")
_LOWER = re.compile(r"[a-z][\w'-]*")
_PLURAL = re.compile(r"[A-Z][a-z]+s")


def glued_cuts(lines: Sequence[Line]) -> list[Cut]:
    """Cuts for a headline or caption glued before the first sentence of a line."""
    cuts: list[Cut] = []
    first = True
    for start, text in lines:
        if not text.strip():
            continue
        column = glued_break(text, head=first)
        if column:
            cuts.append((start, start + column, "page head" if first else "photo caption"))
        first = False
    return cuts


def glued_break(text: str, *, head: bool) -> int:
    """The column where a sentence starts after a glued headline or caption on the line, or 0."""
    words = first_sentence(text)
    most = len(words) if head else CAPTION_MAX_WORDS + 1
    best = 0
    for index in range(HEAD_MIN_WORDS, min(most, len(words) - SENTENCE_MIN_WORDS + 1)):
        if _breaks(words[index - 1], words[index], words[index + 1], head=head):
            best = index
    if not best or (not head and _CLOCK.search(" ".join(words[:best]))):
        return 0
    return len(" ".join(words[:best])) + 1


def first_sentence(text: str) -> list[str]:
    """The line's words up to its first full stop; none when the line has no full stop (a run of
    headlines)."""
    end = text.find(" . ")
    if end < 0 and not text.rstrip().endswith(_FULL_STOPS):
        return []
    words = (text if end < 0 else text[:end]).split(" ")
    stop = next((i for i, word in enumerate(words) if _ends_sentence(word)), None)
    return words if stop is None else words[: stop + 1]


def _ends_sentence(word: str) -> bool:
    """Whether `word` ends a sentence in untokenised text ("burning."; not "vs." or "co.")."""
    return _SENTENCE_END_WORD.fullmatch(word) is not None and word.rstrip("\"”’'.!?") not in ABBREVIATIONS


def _breaks(before: str, word: str, after: str, *, head: bool) -> bool:
    """Whether a sentence starts at `word` (between `before` and `after`) with no full stop before it."""
    if before.lower() in PHRASE_CONTINUERS:  # "said The", "of The"; a title's "This Is It tour"
        return False
    if head and word in SENTENCE_OPENERS and after != "(" and after.lower() not in PHRASE_CONTINUERS:
        return _HEAD_WORD.fullmatch(before) is not None or bool(_LOWER.fullmatch(after))
    if not (_HEAD_WORD if head else _TEXT_WORD).fullmatch(before):
        return False
    if word in SENTENCE_OPENERS:  # "exhibit A for ...", "hepatitis A and E" name a letter
        return bool(_LOWER.fullmatch(after)) and (word != "A" or after not in PHRASE_CONTINUERS)
    return head and _LOWER.fullmatch(before) is not None and _plural_subject(word, after)


def _plural_subject(word: str, after: str) -> bool:
    """A capitalised plural noun with its own verb or preposition after it ("Businesses in", "Stars
    have"); not a people's name ("Americans", "Britons", "Iraqis", "Arabs": "... 42 Americans have")."""
    return bool(_PLURAL.fullmatch(word)) and not _PEOPLE.search(word) and after in _PLURAL_FOLLOWERS
