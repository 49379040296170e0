"""Reported content whose source is not the verb's subject: passives and raising verbs.

"It was reported by MSNBC that …", "O'Malley's move was first reported by MSNBC", "Trump is expected to
win", "an option seen by organizers as a lifeboat" (passive: the content is the passive subject with the
verb's complement, the source is the `by` agent or nobody) and "Trump seemed unperturbed", "the poll
appears to show …" (raising: the subject and its predicate are the content; nobody is named as source).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from storyline.extract.quotes.draft import CharSpan
from storyline.extract.quotes.frames import content_of
from storyline.lang.en.quoting import QUESTION_VERBS, QUESTION_WORDS, RAISING_VERBS
from storyline.lang.en.reporting import ATTITUDE_FRAMES, INDIRECT_VERBS, SPEECH_FRAMES, SPEECH_VERBS

COMPLEMENTS = frozenset({"xcomp", "ccomp", "oprd", "acomp", "attr"})
CONTENT_PREPS = frozenset({"as", "of", "for", "about", "with", "on", "to"})
EXPLETIVES = frozenset({"it", "there"})
LIGHT = frozenset({"be", "have", "get", "do"})


@dataclass(frozen=True, slots=True)
class Reading:
    """Content span, source span (None when nobody is named) and cue span of one passive or raising verb."""

    content: CharSpan
    source: CharSpan | None
    cue: CharSpan
    question: bool = False  # keeps its `whether`/`if`: "asked if it would reopen" is no statement


def _edge_span(first: Token, last: Token) -> CharSpan:
    end = last.right_edge
    return first.left_edge.idx, end.idx + len(end)


def _cue(verb: Token) -> CharSpan:
    """The verb with the auxiliaries right before it: `is expected`, `was first reported`."""
    start = verb
    for child in verb.lefts:
        if child.dep_ in ("aux", "auxpass", "neg", "advmod") and verb.i - child.i <= 3:
            start = child
            break
    return start.idx, verb.idx + len(verb)


def _reports(verb: Token, attitudes: bool) -> bool:
    lemma = verb.lemma_.lower()
    known = lemma in INDIRECT_VERBS or lemma in SPEECH_FRAMES or lemma in SPEECH_VERBS
    return known or (attitudes and lemma in ATTITUDE_FRAMES)


def _agent(verb: Token) -> CharSpan | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return _edge_span(grandchild, grandchild)
    return None


def _complement(verb: Token) -> Token | None:
    """The last complement right of the verb that carries the content on: `to win`, `as a lifeboat`."""
    last = None
    for child in verb.rights:
        if child.dep_ in COMPLEMENTS or (child.dep_ == "prep" and child.lower_ in CONTENT_PREPS):
            last = child
    return last


def passive_reading(verb: Token, attitudes: bool) -> Reading | None:
    """`X was reported by Y`, `it was revealed that …`, `X is expected to …`, `contests known as …`."""
    if not _reports(verb, attitudes) or verb.lemma_.lower() in LIGHT:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    source = _agent(verb)
    if source is None and not attitudes:
        return None  # nobody named: an attribution for PolNeAR, not a quote anyone can be credited with
    clauses = [c for c in verb.rights if c.dep_ == "ccomp"]
    if clauses:
        return Reading(_clause_span(clauses[0]), source, _cue(verb))
    if subjects and subjects[0].lower_ not in EXPLETIVES:
        head = subjects[0]
    elif verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        head = verb.head  # `an option seen by organizers as a lifeboat`
    else:
        return None
    last = _complement(verb)
    start = head.left_edge.idx
    end = _edge_span(last, last)[1] if last is not None else _head_end(head, verb)
    return Reading((start, end), source, _cue(verb)) if end > start else None


def _head_end(head: Token, verb: Token) -> int:
    """The end of the content noun phrase, stopping before the verb when the verb hangs inside it."""
    if head.right_edge.i >= verb.i > head.i:
        previous = verb.doc[verb.i - 1]
        return previous.idx + len(previous)
    return _edge_span(head, head)[1]


def _clause_span(clause: Token) -> CharSpan:
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("that", "whether", "if")]
    start, end = _edge_span(clause, clause)
    return (marks[0].idx if marks else start), end


def raising_reading(verb: Token) -> Reading | None:
    """`Trump seemed unperturbed`, `the statistics appear to be fabricated`: the subject with its
    predicate is what seems so, to nobody named (PolNeAR's evidential attributions)."""
    if verb.lemma_.lower() not in RAISING_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl")]
    predicates = [c for c in verb.rights if c.dep_ in COMPLEMENTS]
    if not subjects or not predicates or content_of(predicates[-1], attitudes=True) is not None:
        return None  # `he appeared to suggest that …`: the suggestion is his, read from `suggest`
    if subjects[0].lower_ in EXPLETIVES:  # `it seems that …`: the clause alone
        return Reading(_clause_span(predicates[-1]), None, _cue(verb))
    content = (subjects[0].left_edge.idx, _edge_span(predicates[-1], predicates[-1])[1])
    return Reading(content, None, _cue(verb))


def question_reading(verb: Token, subject: CharSpan | None, attitudes: bool) -> Reading | None:
    """`Asked whether X, he said …`, `was asked what happened`, `asked the mayor if …`: the question is
    the content, put by the verb's subject, the passive's agent, or (with attitudes) nobody named."""
    if verb.lemma_.lower() not in QUESTION_VERBS:
        return None
    passive = any(c.dep_ == "nsubjpass" for c in verb.children) or verb.tag_ == "VBN"
    source = _agent(verb) if passive else subject
    if source is None and not attitudes:
        return None
    for child in verb.rights:
        if child.dep_ in ("ccomp", "advcl", "xcomp") and _asks(child):
            return Reading(_edge_span(child, child), source, _cue(verb), question=True)
        if child.dep_ == "prep" and child.lower_ == "about" and attitudes:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return Reading(_edge_span(objects[0], objects[0]), source, (verb.idx, child.idx + len(child)))
    return None


def _asks(clause: Token) -> bool:
    """A clause that is a question: opened by whether/if or a wh-word."""
    first = clause.left_edge
    return first.lower_ in QUESTION_WORDS or any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children
    )
