"""When a statement was made: a date that dates the saying in its attribution, else the publication date.

A date dates the saying when the parse attaches it to the reporting verb ("said on Tuesday", "On Tuesday,
X said"), directly or through a saying noun ("in an interview on Tuesday"). A date inside an event noun
("before last November's election") or inside the content ("would finish by the end of June") does not.
"Earlier, X said" and "X had said" are before the report, so they are not dated on its publication day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.extract.quotes.draft import Draft
from storyline.lang.en.quoting import SAYING_NOUNS
from storyline.model import Document, TimeExpression, TimeValue
from storyline.model.records import SaidOnFrom

FORWARD = frozenset({"FUTURE_REF"})
EARLIER_WORDS = frozenset({"earlier", "previously", "once", "formerly"})
EARLIER = re.compile(r"(?i)\s*(?:earlier|previously|before that|in the past)\b")
MAX_HOPS = 6


def said_on(
    draft: Draft, document: Document, timexes: Sequence[TimeExpression], doc: Doc | None = None
) -> tuple[TimeValue | None, SaidOnFrom]:
    """The statement date and where it came from: "text", "published" or "none"."""
    if draft.date is not None:
        return draft.date, "text"
    dated = [
        t
        for t in timexes
        if t.time is not None
        and t.type in ("DATE", "TIME")
        and t.value not in FORWARD
        and any(start <= t.start and t.end <= end for start, end in draft.regions)
    ]
    verb = _cue_token(doc, draft)
    if verb is not None:
        dated = [t for t in dated if _dates_the_saying(doc, t, verb)]  # type: ignore[arg-type]
    if dated:
        cue = draft.cue[0] if draft.cue else draft.start
        nearest = min(dated, key=lambda t: min(abs(t.start - cue), abs(t.end - cue)))
        return nearest.time, "text"
    value = document.published.value
    if value and not _before_the_report(document.text, draft, verb):
        return TimeValue(value=value, start=value, end=value, granularity="day"), "published"
    return None, "none"


def _cue_token(doc: Doc | None, draft: Draft) -> Token | None:
    if doc is None or draft.cue is None:
        return None
    span = doc.char_span(draft.cue[0], draft.cue[1], alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].pos_ not in ("VERB", "AUX"):
        return None
    return span[0]


def _dates_the_saying(doc: Doc, timex: TimeExpression, verb: Token) -> bool:
    """Whether the date's phrase hangs on the reporting verb, through prepositions or a saying noun."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span.root
    for _ in range(MAX_HOPS):
        if token.i == verb.i:
            return True
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ in ("poss", "compound", "amod", "nmod") and head.pos_ in ("NOUN", "PROPN"):
            return False  # "last November's election", "the June vote": the date of a thing, not a saying
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in SAYING_NOUNS and head not in span:
            return False
        token = head
    return False


def _before_the_report(text: str, draft: Draft, verb: Token | None) -> bool:
    """`Earlier, X said …`, `X had said …`, `X previously said …`: said before the report, day unknown."""
    if verb is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in EARLIER_WORDS for c in verb.children):
        return True
    return EARLIER.match(text, verb.sent.start_char) is not None
