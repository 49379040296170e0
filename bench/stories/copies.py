"""Copies on real articles: precision and recall on labelled pairs, speed and memory at 10k documents.

Labelled pairs (bench/stories/copies_pairs.py, from real Timeline17 articles): restated passages planted
inside paragraphs of other articles and rewrites (same quotes and facts, other words) are positives;
same-topic articles that are not copies and same-site articles of other topics that share only furniture
are negatives. Every system (bench/stories/copies_systems.py) runs on the whole pool: the in-span
Timeline17 articles plus the planted hosts and the rewrites; a pair counts as found when the system
reports it, and a positive is found with the right origin when the donor is named the origin.
Speed and peak memory (growth of the process's peak RSS during the call, the peak reset to the current
RSS once the corpus is read; each system and size in a fresh process): Timeline17 (every article) and
PolNeAR articles, topped up to 10k with systematic variations of
Timeline17 articles (paragraphs shuffled, a line added), next to the two baselines.
Run: STORYLINE_PARSE_CACHE=/work/cache/parses python -m bench.stories.copies [--quality | --speed]
"""

from __future__ import annotations

import gc
import json
import random
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from bench.parsecache import cached_pipe
from bench.stories.copies_pairs import (
    SEED,
    Pair,
    furniture_negatives,
    new_document,
    plant,
    rewrites,
    same_topic_negatives,
)
from bench.stories.copies_systems import Found, document_minhash, paragraph_hashes, storyline_copies
from bench.stories.corpus import SHARED, T17, documents_of, t17_analyses, t17_topics
from storyline.extract.nlp import load_pipeline
from storyline.link.copies import link_copies
from storyline.link.duplicates import find_near_duplicates
from storyline.model import Document, DocumentAnalysis, Rejected
from storyline.run.analyze import analyze_or_reject
from storyline.settings import DEFAULT_MODEL

SYSTEMS = ("storyline", "storyline, no furniture filter", "whole-document MinHash", "paragraph hashes")
SIZES = (1000, 10000)


def _analysed(documents: list[Document]) -> list[DocumentAnalysis]:
    nlp = load_pipeline(DEFAULT_MODEL)
    found = [
        analyze_or_reject(d, doc)
        for doc, d in cached_pipe(nlp, DEFAULT_MODEL, ((d.text, d) for d in documents))
    ]
    return [a for a in found if not isinstance(a, Rejected)]


def labelled() -> tuple[list[DocumentAnalysis], list[Pair], int]:
    """The pool of analyses, the labelled pairs, and how many same-topic pairs were real copies."""
    rng = random.Random(SEED)
    corpus = {t: t17_analyses(t) for t in t17_topics()}
    hosts, planted = plant(corpus, rng)
    rewritten, rewrite_pairs = rewrites(corpus, rng)
    donors = sorted({p.first for p in planted + rewrite_pairs})
    same_topic, skipped = same_topic_negatives(corpus, donors, rng)
    pairs = planted + rewrite_pairs + same_topic + furniture_negatives(corpus, rng)
    pool = list({a.document.id: a for docs in corpus.values() for a in docs}.values())
    return pool + hosts + _analysed(rewritten), pairs, skipped


def quality() -> tuple[dict[str, dict[str, list[int]]], int, int]:
    """Per system, per pair kind: [found, found with the right origin, pairs]; documents; skipped."""
    pool, pairs, skipped = labelled()
    ours, raw = storyline_copies(pool)
    documents = [a.document for a in pool]
    found: dict[str, Found] = {
        SYSTEMS[0]: ours,
        SYSTEMS[1]: raw,
        SYSTEMS[2]: document_minhash(documents),
        SYSTEMS[3]: paragraph_hashes(documents),
    }
    counts: dict[str, dict[str, list[int]]] = {s: defaultdict(lambda: [0, 0, 0]) for s in SYSTEMS}
    for system, pairs_found in found.items():
        for pair in pairs:
            cell = counts[system][pair.kind]
            key = frozenset((pair.first, pair.second))
            cell[0] += key in pairs_found
            cell[1] += key in pairs_found and pairs_found[key] == pair.first
            cell[2] += 1
    return counts, len(pool), skipped


def quality_table(counts: dict[str, dict[str, list[int]]]) -> list[str]:
    kinds = list(counts[SYSTEMS[0]])
    lines = ["| pairs | " + " | ".join(SYSTEMS) + " |", "|---" * (len(SYSTEMS) + 1) + "|"]
    for kind in kinds:
        n = counts[SYSTEMS[0]][kind][2]
        lines.append(f"| {kind} ({n}) | " + " | ".join(_cell(kind, counts[s][kind]) for s in SYSTEMS) + " |")
    for name, value in (("**recall**", _recall), ("**precision**", _precision)):
        lines.append(f"| {name} | " + " | ".join(f"**{value(counts[s]):.3f}**" for s in SYSTEMS) + " |")
    return lines


def _cell(kind: str, cell: list[int]) -> str:
    """Positives: found (with the donor as origin); negatives: reported as copies."""
    return f"{cell[0]} reported" if _is_negative(kind) else f"{cell[0]} ({cell[1]})"


def _recall(system: dict[str, list[int]]) -> float:
    positives = [c for k, c in system.items() if not _is_negative(k)]
    return sum(c[0] for c in positives) / sum(c[2] for c in positives)


def _precision(system: dict[str, list[int]]) -> float:
    hits = sum(c[0] for k, c in system.items() if not _is_negative(k))
    wrong = sum(c[0] for k, c in system.items() if _is_negative(k))
    return hits / (hits + wrong) if hits + wrong else 0.0


def _is_negative(kind: str) -> bool:
    return kind.startswith(("same topic", "same-site"))


def scale_corpus(size: int) -> list[Document]:
    """Real Timeline17 + PolNeAR articles, topped up with paragraph-shuffled Timeline17 variations."""
    real = [d for t in t17_topics() for d in documents_of(T17 / t / "InputDocs")]
    real += [
        new_document(p.read_text("utf-8"), str(p), None)
        for p in sorted((SHARED / "polnear").glob("*/text/*.txt"))
    ]
    docs, rng, n = list(real), random.Random(SEED), 0
    while len(docs) < size:
        base = real[n % len(real)]
        paragraphs = base.text.split("\n")
        rng.shuffle(paragraphs)
        text = "\n".join(paragraphs) + f"\n(variation {n} of an earlier article)"
        docs.append(new_document(text, base.source + f"#variation{n}", base.published.value))
        n += 1
    return docs[:size]


def speed_one(system: str, size: int) -> dict[str, float]:
    """Seconds and peak-RSS growth (MiB) of one system on the first `size` documents, in this process."""
    corpus = scale_corpus(size)
    gc.collect()
    before = _reset_peak()
    started = time.perf_counter()
    if system == "storyline":
        duplicates = find_near_duplicates(corpus)
        found = len(link_copies([DocumentAnalysis(document=d) for d in corpus], duplicates))
    else:
        found = len((document_minhash if system == SYSTEMS[2] else paragraph_hashes)(corpus))
    seconds = time.perf_counter() - started
    peak = _status_kib("VmHWM")
    return {"seconds": seconds, "peak_mib": (peak - before) / 1024, "peak_total_mib": peak / 1024,
            "found": found, "documents": len(corpus)}  # fmt: skip


def _reset_peak() -> int:
    """Reset the process's peak RSS to its current RSS (Linux: 5 > /proc/self/clear_refs); that RSS in KiB.
    Reading the corpus peaks higher than most calls, so without the reset the peak would not move."""
    Path("/proc/self/clear_refs").write_text("5")
    return _status_kib("VmRSS")


def _status_kib(field: str) -> int:
    line = next(x for x in Path("/proc/self/status").read_text().splitlines() if x.startswith(field + ":"))
    return int(line.split()[1])


def speed_table() -> list[str]:
    lines = ["| documents | system | seconds | documents / s | peak memory growth (MiB) | process peak (MiB) "
             "| pairs found |", "|---|---|---|---|---|---|---|"]  # fmt: skip
    for size in SIZES:
        for system in ("storyline", SYSTEMS[2], SYSTEMS[3]):
            command = [sys.executable, "-m", "bench.stories.copies", "--speed-one", system, str(size)]
            out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            row = json.loads(out.strip().splitlines()[-1])
            rate = row["documents"] / row["seconds"]
            lines.append(
                f"| {row['documents']:,} | {system} | {row['seconds']:.1f} | {rate:,.0f} "
                f"| {row['peak_mib']:,.0f} | {row['peak_total_mib']:,.0f} | {row['found']:,} |"
            )
            print(lines[-1], flush=True)
    return lines


def main(args: list[str]) -> None:
    if args[:1] == ["--speed-one"]:
        print(json.dumps(speed_one(args[1], int(args[2]))))
        return
    if args[:1] != ["--speed"]:
        counts, documents, skipped = quality()
        print(f"pool: {documents} documents; same-topic pairs sharing a verbatim run left out: {skipped}")
        print("\n".join(quality_table(counts)), flush=True)
    if args[:1] != ["--quality"]:
        print("\n".join(speed_table()))


if __name__ == "__main__":
    main(sys.argv[1:])
