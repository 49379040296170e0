"""The SQLite connection: opening with the right pragmas, transactions as savepoints, name folding."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from anyascii import anyascii

from storyline.errors import StoreError
from storyline.store.dialect import is_url, url_of
from storyline.store.postgres import connect_postgres, is_postgres

MEMORY = ":memory:"
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str | None) -> str:
    """Case-, diacritic- and script-insensitive form of a name: "Linkevičius" → "linkevicius".

    Punctuation becomes single spaces, so "D. Peskov" folds to "d peskov".
    """
    if not text:
        return ""
    return _NOT_WORD.sub(" ", anyascii(text).casefold()).strip()


def connect(path: str | Path, *, create: bool = True, read_only: bool = False) -> sqlite3.Connection:
    """Open `path` (or ":memory:") in autocommit mode with foreign keys and the `fold` function.

    Nothing is written on opening: `use_wal` switches the journal once the file is known to be ours.
    `read_only` opens an existing file with SQLite's `mode=ro` and `query_only`: nothing is created,
    the journal mode is left as it is, and no write can reach the file. A `postgresql://` URL opens
    that database instead (storyline.store.postgres; read-only sessions refuse writes server-side).
    """
    if is_url(path):
        return connect_postgres(url_of(path), read_only=read_only)
    name = str(path)
    if name != MEMORY and (read_only or not create) and not Path(name).is_file():
        raise StoreError(
            f"no database at {name}", hint=f"run `storyline ingest PATH --db {name}` first, or give --db FILE"
        )
    if read_only and name != MEMORY:
        conn = _open(Path(name).resolve().as_uri() + "?mode=ro", name, uri=True)
        pragmas: tuple[str, ...] = ("PRAGMA busy_timeout = 5000", "PRAGMA query_only = ON")
    else:
        conn = _open(name, name, uri=False)
        pragmas = ("PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails on a file that is not SQLite
        for pragma in pragmas:
            conn.execute(pragma)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise StoreError(
            f"{name} is not a usable SQLite database: {error}",
            hint="give --db a new file name or a database storyline created",
        ) from error
    conn.create_function("fold", 1, fold, deterministic=True)
    conn.row_factory = sqlite3.Row
    return conn


def use_wal(conn: sqlite3.Connection) -> None:
    """Switch the database to write-ahead logging (readers never block the writer); it persists.

    PostgreSQL's readers never block its writers anyway."""
    if is_postgres(conn):
        return
    conn.execute("PRAGMA journal_mode = WAL")


def _open(target: str, name: str, *, uri: bool) -> sqlite3.Connection:
    try:
        return sqlite3.connect(target, isolation_level=None, check_same_thread=False, uri=uri)
    except sqlite3.Error as error:
        raise StoreError(
            f"cannot open the database {name}: {error}", hint="check that its folder exists and is readable"
        ) from error


@contextmanager
def atomic(conn: sqlite3.Connection) -> Iterator[None]:
    """One transaction (BEGIN IMMEDIATE), or a SAVEPOINT when already inside one; rolled back on error."""
    if not conn.in_transaction:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return
    conn.execute("SAVEPOINT storyline")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO storyline")
        conn.execute("RELEASE storyline")
        raise
    conn.execute("RELEASE storyline")
