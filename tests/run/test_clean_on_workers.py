"""Cleaning on the workers: failures stay per file, stored files never reach a worker, twins are stable."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import storyline.run.engines as engines
import storyline.run.worker as worker
from storyline.model import Document, OffsetMap, RawDocument
from storyline.run.ingest import ingest_paths
from storyline.run.reading import Admitted, Reading
from storyline.settings import Settings
from storyline.store import open_store
from tests.run.small_files import statement_files

NAMES = ("Dmitry Peskov", "Sergei Lavrov", "Maria Zakharova")


@pytest.fixture()
def files(tmp_path: Path) -> list[Path]:
    return statement_files(tmp_path, NAMES, poisoned=1)


def test_a_cleaning_bug_on_a_worker_rejects_only_its_file(
    files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clean = worker.clean_document

    def buggy(raw: RawDocument) -> Any:
        if "POISON" in raw.raw_text:
            raise ValueError("a pass broke")
        return clean(raw)

    monkeypatch.setattr(worker, "clean_document", buggy)  # forked workers inherit it
    with open_store(tmp_path / "kb.db") as store:
        summary = ingest_paths([str(p) for p in files], store, Settings(n_process=2, batch_size=1))
    assert summary.added == 2
    assert [(Path(r.source).name, r.stage, r.code) for r in summary.rejected] == [("1.txt", "clean", "E900")]
    assert "a pass broke" in summary.rejected[0].reason


def test_a_rerun_sends_no_stored_file_to_the_workers(
    files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[str] = []
    prepare = engines.prepare_batch

    def counted(raws: Sequence[RawDocument], *args: Any) -> Any:
        sent.extend(Path(raw.source).name for raw in raws)
        return prepare(raws, *args)

    monkeypatch.setattr(engines, "prepare_batch", counted)  # the in-process engine: n_process=1
    settings = Settings(n_process=1)
    with open_store(tmp_path / "kb.db") as store:
        ingest_paths([str(p) for p in files[:2]], store, settings)
        assert sent == ["0.txt", "1.txt"]
        summary = ingest_paths([str(p) for p in files], store, settings)
    assert sent == ["0.txt", "1.txt", "2.txt"]
    assert summary.added == 1
    assert sorted(summary.skipped) == [
        (str(files[0]), "already in the database"),
        (str(files[1]), "already in the database"),
    ]


def _document(source: str) -> Document:
    text = "The same article, under two names."
    return Document(
        id="doc:twin",
        source=source,
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap(((0, 0, 34),)),
    )


@pytest.mark.parametrize("finished", [("b.txt", "a.txt"), ("a.txt", "b.txt")])
def test_of_two_twins_the_smaller_source_is_kept_whatever_finishes_first(finished: tuple[str, str]) -> None:
    with open_store(":memory:") as store:
        reading = Reading(store, [])
        admitted = [reading.admit(_document(source)) for source in finished]
    expected = (
        [Admitted.NEW, Admitted.REPLACES] if finished[0] == "b.txt" else [Admitted.NEW, Admitted.SKIPPED]
    )
    assert admitted == expected
    assert reading.skipped == [("b.txt", "same text as a.txt")] and reading.kept == 1


def test_a_document_stored_by_an_earlier_run_is_never_replaced() -> None:
    with open_store(":memory:") as store:
        reading = Reading(store, [])
        monkey = _document("z.txt")
        store.has_document = lambda key: key == monkey.id  # type: ignore[method-assign]
        assert reading.admit(monkey) is Admitted.SKIPPED
    assert reading.skipped == [("z.txt", "already in the database")] and reading.kept == 0
