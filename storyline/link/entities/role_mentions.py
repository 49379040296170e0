"""Role mentions no name in their document resolves ("the Belarusian prime minister" alone), resolved
through the role table at the article's date — precision first.

A role mention joins a person only when all of these hold: coreference left it unresolved; its role is
qualified by a country or a named institution ("the Belarusian leader", "the Kremlin spokesman", not
"the president" or "a leader"); it carries no time modifier ("the former prime minister"); its
document has a publication date (or its sentence one past date, "In 2019, the Belarusian prime
minister …"); and `who_held` knows exactly one holder of that role at that date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from storyline.link.entities.roles import RoleHolding, build_role_table, who_held
from storyline.model import DocumentAnalysis, Entity, Mention, TimeExpression
from storyline.names.keys.role_words import is_qualified, modifiers


def resolve_role_mentions(
    analyses: Sequence[DocumentAnalysis], entities: tuple[Entity, ...]
) -> tuple[Entity, ...]:
    """`entities` with each unresolved, qualified role mention added to the one entity holding its role."""
    table = build_role_table(analyses, entities)
    placed = {mention for entity in entities for mention in entity.mentions}
    added: dict[str, list[str]] = defaultdict(list)
    for analysis in analyses:
        for mention in analysis.mentions:
            if mention.kind != "role" or mention.id in placed:
                continue
            holder = holder_of(table, mention, analysis)
            if holder is not None:
                added[holder].append(mention.id)
    if not added:
        return entities
    return tuple(
        replace(entity, mentions=tuple(sorted({*entity.mentions, *added[entity.id]})))
        if entity.id in added
        else entity
        for entity in entities
    )


def holder_of(table: Sequence[RoleHolding], mention: Mention, analysis: DocumentAnalysis) -> str | None:
    """The entity id `who_held` gives for a role mention at its date, or None (see the module docstring)."""
    if modifiers(mention.text) or not is_qualified(mention.text):
        return None
    date = mention_date(mention, analysis)
    return who_held(table, mention.text, date) if date else None


def mention_date(mention: Mention, analysis: DocumentAnalysis) -> str | None:
    """The date a role mention speaks of: its sentence's one past date expression if it has exactly one,
    else the document's publication date."""
    published = analysis.document.published.value
    dated = [t for t in analysis.timexes if t.sentence == mention.sentence and _is_past_date(t, published)]
    if mention.sentence >= 0 and len(dated) == 1 and dated[0].time is not None:
        return dated[0].value[:10]
    return published


def _is_past_date(timex: TimeExpression, published: str | None) -> bool:
    if timex.type != "DATE" or timex.time is None or not timex.value[:4].isdigit():
        return False
    return published is not None and timex.value[:10] < published[: len(timex.value[:10])]
