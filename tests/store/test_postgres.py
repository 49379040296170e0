"""PostgreSQL as the store: the demo gives the same records as on SQLite; reads never write (real server)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from storyline.cli.main import run
from storyline.errors import ForeignDatabase, StoreError
from storyline.run.fold import link_new
from storyline.run.relink import relink
from storyline.serve import ServeConfig, create_app
from storyline.settings import Settings
from storyline.store import Store, open_store
from storyline.store.connection import connect, fold
from storyline.store.export import build_export
from storyline.store.pages import Window
from storyline.store.postgres import Readers
from storyline.store.search import search
from tests.cli.test_read_only import READ_COMMANDS

PAGES = ("/", "/timeline", "/quotes", "/entities", "/documents", "/sources", "/stories", "/search?q=Minsk")
PAGES += ("/api/overview", "/api/timeline", "/api/documents", "/api/entities", "/api/statements")
PAGES += (
    "/api/sources",
    "/api/stories",
    "/export/storyline.json",
    "/export/quotes.csv",
    "/export/briefing.md",
)
PAGES += ("/timeline?since=2020-01", "/entities?type=PERSON", "/documents?page=2")


def records(store: Store) -> dict[str, Any]:
    """Everything the read commands show, as JSON-comparable values."""
    found = {
        "export": build_export(store),
        "timeline": [repr(r) for r in store.timeline()],
        "statements": [repr(r) for r in store.statements()],
        "entities": [repr(r) for r in store.entities()],
        "analyses": [repr(a) for a in store.load_analyses(with_links=True)],
        "links": repr(store.load_links()),
        "counts": store.counts(),
    }
    return json.loads(json.dumps(found, default=str))


def test_the_demo_gives_the_same_records_on_both_stores(demo_stores: tuple[Path, str]) -> None:
    path, url = demo_stores
    with open_store(path, read_only=True) as lite, open_store(url, read_only=True) as pg:
        expected, got = records(lite), records(pg)
    assert expected["counts"]["documents"] >= 19 and expected["counts"]["statements"] > 50
    for kind in expected:
        assert got[kind] == expected[kind], kind


def test_search_finds_the_same_matches_on_both_stores(demo_stores: tuple[Path, str]) -> None:
    path, url = demo_stores
    with open_store(path, read_only=True) as lite, open_store(url, read_only=True) as pg:
        for query in ("Lukashenka", '"union state"', "Minsk OR Moscow", "merg*", "Putin NOT Lukashenko"):
            for kind in ("documents", "quotes", "events"):
                want = search(lite.conn, query, Window(limit=500), kind=kind)  # type: ignore[arg-type]
                have = search(pg.conn, query, Window(limit=500), kind=kind)  # type: ignore[arg-type]
                assert have.total == want.total, (query, kind)
                assert want.total > 0 or kind != "documents", query
                assert sorted((h.document, h.start) for h in have.items) == sorted(
                    (h.document, h.start) for h in want.items
                ), (query, kind)
                assert not have.items or any("\x02" in h.snippet for h in have.items), (query, kind)
        assert {d for d, _ in pg.search("Lukashenka", 50)} == {d for d, _ in lite.search("Lukashenka", 50)}


def test_relink_on_postgresql_keeps_the_records(demo_stores: tuple[Path, str]) -> None:
    path, url = demo_stores
    assert run(args=["relink", "--db", url]) == 0
    with open_store(path, read_only=True) as lite, open_store(url, read_only=True) as pg:
        assert records(pg)["export"] == records(lite)["export"]


@pytest.mark.parametrize("command", [["timeline"], ["quotes"], ["entities"], ["stories"], ["export"]])
def test_read_commands_print_the_same_on_both_stores(
    command: list[str], demo_stores: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, url = demo_stores
    assert run(args=[*command, "--db", str(path)]) == 0
    expected = capsys.readouterr().out
    assert run(args=[*command, "--db", url]) == 0
    assert capsys.readouterr().out == expected and expected.strip()


def test_the_web_pages_are_the_same_on_both_stores(demo_stores: tuple[Path, str]) -> None:
    path, url = demo_stores
    with (
        TestClient(create_app(ServeConfig(db=path, token="t" * 24))) as lite,
        TestClient(create_app(ServeConfig(db=Path(url), token="t" * 24))) as pg,
    ):
        for page in (*PAGES, *_detail_pages(path)):
            want, have = lite.get(page), pg.get(page)
            assert have.status_code == want.status_code == 200, page
            if "search" not in page:  # the snippets differ (ts_headline, FTS5 snippet)
                assert have.text.replace(url, "DB") == want.text.replace(str(path), "DB"), page


def _detail_pages(path: Path) -> list[str]:
    """One page of each kind of record: a document, entity, statement, timeline entry and story."""
    with open_store(path, read_only=True) as store:
        ids = [
            store.conn.execute(f"SELECT min(id) FROM {table}").fetchone()[0]
            for table in ("documents", "entities", "statements", "timeline", "stories")
        ]
    pages = ["/documents/", "/entities/", "/statements/", "/timeline/", "/stories/"]
    return [f"{prefix}{i}" for prefix, i in zip(pages, ids, strict=True) if i] + [f"/api/documents/{ids[0]}"]


def test_fold_in_sql_is_the_python_fold(pg_url: str) -> None:
    names = ["Linkevičius", "D. Peskov", "Лукашенко", "Łukaszenka", "Straße", "Ærø", "Nguyễn", "  O'Neil  "]
    with open_store(pg_url) as store:
        for name in names:
            assert store.conn.execute("SELECT fold(?)", (name,)).fetchone()[0] == fold(name), name


def test_a_read_only_session_refuses_every_write(demo_stores: tuple[Path, str]) -> None:
    _, url = demo_stores
    with open_store(url, read_only=True) as store:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.conn.execute("DELETE FROM documents")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.conn.execute("CREATE TABLE intruder (x INTEGER)")
        assert store.counts()["documents"] >= 19


def _digest(url: str) -> str:
    conn = connect(url)
    try:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        parts = [
            conn.execute(
                f"SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM {t} AS t"
            ).fetchone()[0]
            for t in sorted(tables)
        ]
        return f"{sorted(tables)}{parts}"
    finally:
        conn.close()


def test_read_commands_leave_a_postgresql_db_unchanged(demo_stores: tuple[Path, str]) -> None:
    _, url = demo_stores
    before = _digest(url)
    for command in READ_COMMANDS:
        assert run(args=[*command, "--db", url]) == 0, command
    assert _digest(url) == before


def test_an_empty_postgresql_db_is_not_given_a_schema_by_a_read(pg_url: str) -> None:
    with pytest.raises(ForeignDatabase, match="no storyline data"):
        open_store(pg_url, read_only=True)
    assert run(args=["timeline", "--db", pg_url]) == 2
    assert "[]" in _digest(pg_url)


def test_a_postgresql_db_of_a_newer_storyline_is_refused(pg_url: str) -> None:
    open_store(pg_url).close()
    conn = connect(pg_url)
    conn.execute("INSERT INTO migrations (name, applied_at) VALUES ('9999_future', '2030-01-01')")
    conn.close()
    for read_only in (True, False):
        with pytest.raises(ForeignDatabase, match="newer storyline"):
            open_store(pg_url, read_only=read_only)


def test_an_unreachable_server_is_a_store_error_with_a_hint() -> None:
    with pytest.raises(StoreError, match="cannot connect") as error:
        open_store("postgresql://nobody@127.0.0.1:1/none")
    assert error.value.hint and "server" in error.value.hint


def test_the_incremental_link_step_on_postgresql_equals_a_full_relink_on_sqlite(
    demo_stores: tuple[Path, str], pg_url: str
) -> None:
    path, _ = demo_stores
    with open_store(path, read_only=True) as lite:
        dated_by_corpus = lite.corpus_dated()
        analyses = [a for a in lite.load_analyses() if a.document.id not in dated_by_corpus]
    with open_store(":memory:") as whole:
        for analysis in analyses:
            whole.save_analysis(analysis)
        relink(whole, Settings())
        expected = records(whole)
    with open_store(pg_url) as pg:
        for batch in (analyses[:7], analyses[7:8], analyses[8:]):
            for analysis in batch:
                pg.save_analysis(analysis)
            assert link_new(pg, Settings()) == set()
        assert pg.links_pending() == 0
        got = records(pg)
    for kind in ("links", "analyses", "counts"):
        assert got[kind] == expected[kind], kind


def test_entity_corrections_give_the_same_links_on_both_stores(
    demo_stores: tuple[Path, str], pg_url: str, tmp_path: Path
) -> None:
    path, _ = demo_stores
    with open_store(path, read_only=True) as demo:
        analyses = list(demo.load_analyses())
    targets: list[str | Path] = [tmp_path / "corrected.db", pg_url]
    for target in targets:
        with open_store(target) as store:
            for analysis in analyses:
                store.save_analysis(analysis)
            relink(store, Settings())
        assert run(args=["entities", "merge", "Vladimir Putin", "Dmitry Peskov", "--db", str(target)]) == 0
        assert run(args=["entities", "split", "Lukashenka", "Alexander Lukashenko", "--db", str(target)]) == 0
    with open_store(targets[0], read_only=True) as lite, open_store(targets[1], read_only=True) as pg:
        expected, got = records(lite), records(pg)
        assert len(pg.corrections()) == 2
    assert got["links"] == expected["links"] and got["export"]["entities"] == expected["export"]["entities"]


def test_the_web_app_reuses_read_only_sessions_but_never_a_dirty_one(demo_stores: tuple[Path, str]) -> None:
    _, url = demo_stores
    readers = Readers(url)
    first = readers.take()
    readers.give(first)
    again = readers.take()
    assert again is first
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        again.execute("DELETE FROM documents")
    again.execute("BEGIN")  # left inside a transaction: closed, not pooled
    readers.give(again)
    fresh = readers.take()
    assert fresh is not again and fresh.execute("SELECT count(*) FROM documents").fetchone()[0] >= 19
    readers.give(fresh)
    readers.close()
