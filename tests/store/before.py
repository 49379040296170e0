"""Dbs as the migrations before one left them, on SQLite and PostgreSQL alike: a migration's tests turn a
linked db back into its earlier form and reopen it, which applies the migration again."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

from storyline.model import DocumentAnalysis
from storyline.names.keys import blocks
from storyline.run.relink import relink
from storyline.settings import Settings
from storyline.store import Store, open_store
from storyline.store.fold_bands import BANDS_SQL
from storyline.store.postgres import is_postgres
from storyline.store.sentence_bands import NAME as SENTENCE_BANDS

OLD_BANDS = BANDS_SQL.split(";")[0]  # fold_bands (band, document) as migration 0017 made it


def forget(store: Store, name: str) -> None:
    """Mark the migration `name` as not applied (and SQLite's `user_version` as the count of the others),
    so that opening the db applies it again."""
    conn = store.conn
    conn.execute("DELETE FROM migrations WHERE name = ?", (name,))
    if not is_postgres(conn):
        count = conn.execute("SELECT count(*) FROM migrations").fetchone()[0]
        conn.execute(f"PRAGMA user_version = {int(count)}")


def as_before_sentence_bands(target: Path | str) -> None:
    """Turn a db (a SQLite path or a PostgreSQL url) into what the migrations before 0021 left: fold_bands
    (band, document), WITHOUT ROWID on SQLite (PostgreSQL has no such tables)."""
    with open_store(target) as store:
        conn = store.conn
        old = OLD_BANDS.replace(" WITHOUT ROWID", "") if is_postgres(conn) else OLD_BANDS
        conn.execute("ALTER TABLE fold_bands RENAME TO new_bands")
        conn.execute(old)
        conn.execute("INSERT INTO fold_bands SELECT DISTINCT band, document FROM new_bands")
        conn.execute("DROP TABLE new_bands")
        forget(store, SENTENCE_BANDS)


@contextmanager
def abbreviation_keys_before_0024() -> Iterator[None]:
    """Inside: an abbreviation's blocking keys as before migration 0024 (`a:` and `s:`, no `o:` key)."""
    keys = blocks.abbreviation_keys
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(blocks, "abbreviation_keys", lambda r: frozenset(k for k in keys(r) if k[:2] != "o:"))
        blocks._KEYS_OF.clear()  # the keys of records already seen
        try:
            yield
        finally:
            blocks._KEYS_OF.clear()


def linked(target: Path | str, analyses: Sequence[DocumentAnalysis]) -> None:
    """Store `analyses` in a db and relink it."""
    with open_store(target) as store:
        for analysis in analyses:
            store.save_analysis(analysis)
        relink(store, Settings())
