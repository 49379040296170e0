"""A run killed while it creates a db leaves a file the next command accepts (issue 11: a run that dies
anywhere leaves a db the next command completes)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storyline.errors import ForeignDatabase, StoreError
from storyline.store.migrations import MIGRATIONS, Migration, applied, migrate
from storyline.store.store import open_store


def _failing(conn: sqlite3.Connection) -> None:
    raise sqlite3.OperationalError("killed here")


def test_a_first_migration_that_fails_leaves_no_migrations_table(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "new.db", isolation_level=None)
    broken = Migration(MIGRATIONS[0].name, "CREATE TABLE half_made (x INTEGER)", run=_failing)
    with pytest.raises(StoreError):
        migrate(conn, [broken])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == set()
    assert applied(conn) == []


def test_a_db_left_with_only_an_empty_migrations_table_is_completed(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"  # what a storyline before this fix left when killed right there
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    conn.close()
    with pytest.raises(ForeignDatabase, match="no storyline data yet"):
        open_store(path, read_only=True)
    with open_store(path) as store:
        done = applied(store.conn)
    assert done == [m.name for m in MIGRATIONS]


def test_another_applications_db_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ForeignDatabase, match="another application"):
        open_store(path)
    assert path.read_bytes() == before
