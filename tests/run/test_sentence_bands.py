"""Migration 0021 (storyline/store/sentence_bands.py): a db whose `fold_bands` lists (band, document) gets
its sentences' rows from its stored texts, equal to a fresh build's, and folds on to a full relink's db."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from bench.scale.vary import varied
from bench.scale.whole import db_state
from storyline.model import DocumentAnalysis
from storyline.run.fold import link_new
from storyline.settings import Settings
from storyline.store import Store, open_store
from tests.run.test_fold import FOOTER, _never, demo  # noqa: F401  (the module's fixture)
from tests.store.before import as_before_sentence_bands, linked


def _corpus(demo: list[DocumentAnalysis]) -> list[DocumentAnalysis]:  # noqa: F811
    """Dated demo articles, varied copies of some (shared passages) and a footer under five."""
    dated = [a for a in demo if a.document.published.value is not None]
    footed = [
        replace(a, document=replace(a.document, text=f"{a.document.text}\n{FOOTER}")) for a in dated[:5]
    ]
    return [*footed, *dated[5:9], *(varied(a, k) for a in dated[5:7] for k in (1, 2))]


def test_a_migrated_db_equals_a_fresh_one_and_folds_on_to_a_full_relink(
    demo: list[DocumentAnalysis],  # noqa: F811
    tmp_path: Path,
) -> None:
    corpus = _corpus(demo)
    order = corpus[:]
    random.Random(5).shuffle(order)
    first, later = order[: len(order) // 2], order[len(order) // 2 :]
    fresh, old = tmp_path / "fresh.db", tmp_path / "old.db"
    linked(fresh, first)
    linked(old, first)
    as_before_sentence_bands(old)
    with open_store(old) as store:
        columns = [row[1] for row in store.conn.execute("PRAGMA table_info(fold_bands)")]
        assert columns == ["band", "document", "sentence_start", "sentence_end"]
    with open_store(fresh) as a, open_store(old) as b:
        before = db_state(a)
        assert db_state(b) == before
        assert len(before["fold_bands"]) > 1000 and len(before["duplicates"]) > 0
    with open_store(old) as store, pytest.MonkeyPatch.context() as patch:
        for analysis in later:
            store.save_analysis(analysis)
        patch.setattr(Store, "load_analyses", _never)  # folded by index, not relinked
        assert link_new(store, Settings()) == set()
        patch.undo()
        folded = db_state(store)
    linked(fresh, later)
    with open_store(fresh) as store:
        assert folded == db_state(store)
        assert len(folded["copies"]) > len(before["copies"])


def test_the_migration_of_an_empty_db_and_of_one_with_pending_documents(
    demo: list[DocumentAnalysis],  # noqa: F811
    tmp_path: Path,
) -> None:
    """Only linked documents get rows (pending ones get theirs when they are linked)."""
    path = tmp_path / "pending.db"
    linked(path, [])
    as_before_sentence_bands(path)
    with open_store(path) as store:
        assert store.conn.execute("SELECT count(*) FROM fold_bands").fetchone()[0] == 0
        store.save_analysis(demo[0])
    as_before_sentence_bands(path)
    with open_store(path) as store:
        assert store.conn.execute("SELECT count(*) FROM fold_bands").fetchone()[0] == 0
        assert store.links_pending() == 1
