"""Real articles ingested in several runs: the statement fold survives a speaker id an earlier fold retired.

Folding the first 24 distinct Timeline17 articles (bench/ingest/run.py) 8 at a time failed on the
third run with "UNIQUE constraint failed: statements.id": a stored statement kept a speaker id that was
no entity any more, so the fold did not replace it and wrote a new statement with the same id. No
statement keeps a speaker id the entity fold retired (entity6: the statement fold read retired records
from the store).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.ingest.run import pick_articles
from storyline.run.ingest import ingest_paths
from storyline.settings import Settings
from storyline.store import open_store
from tests.conftest import BENCH_DATA

TIMELINE17 = BENCH_DATA / "timeline17"


@pytest.mark.skipif(not TIMELINE17.is_dir(), reason="../shared/bench/timeline17 is absent")
def test_three_runs_of_eight_store_every_statement(tmp_path: Path) -> None:
    articles = pick_articles(24)  # the bench sample: Timeline17 in path order, distinct texts
    batches = []
    for start in range(0, len(articles), 8):
        folder = tmp_path / f"run{start // 8}"
        for path in articles[start : start + 8]:
            target = folder / path.parent.name / path.name  # the date folder dates the article
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
        batches.append(folder)
    with open_store(tmp_path / "kb.db") as store:
        for folder in batches:
            summary = ingest_paths([str(folder)], store, Settings())
            assert not summary.rejected, summary.rejected
        statements = [row.statement for row in store.statements()]
        speakers = {s.speaker for s in statements}
        entities = {row.entity.id for row in store.entities()}
    assert len(statements) > 100
    assert len({s.id for s in statements}) == len(statements)
    assert not speakers - entities - {None}  # no retired speaker id (tests/run/test_fold_retired_speaker.py)
