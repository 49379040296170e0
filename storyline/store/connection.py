"""The SQLite connection: opening with the right pragmas, transactions as savepoints, name folding."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from anyascii import anyascii

from storyline.errors import StoreError

MEMORY = ":memory:"
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str | None) -> str:
    """Case-, diacritic- and script-insensitive form of a name: "Linkevičius" → "linkevicius".

    Punctuation becomes single spaces, so "D. Peskov" folds to "d peskov".
    """
    if not text:
        return ""
    return _NOT_WORD.sub(" ", anyascii(text).casefold()).strip()


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """Open `path` (or ":memory:") in autocommit mode with WAL, foreign keys and the `fold` function."""
    name = str(path)
    if name != MEMORY and not create and not Path(name).is_file():
        raise StoreError(
            f"no database at {name}", hint="run `storyline ingest PATH` first, or give --db FILE"
        )
    try:
        conn = sqlite3.connect(name, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise StoreError(
            f"cannot open the database {name}: {error}", hint="check that its folder exists and is writable"
        ) from error
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as error:
        conn.close()
        raise StoreError(
            f"{name} is not a usable SQLite database: {error}",
            hint="give --db a new file name or a database storyline created",
        ) from error
    conn.create_function("fold", 1, fold, deterministic=True)
    conn.row_factory = sqlite3.Row
    return conn


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
