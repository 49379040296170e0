"""A PostgreSQL connection that the store uses as it uses an sqlite3 one (psycopg 3, optional).

`PgConnection` offers the part of `sqlite3.Connection` the store calls (`execute`, `executemany`,
`in_transaction`, `close`) in autocommit mode, translates each statement with `dialect.to_postgres`,
returns rows readable by index and by column name (as `sqlite3.Row`), and re-raises psycopg errors as
the matching `sqlite3` exceptions, so every error path of the store works unchanged on both.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from queue import Empty, LifoQueue
from typing import TYPE_CHECKING, Any, cast

from storyline.errors import ConfigError, StoreError
from storyline.store.dialect import to_postgres

if TYPE_CHECKING:
    import psycopg

_Params = Sequence[Any] | None


class Row(tuple[Any, ...]):
    """A result row: `row[0]` and `row["column"]`, `keys()` and `dict(row)`, like `sqlite3.Row`."""

    _names: tuple[str, ...] = ()

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names.index(key))
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: Any) -> Any:
    return _row_class(tuple(column.name for column in cursor.description or ()))


@lru_cache(maxsize=1024)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"_names": names, "__slots__": ()})


class PgCursor:
    """The result of one statement: iterate it, or `fetchone()` / `fetchall()`; `rowcount`."""

    def __init__(self, cursor: psycopg.Cursor[Any]) -> None:
        self._cursor = cursor
        self.rowcount = cursor.rowcount

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchmany(self, size: int = 1) -> list[Any]:
        return self._cursor.fetchmany(size) if self._cursor.description else []

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall() if self._cursor.description else []

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class PgConnection:
    """One psycopg connection in autocommit mode behind the sqlite3 calls the store makes."""

    def __init__(self, conn: psycopg.Connection[Any], url: str) -> None:
        self.raw = conn
        self.url = url

    @property
    def in_transaction(self) -> bool:
        import psycopg.pq

        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def execute(self, sql: str, params: _Params = None) -> PgCursor:
        query = to_postgres(sql) if params is not None else to_postgres(sql).replace("%%", "%")
        with _translated_errors():
            cursor = self.raw.cursor(row_factory=_row_factory)
            cursor.execute(cast(Any, query), params)
        return PgCursor(cursor)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> PgCursor:
        with _translated_errors():
            cursor = self.raw.cursor(row_factory=_row_factory)
            cursor.executemany(cast(Any, to_postgres(sql)), list(rows))
        return PgCursor(cursor)

    def script(self, sql: str) -> None:
        """Run a multi-statement script (function bodies with inner semicolons) as one call."""
        with _translated_errors():
            self.raw.execute(cast(Any, sql))

    def close(self) -> None:
        self.raw.close()


class _translated_errors:
    """Re-raise psycopg errors as sqlite3's, so the store's `except sqlite3.Error` paths hold."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        import psycopg

        if error is None or not isinstance(error, psycopg.Error):
            return
        message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        if isinstance(error, psycopg.errors.ReadOnlySqlTransaction):
            raise sqlite3.OperationalError(f"attempt to write a readonly database ({message})") from error
        if isinstance(error, psycopg.IntegrityError):
            raise sqlite3.IntegrityError(message) from error
        raise sqlite3.OperationalError(message) from error


def connect_postgres(url: str, *, read_only: bool = False) -> sqlite3.Connection:
    """Open the PostgreSQL database at `url`; `read_only` sessions refuse every write (server-side).

    Typed as an sqlite3 connection: the store only calls what `PgConnection` implements.
    """
    try:
        import psycopg
    except ImportError as error:
        raise ConfigError(
            "a postgresql:// --db needs psycopg", hint="pip install 'storyline[postgres]'"
        ) from error
    settings = "-c client_min_messages=warning" + (
        " -c default_transaction_read_only=on" if read_only else ""
    )
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=10, options=settings)
    except psycopg.Error as error:
        raise StoreError(
            f"cannot connect to {_safe(url)}: {str(error).strip()}",
            hint="check the server runs, the database exists (createdb NAME) and the user may log in",
        ) from error
    _register_types(conn)
    return cast(sqlite3.Connection, PgConnection(conn, url))


def _register_types(conn: psycopg.Connection[Any]) -> None:
    """Python booleans go into INTEGER columns as 0/1, and `sum()`s (numeric) come back as int or float,
    as with sqlite3."""
    from psycopg.adapt import Dumper, Loader
    from psycopg.postgres import types

    class NumericAsNumber(Loader):
        def load(self, data: Any) -> int | float:
            text = bytes(data).decode()
            return float(text) if any(c in text for c in ".eEN") else int(text)

    conn.adapters.register_loader("numeric", NumericAsNumber)

    class BoolAsInteger(Dumper):
        oid = types["int4"].oid

        def dump(self, obj: Any) -> bytes:
            return b"1" if obj else b"0"

    conn.adapters.register_dumper(bool, BoolAsInteger)


def _safe(url: str) -> str:
    """`url` without its password."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    return f"{scheme}://{credentials.split(':', 1)[0]}@{host}"


def is_postgres(conn: object) -> bool:
    """True for a connection `connect_postgres` made."""
    return isinstance(conn, PgConnection)


class Readers:
    """Read-only connections to one PostgreSQL database kept open between web requests (at most `keep`
    idle); a connection that broke or was left inside a transaction is closed, not reused."""

    def __init__(self, url: str, keep: int = 8) -> None:
        self.url = url
        self._idle: LifoQueue[PgConnection] = LifoQueue(maxsize=keep)

    def take(self) -> sqlite3.Connection:
        try:
            return cast(sqlite3.Connection, self._idle.get_nowait())
        except Empty:
            return connect_postgres(self.url, read_only=True)

    def give(self, conn: sqlite3.Connection) -> None:
        pg = cast(PgConnection, conn)
        if pg.raw.closed or pg.raw.broken or pg.in_transaction or self._idle.full():
            pg.close()
            return
        self._idle.put_nowait(pg)

    def close(self) -> None:
        while not self._idle.empty():
            self._idle.get_nowait().close()
