"""A person's name read from a mention: titles and possessives stripped, split into given name and surname."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from storyline.names.fold import name_key
from storyline.names.given import given_canonical, is_known_given_name, is_patronymic
from storyline.names.lexicon import KINSHIP_WORDS, TITLE_WORDS

_POSSESSIVE = re.compile(r"(?:['’`]s|['’`])$", re.IGNORECASE)
_INITIAL = re.compile(r"^(\w)\.?(?:-?\w\.)*$")
_EDGE_PUNCT = "\"'“”‘’«»()[],;:!?*"
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii"})


@dataclass(frozen=True, slots=True)
class PersonName:
    """The parts of a person's name: `surname` (as written), `given` (full first name) or `initial`."""

    surname: str
    surname_key: str
    given: str | None = None
    given_key: str | None = None  # canonical key (lexicon group) of the given name
    initial: str | None = None  # a lone initial ("D." → "D")
    given_only: bool = False  # a listed given name without surname ("Svetlana", "Alexander Grigoryevich")
    kin: bool = False  # a kinship word stands for the given name ("Granddaddy Bush"): a relative, apart
    patronymic: str | None = None  # after a given name without surname ("Grigoryevich")

    @property
    def display(self) -> str:
        """The cleaned surface form: given name (or initial) and surname."""
        if self.given_only:
            return f"{self.surname} {self.patronymic}" if self.patronymic else self.surname
        first = self.given or (f"{self.initial}." if self.initial else "")
        return f"{first} {self.surname}".strip()


def strip_possessive(text: str) -> str:
    """`text` without a trailing possessive ("Lukashenka's" → "Lukashenka", "Putin’s" → "Putin")."""
    return _POSSESSIVE.sub("", text.strip()).strip()


def clean_words(text: str) -> list[str]:
    """The words of a name, edge punctuation and possessive removed, empty words dropped."""
    words = [word.strip(_EDGE_PUNCT) for word in strip_possessive(text).split()]
    return [word for word in words if word]


def strip_titles(words: list[str]) -> list[str]:
    """Drop leading titles and lowercase words; a listed given name followed by a surname starts the name.

    "the Union State Grigory Rapota" → Grigory Rapota; "press secretary Dmitry Peskov" → Dmitry Peskov.
    """
    for index, word in enumerate(words[:-1]):
        if word[:1].isupper() and is_known_given_name(word):
            words = words[index:]
            break
    while len(words) > 1 and (_is_title(words[0]) or not words[0][:1].isupper()):
        words = words[1:]
    while len(words) > 1 and words[-1].lower().rstrip(".") in _SUFFIXES:
        words = words[:-1]
    return words


def _is_title(word: str) -> bool:
    return word.lower().rstrip(".") in TITLE_WORDS


@lru_cache(maxsize=65_536)  # a pure function of the text; a corpus writes the same names again and again
def parse_person_name(text: str) -> PersonName | None:
    """Split a person mention into given name / initial and surname; None when no name is left."""
    words = strip_titles(clean_words(text))
    if not words:
        return None
    surname = words[-1]
    key = name_key(surname)
    if not key:
        return None
    if len(words) == 1:
        if is_known_given_name(surname):
            return PersonName(
                surname=surname, surname_key=key, given_only=True, given_key=given_canonical(surname)
            )
        return PersonName(surname=surname, surname_key=key)
    first = words[0]
    if len(words) == 2 and is_known_given_name(first) and is_patronymic(surname):
        return PersonName(
            surname=first, surname_key=name_key(first), given_only=True, given_key=given_canonical(first),
            patronymic=surname,
        )  # fmt: skip
    if first.lower() in KINSHIP_WORDS:
        return PersonName(
            surname=surname, surname_key=key, given=first, given_key=f"kin {name_key(first)}", kin=True
        )
    initial = _INITIAL.match(first)
    if initial is not None and sum(char.isalpha() for char in first) <= 3:
        return PersonName(surname=surname, surname_key=key, initial=initial.group(1).upper())
    return PersonName(surname=surname, surname_key=key, given=first, given_key=given_canonical(first))
