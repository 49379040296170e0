"""From the words naming a speaker to the name mention they stand for, through pronoun and role links."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from storyline.extract.nlp import doc_text
from storyline.lang.en.quoting import RELATIVE_SUBJECTS
from storyline.model import Mention
from storyline.names.fold import fold_word as fold

MAX_CHAIN = 12


def root_mention(mention: Mention, by_id: Mapping[str, Mention]) -> Mention | None:
    """The name mention at the end of `mention`'s refers_to chain, or None if the chain ends unresolved."""
    current = mention
    for _ in range(MAX_CHAIN):
        if current.refers_to is None or current.refers_to not in by_id:
            return current if current.kind == "name" else None
        current = by_id[current.refers_to]
    return None


def _head_offset(doc: Doc, start: int, end: int) -> int | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root.idx


NEAR = 40  # a name "just outside" the speaker phrase starts within this many (blank) characters
# a live page's post stamp ("2115 :", "12.05pm:") or punctuation the parse took into the subject's start
POST_LEAD = re.compile(
    r"(?:[\s:;,.|—–-]+|\d{1,2}[:.]?\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|ET|EST|EDT|UTC))?\s*:\s)+", re.IGNORECASE
)


def tidy_speaker(doc: Doc, span: tuple[int, int], mentions: Sequence[Mention]) -> tuple[int, int]:
    """Trim a speaker phrase: drop what precedes a comma before its head ("On April 22, State Secretary X"),
    a live post's leading stamp ("2115 : Ana from Lyon writes :"), trailing punctuation, and take in a name
    the parse left just outside ("… of Russia Dmitry Peskov")."""
    text = doc_text(doc)
    start, end = span
    lead = POST_LEAD.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    head = _head_offset(doc, start, end)
    if head is not None:
        comma = text.rfind(", ", start, head)
        if comma >= 0:
            start = comma + 2
    following = [
        m
        for m in mentions
        if m.label == "PERSON" and end <= m.start <= end + NEAR and not text[end : m.start].strip()
    ]
    if following:
        end = max(m.end for m in following)
    while end > start and text[end - 1] in " ,;:—–\n":
        end -= 1
    return start, end


def resolve_speaker(doc: Doc, span: tuple[int, int], mentions: Sequence[Mention]) -> str | None:
    """Id of the name mention the speaker words resolve to: the mention at the phrase's head first,
    then person mentions in the phrase (last first), then a name mention sharing a word with it."""
    start, end = _antecedent(doc, span) or span
    by_id = {m.id: m for m in mentions}
    inside = [m for m in mentions if m.start >= start and m.end <= end]
    head = _head_offset(doc, start, end)
    ordered = [m for m in inside if head is not None and m.start <= head < m.end]
    persons = [m for m in inside if m.label == "PERSON" and not _qualifies_a_noun(doc, m, head)]
    ordered += sorted(persons, key=lambda m: -m.start)
    for mention in ordered:
        root = root_mention(mention, by_id)
        if root is not None:
            return root.id
    return _by_surname(_own_words(doc, start, end, head), start, mentions, by_id)


def _antecedent(doc: Doc, span: tuple[int, int]) -> tuple[int, int] | None:
    """For a relative pronoun (`Russia, which has said …`) the words of the noun its clause qualifies."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or len(words) != 1 or words[0].lower_ not in RELATIVE_SUBJECTS:
        return None
    clause = words[0].head
    noun = clause.head
    if clause.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if words[0].lower_ == "who":
        noun = _person_qualified(noun)
    return noun.left_edge.idx, noun.idx + len(noun)


def _person_qualified(noun: Token) -> Token:
    """The person a `who` clause qualifies when the parse hangs it on a name that is no person: "Ethan
    Harris, an economist at Barclays Capital, who said" is Harris's (through `at` and the apposition).
    Without a person on the way it stays on its noun ("the White House, who has been discussing")."""
    current = noun
    for _ in range(3):
        if current.ent_type_ == "PERSON":
            return current
        if current.dep_ == "appos" and current.pos_ == "NOUN" and current.head.pos_ == "PROPN":
            return current.head  # "Brooksley Born, former head of the commission, who …"
        up = current.head.head if current.dep_ == "pobj" and current.head.dep_ == "prep" else current.head
        if current.dep_ not in ("pobj", "appos") or up.pos_ not in ("NOUN", "PROPN"):
            break
        current = up
    return noun


def _qualifies_a_noun(doc: Doc, mention: Mention, head: int | None) -> bool:
    """A name inside a preposition of a common-noun head or its possessor: `a spokesman for Gaddafi`,
    `research on Snorre`, `his colleagues` speak for someone else, not as the person named."""
    if head is None:
        return False
    head_token = _token_at(doc, head)
    name = _token_at(doc, mention.start)
    if head_token is None or name is None or head_token.pos_ != "NOUN":
        return False
    if name.dep_ == "poss" and name.head.i == head_token.i:
        return True  # "his colleagues said", "Obama's spokesman said": not the possessor
    return any(t.dep_ == "prep" and t.head.i == head_token.i for t in name.ancestors)


def _own_words(doc: Doc, start: int, end: int, head: int | None) -> str:
    """The phrase's words without the prepositions and possessor of a common-noun head (`a spokesman [for
    Merkel]`, `[Lukashenko's] critics`)."""
    head_token = _token_at(doc, head) if head is not None else None
    if head_token is None or head_token.pos_ != "NOUN":
        return doc_text(doc)[start:end]
    others = {t.i for child in head_token.children if child.dep_ in ("prep", "poss") for t in child.subtree}
    words = doc.char_span(start, end, alignment_mode="expand")
    return " ".join(t.text for t in words or () if t.i not in others)


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _by_surname(
    words: str, position: int, mentions: Sequence[Mention], by_id: Mapping[str, Mention]
) -> str | None:
    """A capitalised word of the speaker phrase that is the last word of a person's name in the document."""
    folded = {fold(w) for w in words.split() if w[:1].isupper() and len(w) > 2}
    if not folded:
        return None
    persons = [m for m in mentions if m.kind == "name" and m.label == "PERSON" and m.refers_to is None]
    matches = [m for m in persons if fold(m.text.split()[-1]) in folded]
    if not matches:
        return None
    before = [m for m in matches if m.start < position]
    chosen = before[-1] if before else matches[0]
    root = root_mention(chosen, by_id)
    return root.id if root else None
