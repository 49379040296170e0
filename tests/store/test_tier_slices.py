"""Tier merges by bounded slices (storyline/store/tiers.py): no batch moves more than its budget out of a
tier, a merge in flight spans batches, and at every step the reads, the stored union and the kept counts
are exact, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator

import pytest

from storyline.store import Store, open_store
from storyline.store.connection import atomic, connect
from storyline.store.fold_bands import BANDS, BandRow, all_bands, band_sentences, save_bands
from storyline.store.migrations import MIGRATIONS, migrate
from storyline.store.tiers import Move, Tiered, held_rows, insert

BOUNDS = (40, 160, 640)  # three small tiers, then fold_bands
BUDGET = 30  # a slice's rows at least: a deep tier's merge spans many batches


@pytest.fixture
def store() -> Iterator[Store]:
    with open_store(":memory:") as store:
        yield store


def _batch(seed: int, documents: int = 2, shared: bool = True) -> dict[str, frozenset[BandRow]]:
    """`documents` documents of four sentences with two random band keys each (and key 7 if `shared`)."""
    rng = random.Random(seed)
    keys = (7,) if shared else ()
    return {
        f"doc-{seed}-{d}": frozenset(
            (key, 10 * s, 10 * s + 9)
            for s in range(4)
            for key in (rng.getrandbits(63), rng.getrandbits(63), *keys)
        )
        for d in range(documents)
    }


def _counted(store: Store) -> dict[int, int]:
    return dict(store.conn.execute("SELECT tier, count(*) FROM fold_band_tiers GROUP BY tier"))


def _rows(batches: list[dict[str, frozenset[BandRow]]]) -> list[tuple[int, str, int, int]]:
    return sorted({(band, d, s, e) for b in batches for d, rows in b.items() for band, s, e in rows})


def _write(store: Store, batch: dict[str, frozenset[BandRow]]) -> list[Move]:
    with atomic(store.conn):
        return save_bands(store.conn, batch, full=False, bounds=BOUNDS, budget=BUDGET)


def test_reads_are_exact_at_every_step_of_a_sliced_merge(store: Store) -> None:
    batches = [_batch(seed) for seed in range(120)]
    moves: list[Move] = []
    for number, batch in enumerate(batches, 1):
        moves += _write(store, batch)
        assert all_bands(store.conn) == _rows(batches[:number])  # every row in exactly one place, none lost
        kept = {tier: rows for tier, (rows, _) in held_rows(store.conn, BANDS).items() if rows}
        assert kept == _counted(store)  # the kept counts are the tiers' rows
        with open_store(":memory:") as flat:
            save_bands(flat.conn, {d: r for b in batches[:number] for d, r in b.items()}, full=True)
            keys = [7, *(band for band, _, _, _ in all_bands(flat.conn)[number % 5 :: 7])]
            assert band_sentences(store.conn, keys) == band_sentences(flat.conn, keys)
    deepest = [m for m in moves if m.tier == len(BOUNDS) - 1]
    assert deepest and any(not m.done for m in deepest)  # the last tier's merge went on over batches
    assert store.conn.execute("SELECT count(*) FROM fold_bands").fetchone()[0] > 0


def test_no_batch_moves_more_than_its_budget_out_of_a_tier(store: Store) -> None:
    """Distinct keys: a slice is at most the budget (twice the batch's rows when that is more), and the
    tiers stay within their bound and a merge's worth of rows."""
    for seed in range(150):
        batch = _batch(seed, shared=False)
        added = sum(len(rows) for rows in batch.values())
        for move in _write(store, batch):
            assert move.rows <= max(BUDGET, 2 * added)
        for tier, rows in _counted(store).items():
            assert rows <= BOUNDS[tier] + 2 * max(BUDGET, 2 * added) * (tier + 1)


def test_whole_merges_and_slices_store_the_same_rows(store: Store) -> None:
    batches = [_batch(seed) for seed in range(60)]
    with open_store(":memory:") as whole:
        for batch in batches:
            _write(store, batch)
            with atomic(whole.conn):
                moves = save_bands(whole.conn, batch, full=False, bounds=BOUNDS, budget=10**12)
            assert all(m.done for m in moves)  # a budget no tier reaches: each merge in one batch
        assert all_bands(store.conn) == all_bands(whole.conn) == _rows(batches)


def test_a_full_relink_forgets_the_merges(store: Store) -> None:
    for seed in range(40):
        _write(store, _batch(seed))
    assert held_rows(store.conn, BANDS)
    save_bands(store.conn, _batch(99), full=True)
    assert held_rows(store.conn, BANDS) == {} and _counted(store) == {}


def test_the_migration_counts_the_tiers_rows() -> None:
    """A db whose tiers were written before the state table (migration 0023 alone) gets their counts."""
    conn = connect(":memory:")
    migrate(conn, [m for m in MIGRATIONS if m.name != "0025_write10_tiers"])
    rows = [
        (tier, band, f"d{band}", 0, 9) for tier in (0, 2) for band in range(tier * 10, tier * 10 + 5 + tier)
    ]
    conn.executemany("INSERT INTO fold_band_tiers VALUES (?, ?, ?, ?, ?)", rows)
    migrate(conn)
    assert held_rows(conn, BANDS) == {0: (5, False), 2: (7, False)}


_TOY = """
CREATE TABLE toy (
    name TEXT NOT NULL, number INTEGER NOT NULL, note TEXT NOT NULL, PRIMARY KEY (name, number)
);
CREATE TABLE toy_tiers (
    tier INTEGER NOT NULL, name TEXT NOT NULL, number INTEGER NOT NULL, note TEXT NOT NULL,
    PRIMARY KEY (tier, name, number)
)
"""
TOY = Tiered(
    base="toy", tiers="toy_tiers", columns=("name", "number", "note"), key=2, by=2, bounds=(8, 24), budget=5
)


def _toy_batches() -> list[list[tuple[str, int, str]]]:
    rng = random.Random(5)
    return [
        sorted({(rng.choice("abc") + rng.choice("xyz"), rng.randrange(40), f"n{seed}") for _ in range(6)})
        for seed in range(40)
    ]


def _toy_state(conn: sqlite3.Connection) -> tuple[list[tuple[object, ...]], ...]:
    tiers = sorted(tuple(r) for r in conn.execute("SELECT * FROM toy_tiers"))
    base = sorted(tuple(r) for r in conn.execute("SELECT * FROM toy"))
    state = sorted(tuple(r) for r in conn.execute("SELECT * FROM fold_tier_state WHERE tiered = 'toy'"))
    return tiers, base, state


def _toy_union(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    sql = "SELECT name, number FROM toy UNION SELECT name, number FROM toy_tiers"
    return sorted(tuple(r) for r in conn.execute(sql))


def _toy_run(conn: sqlite3.Connection) -> Iterator[tuple[list[Move], tuple[list[tuple[object, ...]], ...]]]:
    for statement in _TOY.split(";"):
        conn.execute(statement)
    for batch in _toy_batches():
        with atomic(conn):
            moves = insert(conn, TOY, batch)
        yield moves, _toy_state(conn)


def test_slices_cut_along_two_key_columns() -> None:
    """A tiered table keyed by (text, number), sliced along both (a row-value cursor)."""
    with open_store(":memory:") as store:
        seen: set[tuple[str, int]] = set()
        moves: list[Move] = []
        for batch, (found, _) in zip(_toy_batches(), _toy_run(store.conn), strict=True):
            seen |= {(name, number) for name, number, _ in batch}
            moves += found
            assert _toy_union(store.conn) == sorted(seen)
        assert any(not m.done for m in moves) and any(m.tier == 1 and m.rows for m in moves)


def test_sliced_merges_agree_on_postgresql(pg_url: str) -> None:
    """Every batch's slices, tiers, base rows and kept state on PostgreSQL are SQLite's, step by step."""
    with open_store(pg_url) as pg, open_store(":memory:") as lite:
        for seed in range(60):
            batch = _batch(seed)
            assert _write(pg, batch) == _write(lite, batch)
            for sql in ("SELECT * FROM fold_band_tiers", "SELECT * FROM fold_tier_state"):
                assert sorted(map(tuple, pg.conn.execute(sql))) == sorted(map(tuple, lite.conn.execute(sql)))
            assert all_bands(pg.conn) == all_bands(lite.conn)
        assert band_sentences(pg.conn, [7]) == band_sentences(lite.conn, [7])
        for (pg_moves, pg_state), (lite_moves, lite_state) in zip(
            _toy_run(pg.conn), _toy_run(lite.conn), strict=True
        ):
            assert pg_moves == lite_moves and pg_state == lite_state
