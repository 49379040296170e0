"""Incremental timeline: only the stretches of time that new events or a changed vocabulary touch are redone.

`build_timeline` sweeps the events in order of their start and compares an event only with the entries
still open in time, so events in two stretches whose intervals never meet (a gap with no event between
them) never meet either: the timeline is the union of the sweeps of those stretches. A stretch is redone
when it holds an event of a new document, an event with a word or an entity whose commonness changed
(the common vocabulary is corpus-wide), or an event whose entities changed; every other stored entry is
kept. The result equals `build_timeline` over the whole corpus.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence

from storyline.link.statement_fold import changed_entities
from storyline.link.timeline import (
    Vocabulary,
    _entry,
    _Item,
    _precise,
    sort_entries,
    sweep,
    timeline_items,
    vocabulary_limit,
)
from storyline.model import DocumentAnalysis, Entity, TimelineEntry


def stretches(items: Sequence[_Item]) -> list[list[_Item]]:
    """`items` (sorted by start) cut where an event starts after every earlier one has ended."""
    parts: list[list[_Item]] = []
    latest = None
    for item in items:
        if latest is None or item.start > latest:
            parts.append([])
        parts[-1].append(item)
        latest = item.end if latest is None or item.start > latest else max(latest, item.end)
    return parts


def time_keys(item: _Item) -> frozenset[str]:
    """The time blocks of an event: each day of a precise one ("d:" day), the value of a coarse one ("v:")."""
    if not _precise(item):
        return frozenset({"v:" + item.event.time.value})
    days = (item.end - item.start).days
    return frozenset("d:" + (item.start + dt.timedelta(days=k)).isoformat() for k in range(days + 1))


def event_keys(item: _Item) -> frozenset[str]:
    """What the timeline fold finds an event by: its time blocks, its words ("w:"), its mentions ("m:")."""
    words = {"w:" + w for w in item.words}
    return time_keys(item) | words | {"m:" + m for m in item.event.mentions}


def blocks(items: Sequence[_Item]) -> list[list[_Item]]:
    """`items` (sorted by start) in blocks the sweep never joins across: events dated to a month or more
    by their value (`dates_agree` wants the same value when one is not precise), precise ones in
    stretches of overlapping intervals; each block keeps the sweep's order."""
    coarse: dict[str, list[_Item]] = {}
    for item in items:
        if not _precise(item):
            coarse.setdefault(item.event.time.value, []).append(item)
    return [*stretches([i for i in items if _precise(i)]), *(coarse[v] for v in sorted(coarse))]


def counted_vocabulary(
    items: Iterable[_Item],
    words: Mapping[str, int],
    entities: Mapping[str, int],
    events: int,
    names: dict[str, frozenset[str]],
) -> Vocabulary:
    """The corpus vocabulary as far as `items` can see it, from corpus-wide counts of `events` events."""
    limit = vocabulary_limit(events)
    seen = list(items)
    return Vocabulary(
        words=frozenset(w for i in seen for w in i.words if words.get(w, 0) > limit),
        entities=frozenset(e for i in seen for e in i.entities if entities.get(e, 0) > limit),
        names=names,
    )


def entries_of(items: Sequence[_Item], common: Vocabulary) -> list[TimelineEntry]:
    """The entries of `items` (sorted by start), block by block (as `build_timeline` gives them)."""
    return [_entry(cluster) for block in blocks(items) for cluster in sweep(block, common)]


def update_timeline(
    analyses: Sequence[DocumentAnalysis],
    new_documents: Collection[str],
    entities: Sequence[Entity],
    old_entities: Sequence[Entity],
    old_timeline: Sequence[TimelineEntry],
) -> tuple[TimelineEntry, ...]:
    """The timeline of `analyses` from the stored one of all but `new_documents` (module docstring)."""
    items, common = timeline_items(analyses, entities)
    before = [a for a in analyses if a.document.id not in new_documents]
    old_items, old_common = timeline_items(before, old_entities)
    old_entities_of = {i.event.id: i.entities for i in old_items}
    words = common.words ^ old_common.words
    touched = common.entities ^ old_common.entities | changed_entities(old_entities, entities)

    def dirty(item: _Item) -> bool:
        return (
            item.event.id not in old_entities_of
            or old_entities_of[item.event.id] != item.entities
            or bool(item.words & words or item.entities & touched)
        )

    fresh: list[TimelineEntry] = []
    redone: set[str] = set()
    for part in blocks(items):
        if any(dirty(item) for item in part):
            fresh.extend(_entry(cluster) for cluster in sweep(part, common))
            redone.update(item.event.id for item in part)
    kept = (entry for entry in old_timeline if not redone.intersection(entry.events))
    return sort_entries([*kept, *fresh])
