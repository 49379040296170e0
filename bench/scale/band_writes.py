"""The band index's writes at scale: batches of 100 documents' band rows written into a copy of a scale
db (bench/scale/build.py), each in its own transaction, old way (into `fold_bands` at once) or tiered
(storyline/store/fold_bands.py: the newest tier, merged down past its bound). Per batch: its wall time
(insert, merges and commit) and the WAL it wrote; which batches merged, and into which tier.

The rows are what a full relink stores for the corpus's next documents (`sentence_band_rows`), computed
before the timing starts; nothing else of the link step runs. Results go to bench/results/band_writes.md.

Run: nice -n 10 python -m bench.scale.band_writes [--size 10000] [--batches 20] [--modes flat,tiered]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from bench.machine import machine_line, peak_rss_mb
from bench.scale.build import CACHE, documents
from storyline.sketch.bands import sentence_band_rows
from storyline.store import open_store
from storyline.store.connection import atomic
from storyline.store.fold_bands import BandRow, save_bands

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


def run(size: int, mode: str, found: Sequence[Batch], folder: Path) -> list[str]:
    """Write `found` into a copy of the `size` db the `mode` way; the result's table rows."""
    copy = folder / f"{mode}.db"
    shutil.copyfile(next(CACHE.glob(f"scale-{size}-*.db")), copy)
    wal = Path(f"{copy}-wal")
    lines: list[str] = []
    times: list[float] = []
    with open_store(copy) as store:
        conn = store.conn
        for number, batch in enumerate(found, 1):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            before = _tiers(conn)
            started = time.perf_counter()
            with atomic(conn):
                if mode == "flat":
                    _flat(conn, batch)
                else:
                    save_bands(conn, batch, full=False)
            took = time.perf_counter() - started
            times.append(took)
            merged = _merged(before, _tiers(conn))
            rows = sum(len(held) for held in batch.values())
            mb = wal.stat().st_size / 1e6
            lines.append(f"| {size} | {mode} | {number} | {rows} | {took:.3f} | {mb:.1f} | {merged} |")
    total = sum(times)
    lines.append(
        f"| {size} | {mode} | all {len(found)} | | total {total:.2f}, median {statistics.median(times):.3f}, "
        f"max {max(times):.3f} | | peak RSS {peak_rss_mb():.0f} MB |"
    )
    for path in folder.glob(f"{mode}.db*"):
        path.unlink()
    return lines


def _tiers(conn: sqlite3.Connection) -> dict[int, int]:
    sql = "SELECT tier, count(*) FROM fold_band_tiers GROUP BY tier"
    return dict(conn.execute(sql))


def _merged(before: Mapping[int, int], after: Mapping[int, int]) -> str:
    """The tiers a batch merged down (a tier that held rows and holds fewer now)."""
    gone = [str(tier) for tier, rows in sorted(before.items()) if after.get(tier, 0) < rows]
    return ", ".join(gone) or "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--batches", type=int, default=20)
    parser.add_argument("--modes", default="flat,tiered")
    args = parser.parse_args()
    found = batches(args.size, args.batches)
    lines = [
        f"## {args.size} documents, {args.batches} batches of {ADDED} ({machine_line()})",
        "",
        "| db | writes | batch | rows | s (insert, merges, commit) | WAL MB | tiers merged |",
        "|---|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory(dir="/work/tmp") as folder:
        for mode in args.modes.split(","):
            lines += run(args.size, mode, found, Path(folder))
            print("\n".join(lines), flush=True)
    with RESULT.open("a") as out:
        out.write("\n".join(lines) + "\n\n")


if __name__ == "__main__":
    main()
