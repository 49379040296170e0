"""Ingest speed and peak memory on distinct Timeline17 articles, next to spaCy alone on the same texts.

Run: python -m bench.ingest.run [--limit 1000]. Each side runs in its own subprocess (so peak memory is
its own); both load the same pipeline, and model loading is timed separately from processing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.machine import machine_line, peak_rss_mb

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "timeline17"
RESULTS = Path(__file__).resolve().parents[1] / "results" / "ingest.md"


def pick_articles(limit: int) -> list[Path]:
    """The first `limit` distinct (by content) Timeline17 articles in path order."""
    seen: set[str] = set()
    chosen: list[Path] = []
    for path in sorted(DATA.glob("*/InputDocs/*/*.txt")):
        digest = hashlib.sha1(path.read_bytes()).hexdigest()
        if digest not in seen and path.stat().st_size > 200:
            seen.add(digest)
            chosen.append(path)
        if len(chosen) == limit:
            break
    return chosen


def run_spacy(paths: list[Path]) -> dict[str, float]:
    from storyline.extract.nlp import load_pipeline
    from storyline.settings import Settings

    started = time.perf_counter()
    nlp = load_pipeline(Settings().model)
    loaded = time.perf_counter()
    texts = [p.read_text("utf-8", errors="replace") for p in paths]
    words = sum(len(t.split()) for t in texts)
    for _doc in nlp.pipe(texts, batch_size=Settings().batch_size):
        pass
    done = time.perf_counter()
    return {"load_s": loaded - started, "process_s": done - loaded, "docs": len(texts), "words": words}


def run_storyline(paths: list[Path]) -> dict[str, float]:
    from storyline.extract.nlp import load_pipeline
    from storyline.run.ingest import ingest_paths
    from storyline.settings import Settings
    from storyline.store import open_store

    started = time.perf_counter()
    load_pipeline(Settings().model)
    loaded = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.db")
        summary = ingest_paths([str(p) for p in paths], store, Settings())
        store.close()
    done = time.perf_counter()
    words = sum(len(p.read_text("utf-8", errors="replace").split()) for p in paths)
    return {
        "load_s": loaded - started,
        "process_s": done - loaded,
        "docs": summary.added,
        "words": words,
        "rejected": len(summary.rejected),
        "skipped": len(summary.skipped),
        "entities": summary.entities,
        "quotes": summary.quotes,
        "events": summary.events,
    }


def child(side: str, limit: int) -> None:
    paths = pick_articles(limit)
    result = run_spacy(paths) if side == "spacy" else run_storyline(paths)
    result["peak_mb"] = peak_rss_mb()
    print(json.dumps(result))


def measure(side: str, limit: int) -> dict[str, float]:
    command = [sys.executable, "-m", "bench.ingest.run", "--child", side, "--limit", str(limit)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(output.strip().splitlines()[-1]))


def report(limit: int) -> str:
    spacy_side = measure("spacy", limit)
    ours = measure("storyline", limit)
    ratio = (ours["docs"] / ours["process_s"]) / (spacy_side["docs"] / spacy_side["process_s"])
    rows = [
        "| side | documents | words | load s | process s | documents/s | words/s | peak MB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, side in (
        ("spaCy alone (same pipeline)", spacy_side),
        ("storyline ingest (all stages + SQLite)", ours),
    ):
        rows.append(
            f"| {name} | {side['docs']:.0f} | {side['words']:.0f} | {side['load_s']:.1f} | "
            f"{side['process_s']:.1f} | {side['docs'] / side['process_s']:.2f} | "
            f"{side['words'] / side['process_s']:.0f} | {side['peak_mb']:.0f} |"
        )
    return "\n".join(
        [
            "## Ingest throughput (Timeline17, distinct real articles)",
            "",
            f"Machine: {machine_line()}. Command: `python -m bench.ingest.run --limit {limit}`.",
            "",
            *rows,
            "",
            f"storyline / spaCy-alone speed ratio: **{ratio:.2f}** (documents/s, processing only). "
            f"storyline stored {ours.get('entities', 0):.0f} entities, {ours.get('quotes', 0):.0f} quotes, "
            f"{ours.get('events', 0):.0f} events; rejected {ours.get('rejected', 0):.0f} inputs.",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--child", choices=["spacy", "storyline"])
    args = parser.parse_args()
    if args.child:
        child(args.child, args.limit)
        return
    if not DATA.is_dir():
        sys.exit(f"no benchmark data at {DATA}")
    text = report(args.limit)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text + "\n", "utf-8")
    print(text)


if __name__ == "__main__":
    main()
