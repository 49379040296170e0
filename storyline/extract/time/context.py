"""The clause around an expression: its sentence, its tense (from the spaCy parse, else from words) and
whether it sits inside a quotation."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.extract.time.normalize import Tense

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
    """The tense of the clause an expression belongs to: its governing verb in the parse, else words."""
    if doc is not None and doc.has_annotation("DEP"):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            found = _parse_tense(span)
            if found is not None:
                return found
    clause = text[sentence[0] : sentence[1]]
    if _FUTURE_WORDS.search(clause):
        return "future"
    if _PAST_WORDS.search(clause):
        return "past"
    return None


def _governing_verb(span: Span) -> Token | None:
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.i not in range(span.start, span.end):
            return token
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


def _parse_tense(span: Span) -> Tense | None:
    verb = _governing_verb(span)
    return None if verb is None else _verb_tense(verb, depth=0)


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
    return any(w.dep_ == "auxpass" and w.tag_ in ("VBZ", "VBP") for w in auxes)


def _verb_tense(verb: Token, depth: int) -> Tense | None:
    """Future for will/shall, "is to" and plans in the present ("is scheduled to", "is scheduled for");
    "present" (read as "nearest") for other modals, past plans and other present passives;
    an infinitive takes the tense of the verb it complements ("declined to comment Saturday")."""
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    lowered = {w.lower_ for w in auxes} | {verb.lower_}
    if lowered & {"will", "shall", "'ll", "wo"}:
        return "future"
    if any(w.tag_ == "MD" for w in auxes):
        return "past" if lowered & {"have", "has", "had"} else "present"
    if _infinitive(verb, auxes) and verb.head.i != verb.i and depth < 3:
        head = verb.head
        if head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):
            return "future"
        if head.lemma_ in _FUTURE_VERBS and _present_plan(head):
            return "future"  # "is scheduled to close Monday", "plans to meet Friday"
        if head.lemma_ in _FUTURE_VERBS or head.lemma_ == "be":
            return "present"
        return _verb_tense(head, depth + 1) if head.pos_ in ("VERB", "AUX") else "present"
    tags = {w.tag_ for w in auxes} | {verb.tag_}
    if _present_passive(verb, auxes):
        return "future" if verb.lemma_ in _FUTURE_VERBS else "present"
    if "VBD" in tags or "VBN" in tags:
        return "past"
    if tags & {"VBZ", "VBP", "VBG"}:
        return "present"
    return None
