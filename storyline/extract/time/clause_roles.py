"""Roles a date plays in its clause that the tense alone misreads: the time of a promised thing, and a
date of a participle under a general present.

- promised: a month or season after the object of a promise in the present or present perfect ("He
  has also promised a parliamentary election in February", "promises a referendum by the spring") is
  when the promised thing happens, ahead; a simple past promise stays as it is ("Assad promised
  reforms in March" may be when he promised);
- intended: a month or season of an infinitive after a verb of hoping or aiming in the past ("the
  government hoped to get the first doses in August", "aimed to finish the bridge by October") is when
  the hoped-for thing would happen, not when it was hoped: the nearest such month, ahead or behind
  (a weekday stays the day of the attempt: "sought to appeal to voters on Tuesday");
- general present: a date of a participle describing a noun under a simple present verb ("The
  seasonal flu jab given to the elderly over the winter months works well") tells what holds in
  general, not a past event.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from storyline.lang.en.reporting import SPEECH_VERBS
from storyline.words import ARRANGING_VERBS, CONATIVE_VERBS


def _span(doc: Doc | None, start: int, end: int) -> Span | None:
    if doc is None or not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _preposition_of(span: Span) -> Token | None:
    """The preposition the date is the object of ("in February"), or None."""
    root = span.root
    if root.dep_ == "compound" and root.head.dep_ == "pobj":
        root = root.head
    return root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None


def promised_time(doc: Doc | None, start: int, end: int) -> bool:
    """Whether the date at [start, end) is the time of a thing promised now (see the module)."""
    span = _span(doc, start, end)
    prep = _preposition_of(span) if span is not None else None
    if prep is None:
        return False
    verb, noun = prep.head, None
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
        noun, verb = verb, verb.head
    if verb.lemma_ not in ARRANGING_VERBS or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i]
    if noun is None and not objects:
        return False
    auxes = {c.lemma_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBN" and "have" in auxes and not auxes & {"will"})


def intended_time(doc: Doc | None, start: int, end: int) -> bool:
    """Whether the date at [start, end) dates the infinitive of a verb of hoping or aiming (the module)."""
    span = _span(doc, start, end)
    verb = _verb_above(span.root) if span is not None else None
    if verb is None or verb.tag_ != "VB" or verb.dep_ != "xcomp":
        return False
    to = any(c.tag_ == "TO" for c in verb.children if c.dep_ == "aux")
    return to and verb_lemma(verb.head) in CONATIVE_VERBS and verb.head.pos_ == "VERB"


def dates_a_past_event(doc: Doc | None, start: int, end: int) -> bool:
    """Whether the date at [start, end) is the time of a simple past verb itself: the object of "in"
    or "on" hanging from a past-tense verb without auxiliaries ("The contract expired in November")
    or a simple past passive ("The firm was sold in November"), not a verb of saying (it may carry a
    date of what it reports), a limit ("extended to Nov. 20", "asked it to respond by Oct. 31") nor a
    noun's date ("invited them to a ceremony on March 12")."""
    span = _span(doc, start, end)
    prep = _preposition_of(span) if span is not None else None
    if prep is None or prep.lower_ not in ("in", "on"):
        return False
    verb = prep.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    speech = verb.lemma_ in SPEECH_VERBS  # "told oil companies of a cutback in September": the cutback's
    if verb.pos_ != "VERB" or speech:
        return False
    passive = verb.tag_ == "VBN" and [(a.dep_, a.tag_) for a in auxes] == [("auxpass", "VBD")]
    return passive or (verb.tag_ == "VBD" and not auxes)


def future_in_the_past(doc: Doc | None, start: int, end: int) -> bool:
    """Whether the date's verb looks ahead from a past time, not from now: a past modal ("said the
    bridge would open at 9 a.m.", "could", "might") or a past auxiliary or verb above an infinitive
    ("was set to open at 9 a.m.", "planned to land at noon")."""
    span = _span(doc, start, end)
    if span is None:
        return False
    verb = _verb_above(span.root)
    for token in (verb, verb.head):
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in _PAST_MODALS or a.tag_ == "VBD" for a in auxes) or token.tag_ == "VBD":
            return True
    return False


_PAST_MODALS = frozenset({"would", "'d", "could", "might", "should"})


def verb_lemma(token: Token) -> str:
    """The token's lemma, mended where spaCy cut a silent "e" of a one-syllable verb ("hoped",
    "hoping": "hop"): a consonant-vowel-consonant verb doubles its last consonant ("hopped"), so
    "hoped" is "hope"."""
    lower, lemma = token.lower_, token.lemma_
    if lower in (lemma + "ed", lemma + "ing") and _SHORT_VERB.fullmatch(lemma):
        return lemma + "e"
    return lemma


_SHORT_VERB = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")


def general_present_participle(doc: Doc | None, start: int, end: int) -> bool:
    """Whether the date hangs from a bare participle describing a noun whose clause is a simple present
    ("the jab given over the winter months works well")."""
    span = _span(doc, start, end)
    if span is None:
        return False
    token = _verb_above(span.root)
    if (
        token.dep_ != "acl"
        or token.tag_ != "VBN"
        or any(c.dep_ in ("aux", "auxpass") for c in token.children)
    ):
        return False
    above = _verb_above(token.head)
    simple = not any(c.dep_ in ("aux", "auxpass") for c in above.children)
    return above.tag_ in ("VBZ", "VBP") and simple


def _verb_above(token: Token) -> Token:
    """The first verb or auxiliary at or above `token`, climbing at most six heads (else where it stopped)."""
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    return token
