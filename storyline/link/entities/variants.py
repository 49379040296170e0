"""Spellings of one organisation or place name across documents, joined by one loose key.

`loose_key` reads a name key (`names.orgkey.org_key`) more loosely: without a leading country word
("us state department" → state department), plural words made singular ("centers" → center), the small
link words writers swap ("centers of disease control" → center disease control), a final one-word
"and …" dropped ("centers for disease control and prevention" → center disease control), the head
"department" after one word ("treasury department" → treasury), hyphens read as spaces ("port-au-prince"
→ port au prince) and a final legal form dropped ("bp plc" → bp).
`variant_roots` maps every organisation/place key of the corpus to one representative key per loose
key; two loose keys of two or more words also meet when one is the other with one letter dropped inside
a long word (a typo: "world heath organization"). A bare name claimed by two different countries
("russian health ministry", "uk health ministry") stays apart from both; "us" and "american" are one
country. The result depends only on the set of keys, not on their order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

from storyline.names.orgkey import bare_name
from storyline.names.orgwords import (
    BARE_HEADS,
    COUNTRY_OF_PREFIX,
    LEGAL_FORMS,
    LEGAL_FORMS_WRITTEN,
    LINK_WORDS,
)

_KEEP_S = ("ss", "us", "is", "ics", "news")
TYPO_MIN_LETTERS = 5  # a word this long may have lost one inner letter to a typo


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("s") and not word.endswith(_KEEP_S):
        return word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return word


def _without_final_and(words: list[str]) -> list[str]:
    if len(words) >= 4 and words[-2] == "and":
        return words[:-2]
    return words


def _without_legal_form(words: list[str]) -> list[str]:
    if len(words) >= 2 and words[-1] in LEGAL_FORMS:
        return words[:-1]
    if len(words) >= 3 and words[-1] in LEGAL_FORMS_WRITTEN:
        return words[:-1]
    return words


@lru_cache(maxsize=65_536)  # a pure function of the key; `variant_roots` meets the same keys again
def loose_key(key: str) -> str:
    """The key without its country word, plurals, link words, a final one-word "and …" and a final legal
    form, hyphens read as spaces."""
    words = (bare_name(key) or key).replace("-", " ").split()
    words = _without_final_and([_singular(word) for word in _without_legal_form(words)])
    kept = [word for index, word in enumerate(words) if index == 0 or word not in LINK_WORDS]
    if len(kept) == 2 and kept[1] in BARE_HEADS:
        kept = kept[:1]  # "treasury department" → treasury
    return " ".join(kept)


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


def typo_block(loose: str) -> str:
    """What every loose key a one-letter typo can join shares: the first and last letter of each word
    ("world health organization" and "world heath organization" → "wd hh on"); "" for one word. The
    incremental linker blocks on it, so a typo's spellings are relinked together."""
    words = loose.split()
    return " ".join(word[0] + word[-1] for word in words) if len(words) >= 2 else ""


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
