"""Loose keys of organisation and place names: the key every spelling of one name meets on.

`loose_key` reads a name key (`names.orgkey.org_key`) more loosely: without a leading country word
("us state department" → state department), plural words made singular ("centers" → center), the small
link words writers swap ("centers of disease control" → center disease control), a final one-word
"and …" dropped ("centers for disease control and prevention" → center disease control), the head
"department" after one word ("treasury department" → treasury), hyphens read as spaces ("port-au-prince"
→ port au prince) and a final legal form dropped ("bp plc" → bp). `typo_block` is what the loose keys a
one-letter typo can join share. Entity linking groups spellings by them (link/entities/variants.py) and
blocks on them (blocks.py).
"""

from __future__ import annotations

from functools import lru_cache

from storyline.names.orgkey import bare_name
from storyline.names.orgwords import BARE_HEADS, LEGAL_FORMS, LEGAL_FORMS_WRITTEN, LINK_WORDS

_KEEP_S = ("ss", "us", "is", "ics", "news")


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


def typo_block(loose: str) -> str:
    """What every loose key a one-letter typo can join shares: the first and last letter of each word
    ("world health organization" and "world heath organization" → "wd hh on"); "" for one word. The
    incremental linker blocks on it, so a typo's spellings are relinked together."""
    words = loose.split()
    return " ".join(word[0] + word[-1] for word in words) if len(words) >= 2 else ""
