"""Spellings of one organisation or place name across documents, joined by one loose key.

`variant_roots` maps every organisation/place key of the corpus to one representative key per loose
key (storyline/names/keys/loose.py); two loose keys of two or more words also meet when one is the other
with one letter dropped inside a long word (a typo: "world heath organization"). A bare name claimed by
two different countries ("russian health ministry", "uk health ministry") stays apart from both; "us"
and "american" are one country. The result depends only on the set of keys, not on their order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from storyline.names.keys.loose import loose_key, typo_block
from storyline.names.orgkey import bare_name
from storyline.names.orgwords import COUNTRY_OF_PREFIX

TYPO_MIN_LETTERS = 5  # a word this long may have lost one inner letter to a typo


def country(key: str) -> str:
    """The country a key's leading country word names ("american centers …" → united states), else ""."""
    bare = bare_name(key)
    prefix = key[: len(key) - len(bare)].strip() if bare else ""
    return COUNTRY_OF_PREFIX.get(prefix, prefix)


def _one_letter_less(loose: str) -> Iterator[str]:
    """The loose key with one inner letter of one long word dropped (first and last letters are kept, so
    "american" never becomes "america")."""
    words = loose.split()
    if len(words) < 2:
        return
    for index, word in enumerate(words):
        if len(word) >= TYPO_MIN_LETTERS:
            for at in range(1, len(word) - 1):
                yield " ".join([*words[:index], word[:at] + word[at + 1 :], *words[index + 1 :]])


def join_class(key: str) -> str:
    """What every key `variant_roots` can put in one group with `key` shares: the typo shape of its loose
    key (`typo_block`: a one-letter typo keeps each word's first and last letters and the word count), or
    for a one-word loose key that loose key itself (marked `=`: it meets only its own loose key). Keys of
    two classes are never one group, whatever other keys come with them."""
    loose = loose_key(key)
    return typo_block(loose) or f"={loose}"


def _typo_roots(looses: set[str]) -> dict[str, str]:
    """Each loose key → the smallest loose key it meets through one-letter typos (union-find)."""
    root = {loose: loose for loose in looses}

    def find(loose: str) -> str:
        while root[loose] != loose:
            loose = root[loose]
        return loose

    for loose in sorted(looses):
        for shorter in _one_letter_less(loose):
            if shorter in root:
                a, b = sorted((find(loose), find(shorter)))
                root[b] = a
    return {loose: find(loose) for loose in looses}


def variant_roots(keys: Iterable[str]) -> dict[str, str]:
    """Each key → the representative key of its spellings (the smallest key of the group)."""
    by_loose: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        by_loose[loose_key(key)].add(key)
    typo = _typo_roots(set(by_loose))
    groups: dict[str, set[str]] = defaultdict(set)
    for loose, members in by_loose.items():
        groups[typo[loose]] |= members
    roots: dict[str, str] = {}
    for members in groups.values():
        countries = {country(key) for key in members} - {""}
        parts = [members] if len(countries) <= 1 else _by_country(members)
        for part in parts:
            root = min(part)
            roots.update((key, root) for key in part)
    return roots


def _by_country(members: set[str]) -> list[set[str]]:
    split: dict[str, set[str]] = defaultdict(set)
    for key in members:
        split[country(key)].add(key)
    return list(split.values())
