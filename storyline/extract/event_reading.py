"""How a clause reads for the timeline: a fact, a counterfactual, a reference point or news of the day.

- habit: an adverb of habit on the verb or a verb above it ("Normally held in the run up to
  Christmas", "is usually reported on the last Tuesday of the month"): no event at that date;
- counterfactual: the verb that governs the date is built on a modal and "have" ("would have paid no
  tax in 1995", "could have ended by May"): nothing happened at that date;
- reference point: the date is only a point to measure from ("days before Nov. 8", "two weeks after
  the vote on Monday", "since March", "until Friday", "by June"): the event is not at that date;
- reference clause, by syntax: the date belongs to a clause below the sentence's own, one that
  describes a noun ("the statements made Thursday night", "Chavez, who became president in 1998,") or
  measures from a point ("since it ruptured on 20 April", "after he resigned on Monday": a
  REFERENCE_LINKS word on the way up from the date, over a clause or the date itself, not over a
  noun phrase: "after the elections on August 9" still dates the elections); a linked date never
  dates the sentence, a describing clause's date only when the main clause has no date of its own
  ("Protesters who gathered on Friday were dispersed" is Friday's; "The group on Friday condemned
  the statements made Thursday night" is only Friday's);
- news of the day: a clause with no date of its own that reports what happened as news, in the past
  tense or the present perfect ("The WHO said ...", "The WHO has declared a pandemic"), affirmative,
  not modal, not future, not a question, not inside a quotation, with an action verb (not a state:
  "has been sympathetic", "have got pictures"), a third-person subject (not "we have sent them", not
  an empty "it has been reported"), and no word that makes it background or a stretch of time ("has
  lost 40 percent since the crisis began", "have increasingly abandoned", "to date"): dated by the
  publication day, with lower confidence. Only the lede counts (see events.py);
- not a date of the clause: a day word in an open series of times ("here today, tomorrow and for the
  time ahead", "ready to leave today, tomorrow, at any time"); "today" as the subject of a copula or a
  passive ("Today is slightly different", the programme in "Today is broadcast live"); a date on the
  other side of a comparison ("as deadly then as they are today", "lower than on Tuesday"; not "rather
  than"); a date "of" an event noun that it names ("the attacks of September 11", "the events of April
  20", "the Act of 1990"; not "the night of June 3", "the second half of 2011"); "today" for
  "nowadays" ("Even today, people are arrested", "The world is a very different place today" after
  "That was what happened in 1957").
"""

from __future__ import annotations

import re
from typing import Literal

from spacy.tokens import Span, Token

from storyline.words import (
    BACKGROUND_MARKERS,
    BACKGROUND_PHRASES,
    FIRST_SECOND_PERSON,
    FUTURE_AUXILIARIES,
    HABITUAL_ADVERBS,
    MODALS,
    REFERENCE_LINKS,
    STATIVE_VERBS,
    TIME_PART_NOUNS,
)

NewsTense = Literal["past", "perfect"]
ReferenceKind = Literal["link", "clause"]

_REFERENCE = re.compile(
    r"(?:\b(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|shortly|just|soon|long|moments?|"
    r"\d+|a|an|few|several|two|three|four|five|six|seven|eight|nine|ten)[ \t]+(?:before|after|ahead of"
    r"|prior to|earlier than|later than)"
    r"|\b(?:since|until|till|by|ahead of|prior to|in the run-up to|in the lead-up to))[ \t]*(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_QUOTE_OPENERS = ("``", '"', "“", "«", "'")
_DAY_ITEM = r"(?:today|tonight|tomorrow|yesterday)"
_OPEN_TIME = (
    r"(?:(?:at\s+)?any\s+(?:other\s+)?(?:time|moment)|(?:for\s+)?the\s+(?:time|days|months|years)\s+ahead"
    r"|(?:in\s+)?the\s+future|for\s*ever|always|the\s+next\s+day|the\s+day\s+after)"
)
_TIME_ITEM = re.compile(rf"(?i)\b(?:{_DAY_ITEM}|{_OPEN_TIME})\b")
_JOIN = r"(?:\s*(?:,|\band\b|\bor\b)\s*)+(?:(?:perhaps|maybe|possibly|even|then|parts?\s+of|in|for)\s+)*"
_SERIES = re.compile(rf"(?i)\b(?:{_DAY_ITEM}|{_OPEN_TIME})(?:{_JOIN}(?:{_DAY_ITEM}|{_OPEN_TIME}))+\b")
# an older time set against "today" (not an anniversary: "Ninety years ago today")
_OLDER_WORDS = re.compile(r"\b(?:used to|in the past|ago(?! today)|medieval|ancient)\b")
_OPEN = re.compile(rf"(?i)^{_OPEN_TIME}$")


def is_reference_point(text: str, start: int) -> bool:
    """Whether the date expression starting at `start` is only a point to measure from."""
    return bool(_REFERENCE.search(text[max(0, start - 40) : start]))


def reference_clause(token: Token) -> ReferenceKind | None:
    """How the date at `token` (its phrase's root) sits below the sentence's own clause, walking up to
    the root: "link" under a REFERENCE_LINKS word over a clause or over the date itself ("since it
    ruptured on 20 April", "since March"), "clause" in a clause that describes a noun ("the statements
    made Thursday night", "who was first elected in 1998"), None otherwise. A link word over a noun
    phrase that holds the date ("after the elections on August 9") leaves the date to that noun's
    event: the elections were on August 9."""
    previous, current = token, token.head
    through_noun = False
    for _ in range(24):
        if current is previous:
            return None
        if current.lower_ in REFERENCE_LINKS and current.dep_ in ("prep", "mark", "advmod"):
            return "link" if not through_noun or previous.pos_ in ("VERB", "AUX") else None
        if current.pos_ in ("VERB", "AUX") and current.dep_ in ("relcl", "acl"):
            return "clause" if current.head.pos_ in ("NOUN", "PROPN", "PRON") else None
        if current.pos_ in ("VERB", "AUX") and any(
            child.dep_ == "mark" and child.lower_ in REFERENCE_LINKS for child in current.children
        ):
            return "link"
        if current.dep_ in ("ccomp", "xcomp", "conj", "parataxis"):
            return None  # reported content or a clause of its own: its date is its event's
        through_noun = through_noun or current.pos_ in ("NOUN", "PROPN", "PRON")
        previous, current = current, current.head
    return None


def is_habitual(verb: Token) -> bool:
    """A habit: an adverb of HABITUAL_ADVERBS on the verb or on a verb above it in the same sentence
    ("Normally held in the run up to Christmas, ...", "is normally reported on the last Tuesday")."""
    current = verb
    for _ in range(6):
        if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in current.children):
            return True
        if current.head is current or current.dep_ in ("ccomp", "parataxis"):
            return False
        current = current.head
    return False


def is_counterfactual(verb: Token) -> bool:
    """A modal with "have" on the verb (or on the verb it is conjoined to): "would have paid"."""
    for head in (verb, verb.head if verb.dep_ == "conj" else verb):
        auxes = [child.lower_ for child in head.children if child.dep_ in ("aux", "auxpass")]
        if any(aux in MODALS for aux in auxes) and any(aux in ("have", "'ve") for aux in auxes):
            return True
    return False


def governing_verb(token: Token) -> Token | None:
    """The nearest verb or auxiliary above `token` (itself included), or None."""
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head is current:
            return None
        current = current.head
    return None


def news_tense(sentence: Span) -> NewsTense | None:
    """The tense in which `sentence` reports news ("past", "perfect"), or None when it reports none."""
    text = sentence.text.strip()
    if not text or text.endswith("?") or text.startswith(_QUOTE_OPENERS):
        return None
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX") or not any(child.dep_ in _SUBJECTS for child in root.children):
        return None
    auxes = [child for child in root.children if child.dep_ in ("aux", "auxpass")]
    lowered = {aux.lower_ for aux in auxes}
    if lowered & (MODALS | FUTURE_AUXILIARIES) or any(child.dep_ == "neg" for child in root.children):
        return None
    if _background(sentence) or root.lemma_.lower() in STATIVE_VERBS or _personal_subject(root):
        return None
    if any(aux.lower_ in ("has", "have") for aux in auxes) and root.tag_ == "VBN":
        return "perfect"
    if root.tag_ == "VBD" or (root.tag_ == "VBN" and lowered & {"was", "were"}):
        return "past"
    return None


def _background(sentence: Span) -> bool:
    """A word or phrase that makes the clause background or a stretch of time (module doc)."""
    lowered = " " + sentence.text.lower() + " "
    return any(t.lower_ in BACKGROUND_MARKERS for t in sentence) or any(
        f" {phrase} " in lowered for phrase in BACKGROUND_PHRASES
    )


def _personal_subject(root: Token) -> bool:
    """The subject is the writer or the reader ("We have sent them ...", "I have seen ..."), or an
    empty "it"/"there" ("It has been reported that ...": hearsay, not the news itself)."""
    return any(
        c.dep_ in _SUBJECTS and (c.lower_ in FIRST_SECOND_PERSON or c.dep_ == "expl" or c.lower_ == "it")
        for c in root.children
    )


def in_time_series(text: str, start: int, end: int) -> bool:
    """Whether the day word at [start, end) is one of an open series of times: three or more ("today,
    tonight and perhaps even parts of tomorrow") or two with an open end ("today, tomorrow, at any time")."""
    low = max(0, start - 80)
    for match in _SERIES.finditer(text, low, min(len(text), end + 80)):
        if match.start() <= start and end <= match.end():
            items = [m.group(0) for m in _TIME_ITEM.finditer(match.group(0))]
            return len(items) >= 3 or any(_OPEN.match(item) for item in items)
    return False


def generic_today(root: Token) -> bool:
    """ "today" as the subject of a copula or a passive ("Today is slightly different", "Today is broadcast
    live"): it says what the day is like, or names a programme; no event happens on it ("Today marks
    the new year" keeps its date)."""
    verb = root.head
    copula = verb.lemma_ == "be" or root.dep_ == "nsubjpass"
    return root.lower_ == "today" and root.dep_ in ("nsubj", "nsubjpass") and copula


def nowadays_today(root: Token, older_time: bool) -> bool:
    """ "today" for "nowadays", in a present-tense clause (not past, perfect, future or modal): after
    "even"/"still" ("Even today, people are arrested"), or set against an older time in its sentence or
    the one before (`older_time`: a date over a year back; or "used to", "in the past", "ago",
    "medieval"): "That was in 1957. The world is a very different place today". A past or perfect
    verb keeps the day ("has died today", "Today I started to feel better")."""
    if root.lower_ != "today":
        return False
    verb = governing_verb(root)
    if verb is None or not _plain_present(verb):
        return False
    doc = root.doc
    if root.i > 0 and doc[root.i - 1].lower_ in ("even", "still"):
        return True
    sentence = root.sent
    earlier = doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    words = doc[earlier.start : sentence.end].text.lower()
    return older_time or bool(_OLDER_WORDS.search(words))


def _plain_present(verb: Token) -> bool:
    """A present-tense clause: a present verb, or "is"/"are" with a participle; no "have", modal or
    future auxiliary, and no progressive ("Commemorations are being held today" is what goes on on
    the day)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lemma_ in ("have", "will") or a.tag_ == "VBD" for a in auxes):
        return False
    if verb.tag_ == "VBG" or any(a.tag_ == "VBG" for a in auxes):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes)


def is_comparison(root: Token) -> bool:
    """A date on the other side of a comparison: under "than" ("higher than on Monday", "than they were
    a week ago") or in the second half of "as ADJ ... as" ("as deadly then as they are today")."""
    verb = governing_verb(root)
    current = root
    for _ in range(6):
        if current.lower_ == "than" and current.dep_ in ("prep", "mark", "cc"):
            return not _rather(current)
        if current is verb or current.head is current:
            break
        current = current.head
    if verb is None:
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "prep", "advmod") and not _rather(c)}
    if "than" in marks:
        return True
    head = verb.head
    double_as = head.pos_ in ("ADJ", "ADV") and any(c.lower_ == "as" for c in head.children if c.i < verb.i)
    return "as" in marks and verb.dep_ == "advcl" and double_as


def _rather(than: Token) -> bool:
    """ "rather than", "other than": an alternative, not a comparison ("Rather than bombard it in 1967,
    they used chalk" is 1967's)."""
    return than.i > 0 and than.doc[than.i - 1].lower_ in ("rather", "other")


def names_an_event(root: Token) -> bool:
    """A date "of" an event noun, which it names ("the attacks of September 11", "the events of April 20"):
    the clause around the noun does not happen at that date. Parts of a time ("the night of June 3")
    keep it."""
    head = root.head
    if root.dep_ != "pobj" or head.lower_ != "of" or head.head is head:
        return False
    noun = head.head
    return noun.pos_ in ("NOUN", "PROPN") and noun.lower_ not in TIME_PART_NOUNS
