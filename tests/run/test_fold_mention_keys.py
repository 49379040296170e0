"""Stored per-mention blocking keys (migration 0022, storyline/store/fold_mentions.py): the link step
writes them, the migration fills them from stored analyses, and the entity fold reads them instead of
keying stored documents again; a db without them folds to the same links."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import storyline.run.fold_loaded as fold_loaded
from bench.scale.whole import db_state
from storyline.model import DocumentAnalysis
from storyline.run.fold import link_new
from storyline.settings import Settings
from storyline.store import open_store
from storyline.store.fold_mentions import NAME
from tests.run.test_fold import demo  # noqa: F401  (the module's fixture)
from tests.store.before import forget, linked


def _rows(path: Path) -> list[tuple[Any, ...]]:
    with open_store(path) as store:
        return sorted(tuple(r) for r in store.conn.execute("SELECT * FROM fold_mention_keys"))


def _as_before_0022(path: Path) -> None:
    with open_store(path) as store:
        store.conn.execute("DELETE FROM fold_mention_keys")
        store.conn.execute("DROP TABLE fold_mention_keys")
        forget(store, NAME)


def test_the_migration_fills_what_a_relink_writes(
    demo: list[DocumentAnalysis],  # noqa: F811
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    linked(path, demo[:8])
    written = _rows(path)
    assert len(written) > 50 and all(r[2].startswith('["') for r in written)
    _as_before_0022(path)
    assert _rows(path) == written  # reopened: migrated again


def test_the_fold_reads_stored_keys_and_equals_a_full_relink_with_or_without_them(
    demo: list[DocumentAnalysis],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, later = demo[:9], demo[9:12]
    keyed: list[str] = []
    original = fold_loaded.mention_keys

    def counted(analysis: DocumentAnalysis, **kwargs: Any) -> Any:
        keyed.append(analysis.document.id)
        return original(analysis, **kwargs)

    monkeypatch.setattr(fold_loaded, "mention_keys", counted)
    states = []
    for emptied in (False, True):
        path = tmp_path / f"fold-{emptied}.db"
        linked(path, first)
        with open_store(path) as store:
            if emptied:  # keyed as before 0022: the fold keys stored documents itself
                store.conn.execute("DELETE FROM fold_mention_keys")
            for analysis in later:
                store.save_analysis(analysis)
            keyed.clear()
            assert link_new(store, Settings()) == set()
            states.append(db_state(store))
            stored = set(keyed) - {a.document.id for a in later}
            assert bool(stored) == emptied
    whole = tmp_path / "whole.db"
    linked(whole, first + later)
    with open_store(whole) as store:
        expected = db_state(store)
    assert states[0] == expected
    assert {k: v for k, v in states[1].items() if k != "fold_mention_keys"} == {
        k: v for k, v in expected.items() if k != "fold_mention_keys"
    }
