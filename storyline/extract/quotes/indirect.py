"""Indirect speech from the dependency parse: "X said that …", "according to X, …", "This was stated by X".

This module walks the sentences and picks the readings; `reported` holds the verb readings, `according`
the phrase readings, `nouns` the claim nouns ("his claim that …"), `subjects` and `clauses` their parts.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from storyline.extract.quotes.according import according_drafts, anaphoric_drafts, in_source_drafts
from storyline.extract.quotes.clauses import inside, trimmed
from storyline.extract.quotes.draft import CharSpan, Draft
from storyline.extract.quotes.nouns import noun_drafts
from storyline.extract.quotes.reported import verb_drafts

__all__ = ["indirect_drafts"]


def indirect_drafts(
    doc: Doc, text: str, quoted: Sequence[CharSpan], partials: Sequence[CharSpan], attitudes: bool = False
) -> list[Draft]:
    """Every indirect statement outside direct quotes, with partial quotes inside it kept as fragments."""
    drafts: list[Draft] = []
    previous: Span | None = None
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        if inside(sent.start_char, quoted):  # `“…,” he said, adding that …`: the verbs after the quote
            found = verb_drafts(sent, text, quoted, partials, attitudes)
        else:
            found = anaphoric_drafts(sent, previous) or _sentence_drafts(
                sent, text, quoted, partials, attitudes
            )
        taken = [*quoted, *((d.start, d.end) for d in found)]
        drafts += found + [trimmed(d, text) for d in noun_drafts(sent, taken, attitudes)]
        previous = _strip_sentence(sent)
    for draft in drafts:
        draft.fragments = tuple(p for p in partials if draft.start <= p[0] and p[1] <= draft.end)
    return drafts


def _sentence_drafts(
    sent: Span, text: str, quoted: Sequence[CharSpan], partials: Sequence[CharSpan], attitudes: bool
) -> list[Draft]:
    """`According to X, …`; but when a reporting verb has its own speaker (`according to Interfax, Peskov
    called …`), X is the outlet relaying it."""
    according = according_drafts(sent, text)
    verbs = verb_drafts(sent, text, quoted, partials, attitudes)
    if according and verbs and attitudes:
        return according + verbs  # PolNeAR's reading: the outer attribution (one per word, see _univocal)
    if according and verbs and according[0].speaker:
        outlet = text[according[0].speaker[0] : according[0].speaker[1]]
        for draft in verbs:
            draft.relay = draft.relay or outlet
        return verbs
    if not according and not verbs and attitudes:
        return in_source_drafts(sent, text)
    return according or verbs


def _strip_sentence(sent: Span) -> Span:
    tokens = [t for t in sent if not t.is_space]
    return sent.doc[tokens[0].i : tokens[-1].i + 1] if tokens else sent
