"""Who held a role when: a role→(person, date) table read from appositions like "Prime Minister of
Belarus Roman Golovchenko", and `who_held` to resolve a role to a person at a date.

A role is never an alias: "Prime Minister of Belarus" was Syarhei Rumas in 2019 and Roman Golovchenko
in 2021. Each apposition in an article is a holding dated by the article's publication date; the holder
of a role at a date is the one last attested on or before that date (None if none is, or if two people
are attested on that same last date).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.names.lexicon import NATIONALITIES, ROLE_HEADS, TITLE_WORDS
from storyline.model import DocumentAnalysis, Entity, Mention

_BOUNDARY = re.compile(r"[,.;:!?\"“”()\[\]\n—–]")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_FILLER = frozenset({"the", "of", "a", "an", "for"})


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleHolding:
    """One article's statement that a person held a role: the role key, its words, who, where, when."""

    role: str  # role_key(text)
    text: str  # the role words as written
    entity: str  # entity id of the holder
    document: str
    mention: str  # the name mention the role stands before
    date: str | None  # the article's publication date (ISO), None if unknown


def role_key(text: str) -> str:
    """A role's comparison key: content words, nationalities as countries, order-free.

    "Prime Minister of Belarus", "Belarus’ Prime Minister" and "Belarusian prime minister" share a key.
    """
    words = (_POSSESSIVE.sub("", word.lower()) for word in text.split())
    return " ".join(sorted({NATIONALITIES.get(word, word) for word in words if word and word not in _FILLER}))


def role_before(text: str, mention: Mention) -> str | None:
    """The role words right before a name mention in its clause ("State Secretary of the Union State")."""
    window = text[max(0, mention.start - 120) : mention.start]
    cut = [m.end() for m in _BOUNDARY.finditer(window)]
    words = window[cut[-1] if cut else 0 :].split()
    taken: list[str] = []
    for word in reversed(words):
        bare = _POSSESSIVE.sub("", word.lower())
        if not (bare in TITLE_WORDS or bare in ROLE_HEADS or bare in NATIONALITIES or word[:1].isupper()):
            break
        taken.insert(0, word)
    while taken and taken[0].lower() in _FILLER:
        taken = taken[1:]
    if not any(_POSSESSIVE.sub("", word.lower()) in ROLE_HEADS for word in taken):
        return None
    return " ".join(taken)


def build_role_table(
    analyses: Sequence[DocumentAnalysis], entities: Sequence[Entity]
) -> tuple[RoleHolding, ...]:
    """Every role apposition before a linked person's name mention, as a dated holding."""
    entity_of = {
        mention: entity.id for entity in entities if entity.type == "PERSON" for mention in entity.mentions
    }
    holdings: list[RoleHolding] = []
    for analysis in analyses:
        document = analysis.document
        for mention in analysis.mentions:
            role = role_before(document.text, mention) if mention.id in entity_of else None
            if role is None or mention.kind != "name":
                continue
            holdings.append(
                RoleHolding(
                    role=role_key(role),
                    text=role,
                    entity=entity_of[mention.id],
                    document=document.id,
                    mention=mention.id,
                    date=document.published.value,
                )
            )
    return tuple(sorted(holdings, key=lambda h: (h.role, h.date or "", h.entity, h.mention)))


def who_held(table: Sequence[RoleHolding], role: str, date: str) -> str | None:
    """The entity id of whoever was last attested in `role` on or before `date` (ISO); None if unknown."""
    key = role_key(role)
    dated = [h for h in table if h.role == key and h.date is not None and h.date[: len(date)] <= date]
    if not dated:
        return None
    last = max(h.date or "" for h in dated)
    holders = {h.entity for h in dated if h.date == last}
    return next(iter(holders)) if len(holders) == 1 else None
