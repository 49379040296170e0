"""Migrations on a real PostgreSQL server: a db made before a migration is upgraded in place and links on
to what a fresh db holds (skipped where no server can start; CI installs one)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.scale.whole import db_state
from storyline.model import DocumentAnalysis
from storyline.run.fold import link_new
from storyline.run.relink import LINK_STATE, relink
from storyline.settings import Settings
from storyline.store import Store, open_store
from storyline.store.abbreviation_keys import NAME as ABBREVIATION_KEYS
from tests.run.test_abbreviation_keys import BP, BP_PLC, XQ, XQ_LTD
from tests.store.before import abbreviation_keys_before_0024, as_before_sentence_bands, forget, linked


def _demo_analyses(path: Path) -> list[DocumentAnalysis]:
    with open_store(path, read_only=True) as lite:
        dated_by_corpus = lite.corpus_dated()
        return [a for a in lite.load_analyses() if a.document.id not in dated_by_corpus]


def test_sentence_bands_on_postgresql_clear_the_link_state_and_the_next_link_is_a_full_relink(
    demo_stores: tuple[Path, str], pg_url: str
) -> None:
    analyses = _demo_analyses(demo_stores[0])
    first, later = analyses[:10], analyses[10:]
    with open_store(pg_url) as pg:
        for analysis in first:
            pg.save_analysis(analysis)
        relink(pg, Settings())
        bands_before = pg.conn.execute("SELECT count(*) FROM fold_bands").fetchone()[0]
    assert bands_before > 100
    as_before_sentence_bands(pg_url)
    with open_store(pg_url) as pg:
        columns = [
            row[0]
            for row in pg.conn.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'fold_bands' ORDER BY ordinal_position"
            )
        ]
        assert columns == ["band", "document", "sentence_start", "sentence_end"]
        assert pg.conn.execute("SELECT count(*) FROM fold_bands").fetchone()[0] == 0
        assert pg.link_state() == {}
        assert pg.entities(), "the links stay readable until the next link step"
        for analysis in later:
            pg.save_analysis(analysis)
        assert link_new(pg, Settings()) == set()
        assert pg.link_state() == LINK_STATE
        got = db_state(pg)
    with open_store(":memory:") as whole:
        for analysis in analyses:
            whole.save_analysis(analysis)
        relink(whole, Settings())
        expected = db_state(whole)
    assert got == expected
    assert len(got["fold_bands"]) > bands_before


def test_abbreviation_keys_on_postgresql_are_what_a_relink_writes_and_the_fold_goes_on(
    demo_stores: tuple[Path, str], pg_url: str
) -> None:
    analyses = _demo_analyses(demo_stores[0])
    first, later = [*analyses[:10], XQ, BP], [*analyses[10:], XQ_LTD, BP_PLC]
    with abbreviation_keys_before_0024():
        linked(pg_url, first)
        with open_store(pg_url) as pg:
            unmigrated = db_state(pg)
            forget(pg, ABBREVIATION_KEYS)
    with open_store(pg_url) as pg:
        migrated = db_state(pg)
        for analysis in later:
            pg.save_analysis(analysis)
        assert link_new(pg, Settings()) == set()
        got = db_state(pg)
    with open_store(":memory:") as lite:
        linked_first = _relinked(lite, first)
        expected = _relinked(lite, later)
    assert unmigrated["fold_mention_keys"] != linked_first["fold_mention_keys"]
    assert migrated == linked_first
    assert got == expected


def _relinked(store: Store, analyses: list[DocumentAnalysis]) -> dict[str, Any]:
    for analysis in analyses:
        store.save_analysis(analysis)
    relink(store, Settings())
    return db_state(store)
