"""The db's journal: ingest runs with their counts and rejections, and the user's corrections."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import fields
from datetime import UTC, datetime

import storyline
from storyline.model import Correction, Rejected
from storyline.store.connection import atomic
from storyline.store.rows import Run, RunCounts
from storyline.store.write import insert_rows


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def add_correction(conn: sqlite3.Connection, correction: Correction) -> None:
    """Record a correction; recording the same one again keeps its first date."""
    with atomic(conn):
        conn.execute(
            "INSERT INTO corrections (id, action, targets, note, created_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET note = excluded.note",
            (correction.id, correction.action, json.dumps(list(correction.targets)), correction.note, now()),
        )


def start_run(
    conn: sqlite3.Connection,
    run_id: str,
    paths: Sequence[str],
    model: str | None = None,
    model_version: str | None = None,
) -> None:
    """Open a row in `runs` with the pipeline and storyline versions (restarting a run id resets it)."""
    with atomic(conn):
        conn.execute(
            "INSERT INTO runs (id, paths, started_at, model, model_version, storyline_version) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET paths = excluded.paths, "
            "started_at = excluded.started_at, model = excluded.model, "
            "model_version = excluded.model_version, storyline_version = excluded.storyline_version",
            (run_id, json.dumps(list(paths)), now(), model, model_version, storyline.__version__),
        )


def save_rejections(conn: sqlite3.Connection, run_id: str, rejections: Sequence[Rejected]) -> None:
    """Replace the rejections recorded for `run_id` (opening the run if it is not there yet)."""
    with atomic(conn):
        conn.execute("INSERT OR IGNORE INTO runs (id, started_at) VALUES (?, ?)", (run_id, now()))
        conn.execute("DELETE FROM rejections WHERE run = ?", (run_id,))
        insert_rows(
            conn,
            "rejections",
            ((run_id, i, r.stage, r.source, r.reason, r.code) for i, r in enumerate(rejections)),
        )


def finish_run(conn: sqlite3.Connection, run_id: str, counts: RunCounts) -> None:
    """Close a run's row with its counts and the time it finished."""
    with atomic(conn):
        conn.execute("INSERT OR IGNORE INTO runs (id, started_at) VALUES (?, ?)", (run_id, now()))
        conn.execute(
            "UPDATE runs SET finished_at = ?, documents_added = ?, documents_skipped = ?, "
            "documents_rejected = ?, entities = ?, quotes = ?, events = ?, statements = ?, timeline = ? "
            "WHERE id = ?",
            (
                now(),
                counts.documents_added,
                counts.documents_skipped,
                counts.documents_rejected,
                counts.entities,
                counts.quotes,
                counts.events,
                counts.statements,
                counts.timeline,
                run_id,
            ),
        )


def corrections(conn: sqlite3.Connection) -> list[Correction]:
    return [
        Correction(id=r["id"], action=r["action"], targets=tuple(json.loads(r["targets"])), note=r["note"])
        for r in conn.execute("SELECT * FROM corrections ORDER BY created_at, rowid")
    ]


def rejections(conn: sqlite3.Connection, run_id: str | None = None) -> list[Rejected]:
    where, params = ("WHERE run = ?", (run_id,)) if run_id is not None else ("", ())
    sql = (
        f"SELECT r.* FROM rejections AS r JOIN runs ON runs.id = r.run {where} "
        "ORDER BY runs.started_at, runs.rowid, r.ord"
    )
    return [
        Rejected(stage=r["stage"], source=r["source"], reason=r["reason"], code=r["code"])
        for r in conn.execute(sql, params)
    ]


def runs(conn: sqlite3.Connection) -> list[Run]:
    counts = [f.name for f in fields(RunCounts)]
    return [
        Run(
            id=r["id"],
            paths=tuple(json.loads(r["paths"])),
            started_at=r["started_at"],
            finished_at=r["finished_at"],
            counts=RunCounts(**{name: r[name] for name in counts}),
            model=r["model"],
            model_version=r["model_version"],
            storyline_version=r["storyline_version"],
        )
        for r in conn.execute("SELECT * FROM runs ORDER BY started_at, rowid")
    ]
