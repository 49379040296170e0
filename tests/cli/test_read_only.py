"""Issue 9, failure 2: read commands never create, migrate or change a db; foreign and newer dbs refused."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from storyline.cli.main import run
from storyline.errors import ForeignDatabase
from storyline.store import open_store
from storyline.store.migrations import MIGRATIONS
from tests.store.corpus import analyses, links

READ_COMMANDS = (
    ["timeline"],
    ["quotes"],
    ["entities"],
    ["entities", "corrections"],
    ["export"],
    ["search", "Minsk"],
    ["stories"],
    ["brief"],
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.fixture()
def foreign(tmp_path: Path) -> Path:
    """Another application's SQLite file, in rollback-journal mode with a user_version of its own."""
    path = tmp_path / "FOREIGN.db"
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hi');"
        "PRAGMA user_version = 7;"
    )
    conn.close()
    return path


@pytest.mark.parametrize("command", READ_COMMANDS)
def test_a_foreign_db_is_refused_and_left_byte_identical(
    command: list[str], foreign: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, around = digest(foreign), files(foreign.parent)
    assert run(args=[*command, "--db", str(foreign)]) == 2
    err = capsys.readouterr().err
    assert "another application" in err and "--db" in err and len(err.strip().splitlines()) == 1
    assert digest(foreign) == before and files(foreign.parent) == around


def test_ingest_and_corrections_refuse_a_foreign_db_too(foreign: Path) -> None:
    before = digest(foreign)
    (foreign.parent / "a.txt").write_text("Officials met in Minsk on Monday.\n", "utf-8")
    assert run(args=["ingest", str(foreign.parent / "a.txt"), "--db", str(foreign), "-q"]) == 2
    assert run(args=["entities", "merge", "a", "b", "--db", str(foreign)]) == 2
    assert run(args=["relink", "--db", str(foreign)]) == 2
    assert digest(foreign) == before


def test_an_empty_file_is_not_given_a_schema_by_a_read_command(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    for command in READ_COMMANDS:
        assert run(args=[*command, "--db", str(empty)]) == 2
    assert empty.read_bytes() == b"" and files(tmp_path) == {"empty.db"}


def test_a_missing_db_is_not_created_by_a_read_command(tmp_path: Path) -> None:
    for command in READ_COMMANDS:
        assert run(args=[*command, "--db", str(tmp_path / "none.db")]) == 2
    assert files(tmp_path) == set()


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "kb.db"
    with open_store(path) as store:
        for analysis in analyses():
            store.save_analysis(analysis)
        store.save_links(links())
    return path


def test_reads_leave_a_storyline_db_unchanged(db: Path) -> None:
    before = digest(db)
    for command in READ_COMMANDS:
        assert run(args=[*command, "--db", str(db)]) == 0, command
    assert digest(db) == before


def test_a_read_only_store_cannot_write(db: Path) -> None:
    with open_store(db, read_only=True) as store, pytest.raises(sqlite3.OperationalError):
        store.conn.execute("DELETE FROM documents")


@pytest.mark.parametrize("how", ["user_version", "migration"])
def test_a_db_from_a_newer_storyline_is_refused_read_and_write(db: Path, how: str) -> None:
    conn = sqlite3.connect(db)
    if how == "user_version":
        conn.execute("PRAGMA user_version = 999")
    else:
        conn.execute("INSERT INTO migrations VALUES ('9999_future', '2030-01-01')")
    conn.commit()
    conn.close()
    before = digest(db)
    for read_only in (True, False):
        with pytest.raises(ForeignDatabase, match="newer storyline") as error:
            open_store(db, read_only=read_only)
        assert error.value.hint and "upgrade" in error.value.hint
    assert run(args=["timeline", "--db", str(db)]) == 2
    assert digest(db) == before


def test_an_older_db_is_refused_by_reads_and_upgraded_by_relink(tmp_path: Path) -> None:
    from storyline.store.connection import connect
    from storyline.store.migrations import migrate

    path = tmp_path / "old.db"
    conn = connect(path)
    migrate(conn, MIGRATIONS[:-1])
    conn.close()
    with pytest.raises(ForeignDatabase, match="older storyline") as error:
        open_store(path, read_only=True)
    assert error.value.hint and "storyline relink" in error.value.hint
    assert run(args=["relink", "--db", str(path)]) == 0
    with open_store(path, read_only=True) as store:
        assert store.counts()["documents"] == 0


def test_ingest_on_a_wrong_path_leaves_no_db_behind(tmp_path: Path) -> None:
    assert run(args=["ingest", str(tmp_path / "no-such-folder"), "--db", str(tmp_path / "kb.db"), "-q"]) == 1
    assert files(tmp_path) == set()


def test_ingest_into_an_existing_empty_db_keeps_the_file(tmp_path: Path) -> None:
    kept = tmp_path / "kb.db"
    kept.write_bytes(b"")
    assert run(args=["ingest", str(tmp_path / "nothing.txt"), "--db", str(kept), "-q"]) == 1
    assert kept.exists()  # it was the user's file: storyline only removes a db it created itself


def test_no_help_promises_to_create_the_db() -> None:
    from typer.testing import CliRunner

    from tests.cli.test_cli import app, command_paths

    for path in command_paths():
        result = CliRunner(env={"COLUMNS": "200"}).invoke(app, [*path, "--help"])
        assert result.exit_code == 0, path
        assert "created if missing" not in result.output, path
    timeline = CliRunner(env={"COLUMNS": "200"}).invoke(app, ["timeline", "--help"]).output
    assert "read-only" in timeline
