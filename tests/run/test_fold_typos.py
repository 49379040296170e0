"""The incremental linker and one-letter typos in organisation and place names (issue 10): a typo's
spellings are relinked together however the documents arrive, as a full relink joins them."""

from __future__ import annotations

from storyline.link.entities import link_entities
from storyline.model import DocumentAnalysis
from storyline.run.fold import link_new
from storyline.settings import Settings
from storyline.store import open_store
from tests.link.entities.entity_builders import analysis


def _folded_entities(batches: list[list[DocumentAnalysis]]) -> set[tuple[str, ...]]:
    with open_store(":memory:") as store:
        for batch in batches:
            for item in batch:
                store.save_analysis(item)
            link_new(store, Settings())
        return {e.aliases for e in store.load_links().entities}


def test_a_typo_arriving_later_joins_the_stored_place() -> None:
    right = analysis([("Villa Gloria", "GPE"), ("Anna Berg", "PERSON")])
    typo = analysis([("Villa Glorida", "GPE")])
    full = {e.aliases for e in link_entities([right, typo], [])}
    assert ("Villa Gloria", "Villa Glorida") in full
    assert _folded_entities([[right], [typo]]) == full
    assert _folded_entities([[typo], [right]]) == full
