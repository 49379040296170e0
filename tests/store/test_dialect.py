"""The SQLite → PostgreSQL translation of the store's SQL, database URLs and FTS5 → tsquery (no server)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import QueryError
from storyline.store.dialect import ddl_to_postgres, is_url, to_postgres, url_of
from storyline.store.migrations import MIGRATIONS
from storyline.store.schema_pg import postgres_sql
from storyline.store.search_pg import tsquery


@pytest.mark.parametrize(
    ("sqlite", "postgres"),
    [
        ("SELECT * FROM t WHERE a = ? AND b LIKE '%x?'", "SELECT * FROM t WHERE a = %s AND b LIKE '%%x?'"),
        (
            "INSERT OR IGNORE INTO runs (id) VALUES (?)",
            "INSERT INTO runs (id) VALUES (%s) ON CONFLICT DO NOTHING",
        ),
        ("BEGIN IMMEDIATE", "BEGIN"),
        ("SELECT start, end, m.end FROM m", 'SELECT start, "end", m.end FROM m'),
        (
            "SELECT CASE WHEN a THEN 1 ELSE 2 END AS end FROM t",
            'SELECT CASE WHEN a THEN 1 ELSE 2 END AS "end" FROM t',
        ),
        ("SELECT \"end\", 'end' FROM t", "SELECT \"end\", 'end' FROM t"),
        ("SELECT count(*) FROM (SELECT 1 FROM t)", "SELECT count(*) FROM (SELECT 1 FROM t) AS _subquery_5"),
        ("SELECT x FROM (SELECT 1 AS x) AS s JOIN u", "SELECT x FROM (SELECT 1 AS x) AS s JOIN u"),
        ("SELECT a FROM t ORDER BY a DESC, b", "SELECT a FROM t ORDER BY a DESC NULLS LAST, b NULLS FIRST"),
        ("SELECT a FROM t ORDER BY a LIMIT ?", "SELECT a FROM t ORDER BY a NULLS FIRST LIMIT %s"),
    ],
)
def test_sqlite_sql_reads_the_same_on_postgresql(sqlite: str, postgres: str) -> None:
    assert to_postgres(sqlite) == postgres


def test_tables_get_code_point_text_and_8_byte_floats() -> None:
    ddl = ddl_to_postgres("CREATE TABLE t (a TEXT NOT NULL, s REAL, end INTEGER) WITHOUT ROWID")
    assert ddl == 'CREATE TABLE t (a TEXT COLLATE "C" NOT NULL, s DOUBLE PRECISION, "end" INTEGER)'
    index = ddl_to_postgres("CREATE INDEX i ON t (a DESC, b)")
    assert index == "CREATE INDEX i ON t (a DESC NULLS LAST, b NULLS FIRST)"


def test_every_migration_has_a_postgresql_form_without_fts5_or_sqlite_triggers() -> None:
    for migration in MIGRATIONS:
        script = postgres_sql(migration.name, migration.sql)
        assert "fts5" not in script and "PRAGMA" not in script and "sqlite_master" not in script, (
            migration.name
        )
        assert "BEGIN\n" not in script.replace("$body$ BEGIN", ""), migration.name


@pytest.mark.parametrize(
    "target",
    ["postgresql://u@db.example:5432/story", "postgres://u@h/db", Path("postgresql://u@h:5433/db")],
)
def test_a_postgresql_url_is_recognised_even_after_pathlib(target: str | Path) -> None:
    assert is_url(target) and url_of(target) == str(target).replace(":/", "://", 1).replace(":///", "://")


def test_a_file_name_is_not_a_url() -> None:
    assert not is_url(Path("storyline.db")) and not is_url("postgresql.db") and not is_url(":memory:")


@pytest.mark.parametrize(
    ("fts5", "expected"),
    [
        ('"Lukashenka"', "Lukashenka"),
        ('"union state"', "(union <-> state)"),
        ('"merg"*', "merg:*"),
        ("Minsk OR Moscow", "Minsk | Moscow"),
        ("Putin NOT Lukashenko", "Putin & ! Lukashenko"),
        ('"a" "b"', "a & b"),
        ("(Minsk OR Moscow) AND talks", "( Minsk | Moscow ) & talks"),
    ],
)
def test_fts5_queries_become_tsqueries(fts5: str, expected: str) -> None:
    assert tsquery(fts5) == expected


@pytest.mark.parametrize("fts5", ['""', "(", "((a)"])
def test_a_query_without_words_or_balance_is_a_query_error(fts5: str) -> None:
    with pytest.raises(QueryError):
        tsquery(fts5)
