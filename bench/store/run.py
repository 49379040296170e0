"""SQLite next to PostgreSQL: demo ingest time, export time and web latency on the same records.

Run: `python -m bench.store.run [--documents 1000] [--requests 20]`; writes bench/results/store.md.
A PostgreSQL server is started for the run (tests/store/pg_server.py, fsync on). Both stores are
measured in the same command: the demo corpus ingested into each (spaCy included, then the store's
own share: saving the stored analyses again and relinking), `export` (build + JSON), and every web
route served by uvicorn from each; then the same on a bigger db (the web benchmark's systematic
variation of the demo, bench/web/build.py, copied row for row into PostgreSQL with COPY).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from bench.machine import machine_line
from bench.web.build import build
from bench.web.run import Server, routes
from storyline.run.ingest import ingest_paths
from storyline.run.relink import relink
from storyline.settings import load_settings
from storyline.store import open_store
from storyline.store.export import build_export
from storyline.store.schema_pg import KEYS, search_fill
from tests.store.pg_server import fresh_database, server

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench" / "results" / "store.md"
DEMO = ROOT / "examples" / "demo"
NOT_COPIED = {"migrations"}


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def ingest(target: str | Path) -> float:
    with open_store(target) as store:
        return timed(lambda: ingest_paths([str(DEMO)], store, load_settings()))


def store_share(source: Path, target: str | Path) -> float:
    """Seconds to save the stored analyses into an empty `target` and relink (no spaCy)."""
    with open_store(source, read_only=True) as lite:
        analyses = list(lite.load_analyses())
    with open_store(target) as store:

        def work() -> None:
            for analysis in analyses:
                store.save_analysis(analysis)
            relink(store, load_settings())

        return timed(work)


def export_seconds(target: str | Path, repeats: int = 5) -> float:
    """Median seconds of `storyline export`'s work: read every record and write the JSON."""
    with open_store(target, read_only=True) as store:
        return statistics.median(timed(lambda: json.dumps(build_export(store))) for _ in range(repeats))


def copy_to_postgres(lite: Path, url: str) -> int:
    """Every row of the SQLite db `lite` into the migrated PostgreSQL db `url` (COPY, no triggers)."""
    open_store(url).close()
    source = sqlite3.connect(lite)
    target: Any = open_store(url).conn
    raw = target.raw
    tables = [t for (t,) in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    kept = [t for t in tables if "_fts" not in t and not t.startswith("sqlite_") and t not in NOT_COPIED]
    with raw.transaction():
        raw.execute("SET LOCAL session_replication_role = replica")  # copied as is: no FK checks, no triggers
        for table in kept:
            cursor = source.execute(f"SELECT * FROM {table}")
            columns = ", ".join(f'"{d[0]}"' for d in cursor.description)
            with raw.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in cursor:
                    copy.write_row(row)
    for table in KEYS:
        raw.execute(search_fill(table))  # the copy ran without the triggers that fill the search tables
    raw.execute("ANALYZE")
    total = int(raw.execute("SELECT count(*) FROM documents").fetchone()[0])
    target.close()
    return total


def latency(target: str | Path, paths: list[str], port: int, requests: int) -> dict[str, float]:
    """route → p50 ms over `requests` sequential requests after one warm-up."""
    found: dict[str, float] = {}
    with Server(Path(str(target)), port) as served, httpx.Client(base_url=served.url, timeout=60) as client:
        for route in paths:
            response = client.get(route)
            assert response.status_code == 200, (target, route, response.status_code)
            samples = []
            for _ in range(requests):
                started = time.perf_counter()
                client.get(route)
                samples.append((time.perf_counter() - started) * 1000)
            found[route] = statistics.median(samples)
    return found


def table(title: str, rows: list[tuple[str, float, float]], unit: str) -> list[str]:
    lines = [f"| {title} | SQLite {unit} | PostgreSQL {unit} | PostgreSQL / SQLite |", "|---|---|---|---|"]
    for name, lite, pg in rows:
        lines.append(f"| {name} | {lite:.2f} | {pg:.2f} | {pg / lite if lite else 0:.2f} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch, server(fast=False) as pg:
        folder = Path(scratch)
        small, big = folder / "demo.db", folder / "big.db"
        pg_small, pg_big = fresh_database(pg, "demo"), fresh_database(pg, "big")
        work = [("demo ingest (spaCy included)", ingest(small), ingest(pg_small))]
        share = [store_share(small, folder / "again.db"), store_share(small, fresh_database(pg, "again"))]
        work.append(("store share: save 25 analyses + relink", *share))
        work.append(("export, demo (build + JSON)", export_seconds(small), export_seconds(pg_small)))
        size = sqlite3.connect(small).execute("SELECT count(*) FROM documents").fetchone()[0]
        build(small, big, max(1, args.documents // size))
        total = copy_to_postgres(big, pg_big)
        work.append((f"export, {total:,} documents", export_seconds(big, 3), export_seconds(pg_big, 3)))
        paths = routes(small)
        web = [latency(small, paths, 8791, args.requests), latency(pg_small, paths, 8792, args.requests)]
        big_paths = routes(big)
        web_big = [
            latency(big, big_paths, 8793, args.requests),
            latency(pg_big, big_paths, 8794, args.requests),
        ]
    text = report(work, web, web_big, (size, total), args.requests)
    RESULTS.write_text(text, "utf-8")
    print(text)


def report(
    work: list[tuple[str, float, float]],
    web: list[dict[str, float]],
    web_big: list[dict[str, float]],
    sizes: tuple[int, int],
    requests: int,
) -> str:
    lines = [
        "# SQLite and PostgreSQL stores side by side (`python -m bench.store.run`)",
        "",
        f"Machine: {machine_line()}. PostgreSQL 15 (Debian) started by the benchmark on loopback with its "
        "default durability (fsync on); SQLite in WAL mode, synchronous=NORMAL. Same records in both "
        f"(tests/store/test_postgres.py). Big db: the demo ({sizes[0]} documents) varied systematically "
        f"to {sizes[1]:,} documents (bench/web/build.py), copied row for row into PostgreSQL.",
        "",
        *table("work", work, "s"),
        "",
        f"Web routes, p50 ms over {requests} sequential requests after one warm-up (uvicorn, one client):",
        "",
        f"| route | SQLite demo | PostgreSQL demo | SQLite {sizes[1]:,} | PostgreSQL {sizes[1]:,} |",
        "|---|---|---|---|---|",
    ]
    for (route, lite), (big_route, lite_big) in zip(web[0].items(), web_big[0].items(), strict=True):
        lines.append(
            f"| `{route if route == big_route else big_route}` | {lite:.1f} | {web[1][route]:.1f} | "
            f"{lite_big:.1f} | {web_big[1][big_route]:.1f} |"
        )
    for name, (lite_times, pg_times) in (("demo", web), (f"{sizes[1]:,} documents", web_big)):
        ratio = statistics.median(pg_times[r] / lite_times[r] for r in lite_times)
        lines.append(f"\nMedian PostgreSQL / SQLite latency ratio over the routes, {name}: {ratio:.2f}.")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
