"""A page head glued to a lede that names its subject again, and a correspondent's byline glued to it.

A news page's headline and photo caption say whom the story is about, and its lede names them again as
the subject of its first clause: "BP hopes the new unit will boost confidence in the company BP has formed
a new unit ...", "Kenneth Feinberg oversaw ... the 2001 attacks Independent administrator Kenneth Feinberg
pledged ...", "... hearings in wake of gulf disaster Cleanup and containment efforts continue ...". When
the page runs them into its first line with no full stop, the lede starts where:
- a capitalised word follows a plain lower-case word, a number or a closing quote, or follows any word
  when it is a sentence opener ("... in the Gulf of Mexico The X Prize foundation ..."); not after a word
  a phrase goes on from ("in", "said", "chief Tony Hayward"), a name particle ("al Qaeda"), a modifier
  ("former", "new"), a verb ("would choose", "-ing", "-ed"), a comma, a quote's attribution ("`` ... , ''
  BP executive ... said") or inside an open quote;
- a subject of at most `SUBJECT_WORDS` words runs from it to a finite verb ("has", "said", "pledged") or,
  after an opener, to an appositive's comma ("The X Prize foundation , best known for ..."), with no
  clause or phrase word in it ("... host Laura Ingraham that Rubio had", "... tube Sunday into the");
- that subject names a content word the head before it holds (case folded: "Cleanup" / "cleanup");
- and the sentence from it reaches its full stop with at least `SENTENCE_MIN_WORDS` words.
A short descriptor before the name goes with the lede ("... the show Pop star Michael Jackson had ...");
a name inside a phrase is no lede ("... videos of spectacular Gulf oil leaks are ...", "... from Cornish
aid charity Shelterbox are ..."). The last such place on the line is the lede's start (a headline, then a
caption, then the lede), searched past the break glued.py found, never in a line holding a dateline.
A lede that opens with a name the head does not hold ("... oil-spill storm John Browne , the former chief
executive ...") keeps its head: a name after a lower-case word is mostly a name inside a sentence.

A correspondent's byline opening the first line ("By Jo Doe Environment correspondent , BBC News The oil
...", also with a place: "By Jo Doe Science reporter , BBC News , Texas Engineers ...") is cut to its end
when a role word (correspondent, reporter, editor ...) and the outlet after a comma close it and a
capitalised word follows: the lede may open with a name ("... , BBC News David Cameron has ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.clean.glued import HEAD_MIN_WORDS, SENTENCE_MIN_WORDS, first_sentence, glued_break
from storyline.clean.offsets import Cut, Line
from storyline.clean.page_patterns import WIRE_DATELINE
from storyline.words import ABBREVIATIONS, PHRASE_CONTINUERS, SENTENCE_OPENERS, STOPWORDS

SUBJECT_WORDS = 5  # words from the lede's first word to its verb
DESCRIPTOR_WORDS = 2  # lower-case words of a descriptor before a name ("Energy giant", "Pop star")
HEAD_MAX_WORDS = 45  # a headline, a standfirst and a caption
_FINITE_WORDS = (
    "has have had is are was were will would could can may might should must says say said told tells"
)
_FINITE = frozenset(_FINITE_WORDS.split())
_PAST = re.compile(r"[a-z]{3,}ed")  # "pledged", "formed", "denied"
_BEFORE = re.compile(r"[a-z][a-z'-]*|\d[\d,.]*|''|'|’|\"")  # a plain word, a number or a closing quote
_PARTICLE_WORDS = "al el bin ibn abu de da di du van von der le la"
_NAME_PARTICLES = frozenset(_PARTICLE_WORDS.split())  # "al Qaeda"
# words before a name inside its phrase ("former President Bill Clinton", "the nonpartisan Budget Office")
_MODIFIER_WORDS = "former late then new several registered nonpartisan bipartisan"
_MODIFIERS = frozenset(_MODIFIER_WORDS.split())
# a word ending a sentence in untokenised text: "Turkey." "2018." "up.”"; not "U.S."
_UNTOKENISED_END = re.compile(r"[A-Za-z0-9][a-z0-9,'-]+[.!?][\"”’']?")
_DATELINE = re.compile(r"[A-Z][A-Z .,'/-]+ (?:--|—|-) ")  # "WASHINGTON -- A six-year trend ..."
_PREPOSITION_WORDS = "of in on at for by with from to into about over under after before than via near"
_PREPOSITIONS = frozenset(_PREPOSITION_WORDS.split())
_POSSESSIVES = frozenset(["his", "her", "its", "their", "our", "my", "your"])
_CLAUSE_WORDS = (PHRASE_CONTINUERS & STOPWORDS) - {"and", "of", "the", "a", "an"}  # "that", "who", "into"
_CLOSERS = "\"”’'"
_CAPITALISED = re.compile(r"[A-Z][\w'.&-]*")
_DESCRIPTOR_WORD = re.compile(r"[a-z][a-z'-]*|\d[\d,.]*")  # "giant", "star", "48"
_CONTENT = re.compile(r"[a-z][a-z-]+")
_OPEN_QUOTES = ("``", "“", '"')
BYLINE = re.compile(
    r"By (?:[A-Z][\w'.-]+ ){1,3}(?:[A-Z]?[\w-]+ ){0,3}"
    r"(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Aa]nalyst|[Ww]riter|[Pp]resenter|[Pp]roducer) ?, "
    r"(?:BBC|CNN|ABC|NBC|CBS|Sky) News(?: ?, (?:[a-z]+ ){0,2}[A-Z][\w-]+)? (?=[A-Z])"
)


def echo_break(text: str) -> int:
    """The column where a lede naming its head's subject again starts on the line, or 0."""
    if _DATELINE.match(text) or WIRE_DATELINE.search(text):
        return 0  # the lede opens at its dateline; a page head stands before it (head.py)
    words = _sentence_words(text)
    best = 0
    for index in range(HEAD_MIN_WORDS, min(HEAD_MAX_WORDS + 1, len(words) - SENTENCE_MIN_WORDS + 1)):
        if _opens(words, index) and _echoes(words, index):
            best = _lede_start(words, index) or best
    return len(" ".join(words[:best])) + 1 if best else 0


def byline_end(text: str) -> int:
    """The column past a correspondent's byline opening the line ("By Jo Doe Science reporter , BBC
    News "), or 0."""
    match = BYLINE.match(text)
    return match.end() if match else 0


def _sentence_words(text: str) -> list[str]:
    """The line's words up to its first full stop, tokenised (" . ") or not ("Turkey. The"; not "U.S.",
    "Mr.", "J."); none when the line has no full stop."""
    words = first_sentence(text)
    stop = next((i for i, word in enumerate(words) if _ends(word)), None)
    return words if stop is None else words[: stop + 1]


def _ends(word: str) -> bool:
    return bool(_UNTOKENISED_END.fullmatch(word)) and word.rstrip(_CLOSERS)[:-1].lower() not in ABBREVIATIONS


def _opens(words: list[str], index: int) -> bool:
    """Whether a sentence may start at `words[index]` after the head before it."""
    word, before = words[index], words[index - 1]
    if not _CAPITALISED.fullmatch(word) or before.lower() in PHRASE_CONTINUERS | _NAME_PARTICLES:
        return False
    head = words[:index]
    if sum(w in _OPEN_QUOTES for w in head) > sum(w in ("''", "”") for w in head):
        return False  # inside a quotation
    if before.endswith(",") or words[index - 2] in (*_FINITE, ","):
        return False  # "... in 1998, Clinton", "... would choose Clinton", "`` ... , '' BP executive said"
    if before in _FINITE or before.endswith("ing") or _PAST.fullmatch(before) or before.lower() in _MODIFIERS:
        return False  # "... telling conservative radio host" , "... to a former": the phrase goes on
    return bool(_BEFORE.fullmatch(before)) or (word in SENTENCE_OPENERS and before[:1].isupper())


def _lede_start(words: list[str], index: int) -> int:
    """Where the lede whose subject's name is at `index` starts: there, or back at a short descriptor
    before the name ("... the show Pop star Michael Jackson had ...", "... fund Oil giant BP is ...");
    0 when the name stands inside a phrase: after a preposition or a possessive and a word ("... videos of
    spectacular Gulf oil leaks are ...", "... his three-year Iraq adventure is ..."), or after a
    descriptor that follows another name or a phrase word ("... the UN-Arab League envoy Kofi Annan ...",
    "... and Motown veteran Smokey Robinson are ...")."""
    if words[index] in SENTENCE_OPENERS:
        return index
    run = 0
    while run < DESCRIPTOR_WORDS + 1 and _DESCRIPTOR_WORD.fullmatch(words[index - run - 1]):
        run += 1
    start = index - run - 1
    if run > DESCRIPTOR_WORDS or start < 1 or not _CAPITALISED.fullmatch(words[start]):
        if words[index - 2].lower() in _PREPOSITIONS | _POSSESSIVES:
            return 0  # "... videos of spectacular Gulf oil leaks are ...", "... his three-year Iraq adventure
            # is ...": the name is inside a phrase
        return index  # "... boost confidence in the company BP has ...": no descriptor
    if words[start] in SENTENCE_OPENERS:  # "... Sayyida Zainab Some 48 Iranian pilgrims have ..."
        return start if _opens(words, start) else index  # "... his This Is It tour Final ...": a title
    before = words[start - 1]
    if before.lower() in PHRASE_CONTINUERS or _CAPITALISED.fullmatch(before):
        return 0  # "... Tents from Cornish aid charity Shelterbox are ...": one phrase, no break in it
    return start if start >= HEAD_MIN_WORDS and _opens(words, start) else 0


def _echoes(words: list[str], index: int) -> bool:
    """Whether the subject at `index` runs to its verb and names a content word the head holds."""
    subject: list[str] = []
    for word in words[index : index + SUBJECT_WORDS + 1]:
        if word == "," and subject and subject[0] not in SENTENCE_OPENERS:
            return False  # "... instead of defending BP , it ...": a name's apposition, not a subject
        if subject and (word == "," or word in _FINITE or _PAST.fullmatch(word)):
            head = {w.casefold() for w in words[:index]}
            return any(w.casefold() in head for w in subject if _content(w))
        if word in _CLAUSE_WORDS:
            return False  # "... host Laura Ingraham that Rubio had ...", "... tube Sunday into the ...":
        subject.append(word)  # an object, and its clause or phrase
    return False


def _content(word: str) -> bool:
    folded = word.casefold()
    return bool(_CONTENT.fullmatch(folded)) and folded not in STOPWORDS


def lede_cuts(lines: Sequence[Line]) -> list[Cut]:
    """Cuts for a byline and a head glued to the lede on the page's first non-blank line (a later line
    is an article sentence more often than a head: "... the end of a $ 2.1 billion IMF program agreed
    ...")."""
    cuts: list[Cut] = []
    start, text = next(((start, text) for start, text in lines if text.strip()), (0, ""))
    byline = byline_end(text)
    if byline:
        cuts.append((start, start + byline, "byline"))
    head = byline + glued_break(text[byline:], head=True)  # past a lede glued.py found
    column = echo_break(text[head:])
    if column:
        cuts.append((start + head, start + head + column, "page head"))
    return cuts
