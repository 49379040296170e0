"""Seeded choice of Timeline17 articles for the reading benchmark, copied keeping InputDocs/<date>/.

Run: python -m bench.reading.pick TOPIC --out DIR [--n 25] [--seed 17]
The same topic, n and seed always choose the same files (sorted paths, random.Random(seed).sample).
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
T17 = ROOT.parent / "shared" / "bench" / "timeline17"


def choose(topic: str, n: int, seed: int) -> list[Path]:
    """Return n article paths of a topic's InputDocs (non-empty files), chosen by the seed."""
    base = T17 / topic / "InputDocs"
    files = sorted(p for p in base.glob("*/*") if p.is_file() and p.stat().st_size > 0)
    return sorted(random.Random(seed).sample(files, min(n, len(files))))


def copy(paths: list[Path], topic: str, out: Path) -> None:
    """Copy the chosen files under out/InputDocs/<date>/<name>, as distributed."""
    for path in paths:
        target = out / "InputDocs" / path.parent.name / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("topic")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--n", type=int, default=25)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    paths = choose(args.topic, args.n, args.seed)
    copy(paths, args.topic, args.out)
    for path in paths:
        print(f"{path.parent.name}/{path.name}")


if __name__ == "__main__":
    main()
