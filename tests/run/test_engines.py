"""The engines: a local process pool and Dask give the in-process result; failures stay per document."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

import storyline.run.worker as worker
from storyline.model import Document
from storyline.run.ingest import ingest_paths
from storyline.settings import Settings
from storyline.store import Store, open_store
from tests.conftest import EXAMPLES
from tests.run.small_files import statement_files

DEMO = EXAMPLES / "demo"
NAMES = (
    "Dmitry Peskov",
    "Roman Golovchenko",
    "Sergei Lavrov",
    "Maria Zakharova",
    "Ivan Petrov",
    "Anna Orlova",
)


def snapshot(store: Store) -> dict[str, Any]:
    return {"links": store.load_links(), "analyses": list(store.load_analyses(with_links=True))}


def ingest(db: Path, paths: Sequence[Path], settings: Settings, **options: Any) -> tuple[Any, dict[str, Any]]:
    with open_store(db) as store:
        summary = ingest_paths([str(p) for p in paths], store, settings, **options)
        return summary, snapshot(store)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo corpus analysed in this process, one batch after the other."""
    return ingest(tmp_path_factory.mktemp("ref") / "kb.db", [DEMO], Settings(n_process=1))[1]


@pytest.fixture()
def small(tmp_path: Path) -> list[Path]:
    return statement_files(tmp_path, NAMES, poisoned=2)


def test_local_pool_equals_in_process(reference: dict[str, Any], tmp_path: Path) -> None:
    summary, result = ingest(tmp_path / "kb.db", [DEMO], Settings(n_process=2, batch_size=4))
    assert summary.added == len(reference["analyses"]) and not summary.rejected
    assert result == reference


def test_dask_equals_local(reference: dict[str, Any], tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, processes=False, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        settings = Settings(engine="dask", scheduler=cluster.scheduler_address, batch_size=4)
        summary, result = ingest(tmp_path / "kb.db", [DEMO], settings)
    assert summary.added == len(reference["analyses"]) and not summary.rejected
    assert result == reference


def _poisoned(die: bool) -> Any:
    parse = worker.parse_documents

    def parse_documents(nlp: Any, documents: Sequence[Document], *args: Any) -> Iterator[Any]:
        if any("POISON" in d.text for d in documents):
            if die and os.getpid() != PYTEST_PID:
                os._exit(1)  # the worker process dies, as on a segfault or the OOM killer
            raise RuntimeError("worker failed")
        return parse(nlp, documents, *args)

    return parse_documents


PYTEST_PID = os.getpid()


@pytest.mark.parametrize("die", [False, True], ids=["task raises", "worker dies"])
def test_a_failing_worker_rejects_only_its_document(
    small: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, die: bool
) -> None:
    monkeypatch.setattr(worker, "parse_documents", _poisoned(die))  # forked workers inherit it
    summary, _ = ingest(tmp_path / "kb.db", small, Settings(n_process=2, batch_size=2))
    assert summary.added == len(NAMES) - 1
    assert [(Path(r.source).name, r.code) for r in summary.rejected] == [("2.txt", "E900")]
    assert "a worker failed on this document" in summary.rejected[0].reason


def test_dask_worker_failure_rejects_only_its_document(
    small: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    distributed = pytest.importorskip("distributed")
    monkeypatch.setattr(worker, "parse_documents", _poisoned(False))
    with distributed.LocalCluster(
        n_workers=1, processes=False, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        settings = Settings(engine="dask", scheduler=cluster.scheduler_address, batch_size=2)
        summary, _ = ingest(tmp_path / "kb.db", small, settings)
    assert summary.added == len(NAMES) - 1
    assert [Path(r.source).name for r in summary.rejected] == ["2.txt"]


def test_interrupted_run_keeps_what_it_stored_and_the_rerun_resumes(
    small: list[Path], tmp_path: Path
) -> None:
    paths = [p for p in small if "2.txt" not in p.name]
    settings = Settings(n_process=2, batch_size=1)
    clean = ingest(tmp_path / "clean.db", paths, settings)[1]

    def stop(done: int, expected: int | None) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(tmp_path / "kb.db", paths, settings, on_progress=stop)
    with open_store(tmp_path / "kb.db") as store:
        stored = len(list(store.load_analyses()))
        assert stored == 2 and store.links_pending() == 2
    summary, result = ingest(tmp_path / "kb.db", paths, settings)
    assert summary.added == len(paths) - stored
    assert [reason for _, reason in summary.skipped] == ["already in the database"] * stored
    assert result == clean


def test_progress_counts_up_to_the_expected_documents(small: list[Path], tmp_path: Path) -> None:
    calls: list[tuple[int, int | None]] = []
    ingest(
        tmp_path / "kb.db",
        small[:3],
        Settings(n_process=1, batch_size=1),
        on_progress=lambda *a: calls.append(a),
    )
    assert calls[0][0] == 0 and calls[-1] == (3, 3)
    assert [done for done, _ in calls] == [0, 1, 2, 3]
