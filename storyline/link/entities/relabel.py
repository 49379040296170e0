"""NER label noise repaired across the corpus: a place tagged PERSON, a person's name tagged ORG or GPE.

spaCy tags one name differently from article to article: "Sirte" or a dateline "BENGHAZI" PERSON, "Iran 's"
PERSON, "Mohammed ElBaradei" ORG, a transcript's speaker label "WAEL GHONIM" GPE, "Paulson 's own Goldman
Sachs" ORG. Each repair reads the whole corpus's assignment, so it does not depend on document order:
- a one-word "person" no full name in the corpus spells as its surname is the place or organisation of
  that name when that is mentioned at least as often (the transliteration-blind surname key alone would
  join "Iran" to "Essam El Erian");
- a full name tagged ORG/GPE/… that is a known person's full name joins that person, and one word tagged
  ORG or NORP joins the one person known by that bare surname when the person's mentions are PERSON_LEAD
  times as many.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from storyline.link.entities.persons import full_key
from storyline.names import fold_text, parse_person_name
from storyline.names.keys.labels import ONE_WORD_LABELS
from storyline.names.keys.records import PERSON, NameRecord
from storyline.names.orgkey import org_key

PERSON_LEAD = 3  # a one-word ORG joins a bare surname's person only when outnumbered this many times


def is_bare(record: NameRecord) -> bool:
    """A person's name that is a surname alone (no given name, no initial)."""
    person = record.person
    return (
        record.mention.label == PERSON
        and person is not None
        and person.given is None
        and person.initial is None
        and not person.given_only
    )


def _surname_spellings(records: Mapping[str, NameRecord], joined: Mapping[str, str]) -> dict[str, set[str]]:
    """Person key → the surnames (folded) its full names spell."""
    spelled: dict[str, set[str]] = defaultdict(set)
    for mention_id, key in joined.items():
        person = records[mention_id].person
        if records[mention_id].mention.label == PERSON and person is not None and person.given_key:
            spelled[key].add(fold_text(person.surname))
    return spelled


def bare_persons_as_places(
    records: Mapping[str, NameRecord], joined: dict[str, str], roots: Mapping[str, str]
) -> None:
    """Move one-word "persons" that are a place's or organisation's name into that entity (in place)."""
    spelled = _surname_spellings(records, joined)
    place_mentions = Counter(key for m, key in joined.items() if records[m].mention.label != PERSON)
    by_name: dict[str, list[str]] = defaultdict(list)
    for mention_id, key in joined.items():
        record = records[mention_id]
        if not is_bare(record) or key.count("|") > 1:
            continue  # an ambiguous surname (key "surname|?|document") stays where it is
        surname = fold_text(record.person.surname) if record.person else ""
        if key.endswith("|?") or surname not in spelled.get(key, set()):
            by_name[org_key(record.alias)].append(mention_id)
    for name, members in by_name.items():
        place = roots.get(name)
        if place is not None and place_mentions[place] >= len(members):
            joined.update((m, place) for m in members)


def other_labels_as_persons(records: Mapping[str, NameRecord], joined: dict[str, str]) -> None:
    """Move person names tagged ORG/GPE/NORP/… into the person they name (in place)."""
    person_mentions = Counter(key for m, key in joined.items() if "|" in key)
    bare: dict[str, set[str]] = defaultdict(set)
    for mention_id, key in joined.items():
        if key.count("|") == 1 and is_bare(records[mention_id]):
            bare[fold_text(records[mention_id].alias)].add(key)
    other = Counter(key for m, key in joined.items() if records[m].mention.label != PERSON)
    moves: dict[str, str] = {}
    for mention_id, key in joined.items():
        record = records[mention_id]
        if record.mention.label == PERSON or "|" in key or record.abbreviation:
            continue
        target = _person_named(record.alias, person_mentions, bare)
        if target is None:
            continue
        several = " " in record.alias.strip()
        if not several and record.mention.label not in ONE_WORD_LABELS:
            continue  # a one-word place stays a place ("Washington"); places tagged PERSON go the other way
        if person_mentions[target] >= (1 if several else PERSON_LEAD) * other[key]:
            moves[mention_id] = target
    joined.update(moves)


def _person_named(alias: str, person_mentions: Mapping[str, int], bare: Mapping[str, set[str]]) -> str | None:
    """The person key a non-person alias spells: a known full name, or the one person of a bare surname."""
    words = alias.split()
    if len(words) >= 2:
        person = parse_person_name(alias)
        if person is None or person.given_key is None:
            return None
        key = full_key(person.surname_key, person.given_key)
        return key if key in person_mentions else None
    keys = bare.get(fold_text(alias), set())
    return next(iter(keys)) if len(keys) == 1 else None
