"""A name mention read for linking: its cleaned alias, its blocking key and (for persons) its name parts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from storyline.model import Mention
from storyline.names import PersonName, parse_person_name
from storyline.names.lexicon import INITIALS_STOPWORDS
from storyline.names.orgkey import clean_org_text, is_dotted_acronym, org_key
from storyline.names.orgwords import COUNTRY_NAMES, ORG_HEADS, US_STATE_ABBREVIATIONS
from storyline.names.person import clean_words, strip_titles

PERSON = "PERSON"
_ABBREVIATION = re.compile(r"^[A-ZА-Я][A-ZА-Я0-9]{1,7}$")


@dataclass(frozen=True, slots=True)
class NameRecord:
    """One name mention prepared for linking.

    `block` is the blocking key: the folded surname for persons, the folded phrase otherwise; only
    records sharing a block are ever compared. `alias` is the surface form with titles, articles and
    possessives stripped (what `Entity.aliases` lists).
    """

    mention: Mention
    alias: str
    block: str
    person: PersonName | None = None
    abbreviation: bool = False

    @property
    def document(self) -> str:
        return self.mention.document


def read_record(mention: Mention) -> NameRecord | None:
    """The linking view of a name mention; None when nothing name-like is left after stripping."""
    found = _read_name(mention.text, mention.label)
    if found is None:
        return None
    alias, block, person, abbreviation = found
    return NameRecord(mention=mention, alias=alias, block=block, person=person, abbreviation=abbreviation)


@lru_cache(maxsize=65_536)  # a pure function of the words and label; a corpus writes the same names often
def _read_name(text: str, label: str) -> tuple[str, str, PersonName | None, bool] | None:
    """(alias, block, person name, is an abbreviation) of a name mention's text and label."""
    if label == PERSON:
        person = parse_person_name(text)
        if person is None:
            return None
        return " ".join(strip_titles(clean_words(text))), person.surname_key, person, False
    if "#" in text or "@" in text:  # a hashtag phrase or a handle is not a name
        return None
    alias = " ".join(clean_words(clean_org_text(text)))
    while alias.lower().startswith(("the ", "a ")):
        alias = alias.split(" ", 1)[1]
    key = org_key(alias)
    if not key:
        return None
    if label == "GPE":  # "Grand Isle, La." is Louisiana
        key = US_STATE_ABBREVIATIONS.get(alias.rstrip("."), key)
    letters = _ABBREVIATION.match(alias) is not None or is_dotted_acronym(alias)
    return alias, key, None, letters and key not in _COUNTRIES and label in ("ORG", "GPE", "NORP")


COUNTRY_KEYS = frozenset(COUNTRY_NAMES.values())  # the keys every spelling of a country meets on
_COUNTRIES = COUNTRY_KEYS
PLACE_KEYS = COUNTRY_KEYS | frozenset(US_STATE_ABBREVIATIONS.values())  # shown by the name the key spells


def can_be_abbreviated(record: NameRecord) -> bool:
    """Whether an abbreviation can stand for this name: an organisation's name, or a name tagged as a
    place that has an organisation's head word ("National Oceanic and Atmospheric Administration" tagged
    LOC is NOAA; "Gulf of Mexico" is never "GM")."""
    if record.abbreviation or record.mention.label == PERSON:
        return False
    return record.mention.label == "ORG" or any(word in ORG_HEADS for word in record.block.split())


def looks_abbreviated(alias: str) -> bool:
    """Whether an alias is written as capitals or dotted letters ("BP", "U.S", "W.H.O."), country or not."""
    return _ABBREVIATION.match(alias) is not None or is_dotted_acronym(alias)


def initials(phrase: str) -> str:
    """Initials of an organisation's name, small words left out ("Central Election Commission" → cec)."""
    words = [word for word in phrase.split() if word not in INITIALS_STOPWORDS]
    return "".join(word[0] for word in words) if len(words) >= 2 else ""
