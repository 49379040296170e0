"""Ctrl-C during a multi-process ingest: one message, exit 130, no worker left behind; the rerun resumes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from tests.reliability.harness import ARTICLES, environment, run, snapshot, storyline_command, write_corpus

COPIES = 4  # 16 documents, one per batch: the run is still analysing when the first one is stored


def corpus(folder: Path) -> Path:
    write_corpus(folder)
    for copy in range(1, COPIES):
        for name, text in ARTICLES.items():
            (folder / f"{copy}-{name}").write_text(f"{text}\nUpdate {copy}: more to follow.\n", "utf-8")
    return folder


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def test_ctrl_c_stops_every_process_and_the_rerun_resumes(tmp_path: Path) -> None:
    folder, db = corpus(tmp_path / "corpus"), tmp_path / "kb.db"
    command = storyline_command(
        "ingest", str(folder), "--db", str(db), "--processes", "2", "--batch-size", "1"
    )
    process = subprocess.Popen(
        command, env=environment(), cwd=tmp_path, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    deadline = time.monotonic() + 300
    while stored(db) == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # what the terminal does on Ctrl-C: the whole group
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "interrupted: documents stored so far are kept" in stderr
    time.sleep(1.0)
    assert not group_alive(process.pid), "a worker outlived the interrupted run"
    kept = stored(db)
    assert 1 <= kept < len(ARTICLES) * COPIES
    rerun = run("ingest", str(folder), "--db", str(db), "--quiet", cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert stored(db) == len(ARTICLES) * COPIES
    assert snapshot(db).links.statements  # linked: the rerun completed what the interrupted run left
