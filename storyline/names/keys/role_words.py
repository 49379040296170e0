"""Role words written before a person's name ("Kremlin spokesman Dmitry Peskov"), read from the text
alone: a role's comparison key, its time modifiers, whether it names whose it is, and the appositions of a
document. Entity linking dates them into a role table (link/entities/roles.py); the blocking keys read
them for `r:` keys (blocks.py).
"""

from __future__ import annotations

import re
from collections.abc import Container

from storyline.model import DocumentAnalysis, Mention
from storyline.names.lexicon import NATIONALITIES, ROLE_HEADS, TITLE_WORDS

_BOUNDARY = re.compile(r"[,.;:!?\"“”()\[\]\n—–]")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_FILLER = frozenset({"the", "of", "a", "an", "for"})
_CONJUNCTIONS = frozenset({"and", "or", "nor", "with", "by", "to", "from"})
# Words that date a role relative to the article: the person did not hold it at publication.
TIME_MODIFIERS = frozenset(
    {
        "former",
        "ex",
        "ex-",
        "outgoing",
        "incoming",
        "future",
        "late",
        "then",
        "previous",
        "next",
        "acting",
        "retired",
    }
)
ENDED = frozenset({"former", "ex", "ex-", "late", "previous", "retired"})
# Title words that name an institution, and so qualify a role, when capitalised ("Kremlin spokesman").
_INSTITUTIONS = frozenset({"kremlin", "union", "state", "national"})


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word.lower())


def role_words(text: str) -> list[str]:
    """The lowercase words of a role, possessives and hyphen-joined modifiers split ("ex-president")."""
    return [part for word in text.split() for part in re.split(r"(?<=^ex)-", _bare(word)) if part]


def role_key(text: str) -> str:
    """A role's comparison key: content words, nationalities as countries, order-free, no modifiers.

    "Prime Minister of Belarus", "Belarus’ Prime Minister" and "Belarusian prime minister" share a key.
    """
    words = (NATIONALITIES.get(word, word) for word in role_words(text))
    return " ".join(sorted({w for w in words if w and w not in _FILLER and w not in TIME_MODIFIERS}))


def modifiers(text: str) -> frozenset[str]:
    """The time modifiers of a role ("the outgoing state secretary" → {"outgoing"})."""
    return frozenset(word for word in role_words(text) if word in TIME_MODIFIERS)


def role_before(text: str, mention: Mention, floor: int = 0) -> str | None:
    """The role words right before a name mention in its clause ("State Secretary of the Union State"),
    or before a comma when the name closes the phrase ("the state secretary, Dmitry Mezentsev.");
    nothing before `floor` (the end of the previous person's name) is read."""
    window = text[max(0, floor, mention.start - 120) : mention.start]
    found = _role_at_end(window)
    if found is None and re.match(r"\s*(?:[,.;)]|$)", text[mention.end : mention.end + 3]):
        comma = re.search(r",\s*$", window)
        found = _role_at_end(window[: comma.start()]) if comma else None
    return found


def _role_at_end(window: str) -> str | None:
    cut = [m.end() for m in _BOUNDARY.finditer(window)]
    words = window[cut[-1] if cut else 0 :].split()
    taken: list[str] = []
    for word in reversed(words):
        bare = _bare(word)
        if bare in _CONJUNCTIONS:
            break
        if bare in TIME_MODIFIERS:  # "the outgoing Union State secretary": keep the modifier, stop
            taken.insert(0, word)
            break
        if not (bare in TITLE_WORDS or bare in ROLE_HEADS or bare in NATIONALITIES or word[:1].isupper()):
            break
        taken.insert(0, word)
    while taken and taken[0].lower() in _FILLER:
        taken = taken[1:]
    if not any(_bare(word) in ROLE_HEADS for word in taken):
        return None
    return " ".join(taken)


def is_qualified(role: str) -> bool:
    """Whether a role names whose it is: a country/nationality, or a capitalised name or institution
    after the first word ("the Kremlin spokesman", "the Union State's secretary", "Putin's spokesman")."""
    words = role.split()
    if any(word in NATIONALITIES for word in role_words(role)):
        return True
    for index, word in enumerate(words):
        bare = role_words(word)[0] if role_words(word) else ""
        possessive = word.endswith(("'s", "’s", "'", "’"))
        if not word[:1].isupper() or not bare.isalpha() or (index == 0 and not possessive):
            continue
        if bare in _INSTITUTIONS or (bare not in TITLE_WORDS and bare not in ROLE_HEADS):
            return True
    return False


def appositions(analysis: DocumentAnalysis, persons: Container[str]) -> list[tuple[Mention, str]]:
    """(name mention, role words) for each role written right before the name of one of `persons`
    (mention ids), in text order; a role with a time modifier other than an ending one ("former") is
    none."""
    text = analysis.document.text
    found: list[tuple[Mention, str]] = []
    floor = 0
    for mention in sorted(analysis.mentions, key=lambda m: m.start):
        if mention.kind != "name" or mention.id not in persons:
            continue
        role = role_before(text, mention, floor)
        possessive = re.match(r"['’]s?\s", text[mention.end : mention.end + 3])
        floor = mention.start if possessive else mention.end
        if role is not None and not (modifiers(role) - ENDED):
            found.append((mention, role))
    return found
