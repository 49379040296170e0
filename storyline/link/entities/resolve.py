"""Finding the entity a user means by an id, a name or an alias (any spelling the folding accepts)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from storyline.model import Entity
from storyline.names import fold_text, parse_person_name
from storyline.names.person import clean_words, strip_titles


def resolve_target(entities: Sequence[Entity], text: str) -> Entity | None:
    """The one entity `text` names: by id, then folded name, then folded alias, then person name key.

    Each step is tried only if the previous found nothing; a step that finds several entities gives None
    (ambiguous: the caller should ask for an id).
    """
    for entity in entities:
        if entity.id == text:
            return entity
    folded = fold_text(" ".join(strip_titles(clean_words(text))))
    if not folded:
        return None
    steps: tuple[Callable[[Entity], bool], ...] = (
        lambda e: fold_text(e.name) == folded,
        lambda e: any(fold_text(alias) == folded for alias in e.aliases),
        lambda e: e.type == "PERSON" and any(_same_person_name(alias, text) for alias in e.aliases),
    )
    for matches in steps:
        found = [entity for entity in entities if matches(entity)]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _same_person_name(alias: str, text: str) -> bool:
    wanted, seen = parse_person_name(text), parse_person_name(alias)
    if wanted is None or seen is None or wanted.surname_key != seen.surname_key:
        return False
    return wanted.given_key is None or wanted.given_key == seen.given_key
