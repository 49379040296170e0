"""The clause around an expression: its sentence, its tense (from the spaCy parse, else from words) and
whether it sits inside a quotation."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.extract.time.clause_roles import verb_lemma
from storyline.extract.time.normalize import Tense
from storyline.lang.en.reporting import SPEECH_VERBS
from storyline.words import CONATIVE_VERBS, PARTICIPLE_PREPOSITIONS, PROSPECTIVE_VERBS

_FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|won't|'ll|going to|(?:is|are|was|were) (?:due |scheduled |set |expected |planned )?to"
    r"|scheduled|planned|plans to|upcoming|next)\b",
    re.IGNORECASE,
)
_PAST_WORDS = re.compile(
    r"\b(?:was|were|had|did|said|told|met|took|made|came|went|won|began|became|held|left|saw|gave|\w{3,}ed)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])|\n+")
_TARGET_DAY = re.compile(
    r"\bfor\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", re.IGNORECASE
)
_QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»"}
_FUTURE_VERBS = frozenset({"schedule", "plan", "set", "expect", "due", "intend", "go", "suppose", "slate"})


@dataclass(frozen=True, slots=True)
class Layout:
    """Sentence starts and quotation regions of one text, for fast lookups by offset."""

    sentence_starts: tuple[int, ...]
    quotes: tuple[tuple[int, int], ...]

    def sentence_of(self, offset: int) -> int:
        return max(bisect_right(self.sentence_starts, offset) - 1, 0)

    def quoted(self, start: int, end: int) -> bool:
        return any(q_start < start and end <= q_end for q_start, q_end in self.quotes)


def layout(text: str, doc: Doc | None) -> Layout:
    """Sentences from the parse when there is one, else from punctuation and line breaks."""
    if doc is not None and doc.has_annotation("SENT_START"):
        starts = tuple(_sentence_starts(text, doc))
    else:
        starts = (0, *(m.end() for m in _SENTENCE_END.finditer(text)))
    return Layout(starts or (0,), quotation_regions(text))


def _sentence_starts(text: str, doc: Doc) -> list[int]:
    starts = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        chunk = text[start:end]
        stripped = chunk.lstrip()
        if stripped.strip():
            starts.append(start + len(chunk) - len(stripped))
    return starts


def quotation_regions(text: str) -> tuple[tuple[int, int], ...]:
    """Spans between opening and closing quotation marks (straight quotes paired in order)."""
    regions: list[tuple[int, int]] = []
    index = 0
    while index < len(text):
        char = text[index]
        closer = _QUOTE_PAIRS.get(char)
        if closer is None:
            index += 1
            continue
        end = text.find(closer, index + 1)
        if char == '"' or char == "“":
            end = _closing(text, index, closer)
        if end == -1:
            index += 1
            continue
        regions.append((index, end + 1))
        index = end + 1
    return tuple(regions)


def _closing(text: str, start: int, closer: str) -> int:
    candidates = [text.find(mark, start + 1) for mark in {closer, "”", '"'}]
    found = [c for c in candidates if c != -1]
    return min(found) if found else -1


def tense_of(text: str, doc: Doc | None, start: int, end: int, sentence: tuple[int, int]) -> Tense | None:
    """The tense of the clause an expression belongs to: its governing verb in the parse, else words;
    a weekday after "for" is a target, ahead ("organizing a march for Tuesday"; not "for Tuesday's"),
    or the nearest one for a plan of a noun told in the past ("A rally planned for Saturday was
    canceled")."""
    parsed = doc is not None and doc.has_annotation("DEP")
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None and parsed else None
    span = span if span is not None and len(span) else None
    if _TARGET_DAY.search(text[max(0, start - 6) : end]) and text[end : end + 2] not in ("'s", "’s"):
        return "present" if span is not None and _past_plan_of_a_noun(span) else "future"
    if span is not None:
        if _names_a_known_event(span):
            return None
        if _reported_on(span) and text[end : end + 2] not in ("'s", "’s"):
            return "past"  # "Officials said Tuesday the plant would reopen": the day of the saying
        found = _parse_tense(span)
        if found is not None:
            return found
    clause = text[sentence[0] : sentence[1]]
    if _FUTURE_WORDS.search(clause):
        return "future"
    if _PAST_WORDS.search(clause):
        return "past"
    return None


def _reported_on(span: Span) -> bool:
    """The expression follows a past verb of saying, maybe with "on" between ("said Tuesday",
    "announced on Friday"): in wire copy it dates the saying, whatever the parse hangs it from (spaCy
    often hangs "Tuesday" from the reported clause's verb: "said Tuesday the plant would reopen")."""
    doc = span.doc
    index = span.start - 1
    if index >= 0 and doc[index].lower_ == "on":
        index -= 1
    verb = doc[index] if index >= 0 else None
    return verb is not None and verb.tag_ == "VBD" and verb.lemma_ in SPEECH_VERBS


def _past_plan_of_a_noun(span: Span) -> bool:
    """The date hangs from a participle describing a noun ("a rally planned for Saturday") in a past
    clause ("... was canceled"): the plan is told as past, its day is not ahead."""
    verb = _governing_verb(span)
    return verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBN" and _parse_tense(span) == "past"


def background_year(doc: Doc | None, start: int, end: int) -> bool:
    """A written year that qualifies a noun or a reference point, not the story's time: "a bonus for
    work in 2008, which Citigroup paid him in January", "9,000 have died since protests began in March
    2011. In February, the government put the toll at 3,838": it does not set the narrative year."""
    if doc is None or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root, verb = span.root, _governing_verb(span)
    if verb is not None and _since_phrase(span, verb):
        return True
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("in", "for") and prep.head.pos_ == "NOUN"


def since_point(doc: Doc | None, start: int, end: int) -> bool:
    """A date that hangs from a "since" phrase ("has lost 44bn since 20 April, when the rig exploded"):
    a reference point, not the day the story has moved to."""
    if doc is None or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = _governing_verb(span) if span is not None and len(span) else None
    return span is not None and verb is not None and _since_phrase(span, verb)


def names_known_event(doc: Doc | None, start: int, end: int) -> bool:
    """Whether the date at [start, end) names an event the reader knows ("the April 20 explosion"): it
    does not move the story to that day."""
    if doc is None or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _names_a_known_event(span)


def _names_a_known_event(span: Span) -> bool:
    """A date between "the" and a noun names an event the reader knows ("casualties from the April 20
    rig explosion", "the 20 April blast"): the tense of the clause around it does not date it."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (
        before is not None
        and before.lower_ == "the"
        and after is not None
        and (after.pos_ in ("NOUN", "PROPN") or after.dep_ in ("compound", "amod", "nmod"))
        and span.text[:1].isupper()
    )


def _governing_verb(span: Span) -> Token | None:
    token = span.root
    for _ in range(8):
        # not "following", "including": prepositions, whatever the tagger says
        preposition = token.dep_ == "prep" or token.lower_ in PARTICIPLE_PREPOSITIONS
        clause_verb = token.pos_ in ("VERB", "AUX") and not preposition
        if clause_verb and token.i not in range(span.start, span.end):
            return token
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


def _parse_tense(span: Span) -> Tense | None:
    verb = _governing_verb(span)
    if verb is None:
        return None
    if _since_phrase(span, verb):
        return "past"  # "since the explosion on April 20": a point in the past, whatever the clause
    return _verb_tense(verb, depth=0)


def _since_phrase(span: Span, verb: Token) -> bool:
    """The date hangs from the verb through a "since" phrase ("his third trip since the explosion on
    April 20", "have been killed since the protests started in mid-March")."""
    token = span.root
    for _ in range(8):
        if token.lower_ == "since" or (token.pos_ in ("VERB", "AUX") and _mark(token) == "since"):
            return True
        if token.i == verb.i or token.head.i == token.i:
            return False
        token = token.head
    return False


def _mark(verb: Token) -> str:
    return next((c.lower_ for c in verb.children if c.dep_ == "mark"), "")


def _present_plan(head: Token) -> bool:
    """A plan verb in the present ("is scheduled", "are expected", "plans"), not a past one ("was due")."""
    auxes = {child.tag_ for child in head.children if child.dep_ in ("aux", "auxpass")}
    return head.tag_ in ("VBZ", "VBP") or bool(auxes & {"VBZ", "VBP"})


def _infinitive(verb: Token, auxes: list[Token]) -> bool:
    """A to-infinitive, active ("to close") or passive ("to be completed"), or an xcomp verb."""
    to = any(w.tag_ == "TO" for w in auxes)
    if verb.tag_ == "VB":
        return to or verb.dep_ == "xcomp"
    return verb.tag_ == "VBN" and to and any(w.tag_ == "VB" and w.lemma_ == "be" for w in auxes)


def _present_passive(verb: Token, auxes: list[Token]) -> bool:
    """A passive in the present ("is scheduled", "are supposed"), not "was"/"has been" + participle."""
    if verb.tag_ != "VBN" or any(w.lemma_ == "have" or w.tag_ == "VBD" for w in auxes):
        return False
    passive = any(w.dep_ == "auxpass" for w in auxes)  # "is being watched": "being" is the auxpass
    return passive and any(w.lemma_ == "be" and w.tag_ in ("VBZ", "VBP") for w in auxes)


def _verb_tense(verb: Token, depth: int) -> Tense | None:
    """Future for will/shall, modals (not with "have": "would have paid" is past), "is to", plans in the
    present ("is scheduled to") and commitments ("agreed to not seek re-election in September");
    "present" (read as "nearest") for past plans ("was due to");
    an infinitive or gerund complement takes the tense of the verb it complements ("declined to comment
    Saturday", "would begin withdrawing in September"), and so does a bare conjoined verb ("should
    engage ... and hold elections in September"); a participle of a noun is past ("254,200 shares
    bought from Sept. 14 to Thursday"), the nearest occurrence under a future verb ("will offer ... for
    shares issued July 1"), and a plan participle takes the tense of the verb above it."""
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    lowered = {w.lower_ for w in auxes} | {verb.lower_}
    if lowered & {"will", "shall", "'ll", "wo"}:
        return "future"
    if any(w.tag_ == "MD" for w in auxes):
        return "past" if lowered & {"have", "has", "had", "'ve"} else "future"
    if depth < 3 and verb.head.i != verb.i:
        handled, inherited = _inherited(verb, auxes, depth)
        if handled:
            return inherited
    return _own_tense(verb, auxes, depth)


def _inherited(verb: Token, auxes: list[Token], depth: int) -> tuple[bool, Tense | None]:
    """(True, the tense a complement takes from the verb above it), or (False, None) when it has its own."""
    head = verb.head
    if _infinitive(verb, auxes) or (verb.dep_ == "xcomp" and verb.tag_ == "VBG"):
        if head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):
            return True, "future"
        if head.lemma_ in _FUTURE_VERBS:
            return True, _plan_tense(head, depth)
        lemma = verb_lemma(head)  # "hoped": spaCy's "hop"
        if lemma in CONATIVE_VERBS and _verb_tense(head, depth + 1) == "past":
            return True, "past"  # "sought to appeal to voters on Tuesday": the attempt was on Tuesday
        if lemma in PROSPECTIVE_VERBS:
            return True, "future"
        if head.lemma_ == "be":
            return True, "present"
        return True, _verb_tense(head, depth + 1) if head.pos_ in ("VERB", "AUX") else "present"
    if verb.dep_ == "conj" and not auxes and verb.tag_ == "VB" and head.pos_ in ("VERB", "AUX"):
        return True, _verb_tense(head, depth + 1)  # "should engage ... and hold": hold shares "should"
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not auxes:
        above = _verb_above(head)
        tense = _verb_tense(above, depth + 1) if above is not None else None
        if verb.lemma_ in _FUTURE_VERBS:
            return True, tense
        return True, "present" if tense == "future" else "past"
    return False, None


def _plan_tense(head: Token, depth: int) -> Tense | None:
    """A plan verb's complement: future when the plan is in the present ("is scheduled to", "plans
    to"), or a bare participle in a clause that is not past ("with the season expected to start
    around June"); "present" (nearest) for a plan in the past ("was due to")."""
    if _present_plan(head):
        return "future"
    bare = head.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    above = _verb_above(head.head) if bare and head.head.i != head.i else None
    if above is not None and _verb_tense(above, depth + 1) != "past":
        return "future"
    return "present"


def _verb_above(token: Token) -> Token | None:
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _own_tense(verb: Token, auxes: list[Token], depth: int = 0) -> Tense | None:
    """Past for a past form or a perfect ("said", "has declared"); for a present passive or progressive
    ("is being watched") present, future for a plan ("is scheduled for"); future for a present
    progressive that the date belongs to ("are meeting on Friday"), present for one above the date's
    verb ("is continuing to try to sell itself under a June agreement"); present for the present and a
    gerund."""
    tags = {w.tag_ for w in auxes} | {verb.tag_}
    if verb.tag_ == "VBG" and any(w.lemma_ == "be" and w.tag_ in ("VBZ", "VBP") for w in auxes):
        return "future" if depth == 0 else "present"  # "are calling for ... Saturday": an arrangement
    if _present_passive(verb, auxes):
        return "future" if verb.lemma_ in _FUTURE_VERBS else "present"
    if "VBD" in tags or "VBN" in tags:
        return "past"
    if tags & {"VBZ", "VBP", "VBG"}:
        return "present"
    return None
