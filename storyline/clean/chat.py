"""A live chat's reader questions: what readers asked is not the outlet's or its guest's statement.

A newspaper's live Q&A prints each turn after a label: the guest's (or host's) name for an answer
("Jo Lane : The river will crest on Friday ."), and for a question the reader's place ("Silver Spring ,
Md. : Will the river ...?"), a handle ("Worried about the river : ..."), or "Anonymous". The guest's answers
stay (the quote stage reads the label as their speaker); the readers' turns are cut as "chat question",
each from its label to the next turn, so their questions, plans and dates ("I have vacation plans in two
weeks") never reach the quotes or the timeline.

A page is a live chat when at least `MIN_PLACE_TURNS` turns are led by a place ("City , St. :", "City ,
State :", "Washington , D.C. :"), the readers' signature, and ask a question ("?") in their own words: a
transcript ("BLITZER : ...") or a labelled list ("Minuses : ...") has no place, and a roundup of quotes
after a name and its outlet ("Jo Lane , Twitter : `` ... ''") opens each turn with a quotation mark. In a
chat, a turn is the guest's when its label is a person's name (two to four capitalised words or initials,
"Laura E. Kodres") that leads two turns or more or is named in the chat's introduction, the lines above
the first place-signed turn ("Jo Lane , economist at ..., was online Friday ..."; a headline "River
levels : ..." there is no turn). Every other turn is a reader's, as is a line
that opens with the colon alone (the page split the handle off onto the line above: "Tired of waiting
.\n: Several months ago ..."; the handle line, at most `HANDLE_WORDS` words, goes with it). A reader's
turn ends at the next turn, at a guest's label glued inside its line ("... folks ? Jo Lane : The ..."),
or after `TURN_LINES` lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from storyline.clean.offsets import Cut, Line
from storyline.lang.en.quotation import SPEAKER_LABEL
from storyline.words import SENTENCE_OPENERS

REASON = "chat question"
MIN_PLACE_TURNS = 2  # turns signed with a place make a page a live chat
HANDLE_WORDS = 10  # a reader's handle split off onto the line above a ": question" line
TURN_LINES = 25  # a reader's question is never longer
_STATE = r"(?:[A-Z][a-z]{1,4}\.?|[A-Z]\.[A-Z]\.|[A-Z]{2}|USVI|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
# a reader's place: "Silver Spring , Md.", "Austin , Texas", "Washington , D.C."; not "KING , CNN"
PLACE = re.compile(rf"(?:St\. )?[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){{0,3}} ?, {_STATE}")
_QUOTES = ("``", '"', "“", "'")
_NOTICES = ("Note", "Refresh Page")  # "Editor 's Note : ...", "To Refresh Page : Press ..." are notices
PERSON = re.compile(r"[A-Z][a-z'-]+(?: (?:[A-Z]\.|[A-Z][a-z'-]+)){1,3}")


def chat_cuts(lines: Sequence[Line]) -> list[Cut]:
    """Cuts for the reader turns of a live chat page (none when the page is no chat)."""
    labels = [_label(text) for _, text in lines]
    places = [index for index, label in enumerate(labels) if label and PLACE.fullmatch(label)]
    if sum(1 for index in places if _asks(lines, labels, index)) < MIN_PLACE_TURNS:
        return []
    intro = " ".join(text for _, text in lines[: places[0]])  # the headline, the intro, the guest's hello
    counts = Counter(label for label in labels if label)
    guests = {label for label in counts if _guest(label, counts, intro)}
    cuts: list[Cut] = []
    for index in range(places[0], len(lines)):
        label = labels[index]
        if label is None or label in guests:
            continue
        top = index - 1 if label == "" and _handle(lines[index - 1][1]) else index
        ahead = range(index + 1, min(len(lines), index + TURN_LINES))
        end = next((line for line in ahead if labels[line] is not None), min(len(lines), index + TURN_LINES))
        cuts.append((lines[top][0], _turn_end(lines[index:end], guests), REASON))
    return cuts


def _turn_end(turn: Sequence[Line], guests: set[str]) -> int:
    """Where a reader's turn ends: past its last line, or where a guest's label glued inside one of its
    lines starts the answer ("... move along , folks ... '' ???? Jo Lane : There are ...")."""
    for start, text in turn:
        glued = [text.find(f" {guest} : ") for guest in guests]
        column = min((found for found in glued if found > 0), default=-1)
        if column > 0:
            return start + column + 1
    start, text = turn[-1]
    return start + len(text) + 1


def _asks(lines: Sequence[Line], labels: list[str | None], index: int) -> bool:
    """Whether the turn at `index` asks a question in the reader's own words (not a quote printed after a
    name and its outlet: "Jo Lane , Twitter : `` The debate ... ''")."""
    ahead = range(index + 1, min(len(lines), index + TURN_LINES))
    end = next((line for line in ahead if labels[line] is not None), min(len(lines), index + TURN_LINES))
    content = lines[index][1].split(":", 1)[1].strip()
    return not content.startswith(_QUOTES) and any("?" in text for _, text in lines[index:end])


def _label(text: str) -> str | None:
    """The turn's label opening the line ("" for a line opening with the colon), or None."""
    stripped = text.strip()
    if stripped.startswith(": "):
        return ""
    match = SPEAKER_LABEL.match(stripped)
    if match is None or not match.group("content"):
        return None
    label = " ".join(match.group("label").split())
    if len(label.split()) > 6 or not label[:1].isupper() or label.endswith(_NOTICES):
        return None
    return label


def _guest(label: str, counts: Counter[str], intro: str) -> bool:
    """Whether the turn's label names the chat's guest."""
    if not label or PLACE.fullmatch(label) or not PERSON.fullmatch(label):
        return False
    if label.split()[0] in SENTENCE_OPENERS:
        return False
    return counts[label] >= 2 or label in intro


def _handle(text: str) -> bool:
    return 0 < len(text.split()) <= HANDLE_WORDS
