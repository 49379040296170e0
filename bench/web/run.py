"""Web latency: p50/p95 of every page and API route on the demo db and on a 10,000-document db.

Run: `python -m bench.web.run [--documents 10000] [--requests 30]`; writes bench/results/web.md.
Both dbs are served by a real uvicorn server on loopback and asked sequentially by one client, in the
same command; the demo db is the baseline the 10k figures are set against (ratio = flatness).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from bench.machine import machine_line
from bench.web.build import build
from storyline.run.ingest import ingest_paths
from storyline.serve import ServeConfig, create_app
from storyline.settings import load_settings
from storyline.store import open_store

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench" / "results" / "web.md"
PAGE_GOAL_MS, API_GOAL_MS = 100.0, 50.0


def routes(db: Path) -> list[str]:
    """Every page and API route, with ids taken from the db (its first entity, statement, document...)."""
    conn = sqlite3.connect(db)
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    entity = one("SELECT entity FROM entity_mentions GROUP BY entity ORDER BY count(*) DESC LIMIT 1")
    statement, document = one("SELECT id FROM statements LIMIT 1"), one("SELECT id FROM documents LIMIT 1")
    entry = one("SELECT id FROM timeline LIMIT 1")
    conn.close()
    pages = ["/", "/timeline", "/timeline?page=40", "/timeline?since=2020-08&until=2020-09",
             f"/timeline/{entry}", "/entities", "/entities?type=PERSON", f"/entities/{entity}", "/quotes",
             f"/quotes?speaker={entity}", f"/statements/{statement}", "/documents", f"/documents/{document}",
             "/search?q=Lukashenko", "/search?q=merg*&kind=quotes", "/sources"]  # fmt: skip
    api = ["/api/overview", "/api/timeline", "/api/timeline?offset=2000", "/api/entities",
           f"/api/entities/{entity}", "/api/statements", f"/api/statements/{statement}", "/api/documents",
           f"/api/documents/{document}", "/api/search?q=Lukashenko", "/api/sources"]  # fmt: skip
    return pages + api


class Server:
    """A uvicorn server for one db in a thread, on a free loopback port."""

    def __init__(self, db: Path, port: int) -> None:
        config = uvicorn.Config(
            create_app(ServeConfig(db=db)), host="127.0.0.1", port=port, log_level="error"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{port}"

    def __enter__(self) -> Server:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.05)
        return self

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def measure(db: Path, port: int, requests: int) -> dict[str, tuple[float, float, int]]:
    """route → (p50 ms, p95 ms, bytes) over `requests` sequential requests after one warm-up."""
    timings: dict[str, tuple[float, float, int]] = {}
    with Server(db, port) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        for route in routes(db):
            response = client.get(route)
            assert response.status_code == 200, (route, response.status_code, response.text[:300])
            samples = []
            for _ in range(requests):
                started = time.perf_counter()
                client.get(route)
                samples.append((time.perf_counter() - started) * 1000)
            samples.sort()
            p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
            timings[route] = (statistics.median(samples), p95, len(response.content))
    return timings


def demo_db(folder: Path) -> Path:
    db = folder / "demo.db"
    with open_store(db) as store:
        ingest_paths([str(ROOT / "examples" / "demo")], store, load_settings())
    return db


def report(small: dict[str, tuple[float, float, int]], big: dict[str, tuple[float, float, int]],
           sizes: tuple[int, int], requests: int) -> str:  # fmt: skip
    lines = [
        "# Web latency (`python -m bench.web.run`)",
        "",
        f"Machine: {machine_line()}. {requests} sequential requests per route after one warm-up, "
        "real uvicorn server on loopback, one client; p50/p95 in ms. "
        "Big db: the demo corpus varied systematically "
        f"(every row copied with new ids, documents shifted by k days) to {sizes[1]:,} documents; "
        f"baseline: the demo db itself ({sizes[0]} documents), served in the same command.",
        "",
        f"| route | demo p50 | demo p95 | {sizes[1]:,} docs p50 | {sizes[1]:,} docs p95 | ratio p95 | goal |",
        "|---|---|---|---|---|---|---|",
    ]
    for route, (p50, p95, _) in big.items():
        base = small.get(route.replace("?page=40", "").replace("?offset=2000", ""), (0.0, 0.0, 0))
        goal = API_GOAL_MS if route.startswith("/api") else PAGE_GOAL_MS
        mark = "ok" if p95 < goal else f"over {goal:.0f}"
        lines.append(f"| `{route}` | {base[0]:.1f} | {base[1]:.1f} | {p50:.1f} | {p95:.1f} | "
                     f"{p95 / base[1] if base[1] else 0:.1f} | {mark} |")  # fmt: skip
    pages = [v[1] for k, v in big.items() if not k.startswith("/api")]
    api = [v[1] for k, v in big.items() if k.startswith("/api")]
    worst_page, worst_api = max(pages), max(api)
    lines += [
        "",
        f"Worst page p95 {worst_page:.1f} ms (goal < {PAGE_GOAL_MS:.0f}); "
        f"worst API p95 {worst_api:.1f} ms (goal < {API_GOAL_MS:.0f}).",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the two dbs in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        small, big = folder / "demo.db", folder / "big.db"
        if not small.exists():
            demo_db(folder)
        sizes = sqlite3.connect(small).execute("SELECT count(*) FROM documents").fetchone()[0]
        if not big.exists():
            build(small, big, max(1, args.documents // sizes))
        for db in (small, big):
            open_store(db).close()  # a kept db gets the migrations added since it was built
        total = sqlite3.connect(big).execute("SELECT count(*) FROM documents").fetchone()[0]
        small_timings = measure(small, 8765, args.requests)
        big_timings = measure(big, 8766, args.requests)
    text = report(small_timings, big_timings, (sizes, total), args.requests)
    RESULTS.write_text(text, "utf-8")
    print(text)


if __name__ == "__main__":
    main()
