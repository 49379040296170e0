"""Adding 100 documents to dbs of growing size: the incremental link step, its time and peak memory.

The dbs are the scale corpus of bench/scale/build.py (varied copies of the 22 dated demo articles, every
copy its own names, words and dates, the base's common vocabulary kept; no parsing), each what a full
relink of its documents writes (above 20k linked as a whole by bench/scale/whole.py), kept under its
CACHE. At each size N a copy of the db gets the next
100 documents of the corpus (the end of the copy the db stopped in, then new copies: new names, new
dates), folded in by `link_new` (the step `storyline ingest` runs) in a fresh process that loads no spaCy
pipeline: its time, its peak RSS (VmHWM) and a per-linker split. Results go to
bench/results/scale_fold.md.

Run: nice -n 10 python -m bench.scale.fold [--sizes 1000,10000,100000] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import storyline.run.fold as fold
from bench.machine import machine_line, peak_rss_mb
from bench.scale.build import CACHE, ONE_SHARD, build, documents
from bench.scale.vary import KEEP_SHARE, SCALE_SHIFT_DAYS
from storyline.link.timeline import vocabulary_limit
from storyline.model import DocumentAnalysis
from storyline.run.fold_timeline import EVENTS
from storyline.settings import Settings
from storyline.store import Store, open_store

ROOT = Path(__file__).resolve().parents[2]
RESULT = ROOT / "bench" / "results" / "scale_fold.md"
ADDED = 100
LINKERS = ("fold_entities", "fold_statements", "fold_timeline", "fold_copies", "fold_stories")


def _timed(name: str, spent: dict[str, float], peaks: dict[str, float]) -> None:
    original: Callable[..., Any] = getattr(fold, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - started
            peaks[name] = peak_rss_mb()  # the process's peak RSS once this linker is done

    setattr(fold, name, wrapper)


def fold_timed(store: Store, new: Iterable[DocumentAnalysis]) -> dict[str, Any]:
    """Store `new` and fold it in by `link_new` (once per process: the linkers are timed by wrapping
    them): wall and CPU seconds, peak RSS before and after, CPU seconds per linker and the peak RSS
    once each linker is done (the linkers run in the order entities, stories, copies, timeline,
    statements: a linker that raises the peak is the one whose figure jumps)."""
    spent: dict[str, float] = {}
    peaks: dict[str, float] = {}
    for name in LINKERS:
        _timed(name, spent, peaks)
    for analysis in new:
        store.save_analysis(analysis)
    before = peak_rss_mb()
    events = store.reads.counts_of(EVENTS, [""]).get("", 0)
    started, cpu = time.perf_counter(), time.process_time()
    fold.link_new(store, Settings())
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert store.links_pending() == 0
    after = store.reads.counts_of(EVENTS, [""]).get("", 0)
    return {
        "events": [events, after, vocabulary_limit(events) != vocabulary_limit(after)],
        "seconds": seconds,
        "cpu": cpu,
        "peak_mb": peak_rss_mb(),
        "before_mb": before,
        "linkers": spent,
        "peaks": peaks,
    }


def add(db: Path, size: int) -> dict[str, Any]:
    """Store the ADDED documents after the first `size` and fold them in (run in a fresh process)."""
    with open_store(db) as store:
        return fold_timed(store, documents(size, size + ADDED))


def trial(db: Path, module: str, *args: str) -> dict[str, Any]:
    """Run `python -m module --add <copy of db> *args` in a fresh process and return the JSON of its last
    output line; the copy is deleted whatever happens."""
    copy = db.with_suffix(".trial.db")
    shutil.copyfile(db, copy)
    try:
        child = subprocess.run(
            [sys.executable, "-m", module, "--add", str(copy), *args],
            check=False, capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip
    finally:
        for path in copy.parent.glob(copy.name + "*"):
            path.unlink()
    if child.returncode:
        raise SystemExit(child.stderr)
    result: dict[str, Any] = json.loads(child.stdout.strip().splitlines()[-1])
    return result


def measure(db: Path, size: int) -> dict[str, Any]:
    """Add ADDED documents to a copy of the db of `size` documents, in a fresh process."""
    return {"size": size, **trial(db, "bench.scale.fold", "--size", str(size))}


def row(result: dict[str, Any]) -> str:
    peaks = result.get("peaks", {})
    split = ", ".join(
        f"{k.split('_')[-1]} {v:.1f}" + (f" ({peaks[k]:.0f} MB)" if k in peaks else "")
        for k, v in sorted(result["linkers"].items())
    )
    before, after, crossed = result.get("events", (0, 0, False))
    events = f"{before:,} → {after:,}" + (" (the common limit doubles)" if crossed else "")
    return (
        f"| {result['size']:,} | {events} | {result['db_mb']:.0f} | {result['cpu']:.1f} "
        f"| {result['seconds']:.1f} "
        f"| {result['peak_mb']:.0f} ({result['before_mb']:.0f}) | {split} | {result['load']} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--add", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.add:
        print(json.dumps(add(Path(args.add), args.size)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    started = time.perf_counter()
    snapshots = build(sizes, args.workers)
    built = time.perf_counter() - started
    rows: list[str] = []
    for size in sizes:
        load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
        result = measure(snapshots[size], size)
        mb = snapshots[size].stat().st_size / 2**20
        rows.append(row({**result, "db_mb": mb, "load": load}))
        print(rows[-1], flush=True)
        write(args, built, rows)  # each size as soon as it is measured


def write(args: argparse.Namespace, built: float, rows: list[str]) -> None:
    lines = [
        "## Scale: adding 100 documents (incremental link step)",
        "",
        f"`nice -n 10 python -m bench.scale.fold --sizes {args.sizes}`",
        f"on {machine_line()}.",
        "Dbs of the scale corpus (bench/scale/vary.py, scale form: every copy of the 22 dated demo articles",
        f"its own letter table, dates moved {SCALE_SHIFT_DAYS} days per copy, the base's common vocabulary",
        f"(words in more than {KEEP_SHARE:.0%} of its events, in no name) kept), built by",
        f"bench/scale/build.py (up to {ONE_SHARD:,} documents linked in one piece: a full relink's db;",
        "above, linked as a whole by bench/scale/whole.py, the copy linkers shard by shard: the same db;",
        f"this run's build step: {built:.0f} s, snapshots under {CACHE}, built before when 0 s). At each",
        "size N a copy of the db",
        f"gets the next {ADDED} documents, folded in by `link_new` in a fresh process that loads no spaCy",
        "pipeline: its CPU time (`time.process_time`, what the shared machine's load does not inflate) and",
        "wall time, its peak RSS (VmHWM, and in brackets the peak before `link_new` starts); the split is",
        "CPU seconds per linker inside `link_new` (in brackets the process's peak RSS once that linker is",
        "done; they run as entities, stories, copies, timeline, statements); load: `os.getloadavg()`",
        "(1, 5, 15 minutes) as that size started. Timeline events: before → after the 100; when the",
        "common-vocabulary limit doubles there (`vocabulary_limit`, once per doubling of the events) the",
        "fold sweeps every event holding a key between the two limits again: O(N) once per doubling.",
        "",
        "| documents N | timeline events | db (MB) | add 100: link_new CPU (s) | wall (s) | peak RSS (MB) "
        "| CPU split (s) | load |",
        "|---:|---|---:|---:|---:|---:|---|---|",
        *rows,
        "",
        "",
    ]
    RESULT.write_text("\n".join(lines), "utf-8")


if __name__ == "__main__":
    main()
