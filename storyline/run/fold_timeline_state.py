"""What the timeline fold reads of the store besides its blocks: mention owners and event counts.

`Owners` says which entity owns a mention before and after the entity fold; `Counts` holds the stored
event counts of words and entities (`fold_counts`) with the fold's changes, so the corpus vocabulary is
known without reading the corpus; `stored_items` loads stored events as the sweep's items, with the
entities their mentions have after the fold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storyline.link.timeline import _Item, _item, published_day
from storyline.link.timeline import vocabulary_limit as limit_of
from storyline.store import Store

LINKER = "timeline"  # fold_blocks: event -> time blocks, "w:" words, "m:" mentions
WORDS, ENTITIES, EVENTS = "timeline-words", "timeline-entities", "timeline-events"  # fold_counts


@dataclass(frozen=True, slots=True)
class Owners:
    """Who owns a mention before and after the entity fold (`scope`: the mentions the fold relinked)."""

    before: dict[str, str]
    after: Mapping[str, str]
    scope: frozenset[str]

    def now(self, mention: str) -> str | None:
        return self.after.get(mention) if mention in self.scope else self.before.get(mention)


def stored_items(store: Store, events: set[str], owners: Owners) -> list[_Item]:
    loaded = store.reads.events_by_id(events)
    mentions = {m for event, _ in loaded for m in event.mentions}
    before = store.reads.owners_of(mentions - owners.scope)
    entity_of = {m: o for m in mentions if (o := owners.now(m) if m in owners.scope else before.get(m))}
    return [_item(event, entity_of, published_day(published)) for event, published in loaded]


class Counts:
    """The stored event counts of words and entities, with the fold's changes (new events; old events
    whose entities changed)."""

    def __init__(
        self, store: Store, new: Sequence[_Item], affected: Mapping[str, frozenset[str]], owners: Owners
    ) -> None:
        self.delta = {WORDS: Counter[str](), ENTITIES: Counter[str]()}
        for item in new:
            self.delta[WORDS].update(item.words)
            self.delta[ENTITIES].update(item.entities)
        for keys in affected.values():
            mentions = [k[2:] for k in keys if k.startswith("m:")]
            self.delta[ENTITIES].subtract({o for m in mentions if (o := owners.before.get(m))})
            self.delta[ENTITIES].update({o for m in mentions if (o := owners.now(m))})
        self.events_before = store.reads.counts_of(EVENTS, [""]).get("", 0)
        self.events = self.events_before + len(new)
        low, high = limit_of(self.events_before), limit_of(self.events)
        self.before: dict[str, dict[str, int]] = {}
        for linker, delta in self.delta.items():
            wanted = set(delta) | store.reads.keys_counted_between(linker, low, high)  # a zero delta too
            self.before[linker] = store.reads.counts_of(linker, wanted)

    def of(self, store: Store, linker: str, keys: set[str]) -> dict[str, int]:
        """The counts of `keys` after the fold."""
        missing = store.reads.counts_of(linker, keys - self.before[linker].keys())
        after = self._after(linker)
        return {k: after[k] if k in after else missing.get(k, 0) for k in keys}

    def _after(self, linker: str) -> dict[str, int]:
        before, delta = self.before[linker], self.delta[linker]
        return {k: before.get(k, 0) + delta.get(k, 0) for k in before.keys() | delta.keys()}

    def flipped(self, linker: str) -> set[str]:
        """Keys that were in stored events and whose commonness changed."""
        low, high = limit_of(self.events_before), limit_of(self.events)
        after = self._after(linker)
        return {k for k, n in self.before[linker].items() if n > 0 and (n > low) != (after[k] > high)}

    def changed(self) -> dict[str, dict[str, int]]:
        found = {linker: {k: n for k, n in self._after(linker).items() if n != self.before[linker].get(k, 0)}
                 for linker in self.delta}  # fmt: skip
        return {**found, EVENTS: {"": self.events}}
