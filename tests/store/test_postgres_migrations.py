"""Migrations on a real PostgreSQL server: a db made before a migration is upgraded in place and links on
to what a fresh db holds (skipped where no server can start; CI installs one)."""

from __future__ import annotations

from pathlib import Path

from bench.scale.whole import db_state
from storyline.model import DocumentAnalysis
from storyline.run.fold import link_new
from storyline.run.relink import LINK_STATE, relink
from storyline.settings import Settings
from storyline.store import open_store
from storyline.store.fold_bands import BANDS_SQL
from storyline.store.sentence_bands import NAME as SENTENCE_BANDS

OLD_BANDS = BANDS_SQL.split(";")[0].replace(" WITHOUT ROWID", "")  # fold_bands as 0017 made it


def _demo_analyses(path: Path) -> list[DocumentAnalysis]:
    with open_store(path, read_only=True) as lite:
        dated_by_corpus = lite.corpus_dated()
        return [a for a in lite.load_analyses() if a.document.id not in dated_by_corpus]


def _as_before_sentence_bands(url: str) -> None:
    """Turn a PostgreSQL db into what the migrations before 0021 left: fold_bands (band, document)."""
    with open_store(url) as store:
        conn = store.conn
        conn.execute("ALTER TABLE fold_bands RENAME TO new_bands")
        conn.execute(OLD_BANDS)
        conn.execute("INSERT INTO fold_bands SELECT DISTINCT band, document FROM new_bands")
        conn.execute("DROP TABLE new_bands")
        conn.execute("DELETE FROM migrations WHERE name = ?", (SENTENCE_BANDS,))


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
    _as_before_sentence_bands(pg_url)
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
