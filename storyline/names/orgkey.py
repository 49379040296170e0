"""Keys for organisation and place names: one key for every spelling of one name, and its acronyms.

`org_key` folds a name (`phrase_key`), drops treebank brackets and quote marks left in a mention,
spells British forms the American way (Organisation → organization, Centre → center, Defence →
defense) and maps whole-phrase country names to one key (Russian Federation → russia; US, U.S., USA,
United States, America → united states). `bare_name` is the name without a leading country word
("US State Department" → state department) and `acronyms` the letter sequences a name can be written
as: the initials of its content words, also of the part before a final "and …"
("Centers for Disease Control and Prevention" → cdcp, cdc), and the small `ACRONYMS` lexicon.
"""

from __future__ import annotations

import re

from storyline.names.fold import phrase_key
from storyline.names.lexicon import INITIALS_STOPWORDS
from storyline.names.orgwords import ACRONYMS, COUNTRY_NAMES, COUNTRY_PREFIXES, ORG_HEADS, SPELLING_VARIANTS

_TREEBANK = re.compile(r"-?[LR][RSC]B-?|``|''")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.){2,}[A-Za-z]?\.?$|^[A-Z]\.[A-Z]$")


def _spelling(word: str) -> str:
    if word in SPELLING_VARIANTS:
        return SPELLING_VARIANTS[word]
    if word.endswith(("isation", "isations")):
        return word.replace("isation", "ization")
    if len(word) >= 5 and word.endswith(("tre", "tres")) and not word.endswith("notre"):
        return word[: word.rindex("tre")] + "ter" + word[word.rindex("tre") + 3 :]
    return word


def clean_org_text(text: str) -> str:
    """The name without treebank brackets (-LRB-, RRB-) and quote marks left in a mention's span."""
    return " ".join(_TREEBANK.sub(" ", text).split())


def org_key(text: str) -> str:
    """One key for every spelling of an organisation's or a place's name ("" when nothing is left)."""
    cleaned = clean_org_text(text)
    if _DOTTED.match(cleaned):
        cleaned = cleaned.replace(".", "")
    key = " ".join(_spelling(word) for word in phrase_key(cleaned.replace("'s ", " s ")).split())
    return COUNTRY_NAMES.get(key, key)


def is_dotted_acronym(text: str) -> bool:
    """W.H.O., U.S: letters with dots, an acronym written out."""
    return _DOTTED.match(clean_org_text(text)) is not None


def bare_name(key: str) -> str:
    """The organisation name without a leading country word, when what is left is an organisation's
    name of two or more words ("us state department" → "state department"); else ""."""
    words = key.split()
    for size in (2, 1):
        head = " ".join(words[:size])
        rest = words[size:]
        if head in COUNTRY_PREFIXES and len(rest) >= 2 and any(w in ORG_HEADS for w in rest):
            return " ".join(rest)
    return ""


def _initials(words: list[str]) -> str:
    content = [word for word in words if word not in INITIALS_STOPWORDS and word != "s"]
    return "".join(word[0] for word in content) if len(content) >= 2 else ""


def acronyms(key: str) -> set[str]:
    """Acronyms the name can be written as (lowercase), from its words and the ACRONYMS lexicon."""
    found = {name for name, full in ACRONYMS.items() if full == key}
    for name in (key, bare_name(key)):
        words = name.split()
        found.add(_initials(words))
        if "and" in words[1:]:
            found.add(_initials(words[: len(words) - 1 - words[::-1].index("and")]))
    found.discard("")
    return found
