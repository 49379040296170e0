"""The fold with small band tiers (storyline/store/fold_bands.py): batches merged down the tiers into
`fold_bands` on the way find the same copies and duplicates as a full relink, and store the same rows."""

from __future__ import annotations

import random

import pytest

from bench.scale.whole import db_state
from storyline.model import DocumentAnalysis
from storyline.run.relink import relink
from storyline.settings import Settings
from storyline.store import fold_bands, open_store
from tests.run.test_fold import _copied, _dated, demo, folded, full, snapshot  # noqa: F401  (the fixture)


def test_fold_through_small_tiers_equals_a_full_relink(
    demo: list[DocumentAnalysis],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    corpus = _copied(_dated(demo))
    order = corpus[:]
    random.Random(3).shuffle(order)
    monkeypatch.setattr(fold_bands, "TIER_BOUNDS", (400, 1600))
    with folded([[a] for a in order]) as store, open_store(":memory:") as whole:
        for analysis in corpus:
            whole.save_analysis(analysis)
        relink(whole, Settings())
        tiers = dict(store.conn.execute("SELECT tier, count(*) FROM fold_band_tiers GROUP BY tier"))
        merged = store.conn.execute("SELECT count(*) FROM fold_bands").fetchone()[0]
        stored = len(db_state(whole)["fold_bands"])
        assert stored > 2 * sum(fold_bands.TIER_BOUNDS) and 0 < sum(tiers.values()) <= sum(
            fold_bands.TIER_BOUNDS
        )
        assert merged >= stored - sum(tiers.values())  # most rows merged down into fold_bands
        assert snapshot(store) == full(corpus)
        assert db_state(store) == db_state(whole)
