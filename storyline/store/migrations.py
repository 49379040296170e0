"""Named schema migrations: each runs once, in order, inside one transaction, and is recorded by name."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from storyline.errors import ForeignDatabase, StoreError
from storyline.store import abbreviation_keys, fold_mentions, sentence_bands
from storyline.store.connection import atomic
from storyline.store.fold_bands import BANDS_SQL, TIER_STATE_SQL, TIERS_SQL
from storyline.store.fold_reads import COUNT_TIERS_SQL, COUNTS_SQL
from storyline.store.fold_state import FOLD_DATA_SQL, FOLD_SQL
from storyline.store.postgres import is_postgres
from storyline.store.schema import CORE, FTS, LINKS_PENDING, VIEWS
from storyline.store.schema_pg import postgres_sql
from storyline.store.schema_search import ENTITY_STATS, OUTLET_INDEX, SEARCH, STATEMENT_ORDER, WEB_INDEXES
from storyline.store.stories import STORIES_SQL
from storyline.store.vectors import VECTORS_SQL


@dataclass(frozen=True, slots=True)
class Migration:
    """A schema change with a stable name; never edit one that has shipped, add a new one."""

    name: str
    sql: str
    run: Callable[[sqlite3.Connection], None] | None = None  # a step SQL alone cannot express
    portable: bool = False  # `run` works on PostgreSQL too (the store's portable queries only)


_OLD_SOURCES = "('metadata', 'byline', 'text', 'inferred', 'none')"
_NEW_SOURCES = "('metadata', 'path', 'byline', 'text', 'inferred', 'none')"


def _allow_path_dates(conn: sqlite3.Connection) -> None:
    """Widen the CHECK on documents.published_from by "path" (SQLite's documented writable_schema
    procedure for loosening a constraint: every stored row already satisfies the wider check)."""
    version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'documents'",
        (_OLD_SOURCES, _NEW_SOURCES),
    )
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.execute("PRAGMA writable_schema = OFF")


RUN_VERSIONS = """
ALTER TABLE runs ADD COLUMN model TEXT;
ALTER TABLE runs ADD COLUMN model_version TEXT;
ALTER TABLE runs ADD COLUMN storyline_version TEXT
"""  # which spaCy pipeline (and version) and which storyline made each run

SOURCE_INDEX = """
CREATE INDEX IF NOT EXISTS documents_source ON documents (source)
"""  # an ingest asks whether a file's read text is stored by its source before any worker cleans it

ALIAS_LETTERS_INDEX = """
CREATE INDEX IF NOT EXISTS entity_aliases_letters ON entity_aliases (replace(folded, ' ', ''))
"""  # a correction's abbreviation finds the aliases with its letters (store/fold_reads.named_candidates)

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_core", CORE),
    Migration("0002_fts", FTS),
    Migration("0003_link_views", VIEWS),
    Migration("0004_published_from_path", "", _allow_path_dates),
    Migration("0005_run_versions", RUN_VERSIONS),
    Migration("0006_search_fts", SEARCH),
    Migration("0007_copies_and_stories", STORIES_SQL),
    Migration("0009_entity_stats", ENTITY_STATS),
    Migration("0010_links_pending", LINKS_PENDING),
    Migration("0011_web_indexes", WEB_INDEXES),
    Migration("0012_statement_order", STATEMENT_ORDER),
    Migration("0013_fold_keys", FOLD_SQL),
    Migration("0014_web2_sentence_vectors", VECTORS_SQL),
    Migration("0015_web2_outlet_index", OUTLET_INDEX),
    Migration("0016_fold_data", FOLD_DATA_SQL),
    Migration("0017_fold3_bands", BANDS_SQL),
    Migration("0018_fold3_counts", COUNTS_SQL),
    Migration("0019_engine5_document_sources", SOURCE_INDEX),
    Migration("0020_foldscale7_alias_letters", ALIAS_LETTERS_INDEX),
    Migration(sentence_bands.NAME, sentence_bands.SENTENCE_BANDS_SQL, sentence_bands.fill_sentence_bands),
    Migration(
        fold_mentions.NAME, fold_mentions.MENTION_KEYS_SQL, fold_mentions.fill_mention_keys, portable=True
    ),
    Migration("0023_bands9_band_tiers", TIERS_SQL),
    Migration(abbreviation_keys.NAME, "", abbreviation_keys.refill_abbreviation_keys, portable=True),
    Migration("0025_write10_tiers", TIER_STATE_SQL + ";\n" + COUNT_TIERS_SQL),
)
FIRST = MIGRATIONS[0].name


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations already applied to `conn`, in the order they ran (none: no table yet)."""
    if not _tables(conn) & {"migrations"}:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY rowid")]


def _tables(conn: sqlite3.Connection) -> set[str]:
    if is_postgres(conn):
        sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
    return {row[0] for row in conn.execute(sql) if not row[0].startswith("sqlite_")}


def _user_version(conn: sqlite3.Connection, done: list[str]) -> int:
    """SQLite's `user_version` (the number of migrations applied); PostgreSQL has none to compare."""
    if is_postgres(conn):
        return len(done)
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_schema(conn: sqlite3.Connection, name: str, *, read_only: bool) -> list[str]:
    """The migrations `conn` lacks; refuse (ForeignDatabase) a db storyline did not make or cannot read.

    Refused: another application's SQLite file (tables but no storyline `migrations`), a db from a newer
    storyline (unknown migrations or a higher `user_version`), and for reads an empty or older db.
    """
    try:
        tables = _tables(conn)
        done = applied(conn) if tables else []
        version = _user_version(conn, done)
    except sqlite3.DatabaseError as error:
        raise ForeignDatabase(
            f"cannot read the schema of {name}: {error}", hint="give --db a database storyline created"
        ) from error
    if tables == {"migrations"} and not done:  # storyline's own db, killed while it was created
        tables = set()  # (before the migrations table was made with the first migration)
    if tables and FIRST not in done:
        raise ForeignDatabase(
            f"{name} is an SQLite database of another application, not storyline's; it was left untouched",
            hint="give --db a new file name or a database made by `storyline ingest`",
        )
    _refuse_newer(name, done, version)
    missing = [m.name for m in MIGRATIONS if m.name not in done]
    if read_only and not tables:
        raise ForeignDatabase(
            f"{name} holds no storyline data yet (an empty file)",
            hint=f"run `storyline ingest PATH --db {name}` first",
        )
    if read_only and missing:
        raise ForeignDatabase(
            f"{name} was made by an older storyline (it lacks {', '.join(missing)}); reads never upgrade it",
            hint=f"upgrade it once with `storyline relink --db {name}`",
        )
    return missing


def _refuse_newer(name: str, done: list[str], version: int) -> None:
    known = {m.name for m in MIGRATIONS}
    unknown = [m for m in done if m not in known]
    if unknown or version > len(MIGRATIONS):
        what = ", ".join(unknown) if unknown else f"schema version {version} > {len(MIGRATIONS)}"
        raise ForeignDatabase(
            f"{name} was made by a newer storyline ({what}); it was left untouched",
            hint="upgrade storyline (pip install -U storyline) or use another --db",
        )


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> list[str]:
    """Apply every migration `conn` lacks; return the names applied now."""
    try:
        done = applied(conn)
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"cannot read the schema version: {error}", hint="give --db a database storyline created"
        ) from error
    _refuse_newer("the database", done, 0)
    new = [m for m in migrations if m.name not in done]
    for index, migration in enumerate(new):
        _apply(conn, migration, first=not done and index == 0)
    return [m.name for m in new]


def _create_migrations_table(conn: sqlite3.Connection) -> None:
    rowid = ", rowid BIGINT GENERATED ALWAYS AS IDENTITY" if is_postgres(conn) else ""
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL{rowid})"
    )


def _apply(conn: sqlite3.Connection, migration: Migration, *, first: bool = False) -> None:
    """Apply one migration and record it in one transaction; the `first` one also creates the
    `migrations` table in that transaction, so a run killed while it creates a db leaves no table."""
    try:
        with atomic(conn):
            if first:
                _create_migrations_table(conn)
            _run(conn, migration)
            conn.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                (migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            count = conn.execute("SELECT count(*) FROM migrations").fetchone()[0]
            if not is_postgres(conn):
                conn.execute(f"PRAGMA user_version = {int(count)}")
    except sqlite3.Error as error:
        raise StoreError(
            f"migration {migration.name} failed: {error}",
            hint="the database was left as it was; check that SQLite has FTS5 and the file is writable",
        ) from error


def _run(conn: sqlite3.Connection, migration: Migration) -> None:
    """The migration's statements; on PostgreSQL its form from schema_pg, as one script (and its
    `run` step if that is `portable`)."""
    if is_postgres(conn):
        conn.script(postgres_sql(migration.name, migration.sql))  # type: ignore[attr-defined]
        if migration.run is not None and migration.portable:
            migration.run(conn)
        return
    for statement in split_statements(migration.sql):
        conn.execute(statement)
    if migration.run is not None:
        migration.run(conn)


def split_statements(script: str) -> Iterator[str]:
    """The complete SQL statements of `script` (triggers with inner semicolons kept whole)."""
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n\t;"):
                yield buffer.strip()
            buffer = ""
