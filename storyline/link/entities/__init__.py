"""Cross-document entity identity: one entity per real person, organisation and place.

Persons are blocked by a romanization-blind surname key (storyline.names.fold) and split by
given name (an incompatible given name blocks a merge; a bare surname joins only a unique candidate).
Organisations and places are keyed by their folded name — so the place "Belarus" and the organisation
"the Government of Belarus" stay two entities, while one name tagged GPE here and ORG there is one
entity (NER label noise) — and abbreviations join the long name they are defined as or are the unique
initials of. Pronoun and role mentions join the entity of the name they refer to: their mention ids are
in `mentions`, their words ("the Kremlin spokesman") are not names and never in `aliases`. Roles held
by different people at different times resolve only at a date: see `roles.who_held`; a role mention
no name in its document resolves joins the one person the role table gives at its date
(`role_mentions`).
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.link.entities.index import EntityIndex
from storyline.link.entities.resolve import resolve_target
from storyline.link.entities.role_mentions import resolve_role_mentions
from storyline.link.entities.roles import RoleHolding, build_role_table, who_held
from storyline.model import Correction, DocumentAnalysis, Entity
from storyline.names.keys.role_words import role_key


def link_entities(
    analyses: Sequence[DocumentAnalysis], corrections: Sequence[Correction]
) -> tuple[Entity, ...]:
    """Cluster the name mentions of all analyses into entities; the result does not depend on order."""
    index = EntityIndex(corrections)
    for analysis in analyses:
        index.add(analysis)
    return resolve_role_mentions(analyses, index.entities())


def link_entities_keyed(analyses: Sequence[DocumentAnalysis]) -> tuple[tuple[Entity, ...], dict[str, str]]:
    """`link_entities` without corrections, with each name mention's entity key (the incremental linker
    patches stored entities by key: storyline/run/fold_patch.py)."""
    index = EntityIndex()
    for analysis in analyses:
        index.add(analysis)
    entities, keys = index.keyed()
    return resolve_role_mentions(analyses, entities), keys


__all__ = [
    "EntityIndex",
    "RoleHolding",
    "build_role_table",
    "link_entities",
    "link_entities_keyed",
    "resolve_role_mentions",
    "resolve_target",
    "role_key",
    "who_held",
]
