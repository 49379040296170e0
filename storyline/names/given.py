"""Given names: which spellings are one name, and whether two given names (or initials) can be one person."""

from __future__ import annotations

import re

from storyline.names.fold import fold_text, name_key
from storyline.names.lexicon import GIVEN_NAME_GROUPS


def _build_groups() -> dict[str, str]:
    """Folded key of every listed spelling → the group's canonical key (its first spelling's key)."""
    table: dict[str, str] = {}
    for group in GIVEN_NAME_GROUPS:
        canonical = name_key(group[0])
        for spelling in group:
            table.setdefault(name_key(spelling), canonical)
    return table


def _build_initials() -> dict[str, frozenset[str]]:
    """Canonical key → the first letters its spellings start with (Vladimir: v, u, w)."""
    table: dict[str, set[str]] = {}
    for group in GIVEN_NAME_GROUPS:
        letters = table.setdefault(name_key(group[0]), set())
        letters.update(fold_text(spelling)[:1] for spelling in group)
    return {key: frozenset(letters) for key, letters in table.items()}


GROUP_OF_KEY: dict[str, str] = _build_groups()  # read-only after import
LISTED_SPELLINGS: frozenset[str] = frozenset(fold_text(s) for group in GIVEN_NAME_GROUPS for s in group)
INITIALS_OF_GROUP: dict[str, frozenset[str]] = _build_initials()  # read-only after import


def given_canonical(word: str) -> str:
    """The canonical key of a given name: its lexicon group if listed, else its own folded key."""
    key = name_key(word)
    return GROUP_OF_KEY.get(key, key)


def is_known_given_name(word: str) -> bool:
    """Whether `word` is a listed given name: a listed spelling (any script), or a spelling of five or
    more letters that folds to a listed name's key (short words like "On" would fold onto "Ann")."""
    folded = fold_text(word)
    if folded in LISTED_SPELLINGS:
        return True
    return len(folded) >= 5 and name_key(word) in GROUP_OF_KEY


def initial_matches(initial: str, canonical: str) -> bool:
    """Whether the initial letter (e.g. "D", "U") can stand for the given name with key `canonical`."""
    letter = fold_text(initial)[:1]
    if not letter:
        return False
    letters = INITIALS_OF_GROUP.get(canonical)
    if letters is None:
        return canonical[:1].lower() == letter or (letter in "ei" and canonical[:1] in "ei")
    return letter in letters


_PATRONYMIC_SUFFIX = re.compile(r"^[yi]?(?:ov|ev|av|ay|ey|iy|yev)?(?:ich|ych|na|ichna|ivna)$")


def is_patronymic(word: str) -> bool:
    """Whether `word` is a patronymic built on a listed given name ("Grigoryevich" ← Grigory,
    "Nikolaevna" ← Nikolai); surnames that merely end in -vich ("Shushkevich") are not."""
    folded = fold_text(word)
    if len(folded) < 6:
        return False
    for spelling in LISTED_SPELLINGS:
        if len(spelling) < 3 or " " in spelling:
            continue
        for stem in (spelling, spelling[:-1]):
            if folded.startswith(stem) and _PATRONYMIC_SUFFIX.match(folded[len(stem) :]):
                return True
    return False
