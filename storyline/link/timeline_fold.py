"""Incremental timeline: only the stretches of time that new events or a changed vocabulary touch are redone.

`build_timeline` sweeps the events in order of their start and compares an event only with the entries
still open in time, so events in two stretches whose intervals never meet (a gap with no event between
them) never meet either: the timeline is the union of the sweeps of those stretches. A stretch is redone
when it holds an event of a new document, an event with a word or an entity whose commonness changed
(the common vocabulary is corpus-wide), or an event whose entities changed; every other stored entry is
kept. The result equals `build_timeline` over the whole corpus.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from storyline.link.statement_fold import changed_entities
from storyline.link.timeline import _entry, _Item, sort_entries, sweep, timeline_items
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
    for part in stretches(items):
        if any(dirty(item) for item in part):
            fresh.extend(_entry(cluster) for cluster in sweep(part, common))
            redone.update(item.event.id for item in part)
    kept = (entry for entry in old_timeline if not redone.intersection(entry.events))
    return sort_entries([*kept, *fresh])
