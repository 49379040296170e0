"""Adding 100 documents to dbs of growing size: the incremental link step next to a full relink.

The dbs are built by systematic variation of the dated demo articles (bench/scale/vary.py: new ids,
a letter substitution per group of copies, dates shifted per group), written through the store's write
path; no parsing. One db grows by folding batches of BATCH documents (the first linked by a full
`relink`, every later one by `link_new`, timed); at each size N a copy of it gets 100 more varied
documents, folded in by `link_new` (the step `storyline ingest` runs) in a fresh process (timed, with that
process's peak RSS and a per-linker split). Results go to bench/results/scale_fold.md.

Run: nice -n 10 python -m bench.scale.fold [--sizes 1000,3000,10000] [--batch 500]
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import storyline.run.fold as fold
from bench.machine import machine_line, peak_rss_mb
from bench.scale.run import demo_analyses
from bench.scale.vary import GROUP, SHIFT_DAYS, varied
from storyline.model import DocumentAnalysis
from storyline.run.relink import relink
from storyline.settings import Settings
from storyline.store import open_store

ROOT = Path(__file__).resolve().parents[2]
RESULT = ROOT / "bench" / "results" / "scale_fold.md"
ADDED = 100
BATCH = 500
BASE = "base.pickle"  # the varied articles' originals, for the child processes
LINKERS = ("fold_entities", "fold_statements", "fold_timeline", "fold_copies", "fold_stories")


def dated_demo() -> list[DocumentAnalysis]:
    return [a for a in demo_analyses() if a.document.published.value is not None]


def copies(base: list[DocumentAnalysis], first: int, count: int) -> Iterator[DocumentAnalysis]:
    """`count` varied analyses, from copy number `first` on."""
    made = 0
    copy = first
    while made < count:
        for analysis in base[: count - made]:
            yield varied(analysis, copy)
            made += 1
        copy += 1


def build(db: Path, base: list[DocumentAnalysis], start: int, size: int, batch: int) -> dict[str, float]:
    """Grow the db at `db` from `start` to `size` varied documents, folding `batch` at a time (timed)."""
    spent = {"write": 0.0, "link": 0.0}
    with open_store(db) as store:
        for first in range(start, size, batch):
            started = time.perf_counter()
            for index in range(first, min(size, first + batch)):
                store.save_analysis(varied(base[index % len(base)], index // len(base)))
            spent["write"] += time.perf_counter() - started
            started = time.perf_counter()
            relink(store, Settings()) if first == 0 else fold.link_new(store, Settings())
            spent["link"] += time.perf_counter() - started
    return spent


def _timed(name: str, spent: dict[str, float]) -> None:
    original: Callable[..., Any] = getattr(fold, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - started

    setattr(fold, name, wrapper)


def add(db: Path, base: list[DocumentAnalysis], size: int) -> dict[str, Any]:
    """Store ADDED new varied documents and fold them in (run in a fresh process)."""
    spent: dict[str, float] = {}
    for name in LINKERS:
        _timed(name, spent)
    first = size // len(base) + GROUP  # a fresh group: new names, new dates
    with open_store(db) as store:
        for analysis in copies(base, first, ADDED):
            store.save_analysis(analysis)
        before = peak_rss_mb()
        started = time.perf_counter()
        fold.link_new(store, Settings())
        seconds = time.perf_counter() - started
        assert store.links_pending() == 0
    return {"seconds": seconds, "peak_mb": peak_rss_mb(), "before_mb": before, "linkers": spent}


def measure(db: Path, size: int) -> dict[str, Any]:
    """Add ADDED documents to a copy of the db of `size` documents, in a fresh process (it reads the base
    analyses from the pickle next to the db: no spaCy in its memory)."""
    trial = db.with_suffix(".trial.db")
    shutil.copyfile(db, trial)
    try:
        child = subprocess.run(
            [sys.executable, "-m", "bench.scale.fold", "--add", str(trial), "--size", str(size),
             "--base", str(db.with_name(BASE))],
            check=False, capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip
    finally:
        trial.unlink()
    if child.returncode:
        raise SystemExit(child.stderr)
    return {"size": size, **json.loads(child.stdout.strip().splitlines()[-1])}


def row(result: dict[str, Any]) -> str:
    split = ", ".join(f"{k.split('_')[-1]} {v:.1f}" for k, v in sorted(result["linkers"].items()))
    return (
        f"| {result['size']:,} | {result['build_link']:.0f} | {result['db_mb']:.0f} "
        f"| {result['seconds']:.1f} | {result['peak_mb']:.0f} ({result['before_mb']:.0f}) | {split} "
        f"| {result['load']} |"
    )


def grow(base: list[DocumentAnalysis], sizes: list[int], batch: int, folder: Path) -> Iterator[str]:
    """One row per size: the db grown to it by folding, then 100 added to a copy."""
    db = folder / "scale.db"
    done, linked = 0, 0.0
    for size in sizes:
        linked += build(db, base, done, size, batch)["link"]
        done = size
        result = measure(db, size)
        load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
        yield row({**result, "build_link": linked, "db_mb": db.stat().st_size / 2**20, "load": load})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,3000,10000")
    parser.add_argument("--batch", type=int, default=BATCH)
    parser.add_argument("--add", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.add:
        with open(args.base, "rb") as file:
            print(json.dumps(add(Path(args.add), pickle.load(file), args.size)))
        return
    base = dated_demo()
    rows: list[str] = []
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        (Path(folder) / BASE).write_bytes(pickle.dumps(base))
        for line in grow(base, sizes, args.batch, Path(folder)):
            rows.append(line)
            print(line, flush=True)
            write(args, len(base), rows)  # each size as soon as it is measured


def write(args: argparse.Namespace, articles: int, rows: list[str]) -> None:
    lines = [
        "## Scale: adding 100 documents (incremental link step)",
        "",
        f"`nice -n 10 python -m bench.scale.fold --sizes {args.sizes} --batch {args.batch}`",
        f"on {machine_line()}.",
        f"Dbs built from the {articles} dated demo articles by systematic variation (bench/scale/vary.py:",
        f"new ids; one letter substitution per group of {GROUP} copies, so names and words are new and",
        f"offsets kept; dates moved {SHIFT_DAYS} days per group), written through the store (no parsing).",
        f"One db grows by folding batches of {args.batch} varied documents (the first by a full relink,",
        f"then `link_new`); at each size N a copy gets {ADDED} more (a fresh group: new names, new dates),",
        "folded in by `link_new` in a fresh process that loads no spaCy pipeline (its peak RSS, and in",
        "brackets the peak before `link_new` starts, include Python, numpy, the 22 base analyses and the",
        "db pages read); the split is seconds per linker inside `link_new`; load: `os.getloadavg()`",
        "(1, 5, 15 minutes) when that size was measured.",
        "",
        "| documents N | building to N: link steps (s, total) | db (MB) | add 100: link_new (s) "
        "| add 100: peak RSS (MB) | split (s) | load |",
        "|---:|---:|---:|---:|---:|---|---|",
        *rows,
        "",
    ]
    RESULT.write_text("\n".join(lines), "utf-8")


if __name__ == "__main__":
    main()
