"""The store keeps every record exactly: round trips, idempotent saves, links, corrections and runs."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from storyline.errors import NotFound, StoreError
from storyline.model import CorpusLinks, Correction, Rejected, make_id
from storyline.store import RunCounts, Store, open_store
from storyline.store.connection import connect
from storyline.store.migrations import MIGRATIONS, applied, migrate
from tests.store.corpus import analyses, document_a, links


@pytest.fixture()
def store() -> Store:
    return open_store(":memory:")


@pytest.fixture()
def filled(store: Store) -> Store:
    for analysis in analyses():
        store.save_analysis(analysis)
    store.save_links(links())
    return store


BOOKKEEPING = ("links_pending", "link_state", "corpus_dated")  # linking state, not data


def table_contents(store: Store) -> dict[str, list[tuple[object, ...]]]:
    names = [
        row[0]
        for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if "_fts" not in row[0] and row[0] not in BOOKKEEPING  # FTS5 tables are derived, not content
    ]
    return {
        name: [tuple(r) for r in store.conn.execute(f"SELECT * FROM {name} ORDER BY 1, 2")] for name in names
    }


def test_analyses_round_trip_exactly(store: Store) -> None:
    for analysis in analyses():
        store.save_analysis(analysis)
    assert list(store.load_analyses()) == analyses()


def test_saving_again_changes_nothing(filled: Store) -> None:
    before = table_contents(filled)
    for analysis in analyses():
        filled.save_analysis(analysis)
    assert table_contents(filled) == before
    assert len(list(filled.load_analyses())) == 2


def test_an_analysis_is_pending_until_the_links_are_saved(store: Store) -> None:
    for analysis in analyses():
        store.save_analysis(analysis)
    assert store.links_pending() == 2
    store.save_links(links())
    assert store.links_pending() == 0


def test_saving_a_new_analysis_of_a_document_replaces_the_old(store: Store) -> None:
    analysis = document_a()
    store.save_analysis(analysis)
    smaller = dataclasses.replace(analysis, mentions=analysis.mentions[:1], quotes=())
    store.save_analysis(smaller)
    assert list(store.load_analyses()) == [smaller]


def test_has_document(store: Store) -> None:
    analysis = document_a()
    assert not store.has_document(analysis.document.id)
    store.save_analysis(analysis)
    assert store.has_document(analysis.document.id)


def _canonical(saved: CorpusLinks) -> CorpusLinks:
    """`saved` in the order the store reads links back (the order the linkers give, by id or date)."""
    return dataclasses.replace(
        saved,
        entities=tuple(sorted(saved.entities, key=lambda e: e.id)),
        statements=tuple(sorted(saved.statements, key=lambda s: s.id)),
        timeline=tuple(sorted(saved.timeline, key=lambda t: (t.time.start, t.time.end, t.id))),
    )


def test_links_round_trip_and_replace(filled: Store) -> None:
    assert filled.load_links() == _canonical(links())
    smaller = CorpusLinks(entities=links().entities[:1])
    filled.save_links(smaller)
    assert filled.load_links() == smaller
    filled.save_links(CorpusLinks())
    assert filled.load_links() == CorpusLinks()


def test_links_fill_entity_speaker_and_statement_at_read_time(filled: Store) -> None:
    peskov, belarus, _ = links().entities
    unification, official = links().statements
    assert list(filled.load_analyses()) == analyses()  # the analyses themselves are never rewritten
    linked = {a.document.id: a for a in filled.load_analyses(with_links=True)}
    a, b = linked[unification.first_document], linked[official.first_document]
    assert [m.entity for m in a.mentions] == [peskov.id, peskov.id, belarus.id]
    assert a.quotes[0].speaker == peskov.id and a.quotes[0].statement == unification.id
    assert b.quotes[0].speaker == peskov.id and b.quotes[0].statement == unification.id
    assert b.quotes[1].speaker is None and b.quotes[1].statement == official.id


def test_speaker_resolves_through_the_mention_a_reference_points_to(store: Store) -> None:
    analysis = document_a()
    store.save_analysis(analysis)
    peskov = links().entities[0]
    only_full_name = dataclasses.replace(peskov, mentions=(analysis.mentions[0].id,))
    store.save_links(CorpusLinks(entities=(only_full_name,)))
    (linked,) = store.load_analyses(with_links=True)
    assert linked.quotes[0].speaker == peskov.id  # speaker_mention "Peskov" refers_to "Dmitry Peskov"


def test_migrations_on_an_empty_db(store: Store) -> None:
    assert applied(store.conn) == [m.name for m in MIGRATIONS]
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert migrate(store.conn) == []


def test_migrations_on_an_existing_db(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = connect(path)
    assert migrate(conn, MIGRATIONS[:1]) == ["0001_core"]
    analysis = document_a()
    for table in ("links_pending", "corpus_dated"):  # what the old write path lacks; gone on close
        conn.execute(f"CREATE TEMP TABLE {table} (document TEXT PRIMARY KEY)")
    Store(conn, str(path)).save_analysis(analysis)
    conn.close()
    with open_store(path) as store:
        assert applied(store.conn) == [m.name for m in MIGRATIONS]
        assert store.links_pending() == 1  # link ids changed in 0005: the next relink renames them
        assert list(store.load_analyses()) == [analysis]
        assert [hit[0] for hit in store.search("unification")] == [analysis.document.id]


def test_a_db_from_a_newer_storyline_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO migrations VALUES ('9999_future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="9999_future") as error:
        open_store(path)
    assert error.value.hint and "upgrade" in error.value.hint


def test_unusable_files_raise_store_errors_with_hints(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError) as error:
        open_store(garbage)
    assert error.value.hint
    with pytest.raises(StoreError, match="cannot open"):
        open_store(tmp_path / "no" / "such" / "folder.db")
    with pytest.raises(StoreError, match="no database") as missing:
        open_store(tmp_path / "missing.db", create=False)
    assert missing.value.hint and "storyline ingest" in missing.value.hint


def test_file_db_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    with open_store(tmp_path / "kb.db") as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_failed_save_leaves_nothing_behind(store: Store) -> None:
    analysis = document_a()
    bad = dataclasses.replace(analysis, quotes=(dataclasses.replace(analysis.quotes[0], kind="shouted"),))  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        store.save_analysis(bad)
    assert not store.has_document(analysis.document.id)


def test_corrections(store: Store) -> None:
    merge = Correction(
        id=make_id("correction", "merge", ["Peskov", "D. Peskov"]),
        action="merge",
        targets=("Peskov", "D. Peskov"),
    )
    split = Correction(
        id=make_id("correction", "split", ["Lukashenko", "Alexander Lukashenko"]),
        action="split",
        targets=("Lukashenko", "Alexander Lukashenko"),
        note="the son",
    )
    store.add_correction(merge)
    store.add_correction(split)
    store.add_correction(merge)
    assert store.corrections() == [merge, split]
    store.remove_correction(merge.id)
    assert store.corrections() == [split]
    with pytest.raises(NotFound):
        store.remove_correction(merge.id)


def test_runs_and_rejections(filled: Store) -> None:
    bad = Rejected(stage="ingest", source="x.bin", reason="binary", code="E101")
    empty = Rejected(stage="clean", source="e.txt", reason="empty", code="E102")
    filled.start_run("run:1", ["corpus"])
    filled.save_rejections("run:1", [bad])
    filled.finish_run("run:1", RunCounts(documents_added=2, documents_rejected=1, entities=3))
    filled.record_run("run:2", ["e.txt"], 0, 1, [empty])
    assert filled.rejections("run:1") == [bad]
    assert filled.rejections() == [bad, empty]
    first, second = filled.runs()
    assert first.paths == ("corpus",) and first.finished_at
    assert first.counts == RunCounts(documents_added=2, documents_rejected=1, entities=3)
    assert second.counts.documents_skipped == 1 and second.counts.entities == 3 and second.counts.quotes == 3


def test_counts(filled: Store) -> None:
    counts = filled.counts()
    assert counts["documents"] == 2 and counts["quotes"] == 3 and counts["events"] == 2
    assert counts["entities"] == 3 and counts["statements"] == 2 and counts["timeline"] == 2


def test_an_abbreviation_finds_aliases_by_index(store: Store) -> None:
    """named_candidates' letters lookup reads the expression index, not every stored alias."""
    sql = "EXPLAIN QUERY PLAN SELECT entity FROM entity_aliases WHERE replace(folded, ' ', '') IN (?)"
    plan = " ".join(str(row[-1]) for row in store.conn.execute(sql, ("ab",)))
    assert "USING INDEX entity_aliases_letters" in plan
