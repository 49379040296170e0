"""The demo corpus ingested in several arrival orders and batchings gives identical records and ids."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

import storyline.run.worker as worker
from storyline.model import Document, DocumentAnalysis, Rejected
from storyline.run.ingest import ingest_paths
from storyline.settings import Settings
from storyline.store import Store, open_store
from tests.conftest import EXAMPLES

DEMO = EXAMPLES / "demo"


@pytest.fixture(scope="module")
def parse_once() -> dict[str, DocumentAnalysis | Rejected]:
    """Analyses by document id, computed the first time a document arrives (parsing is not the point)."""
    return {}


@pytest.fixture()
def cached_analysis(monkeypatch: pytest.MonkeyPatch, parse_once: dict[str, Any]) -> None:
    analyze = worker.analyze_batch

    def cached(documents: list[Document], *args: Any) -> list[DocumentAnalysis | Rejected]:
        missing = [d for d in documents if d.id not in parse_once]
        outcomes = analyze(missing, *args) if missing else []
        parse_once.update((d.id, outcome) for d, outcome in zip(missing, outcomes, strict=True))
        return [parse_once[d.id] for d in documents]

    monkeypatch.setattr(worker, "analyze_batch", cached)  # in-process engine: n_process=1 below


def snapshot(store: Store) -> dict[str, Any]:
    return {
        "links": store.load_links(),
        "analyses": list(store.load_analyses(with_links=True)),
        "pending": store.links_pending(),
    }


def ingest_in_order(db: Path, files: list[Path], batches: list[int]) -> dict[str, Any]:
    with open_store(db) as store:
        start = 0
        for size in [*batches, len(files)]:
            if files[start : start + size]:
                ingest_paths([str(f) for f in files[start : start + size]], store, Settings(n_process=1))
            start += size
        return snapshot(store)


@pytest.mark.usefixtures("cached_analysis")
def test_every_arrival_order_gives_the_same_records_and_ids(tmp_path: Path) -> None:
    files = sorted(DEMO.iterdir())
    shuffled = files[:]
    random.Random(11).shuffle(shuffled)
    reference = ingest_in_order(tmp_path / "all.db", files, [])
    assert reference["links"].statements and reference["links"].timeline and reference["pending"] == 0
    orders = {
        "reversed, in threes": (files[::-1], [3] * 6),
        "shuffled, uneven batches": (shuffled, [7, 1, 5]),
        "last file last": (files[:-1] + files[-1:], [len(files) - 1]),
    }
    for name, (order, batches) in orders.items():
        assert ingest_in_order(tmp_path / f"{len(batches)}.db", order, batches) == reference, name
