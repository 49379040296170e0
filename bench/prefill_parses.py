"""Fill the benchmark parse cache (bench/parsecache.py) for the real corpora, lowest CPU priority.

Run: `nice -n 19 python -m bench.prefill_parses [polnear] [timeline17] [ecbplus]`. Texts are what the
benchmarks parse: PolNeAR texts as they are, Timeline17 articles as storyline cleans them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from bench.parsecache import parse_cached
from storyline.clean import clean_document
from storyline.extract.nlp import load_pipeline
from storyline.ingest import read_paths
from storyline.model import Rejected
from storyline.settings import DEFAULT_MODEL

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "bench"


def polnear_texts() -> Iterator[str]:
    for split in ("test", "dev", "train"):
        for path in sorted((SHARED / "polnear" / split / "text").glob("*.txt")):
            yield path.read_text("utf-8")


def timeline17_texts() -> Iterator[str]:
    for raw in read_paths([str(SHARED / "timeline17")]):
        if isinstance(raw, Rejected):
            continue
        cleaned = clean_document(raw)
        if not isinstance(cleaned, Rejected) and len(cleaned.text) < 1_000_000:
            yield cleaned.text


def main(corpora: list[str]) -> None:
    nlp = load_pipeline(DEFAULT_MODEL)
    sources = {"polnear": polnear_texts, "timeline17": timeline17_texts}
    for corpus in corpora or list(sources):
        for done, _ in enumerate(parse_cached(nlp, DEFAULT_MODEL, sources[corpus]()), start=1):
            if done % 100 == 0:
                print(corpus, done, flush=True)
        print(corpus, "done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
