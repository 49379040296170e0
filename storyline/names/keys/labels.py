"""The surname block a name tagged as no person may join: a person's name tagged ORG or GPE ("Mohammed
ElBaradei" ORG) joins that person (link/entities/relabel.py), so such a name is keyed by its surname too."""

from __future__ import annotations

from storyline.names import parse_person_name
from storyline.names.keys.records import PERSON, NameRecord

ONE_WORD_LABELS = frozenset({"ORG", "NORP"})  # the labels whose one-word names may be a bare surname


def person_block(record: NameRecord) -> str | None:
    """The surname block a non-person record may join (`other_labels_as_persons` reads it), else None;
    the incremental linker relinks the record with that block."""
    if record.mention.label == PERSON or record.abbreviation:
        return None
    several = " " in record.alias.strip()
    if not several and record.mention.label not in ONE_WORD_LABELS:
        return None
    person = parse_person_name(record.alias)
    if person is None or (several and person.given_key is None):
        return None
    return person.surname_key
