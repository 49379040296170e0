"""Who held a role when: a role→(person, date) table read from appositions like "Prime Minister of
Belarus Roman Golovchenko", and `who_held` to resolve a role to a person at a date.

A role is never an alias: "Prime Minister of Belarus" was Syarhei Rumas in 2019 and Roman Golovchenko
in 2021. Each apposition in an article is a holding dated by the article's publication date: the role
words right before the name ("Kremlin spokesman Dmitry Peskov") or set off by a comma before a name
that closes the phrase ("the Union State's state secretary, Dmitry Mezentsev."). A role with a time
modifier ("former", "outgoing", "ex-") is no holding at that date; a "former" one marks that the
person's tenure ended before it. The holder of a role at a date is the one last attested on or before
that date (None if none is, if two people are attested on that same last date, or if that person is
called "former" holder on or before the date). The role words are read from the text by
storyline/names/keys/role_words.py (the blocking keys read them too).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storyline.model import DocumentAnalysis, Entity, Mention
from storyline.names.keys.role_words import ENDED, appositions, is_qualified, modifiers, role_key


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleHolding:
    """One article's statement that a person held a role: the role key, its words, who, where, when.

    `former` holdings ("Russia's former ambassador Mezentsev") say the tenure had ended by `date`."""

    role: str  # role_key(text)
    text: str  # the role words as written
    entity: str  # entity id of the holder
    document: str
    mention: str  # the name mention the role stands before
    date: str | None  # the article's publication date (ISO), None if unknown
    former: bool = False


def build_role_table(
    analyses: Sequence[DocumentAnalysis], entities: Sequence[Entity]
) -> tuple[RoleHolding, ...]:
    """Every role apposition before a linked person's name mention, as a dated holding, plus the
    corroborated in-document role links (`coref_holdings`)."""
    entity_of = {
        mention: entity.id for entity in entities if entity.type == "PERSON" for mention in entity.mentions
    }
    holdings = [h for analysis in analyses for h in _apposition_holdings(analysis, entity_of)]
    holdings += coref_holdings(analyses, entity_of)
    return tuple(sorted(holdings, key=lambda h: (h.role, h.date or "", h.entity, h.mention)))


def _apposition_holdings(analysis: DocumentAnalysis, entity_of: dict[str, str]) -> list[RoleHolding]:
    date = analysis.document.published.value
    return [_holding(role, entity_of[m.id], m, date) for m, role in appositions(analysis, entity_of)]


def _holding(role: str, entity: str, mention: Mention, date: str | None) -> RoleHolding:
    return RoleHolding(
        role=role_key(role),
        text=role,
        entity=entity,
        document=mention.document,
        mention=mention.id,
        date=date,
        former=bool(modifiers(role) & ENDED),
    )


def coref_holdings(analyses: Sequence[DocumentAnalysis], entity_of: dict[str, str]) -> list[RoleHolding]:
    """Role mentions that in-document coreference linked to a person ("the Belarusian leader" → … →
    Lukashenko), qualified and unmodified, kept only where corroborated: the same role and person in
    two or more documents, and no other person linked to that role anywhere."""
    found = [
        _holding(mention.text, entity_of[mention.id], mention, analysis.document.published.value)
        for analysis in analyses
        for mention in analysis.mentions
        if mention.kind == "role" and mention.refers_to and mention.id in entity_of
        and is_qualified(mention.text) and not modifiers(mention.text)
    ]  # fmt: skip
    documents: dict[tuple[str, str], set[str]] = {}
    for holding in found:
        documents.setdefault((holding.role, holding.entity), set()).add(holding.document)
    people: dict[str, set[str]] = {}
    for role, entity in documents:
        people.setdefault(role, set()).add(entity)
    return [h for h in found if len(documents[h.role, h.entity]) >= 2 and len(people[h.role]) == 1]


def who_held(table: Sequence[RoleHolding], role: str, date: str) -> str | None:
    """The entity id of whoever was last attested in `role` on or before `date` (ISO); None if unknown."""
    key = role_key(role)
    dated = [h for h in table if h.role == key and h.date is not None and h.date[: len(date)] <= date]
    current = [h for h in dated if not h.former]
    if not current:
        return None
    last = max(h.date or "" for h in current)
    holders = {h.entity for h in current if h.date == last}
    if len(holders) != 1:
        return None
    holder = next(iter(holders))
    ended = any(h.former and h.entity == holder and (h.date or "") >= last for h in dated)
    return None if ended else holder
