"""Run every benchmark area, then assemble BENCHMARKS.md from bench/results/*.md.

Run: python -m bench.run_all [--only ingest,time] [--assemble-only]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from bench.machine import machine_line

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
AREAS = (
    "ingest",
    "clean",
    "time",
    "quotes",
    "entities",
    "cli",
    "timeline",
    "stories",
    "reliability",
    "scale",
    "scale.engine",
    "web",
    "store",
)
ORDER = (
    "ingest",
    "clean",
    "time",
    "quotes",
    "entities",
    "timeline",
    "posts",  # python -m bench.timeline.posts (live-blog post anchors), figures written by hand
    "stories",
    "cli",
    "reliability",
    "scale",
    "scale_engine",
    "web",
    "store",
    "search",  # run by `make bench` in .venv-semantic (needs storyline[semantic])
)


def run_area(area: str) -> None:
    module = f"bench.{area}.run"
    print(f"== {module}", flush=True)
    subprocess.run([sys.executable, "-m", module], check=False, cwd=ROOT)


def assemble() -> str:
    parts = [
        "# BENCHMARKS",
        "",
        "Numbers measured by the commands named in each section (`make bench` runs them all) on the",
        "machine named there. Data sets come from `../shared/bench/` and are never committed here.",
        f"Last assembled on: {machine_line()}.",
        "",
    ]
    names = sorted(
        RESULTS.glob("*.md"), key=lambda p: (ORDER.index(p.stem) if p.stem in ORDER else 99, p.stem)
    )
    for path in names:
        parts.append(path.read_text("utf-8").strip())
        parts.append("")
    return "\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="", help="comma-separated areas")
    parser.add_argument("--assemble-only", action="store_true")
    args = parser.parse_args()
    if not args.assemble_only:
        for area in [a for a in args.only.split(",") if a] or AREAS:
            run_area(area)
    (ROOT / "BENCHMARKS.md").write_text(assemble(), "utf-8")
    print("wrote BENCHMARKS.md")


if __name__ == "__main__":
    main()
