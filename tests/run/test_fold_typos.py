"""The incremental linker and one-letter typos in organisation and place names (issue 10): a typo's
spellings are relinked together however the documents arrive, as a full relink joins them."""

from __future__ import annotations

from storyline.link.entities import link_entities
from tests.link.entities.entity_builders import analysis, folded_aliases


def test_a_typo_arriving_later_joins_the_stored_place() -> None:
    right = analysis([("Villa Gloria", "GPE"), ("Anna Berg", "PERSON")])
    typo = analysis([("Villa Glorida", "GPE")])
    full = {e.aliases for e in link_entities([right, typo], [])}
    assert ("Villa Gloria", "Villa Glorida") in full
    assert folded_aliases([[right], [typo]]) == full
    assert folded_aliases([[typo], [right]]) == full
