"""Rules that fix spaCy NER's known errors on news text; each takes and returns candidate name spans.

Known errors (measured on the seed articles, see /work/shared/STACK.md): agencies and outlets missed
or tagged WORK_OF_ART (BelTa, Gazeta.ru, "Arguments and Facts", tv3.lt); full names tagged FAC or
missed ("Aliaksandr Lukashenko"); a title glued to a name ("the Union State Grigory Rapota"); share
buttons and numerals as names ("TWITTER", "ІІ"); surnames tagged GPE/ORG ("Tikhanovskaya").
"""

from __future__ import annotations

import re

from storyline.names.fold import fold_text, name_key
from storyline.names.given import is_known_given_name
from storyline.names.lexicon import (
    KNOWN_PLACES,
    PAGE_FURNITURE,
    PLACE_OFFICES,
    ROLE_HEADS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from storyline.names.patterns import (
    CAPITALISED_RUN,
    DOMAIN_PATTERN,
    NOT_SURNAMES,
    OUTLET_PATTERN,
    PATRONYMIC,
    ROMAN_NUMERAL,
    SURNAME_ENDING,
)
from storyline.names.person import strip_possessive
from storyline.names.spans import NameSpan, without_overlaps, words

_NOT_PERSON_LABELS = frozenset({"GPE", "ORG", "LOC", "NORP", "FAC", "WORK_OF_ART", "PRODUCT"})
_GLUED_CAPS = re.compile(r"^([A-Z]{2,})(?=[A-Z][a-z]|$)")


def drop_furniture(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """Drop Roman numerals, shouted share buttons ("TWITTER", "TWITTERChancellor") and lone titles."""
    return [span for span in spans if not _is_furniture(span.text(text).strip())]


def _is_furniture(piece: str) -> bool:
    if not piece or ROMAN_NUMERAL.match(piece):
        return True
    glued = _GLUED_CAPS.match(piece)
    if glued and glued.group(1).lower() in PAGE_FURNITURE:
        return True
    acronym = piece.replace(".", "").isupper() and len(piece) >= 2  # "US", "U.S.": a country, not a title
    return " " not in piece and not acronym and piece.lower().rstrip(".") in TITLE_WORDS


def add_outlets(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """Listed outlets/agencies and bare web domains become ORG, replacing whatever NER made of them."""
    found = [NameSpan(m.start(), m.end(), "ORG", "outlet") for m in OUTLET_PATTERN.finditer(text)]
    found += [NameSpan(m.start(), m.end(), "ORG", "domain") for m in DOMAIN_PATTERN.finditer(text)]
    return without_overlaps(spans, _disjoint(found))


def _disjoint(spans: list[NameSpan]) -> list[NameSpan]:
    kept: list[NameSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not kept or not span.overlaps(kept[-1]):
            kept.append(span)
    return kept


def split_titled_persons(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """Split "the Union State Grigory Rapota" into the ORG "the Union State" and the PERSON after it."""
    result: list[NameSpan] = []
    for span in spans:
        result.extend(_split_one(span, text))
    return result


def _split_one(span: NameSpan, text: str) -> list[NameSpan]:
    parts = list(words(text, span.start, span.end))
    for index in range(1, len(parts) - 1):
        if not (parts[index][2][:1].isupper() and is_known_given_name(parts[index][2])):
            continue
        person = NameSpan(parts[index][0], span.end, "PERSON", "split-title")
        prefix = parts[:index]
        if any(w.lower().rstrip(".") in ROLE_HEADS for _, _, w in prefix):
            return [person]
        if not any(w[:1].isupper() and w.lower() not in {"the", "a", "an"} for _, _, w in prefix):
            return [person]
        label = span.label if span.label != "PERSON" else "ORG"
        return [NameSpan(span.start, prefix[-1][1], label, "split-title"), person]
    return [span]


def join_given_and_surname(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """Join a lone given name and the capitalised word right after it ("Svetlana" + "Tikhanovskaya")."""
    result: list[NameSpan] = []
    for span in spans:
        previous = result[-1] if result else None
        if previous is not None and _joinable(previous, span, text):
            result[-1] = NameSpan(previous.start, span.end, "PERSON", "join-given")
        else:
            result.append(span)
    return result


def _joinable(first: NameSpan, second: NameSpan, text: str) -> bool:
    given, surname = first.text(text), second.text(text)
    return (
        text[first.end : second.start] == " "
        and " " not in given
        and " " not in surname
        and is_known_given_name(given)
        and surname[:1].isupper()
        and fold_text(surname) not in KNOWN_PLACES
    )


def add_given_name_runs(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """A listed given name + capitalised surname (+ patronymic) is a PERSON, even where NER missed it."""
    found: list[NameSpan] = []
    for match in CAPITALISED_RUN.finditer(text):
        candidate = _person_run(match)
        if candidate is None:
            continue
        covering = [s for s in spans if s.overlaps(candidate)]
        if any(s.label == "PERSON" and candidate.within(s) for s in covering):
            continue
        if any(not s.within(candidate) and s.start < candidate.start for s in covering):
            continue
        found.append(candidate)
    return without_overlaps(spans, _disjoint(found))


def _person_run(match: re.Match[str]) -> NameSpan | None:
    given, second, third = match.group(1), match.group(2), match.group(3)
    if not is_known_given_name(given):
        return None
    if third and PATRONYMIC.search(second) and third.lower() not in NOT_SURNAMES:
        end = match.end(3)
    else:
        end = match.end(2)
    if second.lower() in NOT_SURNAMES or second.lower().rstrip(".") in TITLE_WORDS:
        return None
    if fold_text(second) in KNOWN_PLACES or second.isupper():
        return None
    return NameSpan(match.start(1), end, "PERSON", "given-name")


def join_possessive_orgs(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """Join "the Prosecutor General’s" + "Office of Belarus" (NER cuts organisations at the possessive)."""
    result: list[NameSpan] = []
    for span in spans:
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.label == span.label == "ORG"
            and re.search(r"['’]s$", previous.text(text))
            and text[previous.end : span.start] == " "
        ):
            result[-1] = NameSpan(previous.start, span.end, "ORG", "join-possessive")
        else:
            result.append(span)
    return result


def relabel_surnames(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """A one-word GPE/ORG/… that is a person's surname elsewhere in the text, or a surname-like word
    before a verb of saying, is a PERSON ("Tikhanovskaya"/GPE, "Tihanovskaya"/ORG, "Peskov"/GPE)."""
    surname_keys = person_surname_keys(spans, text)
    result: list[NameSpan] = []
    for span in spans:
        piece = span.text(text).strip()
        if span.label in _NOT_PERSON_LABELS and span.rule == "ner" and surname_like(piece):
            by_name = name_key(piece) in surname_keys
            by_verb = SURNAME_ENDING.search(piece) is not None and _next_word(text, span.end) in SPEECH_VERBS
            if by_name or by_verb:
                span = NameSpan(span.start, span.end, "PERSON", "relabel")
        result.append(span)
    return result


def surname_like(piece: str) -> bool:
    """One capitalised word (not all caps), not a known place or given name: may be a surname."""
    return (
        " " not in piece
        and piece[:1].isupper()
        and not piece.isupper()
        and fold_text(piece) not in KNOWN_PLACES
        and not is_known_given_name(piece)
    )


def person_surname_keys(spans: list[NameSpan], text: str) -> frozenset[str]:
    """Folded surnames of the PERSON spans (a lone given name is no surname)."""
    keys = set()
    for span in spans:
        if span.label == "PERSON":
            parts = span.text(text).split()
            if parts and (len(parts) > 1 or not is_known_given_name(parts[0])):
                keys.add(name_key(strip_possessive(parts[-1])))
    return frozenset(key for key in keys if key)


def _next_word(text: str, offset: int) -> str:
    match = re.match(r"[\s,]*([A-Za-z]+)", text[offset : offset + 40])
    return match.group(1).lower() if match else ""


_DEFINED_ABBREVIATION = re.compile(r"\s*\(([A-ZА-Я][A-ZА-Я0-9]{1,7})\)")


def add_defined_abbreviations(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """ "Investigative Committee (IC)": the bracketed abbreviation after an ORG is an ORG mention too."""
    found: list[NameSpan] = []
    for span in spans:
        match = _DEFINED_ABBREVIATION.match(text, span.end)
        if span.label == "ORG" and match:
            found.append(NameSpan(match.start(1), match.end(1), "ORG", "abbreviation"))
    return without_overlaps(spans, found)


def relabel_places(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """A one-word PERSON that is a listed place ("Nur-Sultan") is a GPE, and so is one written before a
    place's office and a person's name ("Hoboken Mayor David Roberts", "Texas Gov. Rick Perry")."""
    starts = {s.start for s in spans if s.label == "PERSON"}
    return [
        NameSpan(s.start, s.end, "GPE", "relabel")
        if s.label == "PERSON" and (_listed_place(s, text) or _before_office(s, text, starts))
        else s
        for s in spans
    ]


def _listed_place(span: NameSpan, text: str) -> bool:
    return fold_text(span.text(text)) in KNOWN_PLACES


_OFFICE_AFTER = re.compile(r"\s+([A-Z][a-z]+)\.?\s+")


def _before_office(span: NameSpan, text: str, person_starts: set[int]) -> bool:
    piece = span.text(text).strip()
    office = _OFFICE_AFTER.match(text, span.end)
    return (
        " " not in piece
        and office is not None
        and office.group(1).lower() in PLACE_OFFICES
        and office.end() in person_starts
    )
