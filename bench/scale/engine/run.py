"""Ingest throughput on every core and on Dask, next to spaCy alone on the same texts in the same run.

Run: python -m bench.scale.engine.run [--limit 120] [--rounds 3] [--sides spacy1,ours1,...]
(throughput figures: run it on a machine as quiet as you can; the load average is written next to them).
Each side runs in its own subprocess on the same distinct Timeline17 articles (bench/ingest/run.py's
sample); the sides take turns, `--rounds` times, and each side's fastest round is kept (other users of
the machine only ever slow a round down). Model loading and cluster start are timed apart.
Results: bench/results/scale_engine.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.ingest.run import DATA, pick_articles
from bench.machine import machine_line, peak_rss_mb
from bench.scale.engine.report import render

RESULTS = Path(__file__).resolve().parents[2] / "results" / "scale_engine.md"
SIDES = ("spacy1", "ours1", "spacy2", "ours2", "dask1", "dask2", "stages")


def run_spacy(paths: list[Path], processes: int) -> dict[str, Any]:
    """spaCy alone: the pipeline package exactly as `spacy.load` gives it (none of storyline's changes)."""
    import warnings

    import spacy

    from storyline.settings import Settings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\].*")
        nlp = spacy.load(Settings().model)
    texts = [p.read_text("utf-8", errors="replace") for p in paths]
    started, cpu = time.perf_counter(), cpu_seconds()
    for _doc in nlp.pipe(texts, batch_size=Settings().batch_size, n_process=processes):
        pass
    return {"process_s": time.perf_counter() - started, "cpu_s": cpu_seconds() - cpu, "docs": len(texts)}


def cpu_seconds() -> float:
    """User + system CPU of this process and of its children that have ended and been waited for."""
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_ours(paths: list[Path], processes: int, scheduler: str = "") -> dict[str, Any]:
    from storyline.extract.nlp import load_pipeline
    from storyline.run.ingest import ingest_paths
    from storyline.settings import Settings
    from storyline.store import open_store

    settings = Settings(n_process=processes, engine="dask" if scheduler else "local", scheduler=scheduler)
    load_pipeline(settings.model)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.db")
        reading = read_seconds(paths, store)
        save = store.save_analysis
        saving = [0.0]

        def timed_save(analysis: Any, **options: Any) -> None:
            begun = time.perf_counter()
            save(analysis, **options)
            saving[0] += time.perf_counter() - begun

        store.save_analysis = timed_save  # type: ignore[method-assign]
        marks: dict[str, float] = {}
        started, cpu = time.perf_counter(), cpu_seconds()

        def progress(done: int, expected: int | None) -> None:
            marks.setdefault("analysis_start", time.perf_counter())
            marks["analysis_end"] = time.perf_counter()

        summary = ingest_paths([str(p) for p in paths], store, settings, on_progress=progress)
        done = time.perf_counter()
        store.close()
    return {
        "process_s": done - started,
        "cpu_s": cpu_seconds() - cpu,
        "analysis_s": marks["analysis_end"] - marks["analysis_start"],
        "link_s": done - marks["analysis_end"],
        "docs": summary.added,
        "rejected": len(summary.rejected),
        "client_s": reading + saving[0],
    }


def read_seconds(paths: list[Path], store: Any) -> float:
    """What the client spends reading the inputs and asking the store whether each is new (a separate
    pass, nothing stored; the workers clean)."""
    from storyline.ingest import read_paths
    from storyline.run.reading import Reading

    started = time.perf_counter()
    for _document in Reading(store, [str(p) for p in paths]).new_documents(
        read_paths([str(p) for p in paths])
    ):
        pass
    return time.perf_counter() - started


def run_dask(paths: list[Path], workers: int) -> dict[str, Any]:
    import logging

    from distributed import Client, LocalCluster

    from storyline.run.dask_engine import PipelinePlugin
    from storyline.settings import Settings

    started = time.perf_counter()
    with LocalCluster(
        n_workers=workers, threads_per_worker=1, dashboard_address=None, silence_logs=logging.ERROR
    ) as cluster:
        with Client(cluster) as client:
            client.register_plugin(PipelinePlugin(Settings().model))  # what the engine does: timed apart
        result = run_ours(paths, workers, cluster.scheduler_address)
        result["cluster_start_s"] = time.perf_counter() - started - result["process_s"]
    return result


def child(side: str, limit: int) -> None:
    paths = pick_articles(limit)
    if side == "stages":
        from bench.scale.engine.stages import measure_stages

        print(json.dumps({"stages": measure_stages(paths), "docs": len(paths), "process_s": 0.0}))
        return
    processes = int(side[-1])
    if side.startswith("spacy"):
        result = run_spacy(paths, processes)
    elif side.startswith("ours"):
        result = run_ours(paths, processes)
    else:
        result = run_dask(paths, processes)
    result["words"] = sum(len(p.read_text("utf-8", errors="replace").split()) for p in paths)
    result["peak_mb"] = peak_rss_mb()
    result["children_peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(result))


def measure(side: str, limit: int) -> dict[str, Any]:
    load_before = os.getloadavg()[0]
    command = [sys.executable, "-m", "bench.scale.engine.run", "--child", side, "--limit", str(limit)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    result["load"] = (load_before, os.getloadavg()[0])
    print(side, result, flush=True)
    return result


def _total(result: dict[str, Any]) -> float:
    """What makes a round the fastest: process time, or for the stage side its summed CPU."""
    return float(result["process_s"] or sum(result.get("stages", {}).values()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("--sides", default=",".join(SIDES))
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--child", choices=SIDES)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.limit)
        return
    if not DATA.is_dir():
        sys.exit(f"no benchmark data at {DATA}")
    results: dict[str, dict[str, Any]] = {}
    every: dict[str, list[float]] = {}  # each side's process seconds, round by round
    for _ in range(args.rounds):
        for side in args.sides.split(","):
            result = measure(side, args.limit)
            every.setdefault(side, []).append(_total(result))
            if side not in results or _total(result) < _total(results[side]):
                results[side] = result
    for side, seconds in every.items():
        results[side]["rounds_s"] = seconds
    text = render(results, args.limit, args.rounds, machine_line())
    RESULTS.write_text(text, "utf-8")
    print(text)


if __name__ == "__main__":
    main()
