"""NER fixes read from a name's context: Cyrillic names, appositions, organisation nouns, repeated surnames.

spaCy's English model reads Cyrillic poorly: it tags verbs inside a Russian quote as persons ("Путин
подписал", "Вижу") and a Cyrillic surname as a LANGUAGE ("Лукашенко"). Cyrillic spans are therefore
decided by rule, never by the model: a capitalised Cyrillic word is a person only with a listed given
name, an East Slavic surname ending, or the folded surname of a person named in the same text (in any
script: "Путин" after "Vladimir Putin"); a lone capitalised word that opens a sentence or a quote is
no evidence of a name. Latin-script context rules: a one-word "person" right after an organisation
noun is that organisation ("the television channel Rossiya"); a one-word name set off by commas after
a role is a person ("His foreign minister, Makey, said"); and a bare surname of a person the text
names in full is a person wherever NER missed it ("naming Mezentsev in his place"), except as a
transcript's speaker label ("Vaitkute: …"), which is layout, not a mention. A vote share glued to a
name by NER is cut off ("Lukashenko 80.1 per cent").
"""

from __future__ import annotations

import re

from storyline.names.fold import fold_text, name_key
from storyline.names.given import is_known_given_name
from storyline.names.lexicon import KNOWN_PLACES, ORG_NOUNS, ROLE_HEADS
from storyline.names.ner_fixes import person_surname_keys, surname_like
from storyline.names.patterns import CYRILLIC_NAME, SURNAME_ENDING
from storyline.names.spans import NameSpan, without_overlaps

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_OPENING = frozenset("«“\"'‘([.!?:;—–\n")
_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’-]+(?![\w])")
_POSSESSIVE_TAIL = re.compile(r"['’]s?$")


def redo_cyrillic_spans(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """Drop the model's Cyrillic spans and find Cyrillic names by rule (see the module docstring)."""
    latin = [span for span in spans if not _CYRILLIC.search(span.text(text))]
    surname_keys = person_surname_keys(latin, text)
    found: list[NameSpan] = []
    for match in CYRILLIC_NAME.finditer(text):
        candidate = NameSpan(match.start(), match.end(), "PERSON", "cyrillic")
        if any(span.overlaps(candidate) for span in latin):
            continue
        parts = match.group().split()
        if _cyrillic_person(parts, surname_keys, opens=_opens_clause(text, match.start())):
            found.append(candidate)
        elif fold_text(match.group()) in KNOWN_PLACES:
            found.append(NameSpan(match.start(), match.end(), "GPE", "cyrillic"))
    return sorted(latin + found, key=lambda s: (s.start, -s.end))


def _cyrillic_person(parts: list[str], surname_keys: frozenset[str], *, opens: bool) -> bool:
    if len(parts) > 1:
        return is_known_given_name(parts[0]) or SURNAME_ENDING.search(parts[-1]) is not None
    if name_key(parts[0]) in surname_keys:
        return True
    return not opens and SURNAME_ENDING.search(parts[0]) is not None and len(parts[0]) > 4


def _opens_clause(text: str, offset: int) -> bool:
    """Whether `offset` starts the text, a sentence, a line or a quotation (capitals carry no news)."""
    before = text[:offset].rstrip(" \t")
    return not before or before[-1] in _OPENING


def relabel_org_nouns(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """A one-word PERSON right after an organisation noun is that organisation ("channel Rossiya")."""
    result = []
    for span in spans:
        previous = re.search(r"(\w+)\s+$", text[max(0, span.start - 30) : span.start])
        after_noun = previous is not None and previous.group(1).lower() in ORG_NOUNS
        if span.label == "PERSON" and " " not in span.text(text) and after_noun:
            span = NameSpan(span.start, span.end, "ORG", "org-noun")
        result.append(span)
    return result


def relabel_appositions(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """A one-word name set off by commas right after a role noun is a person ("minister, Makey,")."""
    result = []
    for span in spans:
        piece = span.text(text)
        role = re.search(r"(\w+),\s+$", text[max(0, span.start - 30) : span.start])
        closed = re.match(r"\s*[,;.)]", text[span.end : span.end + 3]) is not None
        if (
            span.label != "PERSON"
            and role is not None
            and role.group(1).lower() in ROLE_HEADS
            and closed
            and surname_like(piece)
        ):
            span = NameSpan(span.start, span.end, "PERSON", "apposition")
        result.append(span)
    return result


def add_known_surnames(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """A capitalised word that is the surname of a person named in full in the text is a PERSON."""
    full = [s for s in spans if s.label == "PERSON" and " " in s.text(text).strip()]
    keys = person_surname_keys(full, text)
    found = []
    for match in _CAPITALISED_WORD.finditer(text):
        word = _POSSESSIVE_TAIL.sub("", match.group())
        candidate = NameSpan(match.start(), match.start() + len(word), "PERSON", "known-surname")
        if len(word) < 3 or not surname_like(word) or name_key(word) not in keys:
            continue
        if _is_speaker_label(text, candidate):
            continue
        if not any(span.overlaps(candidate) for span in spans):
            found.append(candidate)
    return without_overlaps(spans, found)


def _is_speaker_label(text: str, span: NameSpan) -> bool:
    """A transcript's speaker label ("Vaitkute: It is a signal."): a line opening with name and colon."""
    line_start = text.rfind("\n", 0, span.start) + 1
    return not text[line_start : span.start].strip() and text[span.end : span.end + 1] == ":"


_SHARE = re.compile(r"\s+\d[\d.,]*\s*(?:%|per\s?cent|percent)\b.*$", re.DOTALL)


def cut_shares(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """Cut a vote share off a name NER glued it to ("Lukashenko 80.1 per cent" → "Lukashenko")."""
    result = []
    for span in spans:
        share = _SHARE.search(span.text(text)) if span.rule == "ner" else None
        if share is not None and share.start() > 0:
            span = NameSpan(span.start, span.start + share.start(), span.label, span.rule)  # still NER's
        result.append(span)
    return result
