"""Naming an entity on the command line (issue 10): an ambiguous `entities merge NAME` lists the
candidates with ids and mention counts; `--speaker` / `--entity` match aliases as whole words, never a
substring of other text."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.errors import InputError, NotFound
from storyline.model import Entity, make_id
from storyline.store import Store, open_store
from storyline.store.corrections import record_merge
from tests.store.corpus import analyses, links


@pytest.fixture()
def store() -> Store:
    """The store corpus plus a second "Dmitry" with no mentions."""
    store = open_store(":memory:")
    for analysis in analyses():
        store.save_analysis(analysis)
    base = links()
    other = Entity(id=make_id("entity", "Dmitry Orlov"), name="Dmitry Orlov", type="PERSON",
                   aliases=("Dmitry Orlov",), mentions=())  # fmt: skip
    store.save_links(replace(base, entities=(*base.entities, other)))
    return store


def test_an_ambiguous_merge_target_lists_the_candidates_with_ids_and_counts(store: Store) -> None:
    with pytest.raises(InputError) as error:
        record_merge(store, "Dmitry", "Belarus")
    message = str(error.value)
    peskov, orlov = make_id("entity", "Dmitry Peskov"), make_id("entity", "Dmitry Orlov")
    assert peskov in message and orlov in message
    assert "3 mentions" in message and "0 mentions" in message
    assert message.index(peskov) < message.index(orlov)  # most mentioned first
    assert error.value.hint and "id" in error.value.hint


def test_a_speaker_is_matched_by_whole_words_never_a_substring(store: Store) -> None:
    with pytest.raises(NotFound):
        store.statements(speaker="Pesk")
    with pytest.raises(NotFound):
        store.timeline(entity="larus")
    (row,) = store.statements(speaker="Peskov")
    assert row.speaker_name == "Dmitry Peskov"
