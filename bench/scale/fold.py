"""Adding 100 documents to dbs of growing size: the incremental link step next to a full relink.

The dbs are built by systematic variation of the dated demo articles (bench/scale/vary.py: new ids,
a letter substitution per group of copies, dates shifted per group), written through the store's write
path; no parsing. For each size N: N documents are stored and linked with a full `relink` (timed:
"full relink"), then 100 more varied documents are stored and `link_new` (the step `storyline ingest`
runs) folds them in, in a fresh process (timed, with that process's peak RSS and a per-linker split).
Results go to bench/results/scale_fold.md.

Run: nice -n 10 python -m bench.scale.fold [--sizes 1000,10000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import storyline.run.fold as fold
from bench.machine import machine_line
from bench.scale.run import demo_analyses
from bench.scale.vary import GROUP, SHIFT_DAYS, varied
from storyline.model import DocumentAnalysis
from storyline.run.relink import relink
from storyline.settings import Settings
from storyline.store import open_store

ROOT = Path(__file__).resolve().parents[2]
RESULT = ROOT / "bench" / "results" / "scale_fold.md"
ADDED = 100
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


def build(db: Path, base: list[DocumentAnalysis], size: int) -> dict[str, float]:
    """A db of `size` varied documents, linked by a full relink (timed)."""
    started = time.perf_counter()
    with open_store(db) as store:
        for analysis in copies(base, 0, size):
            store.save_analysis(analysis)
        written = time.perf_counter() - started
        started = time.perf_counter()
        relink(store, Settings())
        return {"write": written, "relink": time.perf_counter() - started}


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
        started = time.perf_counter()
        fold.link_new(store, Settings())
        seconds = time.perf_counter() - started
        assert store.links_pending() == 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mb": peak, "linkers": spent}


def measure(base: list[DocumentAnalysis], size: int, folder: Path) -> dict[str, Any]:
    db = folder / f"scale{size}.db"
    built = build(db, base, size)
    child = subprocess.run(
        [sys.executable, "-m", "bench.scale.fold", "--add", str(db), "--size", str(size)],
        check=False, capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    if child.returncode:
        raise SystemExit(child.stderr)
    return {"size": size, **built, **json.loads(child.stdout.strip().splitlines()[-1])}


def row(result: dict[str, Any]) -> str:
    split = ", ".join(f"{k.split('_')[-1]} {v:.1f}" for k, v in sorted(result["linkers"].items()))
    return (
        f"| {result['size']:,} | {result['relink']:.1f} | {result['seconds']:.1f} | {result['peak_mb']:.0f} "
        f"| {split} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--add", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    base = dated_demo()
    if args.add:
        print(json.dumps(add(Path(args.add), base, args.size)))
        return
    rows = []
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            rows.append(row(measure(base, size, Path(folder))))
            print(rows[-1], flush=True)
    lines = [
        "## Scale: adding 100 documents (incremental link step)",
        "",
        f"`nice -n 10 python -m bench.scale.fold --sizes {args.sizes}` on {machine_line()}.",
        f"Dbs built from the {len(base)} dated demo articles by systematic variation (bench/scale/vary.py:",
        f"new ids; one letter substitution per group of {GROUP} copies, so names and words are new and",
        f"offsets kept; dates moved {SHIFT_DAYS} days per group), written through the store (no parsing).",
        f"Full relink of N documents next to `link_new` folding {ADDED} more in (a fresh process: its peak",
        "RSS includes loading the db); the split is seconds per linker inside `link_new`.",
        "",
        "| documents N | full relink of N (s) | add 100: link_new (s) | add 100: peak RSS (MB) | split (s) |",
        "|---:|---:|---:|---:|---|",
        *rows,
        "",
    ]
    RESULT.write_text("\n".join(lines), "utf-8")


if __name__ == "__main__":
    main()
