"""Reported content carried by a noun: "his claim that …", "Tulsa police's earlier claim that …",
"criticism of the plan", "support for Sanders".

A claim noun with a that-clause reports that clause; its possessor (or `by X`) is the source. Without a
named source, and for the attitude nouns with a prepositional object ("support for X"), the reading is an
attribution in PolNeAR's sense only (`attitudes=True`). A noun that is the object of a reporting verb
("expressed concern that …") is left to the verb.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from storyline.extract.quotes.draft import CharSpan, Draft
from storyline.extract.quotes.frames import frames_of
from storyline.extract.quotes.stances import stance_reading
from storyline.extract.quotes.subjects import names_no_source, speaker_span, subject_of
from storyline.lang.en.quoting import ATTITUDE_NOUNS, CLAIM_NOUNS, LIGHT_VERBS


@dataclass(frozen=True, slots=True)
class NounReading:
    """Content span, source span (None when nobody is named) and cue span of one content noun."""

    content: CharSpan
    source: CharSpan | None
    cue: CharSpan


def _edges(token: Token) -> CharSpan:
    last = token.right_edge
    return token.left_edge.idx, last.idx + len(last)


def _source(noun: Token) -> CharSpan | None:
    """`his claim`, `Tulsa police's claim`, `a claim by the mayor`."""
    for child in noun.children:
        if child.dep_ == "poss":
            start, _ = _edges(child)
            end = child.idx + len(child)
            return start, end
        if child.dep_ == "prep" and child.lower_ == "by":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return _edges(objects[0])
    return _light_verb_subject(noun)


def _light_verb_subject(noun: Token) -> CharSpan | None:
    """`The mayor made the claim that …`, `gave assurances that …`: the subject of the light verb whose
    object the noun is (not of any verb: the council that `faced criticism` is not its source)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    subject = subject_of(verb)
    if subject is None or subject.dep_ == "nsubjpass" or names_no_source(subject):
        return None
    return speaker_span(subject, verb)


def _that_clause(noun: Token) -> Token | None:
    for child in noun.children:
        marked = any(t.lower_ == "that" and t.dep_ == "mark" for t in child.children)
        if child.dep_ in ("acl", "ccomp", "relcl") and child.i > noun.i and marked:
            return child
    return None


def _object(noun: Token, preps: frozenset[str]) -> Token | None:
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects[0]
    return None


def _left_to_verb(noun: Token, attitudes: bool) -> bool:
    """`expressed concern that …`, `voiced support for …`: the verb's frame reads it already."""
    head = noun.head
    return noun.dep_ == "dobj" and head.pos_ == "VERB" and bool(frames_of(head, attitudes))


def noun_reading(noun: Token, attitudes: bool) -> NounReading | None:
    """The content a claim or attitude noun carries, with its source and the noun as cue."""
    if noun.pos_ != "NOUN" or _left_to_verb(noun, attitudes):
        return None
    lemma = noun.lemma_.lower()
    cue = (noun.idx, noun.idx + len(noun))
    source = _source(noun)
    if lemma in CLAIM_NOUNS and (source is not None or attitudes):
        clause = _that_clause(noun)
        if clause is not None:
            return NounReading(_edges(clause), source, cue)
    if attitudes and lemma in ATTITUDE_NOUNS:
        target = _object(noun, ATTITUDE_NOUNS[lemma])
        if target is not None:
            return NounReading(_edges(target), source, cue)
    return None


def _stance(adjective: Token) -> NounReading | None:
    found = stance_reading(adjective)
    return NounReading(*found) if found else None


def noun_drafts(sent: Span, taken: Sequence[CharSpan], attitudes: bool) -> list[Draft]:
    """Drafts for the content nouns of one sentence whose content no other draft or quote holds."""
    drafts = []
    for token in sent:
        reading = noun_reading(token, attitudes) or (_stance(token) if attitudes else None)
        if reading is None or any(a < reading.content[1] and reading.content[0] < b for a, b in taken):
            continue
        start, end = reading.content
        regions = ((sent.start_char, start), (end, sent.end_char))
        drafts.append(Draft(kind="indirect", start=start, end=end, speaker=reading.source, cue=reading.cue,
                            regions=regions))  # fmt: skip
    return drafts
