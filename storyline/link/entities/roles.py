"""Who held a role when: a role→(person, date) table read from appositions like "Prime Minister of
Belarus Roman Golovchenko", and `who_held` to resolve a role to a person at a date.

A role is never an alias: "Prime Minister of Belarus" was Syarhei Rumas in 2019 and Roman Golovchenko
in 2021. Each apposition in an article is a holding dated by the article's publication date: the role
words right before the name ("Kremlin spokesman Dmitry Peskov") or set off by a comma before a name
that closes the phrase ("the Union State's state secretary, Dmitry Mezentsev."). A role with a time
modifier ("former", "outgoing", "ex-") is no holding at that date; a "former" one marks that the
person's tenure ended before it. The holder of a role at a date is the one last attested on or before
that date (None if none is, if two people are attested on that same last date, or if that person is
called "former" holder on or before the date).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.model import DocumentAnalysis, Entity, Mention
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
_ENDED = frozenset({"former", "ex", "ex-", "late", "previous", "retired"})
# Title words that name an institution, and so qualify a role, when capitalised ("Kremlin spokesman").
_INSTITUTIONS = frozenset({"kremlin", "union", "state", "national"})


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
    document = analysis.document
    holdings: list[RoleHolding] = []
    floor = 0
    for mention in sorted(analysis.mentions, key=lambda m: m.start):
        if mention.kind != "name" or mention.id not in entity_of:
            continue
        role = role_before(document.text, mention, floor)
        possessive = re.match(r"['’]s?\s", document.text[mention.end : mention.end + 3])
        floor = mention.start if possessive else mention.end
        if role is None or (modifiers(role) - _ENDED):
            continue
        holdings.append(_holding(role, entity_of[mention.id], mention, document.published.value))
    return holdings


def _holding(role: str, entity: str, mention: Mention, date: str | None) -> RoleHolding:
    return RoleHolding(
        role=role_key(role),
        text=role,
        entity=entity,
        document=mention.document,
        mention=mention.id,
        date=date,
        former=bool(modifiers(role) & _ENDED),
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
