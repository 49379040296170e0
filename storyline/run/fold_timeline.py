"""The timeline folded by index: only the blocks of time that new or changed events touch are read and swept.

An event is found by its time blocks (each day of a precise event, the value of a month- or year-dated
one), its words and its mentions (`fold_blocks`, linker "timeline"); how many events have each word and
each entity is stored (`fold_counts`), so the corpus vocabulary is known without reading the corpus. The
dirty events are the new ones, those whose entities changed (a mention that moved to another entity, an
entity whose aliases changed) and those with a word or entity whose commonness flipped. A dirty precise
event's stretch of time is swept again from its first day on (`_forward`, `_started`); a dirty event
dated to a month or more, only with the events of its value it is linked to by distinctive entities or
stored entries (storyline/run/fold_timeline_coarse.py); the entries citing the swept events are
replaced. Every other entry stays: nothing it depends on changed. The result equals `build_timeline`
over the whole corpus.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storyline.link.timeline import (
    Vocabulary,
    _entry,
    _Item,
    _precise,
    content_words,
    sweep_steps,
    timeline_items,
)
from storyline.link.timeline_fold import counted_vocabulary, entries_of, event_keys, time_keys
from storyline.model import DocumentAnalysis, Entity, TimelineEntry
from storyline.run.fold_timeline_coarse import coarse_closure
from storyline.run.fold_timeline_state import ENTITIES, EVENTS, LINKER, WORDS, Counts, Owners, stored_items
from storyline.store import FoldRows, Store

__all__ = ["ENTITIES", "EVENTS", "LINKER", "WORDS", "TimelineFold", "all_timeline_rows", "fold_timeline"]


@dataclass(frozen=True, slots=True)
class TimelineFold:
    """The entries swept again, the stored entries they replace, and the fold state to write."""

    entries: tuple[TimelineEntry, ...]
    replaced: tuple[TimelineEntry, ...]
    blocks: dict[str, frozenset[str]]  # new event -> its keys
    counts: dict[str, dict[str, int]]  # linker -> key -> count, for the keys that changed


def fold_timeline(
    store: Store, new: Sequence[DocumentAnalysis], old: Sequence[Entity], fresh: Sequence[Entity]
) -> TimelineFold:
    """Fold `new` documents into the stored timeline; `old` and `fresh` are the stored and relinked
    records of the entities the entity fold redid (module docstring)."""
    new_items, _ = timeline_items(new, fresh)
    scope = frozenset(m for e in [*old, *fresh] for m in e.mentions)
    new_mentions = {m.id for a in new for m in a.mentions}
    owners = Owners(store.reads.owners_of(scope), {m: e.id for e in fresh for m in e.mentions}, scope)
    moved = {m for m in scope - new_mentions if owners.before.get(m) != owners.now(m)}
    renamed = _renamed(old, fresh)
    affected = _events_with(store, {"m:" + m for m in moved | renamed})
    outside = {k[2:] for keys in affected.values() for k in keys if k.startswith("m:")} - scope
    owners.before.update(store.reads.owners_of(outside))
    counts = Counts(store, new_items, affected, owners)
    flipped = {"w:" + w for w in counts.flipped(WORDS)}
    turned = counts.flipped(ENTITIES)  # once: each call reads every counted key
    flipped |= {"m:" + m for e in store.reads.entities_by_id(turned) for m in e.mentions}
    flipped |= {"m:" + m for e in fresh if e.id in turned for m in e.mentions}
    dirty = {**affected, **_events_with(store, flipped)}
    seeds = sorted([*new_items, *stored_items(store, set(dirty), owners)], key=_key)
    coarse = coarse_closure(store, [i for i in seeds if not _precise(i)], owners, counts, fresh)
    groups = _forward(store, [i for i in seeds if _precise(i)], new_items)
    loaded = {i.event.id: i for i in stored_items(store, _union(g[1] for g in groups), owners)}
    loaded.update((i.event.id, i) for i in [*new_items, *coarse.values()])
    starts = [_started(store, seed, {loaded[e] for e in events}, owners) for seed, events in groups]
    items = [*loaded.values(), *(i for start in starts for c in start for i in c)]
    words = counts.of(store, WORDS, {w for i in items for w in i.words})
    entities = counts.of(store, ENTITIES, {e for i in items for e in i.entities})
    common = counted_vocabulary(items, words, entities, counts.events, _names(store, items, fresh))
    entries = entries_of(sorted((loaded[e] for e in coarse), key=_key), common)
    stored = set(loaded) - {i.event.id for i in new_items} | {
        i.event.id for s in starts for c in s for i in c
    }
    replaced = store.reads.entries_with_events(stored)
    swept = _Stored(replaced, set(dirty) | {i.event.id for i in new_items})
    for (seed, events), start in zip(groups, starts, strict=True):
        later = sorted((loaded[e] for e in events if _key(loaded[e]) >= _key(seed)), key=_key)
        entries.extend(_resweep(later, common, start, swept))
    return TimelineFold(
        entries=tuple(entries),
        replaced=tuple(replaced),
        blocks={i.event.id: event_keys(i) for i in new_items},
        counts=counts.changed(),
    )


def _key(item: _Item) -> tuple[dt.date, dt.date, str, int]:
    """The sweep's order (storyline/link/timeline.py, `timeline_items`)."""
    return (item.start, item.end, item.event.document, item.event.start)


def _forward(store: Store, seeds: Sequence[_Item], new: Sequence[_Item]) -> list[tuple[_Item, set[str]]]:
    """For each stretch of precise events a seed is in, from the earliest seed on: the seed and the events
    (stored and new) sharing a day with it or with each other from its first day on. The sweep of that
    stretch before the seed is what it was (nothing before the seed changed)."""
    new_by_day: dict[str, set[str]] = defaultdict(set)
    for item in new:
        if _precise(item):
            for key in time_keys(item):
                new_by_day[key].add(item.event.id)
    new_keys = {i.event.id: time_keys(i) for i in new}
    groups: list[tuple[_Item, set[str]]] = []
    covered: set[str] = set()
    for seed in seeds:
        if seed.event.id in covered:
            continue
        first = "d:" + seed.start.isoformat()
        wanted, searched, events = set(time_keys(seed)), set[str](), {seed.event.id}
        while wanted - searched:
            keys = wanted - searched
            found = dict(store.records_in_blocks(LINKER, keys))
            found.update((e, new_keys[e]) for k in keys for e in new_by_day.get(k, ()))
            searched |= keys
            events.update(found)
            wanted |= {k for ks in found.values() for k in ks if k.startswith("d:") and k >= first}
        groups.append((seed, events))
        covered |= events
    return groups


class _Stored:
    """The stored entries of the events a fold sweeps again, and which of those events changed."""

    def __init__(self, entries: Sequence[TimelineEntry], dirty: set[str]) -> None:
        self.entries = entries
        self.entry_of = {e: entry for entry in entries for e in entry.events}
        self.dirty = dirty


def _resweep(
    later: Sequence[_Item], common: Vocabulary, start: Sequence[list[_Item]], old: _Stored
) -> list[TimelineEntry]:
    """The entries of a stretch swept again from `later`'s first event on (`start`: the clusters open
    there). Past its last changed event the sweep stops at the first event where the open clusters
    equal the stored ones (the same members before it, none changed): from there on it would place
    every event as the stored sweep did, so the stored entries open there or with a later event are
    kept."""
    last = max((k for k, i in enumerate(later) if i.event.id in old.dirty), default=-1)
    position = {i.event.id: k for k, i in enumerate(later)}
    position.update((i.event.id, -1) for c in start for i in c)
    clusters = [list(c) for c in start]
    for k, (_, open_now) in enumerate(sweep_steps(later, common, clusters)):
        if k > last and all(_settled(c, k, old, position) for c in open_now):
            rest = [*(c[0] for c in open_now), *later[k:]]  # the stored entries open here or after
            kept = {old.entry_of[i.event.id].id: old.entry_of[i.event.id] for i in rest}
            closed = [_entry(c) for c in clusters if not any(c is o for o in open_now)]
            return closed + list(kept.values())
    return [_entry(c) for c in clusters]


def _settled(cluster: list[_Item], k: int, old: _Stored, position: dict[str, int]) -> bool:
    """The open `cluster` is the stored entry of its first event cut before the `k`-th event, and holds
    no changed event."""
    ids = {i.event.id for i in cluster}
    entry = old.entry_of.get(cluster[0].event.id)
    if entry is None or ids & old.dirty or any(e not in position for e in entry.events):
        return False
    return ids == {e for e in entry.events if position[e] < k}


def _started(store: Store, seed: _Item, items: set[_Item], owners: Owners) -> list[list[_Item]]:
    """The clusters still open when the sweep reaches `seed`: the stored entries of the events before it
    that cover its first day, with their members before it, in the order the sweep made them."""
    before = [i for i in items if _key(i) < _key(seed)]
    entries = store.reads.entries_with_events({i.event.id for i in before})
    known = {i.event.id: i for i in items}
    missing = {e for entry in entries for e in entry.events} - known.keys()
    known.update((i.event.id, i) for i in stored_items(store, missing, owners))
    clusters = [sorted((known[e] for e in entry.events if _key(known[e]) < _key(seed)), key=_key)
                for entry in entries]  # fmt: skip
    return sorted((c for c in clusters if c), key=lambda c: _key(c[0]))


def all_timeline_rows(analyses: Sequence[DocumentAnalysis], entities: Sequence[Entity]) -> FoldRows:
    """The timeline's whole fold state (every event's keys, every count), for a full relink."""
    items, _ = timeline_items(analyses, entities)
    words = Counter(w for i in items for w in i.words)
    found = Counter(e for i in items for e in i.entities)
    return FoldRows(
        blocks={LINKER: {i.event.id: event_keys(i) for i in items}},
        counts={WORDS: dict(words), ENTITIES: dict(found), EVENTS: {"": len(items)}},
    )


def _renamed(old: Sequence[Entity], fresh: Sequence[Entity]) -> set[str]:
    """Mentions of the entities whose alias words changed (shared words beyond their names change)."""
    before = {e.id: content_words(" ".join(e.aliases)) for e in old}
    changed = {e.id for e in fresh if e.id in before and before[e.id] != content_words(" ".join(e.aliases))}
    return {m for e in [*old, *fresh] if e.id in changed for m in e.mentions}


def _union(sets: Iterable[set[str]]) -> set[str]:
    return set().union(*sets)


def _events_with(store: Store, keys: set[str]) -> dict[str, frozenset[str]]:
    return store.records_in_blocks(LINKER, keys) if keys else {}


def _names(store: Store, items: Sequence[_Item], fresh: Sequence[Entity]) -> dict[str, frozenset[str]]:
    """The content words of the aliases of the entities of `items` (fresh records, else stored aliases)."""
    ids = {e for i in items for e in i.entities}
    aliases = {e.id: e.aliases for e in fresh if e.id in ids}
    aliases.update(store.reads.aliases_of(ids - aliases.keys()))
    return {entity: content_words(" ".join(found)) for entity, found in aliases.items()}
