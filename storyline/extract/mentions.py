"""Name mentions of one document: spaCy NER spans, corrected by the rules in storyline/names/."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc

from storyline.model import Document, Mention, make_id
from storyline.names.context import (
    add_known_surnames,
    cut_shares,
    redo_cyrillic_spans,
    relabel_appositions,
    relabel_org_nouns,
)
from storyline.names.ner_fixes import (
    add_defined_abbreviations,
    add_given_name_runs,
    add_outlets,
    drop_furniture,
    join_given_and_surname,
    join_possessive_orgs,
    relabel_places,
    relabel_surnames,
    split_titled_persons,
)
from storyline.names.spans import NameSpan, resolve_overlaps, trim

# spaCy labels that name something; numbers, dates and amounts are other stages' business.
NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)

# The fixes, in order: each sees the spans the previous ones left.
Rule = Callable[[list[NameSpan], str], list[NameSpan]]
RULES: tuple[Rule, ...] = (
    drop_furniture,
    cut_shares,
    add_outlets,
    split_titled_persons,
    join_possessive_orgs,
    join_given_and_surname,
    add_given_name_runs,
    redo_cyrillic_spans,
    add_defined_abbreviations,
    relabel_places,
    relabel_org_nouns,
    relabel_appositions,
    relabel_surnames,
    add_known_surnames,
)


def extract_mentions(document: Document, doc: Doc) -> tuple[Mention, ...]:
    """Every name mention (kind="name") of the document, in text order, offsets into `document.text`."""
    text = document.text
    spans = sorted(
        (NameSpan(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents if ent.label_ in NAME_LABELS),
        key=lambda s: (s.start, -s.end),
    )
    for rule in RULES:
        spans = rule(spans, text)
    trimmed = [t for t in (trim(span, text) for span in spans) if t is not None and _has_capital(t, text)]
    starts, ends = _sentence_bounds(doc)
    return tuple(
        _mention(document, span, _sentence_of(span.start, starts, ends)) for span in resolve_overlaps(trimmed)
    )


def _has_capital(span: NameSpan, text: str) -> bool:
    return span.rule == "domain" or any(char.isupper() for char in span.text(text))


def _mention(document: Document, span: NameSpan, sentence: int) -> Mention:
    return Mention(
        id=make_id("mention", document.id, span.start, span.end),
        document=document.id,
        start=span.start,
        end=span.end,
        text=document.text[span.start : span.end],
        label=span.label,
        kind="name",
        sentence=sentence,
    )


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Starts and ends of the non-blank sentences, numbered as extract_sentences numbers them."""
    starts: list[int] = []
    ends: list[int] = []
    for sent in doc.sents:
        if sent.text.strip():
            starts.append(sent.start_char)
            ends.append(sent.end_char)
    return starts, ends


def _sentence_of(offset: int, starts: list[int], ends: list[int]) -> int:
    index = bisect_right(starts, offset) - 1
    return index if 0 <= index < len(ends) and offset < ends[index] else -1
