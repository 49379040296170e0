"""The band index's writes at scale: batches of 100 documents' band rows written into a copy of a scale
db (bench/scale/build.py), each in its own transaction, the way before the tiers (`flat`: into
`fold_bands` at once) or tiered (storyline/store/fold_bands.py: the newest tier, merged down past its
bound) with whole-tier merges (`whole`: a tier's merge in one batch, the way before slices) or by
bounded slices (`tiered`, storyline/store/tiers.py). Per batch: its wall and CPU time (insert, merges
and commit) and the WAL it wrote; which tiers moved rows, and how many. `--base-rows`/`--tiers` force
small tiers, so the deepest tier's merge into `fold_bands` comes within a few dozen batches.

The rows are what a full relink stores for the corpus's next documents (`sentence_band_rows`), computed
before the timing starts; nothing else of the link step runs. Results go to bench/results/band_writes.md.

Run: nice -n 10 python -m bench.scale.band_writes [--size 10000] [--batches 20] [--modes flat,whole,tiered]
         [--base-rows 100000] [--tiers 5] [--budget 100000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.machine import machine_line, peak_rss_mb
from bench.scale.build import CACHE, documents
from storyline.sketch.bands import sentence_band_rows
from storyline.store import open_store
from storyline.store.connection import atomic
from storyline.store.fold_bands import BASE_ROWS, GROWTH, SLICE_ROWS, TIERS, BandRow, save_bands

ROOT = Path(__file__).resolve().parents[2]
RESULT = ROOT / "bench" / "results" / "band_writes.md"
ADDED = 100
Batch = dict[str, frozenset[BandRow]]


def batches(size: int, count: int) -> list[Batch]:
    """The band rows of the `count` batches of ADDED documents after the first `size` of the corpus."""
    found: list[Batch] = []
    for start in range(size, size + count * ADDED, ADDED):
        texts = {a.document.id: a.document.text for a in documents(start, start + ADDED)}
        rows: dict[str, set[BandRow]] = {}
        for band, document, first, end in sentence_band_rows(texts):
            rows.setdefault(document, set()).add((band, first, end))
        found.append({document: frozenset(held) for document, held in rows.items()})
    return found


def _flat(conn: sqlite3.Connection, batch: Mapping[str, frozenset[BandRow]]) -> None:
    """The writes before the tiers: every row into `fold_bands`, in key order."""
    rows = sorted((band, d, start, end) for d, held in batch.items() for band, start, end in held)
    sql = (
        "INSERT OR IGNORE INTO fold_bands (band, document, sentence_start, sentence_end) VALUES (?, ?, ?, ?)"
    )
    conn.executemany(sql, rows)


WHOLE = 10**15  # a slice budget no tier reaches: every merge moves its whole tier at once


def run(size: int, mode: str, found: Sequence[Batch], folder: Path, tiers: Tiers) -> list[str]:
    """Write `found` into a copy of the `size` db the `mode` way; the result's table rows."""
    copy = folder / f"{mode}.db"
    shutil.copyfile(next(CACHE.glob(f"scale-{size}-*.db")), copy)
    wal = Path(f"{copy}-wal")
    lines: list[str] = []
    times: list[float] = []
    cpus: list[float] = []
    with open_store(copy) as store:
        conn = store.conn
        for number, batch in enumerate(found, 1):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            started, cpu = time.perf_counter(), time.process_time()
            moves = []
            with atomic(conn):
                if mode == "flat":
                    _flat(conn, batch)
                else:
                    budget = WHOLE if mode == "whole" else tiers.budget
                    moves = save_bands(conn, batch, full=False, bounds=tiers.bounds, budget=budget)
            times.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
            merged = ", ".join(f"{m.tier}: {m.rows:,}" + ("" if m.done else " …") for m in moves) or "-"
            rows = sum(len(held) for held in batch.values())
            mb = wal.stat().st_size / 1e6
            lines.append(
                f"| {size} | {mode} | {number} | {rows} | {times[-1]:.3f} | {cpus[-1]:.3f} | {mb:.1f} "
                f"| {merged} |"
            )
    lines.append(
        f"| {size} | {mode} | all {len(found)} | | total {sum(times):.2f}, median "
        f"{statistics.median(times):.3f}, max {max(times):.3f} | total {sum(cpus):.2f}, median "
        f"{statistics.median(cpus):.3f}, max {max(cpus):.3f} | | peak RSS {peak_rss_mb():.0f} MB |"
    )
    for path in folder.glob(f"{mode}.db*"):
        path.unlink()
    return lines


@dataclass(frozen=True, slots=True)
class Tiers:
    """The tiers' bounds and the slice budget a run writes with."""

    bounds: tuple[int, ...]
    budget: int


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--batches", type=int, default=20)
    parser.add_argument("--modes", default="flat,whole,tiered")
    parser.add_argument("--base-rows", type=int, default=BASE_ROWS, help="the newest tier's bound")
    parser.add_argument(
        "--tiers", type=int, default=TIERS, help="how many tiers (the last merges into fold_bands)"
    )
    parser.add_argument("--budget", type=int, default=SLICE_ROWS, help="rows a slice moves at least")
    args = parser.parse_args()
    tiers = Tiers(tuple(args.base_rows * GROWTH**tier for tier in range(args.tiers)), args.budget)
    found = batches(args.size, args.batches)
    lines = [
        f"## {args.size} documents, {args.batches} batches of {ADDED} ({machine_line()})",
        "",
        f"`python -m bench.scale.band_writes {' '.join(sys.argv[1:])}`;",
        f"tier bounds {', '.join(f'{b:,}' for b in tiers.bounds)} rows, then `fold_bands`; slices of at "
        f"least {tiers.budget:,} rows (twice a batch's rows when more); load {_load()} at the start.",
        "",
        "| db | writes | batch | rows | wall s (insert, merges, commit) | CPU s | WAL MB "
        "| rows moved from tier (… merge goes on) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory(dir="/work/tmp") as folder:
        for mode in args.modes.split(","):
            lines += run(args.size, mode, found, Path(folder), tiers)
            print("\n".join(lines), flush=True)
    with RESULT.open("a") as out:
        out.write("\n".join(lines) + "\n\n")


def _load() -> str:
    return " / ".join(f"{x:.1f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
