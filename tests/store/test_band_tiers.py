"""The band index's tiers (storyline/store/fold_bands.py): a batch's rows go into the newest tier, a tier
over its bound is merged into the next and the last into `fold_bands`; reads and the stored union do not
depend on where a row is."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from storyline.store import Store, open_store
from storyline.store.connection import atomic
from storyline.store.fold_bands import BandRow, all_bands, band_sentences, save_bands

BOUNDS = (40, 120)  # small tiers: a batch holds 36 rows


@pytest.fixture
def store() -> Iterator[Store]:
    with open_store(":memory:") as store:
        yield store


def _batch(seed: int, documents: int = 3) -> dict[str, frozenset[BandRow]]:
    """`documents` documents of four sentences with three random band keys each (one key shared)."""
    rng = random.Random(seed)
    return {
        f"doc-{seed}-{d}": frozenset(
            (key, 10 * s, 10 * s + 9)
            for s in range(4)
            for key in (rng.getrandbits(63), 7, rng.getrandbits(63))
        )
        for d in range(documents)
    }


def _tiers(store: Store) -> dict[int, int]:
    return dict(store.conn.execute("SELECT tier, count(*) FROM fold_band_tiers GROUP BY tier"))


def _main_rows(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM fold_bands").fetchone()[0])


def test_batches_merge_down_the_tiers_and_read_as_one_table(store: Store) -> None:
    batches = [_batch(seed) for seed in range(11)]
    with open_store(":memory:") as whole:
        save_bands(whole.conn, {d: r for b in batches for d, r in b.items()}, full=True)
        for batch in batches:
            save_bands(store.conn, batch, full=False, bounds=BOUNDS)
            assert all(rows <= bound for tier, rows in _tiers(store).items() for bound in [BOUNDS[tier]])
        assert _main_rows(store) > 0 and _tiers(store)  # rows in fold_bands and in a tier
        assert _tiers(whole) == {} and all_bands(store.conn) == all_bands(whole.conn)
        keys = [7, *(band for band, _, _, _ in all_bands(whole.conn)[::5])]
        assert band_sentences(store.conn, keys) == band_sentences(whole.conn, keys)
        assert len(band_sentences(store.conn, [7])) == 33  # the shared key, found in every tier


def test_a_row_stored_again_is_kept_once(store: Store) -> None:
    batch = _batch(1)
    save_bands(store.conn, batch, full=False, bounds=BOUNDS)
    before = all_bands(store.conn)
    for _ in range(4):
        save_bands(store.conn, batch, full=False, bounds=BOUNDS)  # merged onto its own rows
    assert all_bands(store.conn) == before
    assert sum(_tiers(store).values()) + _main_rows(store) == len(before)


def test_a_full_relink_empties_the_tiers(store: Store) -> None:
    for seed in range(5):
        save_bands(store.conn, _batch(seed), full=False, bounds=BOUNDS)
    assert _tiers(store)
    save_bands(store.conn, _batch(9), full=True)
    assert _tiers(store) == {} and all_bands(store.conn) == sorted(
        (band, d, start, end) for d, rows in _batch(9).items() for band, start, end in rows
    )


def test_the_tiers_merge_alike_on_postgresql(pg_url: str) -> None:
    """The merges' SQL (INSERT … SELECT … ORDER BY, then DELETE) as PostgreSQL reads it: the same rows,
    in the same tiers, as SQLite's."""
    batches = [_batch(seed) for seed in range(11)]
    with open_store(pg_url) as pg, open_store(":memory:") as lite:
        for batch in batches:
            for store in (pg, lite):
                with atomic(store.conn):
                    save_bands(store.conn, batch, full=False, bounds=BOUNDS)
        assert _tiers(pg) == _tiers(lite) and _main_rows(pg) == _main_rows(lite) > 0
        assert all_bands(pg.conn) == all_bands(lite.conn)
        assert band_sentences(pg.conn, [7]) == band_sentences(lite.conn, [7])
