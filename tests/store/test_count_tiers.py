"""The timeline's counts through tiers (storyline/store/fold_reads.py COUNTS, storyline/store/tiers.py):
counts written batch by batch, changed, deleted and merged down by slices read at every step as the
counts last written, on SQLite and PostgreSQL alike; the fold through small count tiers equals a full
relink."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from bench.scale.whole import db_state
from storyline.model import DocumentAnalysis
from storyline.run.relink import relink
from storyline.settings import Settings
from storyline.store import Store, fold_reads, open_store
from storyline.store.connection import atomic, connect
from storyline.store.fold_reads import COUNTS, counts_of, keys_counted_between, save_counts
from storyline.store.migrations import MIGRATIONS, migrate
from storyline.store.tiers import held_rows
from tests.run.test_fold import _copied, _dated, demo, folded, full, snapshot  # noqa: F401  (the fixture)

SMALL = replace(COUNTS, bounds=(12, 48, 192), budget=8)
LINKERS = ("words", "entities")


def _batches(count: int) -> list[dict[str, dict[str, int]]]:
    """Batches of new, changed and dropped (0) counts over a pool of keys."""
    rng = random.Random(11)
    return [
        {
            linker: {f"k{rng.randrange(150)}": rng.choice((0, 1, 1, 2, 3, 7)) for _ in range(10)}
            for linker in LINKERS
        }
        for _ in range(count)
    ]


def _stored(store: Store) -> dict[str, dict[str, int]]:
    found: dict[str, dict[str, int]] = {}
    for linker, key, count in store.conn.execute("SELECT linker, key, count FROM fold_counts"):
        assert key not in found.setdefault(linker, {})  # each key in one place only
        found[linker][key] = count
    return found


def _check(store: Store, model: dict[str, dict[str, int]]) -> None:
    assert _stored(store) == {linker: found for linker, found in model.items() if found}
    for linker in LINKERS:
        keys = [f"k{n}" for n in range(150)]
        assert counts_of(store.conn, linker, keys) == model.get(linker, {})
        between = {k for k, n in model.get(linker, {}).items() if 1 < n <= 3}
        assert keys_counted_between(store.conn, linker, 1, 3) == between


def test_counts_read_as_last_written_through_sliced_tiers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fold_reads, "COUNTS", SMALL)
    model: dict[str, dict[str, int]] = {}
    with open_store(":memory:") as store:
        for batch in _batches(80):
            with atomic(store.conn):
                save_counts(store.conn, batch, full=False)
            for linker, found in batch.items():
                for key, count in found.items():
                    if count:
                        model.setdefault(linker, {})[key] = count
                    else:
                        model.get(linker, {}).pop(key, None)
            _check(store, model)
        placed = dict(store.conn.execute("SELECT tier, count(*) FROM fold_count_tiers GROUP BY tier"))
        kept = {tier: rows for tier, (rows, _) in held_rows(store.conn, SMALL).items() if rows}
        assert kept == placed and placed  # the kept counts are the tiers' rows, after deletes too
        assert store.conn.execute("SELECT count(*) FROM fold_counts_base").fetchone()[0] > 0
        save_counts(store.conn, {"words": {"k1": 4}}, full=True)
        _check(store, {"words": {"k1": 4}})
        assert held_rows(store.conn, SMALL) == {}


def test_count_tiers_agree_on_postgresql(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fold_reads, "COUNTS", SMALL)
    with open_store(pg_url) as pg, open_store(":memory:") as lite:
        for batch in _batches(50):
            for store in (pg, lite):
                with atomic(store.conn):
                    save_counts(store.conn, batch, full=False)
            for sql in (
                "SELECT * FROM fold_count_tiers",
                "SELECT * FROM fold_counts_base",
                "SELECT * FROM fold_tier_state",
            ):
                assert sorted(map(tuple, pg.conn.execute(sql))) == sorted(map(tuple, lite.conn.execute(sql)))
        for linker in LINKERS:
            assert keys_counted_between(pg.conn, linker, 1, 3) == keys_counted_between(
                lite.conn, linker, 1, 3
            )


def test_fold_through_small_count_tiers_equals_a_full_relink(
    demo: list[DocumentAnalysis],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    corpus = _copied(_dated(demo))
    order = corpus[:]
    random.Random(4).shuffle(order)
    monkeypatch.setattr(fold_reads, "COUNTS", replace(COUNTS, bounds=(60, 240), budget=40))
    with folded([[a] for a in order]) as store, open_store(":memory:") as whole:
        for analysis in corpus:
            whole.save_analysis(analysis)
        relink(whole, Settings())
        merged = store.conn.execute("SELECT count(*) FROM fold_counts_base").fetchone()[0]
        assert merged > 0 and store.conn.execute("SELECT count(*) FROM fold_count_tiers").fetchone()[0] > 0
        assert snapshot(store) == full(corpus)
        assert db_state(store) == db_state(whole)


def _migrated_with_counts(target: str) -> Store:
    """A db migrated up to 0025's predecessors with counts in the `fold_counts` table, then opened
    (0025 renames it under its view and adds the tiers)."""
    conn = connect(target)
    migrate(conn, [m for m in MIGRATIONS if m.name != "0025_write10_tiers"])
    conn.executemany(
        "INSERT INTO fold_counts (linker, key, count) VALUES (?, ?, ?)",
        [("words", "w:a", 3), ("words", "w:b", 1), ("entities", "e1", 2)],
    )
    conn.close()
    return open_store(target)


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_the_migration_keeps_the_stored_counts_readable_and_writable(
    dialect: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    target = str(tmp_path / "counts.db") if dialect == "sqlite" else request.getfixturevalue("pg_url")
    with _migrated_with_counts(target) as store:
        assert counts_of(store.conn, "words", ["w:a", "w:b", "w:c"]) == {"w:a": 3, "w:b": 1}
        assert keys_counted_between(store.conn, "entities", 1, 2) == {"e1"}
        with atomic(store.conn):
            save_counts(store.conn, {"words": {"w:a": 0, "w:b": 5, "w:c": 1}}, full=False)
        assert counts_of(store.conn, "words", ["w:a", "w:b", "w:c"]) == {"w:b": 5, "w:c": 1}
        assert _stored(store) == {"words": {"w:b": 5, "w:c": 1}, "entities": {"e1": 2}}
