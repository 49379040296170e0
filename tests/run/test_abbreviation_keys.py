"""Migration 0024 (storyline/store/abbreviation_keys.py): a db linked while an abbreviation had no `o:`
blocking key gets it where a relink writes it now (fold_mention_keys, fold_keys, fold_blocks), and folds
on to a full relink: "XQ" stored, "Xq Ltd" added, one entity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.scale.whole import db_state
from storyline.model import DocumentAnalysis
from storyline.run.fold import link_new
from storyline.settings import Settings
from storyline.store import Store, open_store
from storyline.store.abbreviation_keys import NAME
from tests.link.entities.entity_builders import analysis
from tests.run.test_fold import _never, demo  # noqa: F401  (the module's fixture)
from tests.store.before import abbreviation_keys_before_0024, forget, linked

XQ = analysis(
    [("XQ", "ORG"), ("Vesta Group", "ORG")], text="XQ and Vesta Group met 0.", published="2021-01-04"
)
XQ_LTD = analysis([("Xq Ltd", "ORG"), ("VG", "ORG")], text="Xq Ltd and VG met 1.", published="2021-01-05")
BP = analysis([("BP", "ORG")], text="BP met 2.", published="2021-01-06")
BP_PLC = analysis([("BP PLC", "ORG")], text="BP PLC met 3.", published="2021-01-07")


def _abbreviation_rows(store: Store) -> int:
    """The fold_mention_keys rows of abbreviations with their `o:` key (`a:`, `s:`, `o:` of one word)."""
    count = 0
    for (stored,) in store.conn.execute("SELECT keys FROM fold_mention_keys"):
        keys = set(json.loads(stored))
        count += any(k[:2] == "a:" and {f"s:{k[2:]}", f"o:{k[2:]}"} <= keys for k in keys)
    return count


def _old(path: Path, analyses: list[DocumentAnalysis]) -> None:
    """A db linked with the keys before 0024, marked as not migrated to it."""
    with abbreviation_keys_before_0024():
        linked(path, analyses)
    with open_store(path) as store:
        forget(store, NAME)


def test_the_migration_adds_what_a_relink_writes_and_the_fold_goes_on_to_a_full_relink(
    demo: list[DocumentAnalysis],  # noqa: F811
    tmp_path: Path,
) -> None:
    dated = [a for a in demo if a.document.published.value is not None]
    first, later = [*dated[:8], XQ, BP], [*dated[8:11], XQ_LTD, BP_PLC]
    with abbreviation_keys_before_0024():
        linked(tmp_path / "unmigrated.db", first)
    linked(tmp_path / "fresh.db", first)
    with open_store(tmp_path / "unmigrated.db") as old, open_store(tmp_path / "fresh.db") as fresh:
        before, expected = db_state(old), db_state(fresh)
        assert _abbreviation_rows(old) == 0 and _abbreviation_rows(fresh) >= 2
    differing = [table for table in expected if before[table] != expected[table]]
    assert differing == ["fold_keys", "fold_blocks", "fold_mention_keys"]
    _old(tmp_path / "old.db", first)
    with open_store(tmp_path / "old.db") as store, pytest.MonkeyPatch.context() as patch:  # migrated
        assert db_state(store) == expected
        for added in later:
            store.save_analysis(added)
        patch.setattr(Store, "load_analyses", _never)  # folded by index, not relinked
        assert link_new(store, Settings()) == set()
        patch.undo()
        folded = db_state(store)
    linked(tmp_path / "whole.db", first + later)
    with open_store(tmp_path / "whole.db") as store:
        assert folded == db_state(store)
        entities = store.load_links().entities
        assert {"XQ", "Xq Ltd"} <= set(next(e.aliases for e in entities if "XQ" in e.aliases))
        assert {"BP", "BP PLC"} <= set(next(e.aliases for e in entities if "BP" in e.aliases))


def test_the_migration_of_an_empty_db_and_of_pending_documents(tmp_path: Path) -> None:
    """Only linked documents get keys (pending ones get theirs when they are linked)."""
    path = tmp_path / "pending.db"
    _old(path, [])
    with open_store(path) as store:
        assert store.conn.execute("SELECT count(*) FROM fold_keys").fetchone()[0] == 0
        store.save_analysis(XQ)
        forget(store, NAME)
    with open_store(path) as store:
        assert store.conn.execute("SELECT count(*) FROM fold_keys").fetchone()[0] == 0
        assert store.links_pending() == 1
