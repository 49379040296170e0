"""The timeline fold's event counts (`fold_counts`) as the fold reads them while it runs."""

from __future__ import annotations

from storyline.run.fold_timeline_state import ENTITIES, EVENTS, WORDS, Counts, Owners
from storyline.store import open_store
from storyline.store.fold_reads import save_counts


def test_an_entity_whose_events_keep_it_keeps_its_count() -> None:
    """Two mentions of one event relinked from entity A to B and from B to A: the event's entities are
    unchanged, so A's net change is zero, and A's count is the stored one (it was read as 0, so a common
    entity looked distinctive)."""
    with open_store(":memory:") as store:
        save_counts(store.conn, {ENTITIES: {"A": 9, "B": 9}, WORDS: {}, EVENTS: {"": 40}}, full=True)
        owners = Owners(
            before={"m1": "A", "m2": "B"}, after={"m1": "B", "m2": "A"}, scope=frozenset({"m1", "m2"})
        )
        counts = Counts(store, [], {"event:x": frozenset({"m:m1", "m:m2"})}, owners)
        assert counts.of(store, ENTITIES, {"A", "B"}) == {"A": 9, "B": 9}
        assert counts.flipped(ENTITIES) == set()
        assert counts.changed() == {ENTITIES: {}, WORDS: {}, EVENTS: {"": 40}}


def test_a_moved_mention_moves_one_event_count() -> None:
    with open_store(":memory:") as store:
        save_counts(store.conn, {ENTITIES: {"A": 6, "B": 5}, EVENTS: {"": 40}}, full=True)
        owners = Owners(before={"m1": "A"}, after={"m1": "B"}, scope=frozenset({"m1"}))
        counts = Counts(store, [], {"event:x": frozenset({"m:m1"})}, owners)
        assert counts.of(store, ENTITIES, {"A", "B"}) == {"A": 5, "B": 6}
        assert counts.flipped(ENTITIES) == {"A", "B"}  # the limit is 5: A stops, B starts being common
