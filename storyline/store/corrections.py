"""Recording a user's merge and split corrections by name, alias or id (the CLI and the web share it)."""

from __future__ import annotations

from storyline.errors import NotFound
from storyline.model import Correction, make_id
from storyline.store.connection import fold
from storyline.store.store import Store


def record_merge(store: Store, first: str, second: str, note: str | None = None) -> Correction | None:
    """Record that `first` and `second` are one entity; None when they already are."""
    a, b = store.find_entity(first), store.find_entity(second)
    if a.id == b.id:
        return None
    targets = (a.name, b.name)
    correction = Correction(
        id=make_id("correction", "merge", targets), action="merge", targets=targets, note=note
    )
    store.add_correction(correction)
    return correction


def record_split(store: Store, alias: str, entity: str, note: str | None = None) -> Correction:
    """Record that `alias` is not `entity`: it becomes an entity of its own at the next relink."""
    found = store.find_entity(entity)
    matching = sorted(
        (a for a in found.aliases if fold(a) == fold(alias)),
        key=lambda a: (a != alias, a.casefold() != alias.casefold()),
    )  # the alias as typed first, then the same in any case, then the same folded
    if not matching:
        raise NotFound(
            f"{found.name!r} has no alias {alias!r}", hint=f"its aliases are: {', '.join(found.aliases)}"
        )
    targets = (matching[0], found.name)
    correction = Correction(
        id=make_id("correction", "split", targets), action="split", targets=targets, note=note
    )
    store.add_correction(correction)
    return correction
