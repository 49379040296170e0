"""Spellings of one organisation or place name across documents, joined by one loose key.

`loose_key` reads a name key (`names.orgkey.org_key`) more loosely: without a leading country word
("us state department" → state department), plural words made singular ("centers" → center) and a final
one-word "and …" dropped ("centers for disease control and prevention" → center for disease control).
`variant_roots` maps every organisation/place key of the corpus to one representative key per loose key,
except that a bare name claimed by two different country words ("russian health ministry", "uk health
ministry") stays apart from both. The result depends only on the set of keys, not on their order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from storyline.names.orgkey import bare_name

_KEEP_S = ("ss", "us", "is", "ics", "news")


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("s") and not word.endswith(_KEEP_S):
        return word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return word


def _without_final_and(words: list[str]) -> list[str]:
    if len(words) >= 4 and words[-2] == "and":
        return words[:-2]
    return words


def loose_key(key: str) -> str:
    """The key without its country word, plurals and a final one-word "and …" (see the module doc)."""
    words = (bare_name(key) or key).split()
    return " ".join(_without_final_and([_singular(word) for word in words]))


def _country(key: str) -> str:
    bare = bare_name(key)
    return key[: len(key) - len(bare)].strip() if bare else ""


def variant_roots(keys: Iterable[str]) -> dict[str, str]:
    """Each key → the representative key of its spellings (the smallest key of the group)."""
    groups: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        groups[loose_key(key)].add(key)
    roots: dict[str, str] = {}
    for members in groups.values():
        countries = {_country(key) for key in members} - {""}
        parts = [members] if len(countries) <= 1 else _by_country(members)
        for part in parts:
            root = min(part)
            roots.update((key, root) for key in part)
    return roots


def _by_country(members: set[str]) -> list[set[str]]:
    split: dict[str, set[str]] = defaultdict(set)
    for key in members:
        split[_country(key)].add(key)
    return list(split.values())
