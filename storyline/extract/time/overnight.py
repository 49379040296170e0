""" "Overnight" as a time of day or as a manner: only the night an event took place is a timex.

"Overnight" that says when something happened ("Fighting raged overnight", "NATO struck Tripoli
overnight") is a part of the day, the night (TimeML TIME ...TNI, a night valued on the day it begins, as
TimeBank annotates it: the night before the day told, counted from the publication, dateline or post
day, rules_extent). It is no time when it says how fast ("the crisis cannot
be solved overnight", "the police evaporated overnight", "almost overnight") or names a kind of thing
("overnight rates", "an overnight stay", "overnight polls"). With a parse, an "overnight" candidate
(rule "overnight") is dropped when it modifies a noun, or its verb is negated, under a modal of
possibility, of sudden change (`SUDDEN_CHANGE_VERBS`), or it is itself graded ("virtually overnight"),
and so when the word it qualifies is a complement of one such ("unlikely to be done overnight").
Without a parse the rule's own text tests (rules_extent) are all there is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.extract.time.lexicon import (
    MANNER_GRADERS,
    NEGATIVE_WORDS,
    POSSIBILITY_MODALS,
    SUDDEN_CHANGE_VERBS,
)
from storyline.extract.time.tagger import Candidate


def without_manner_overnight(candidates: list[Candidate], doc: Doc | None) -> list[Candidate]:
    """`candidates` less each "overnight" that the parse reads as a manner or a noun's modifier."""
    if doc is None:
        return candidates
    return [c for c in candidates if c.rule != "overnight" or _a_time(doc, c.start, c.end)]


def _a_time(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return True
    token = span[0]
    if token.pos_ == "ADJ" or token.dep_ == "amod":
        return False  # "overnight rates", "an overnight stay": a kind of thing
    if any(child.lower_ in MANNER_GRADERS for child in token.children):
        return False  # "almost overnight", "virtually overnight"
    return not any(_sudden(head) for head in _heads(token))


def _heads(token: Token) -> list[Token]:
    """The word "overnight" qualifies and the words that one is the complement of ("unlikely to be
    done overnight", "expect any changes to come overnight"), up to three."""
    heads, current = [token.head], token.head
    while current.dep_ in _COMPLEMENT and current.head is not current and len(heads) < 3:
        current = current.head
        heads.append(current)
    return heads


_COMPLEMENT = frozenset({"xcomp", "ccomp", "pobj", "prep", "pcomp"})


def _sudden(head: Token) -> bool:
    """A change said to come at once or not at all: a verb of sudden change, an adjective of
    unlikelihood, a negation (also "nobody", "never"), a modal of possibility or a graded manner."""
    if head.lemma_.lower() in SUDDEN_CHANGE_VERBS:
        return True
    for child in head.children:
        word = child.lower_
        if child.dep_ == "neg" or word in NEGATIVE_WORDS:
            return True
        if child.dep_ == "aux" and word in POSSIBILITY_MODALS:
            return True
        if child.dep_ == "advmod" and word in MANNER_GRADERS:
            return True  # "virtually doubling its size overnight"
    return False
