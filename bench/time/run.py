"""All temporal benchmarks in one run; writes bench/results/time.md with the machine and date.

Run: python -m bench.time.run [--sample 300] [--docs 300]. Parts: bench.time.tempeval (TempEval-3
platinum test), bench.time.pubdates (publication dates), bench.time.speed (throughput).
"""

from __future__ import annotations

import argparse
import platform
from pathlib import Path

from bench.machine import machine_line
from bench.time import pubdates, speed, tempeval

RESULTS = Path(__file__).resolve().parents[1] / "results" / "time.md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--docs", type=int, default=300)
    args = parser.parse_args()
    sections = [
        "# Temporal layer benchmarks",
        "",
        f"Machine: `uname -m` = {platform.machine()}; {machine_line()}",
        "",
        "## TempEval-3 platinum test (`python -m bench.time.tempeval`)",
        "",
        *tempeval.report("test"),
        "",
        "Tuned on TBAQ-cleaned training only (`--split train`): "
        + tempeval.report("train", with_dateparser=False)[4],
        "",
        "## Publication dates (`python -m bench.time.pubdates`)",
        "",
        *pubdates.report(args.sample),
        "",
        "## Speed (`python -m bench.time.speed`)",
        "",
        *speed.measure(args.docs),
    ]
    text = "\n".join(sections) + "\n"
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, "utf-8")
    print(text)


if __name__ == "__main__":
    main()
