"""All temporal benchmarks in one run; writes bench/results/time.md with the machine and date.

Run: python -m bench.time.run [--sample 300] [--docs 300]. Parts: bench.time.tempeval (TempEval-3
platinum test), bench.time.generalize (TimeBank / AQUAINT), bench.time.pubsources (path, sheet and
hidden-folder publication dates), bench.time.pubdates (text inference), bench.time.speed (throughput).
"""

from __future__ import annotations

import argparse
import platform
from pathlib import Path

from bench.machine import machine_line
from bench.time import generalize, pubdates, pubsources, speed, tempeval

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
        "## Generalization: TBAQ-cleaned as two corpora (`python -m bench.time.generalize`)",
        "",
        "Rules tuned on TimeBank and AQUAINT-read; AQUAINT-held (a fixed half) is never read.",
        "Times of day = gold type TIME, durations = gold type DURATION; n, then recall (overlap) /",
        "value accuracy of those found.",
        "",
        *generalize.report(),
        "",
        "## Publication dates at ingest (`python -m bench.time.pubsources`)",
        "",
        *pubsources.report(args.sample),
        "",
        "## Publication dates from text (`python -m bench.time.pubdates`)",
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
