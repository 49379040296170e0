"""The events dated to a month or more that a timeline fold must sweep again: closed components, by index.

Two coarse events can be one event only when they have the same date value and share an entity that is
not common (`dates_agree`, `shares_event_content`). Within one value the events therefore fall into
components linked by shared distinctive entities, and an entry never spans two: the sweep of a value
block is the union of the sweeps of its components, each in the sweep's order. The fold sweeps again the
smallest set of events holding the dirty ones that is closed both ways — over the distinctive entities
the events have after the fold (its components, so its sweep is the full sweep's), and over the stored
entries of its events (every entry it replaces lies inside it). A component outside it holds no dirty
event, so nothing its stored entries depend on changed. A value block is never read whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from storyline.link.timeline import _Item
from storyline.link.timeline import vocabulary_limit as limit_of
from storyline.model import Entity
from storyline.run.fold_timeline_state import ENTITIES, LINKER, Counts, Owners, stored_items
from storyline.store import Store


def coarse_closure(
    store: Store, seeds: Sequence[_Item], owners: Owners, counts: Counts, fresh: Sequence[Entity]
) -> dict[str, _Item]:
    """The coarse events to sweep again (module docstring), from the dirty coarse `seeds` (stored and new),
    each as the sweep's item."""
    found = {i.event.id: i for i in seeds}
    current = {e.id: e for e in fresh}
    searched: set[tuple[str, str]] = set()  # (entity, date value) looked up
    frontier = list(found.values())
    while frontier:
        pairs = {(e, i.event.time.value) for i in frontier for e in i.entities} - searched
        searched |= pairs
        distinctive = _distinctive(store, {e for e, _ in pairs}, counts)
        wanted = _sharing(store, {(e, v) for e, v in pairs if e in distinctive}, current)
        stored = [i.event.id for i in frontier]
        wanted |= {e for entry in store.reads.entries_with_events(stored) for e in entry.events}
        frontier = stored_items(store, wanted - found.keys(), owners)
        found.update((i.event.id, i) for i in frontier)
    return found


def _distinctive(store: Store, entities: set[str], counts: Counts) -> set[str]:
    """Those of `entities` that are not common after the fold."""
    limit = limit_of(counts.events)
    return {e for e, n in counts.of(store, ENTITIES, entities).items() if n <= limit}


def _sharing(store: Store, pairs: set[tuple[str, str]], current: Mapping[str, Entity]) -> set[str]:
    """Stored events with a mention of the entity and the date value of one of `pairs`."""
    values: dict[str, set[str]] = {}
    for entity, value in pairs:
        values.setdefault(entity, set()).add("v:" + value)
    records = {**{e.id: e for e in store.reads.entities_by_id(values.keys() - current.keys())}, **current}
    owner = {"m:" + m: e for e in values if e in records for m in records[e].mentions}
    found = _in_blocks(store, owner)
    return {
        event for event, keys in found.items() if any(keys & values[owner[k]] for k in keys if k in owner)
    }


def _in_blocks(store: Store, keys: Iterable[str]) -> dict[str, frozenset[str]]:
    wanted = set(keys)
    return store.records_in_blocks(LINKER, wanted) if wanted else {}
