"""Link cost as the corpus grows: statement linking blocked by speaker vs all pairs, and full relink time.

The corpus is the demo (examples/demo) analysed once, then copied k times with every document, mention,
quote and event id renamed (a systematic variation: the same texts, names and dates, new ids). Names are
not renamed, so every copy lands in the same speaker blocks: the worst case for blocking. Results go to
bench/results/scale.md.

Run: nice -n 10 python -m bench.scale.run [--copies 1,2,4,8]
"""

from __future__ import annotations

import argparse
import itertools
import resource
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import storyline.link.statements as statements
from bench.machine import machine_line
from storyline.link.entities import link_entities
from storyline.model import DocumentAnalysis, Entity
from storyline.run.ingest import ingest_paths
from storyline.run.link import link_corpus
from storyline.settings import Settings
from storyline.store import open_store

ROOT = Path(__file__).resolve().parents[2]
RESULT = ROOT / "bench" / "results" / "scale.md"


def demo_analyses() -> list[DocumentAnalysis]:
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "demo.db") as store:
        ingest_paths([str(ROOT / "examples" / "demo")], store, Settings())
        return list(store.load_analyses())


def _renamed(value: str | None, suffix: str) -> str | None:
    return None if value is None else f"{value}.{suffix}"


def varied(analysis: DocumentAnalysis, copy: int) -> DocumentAnalysis:
    """`analysis` with every id renamed for copy number `copy` (copy 0 is the original)."""
    if copy == 0:
        return analysis
    s = str(copy)
    doc = replace(analysis.document, id=f"{analysis.document.id}.{s}")
    mentions = tuple(
        replace(m, id=f"{m.id}.{s}", document=doc.id, refers_to=_renamed(m.refers_to, s))
        for m in analysis.mentions
    )
    quotes = tuple(
        replace(q, id=f"{q.id}.{s}", document=doc.id, speaker_mention=_renamed(q.speaker_mention, s))
        for q in analysis.quotes
    )
    events = tuple(
        replace(e, id=f"{e.id}.{s}", document=doc.id, mentions=tuple(f"{m}.{s}" for m in e.mentions))
        for e in analysis.events
    )
    return replace(analysis, document=doc, mentions=mentions, quotes=quotes, events=events)


def corpus(base: Sequence[DocumentAnalysis], copies: int) -> list[DocumentAnalysis]:
    return [varied(a, k) for k in range(copies) for a in base]


def _all_pairs(reports: Sequence[object]) -> Iterator[tuple[int, int]]:
    return itertools.combinations(range(len(reports)), 2)


def time_statements(
    analyses: list[DocumentAnalysis], entities: tuple[Entity, ...], *, blocked: bool
) -> float:
    original = statements._blocked_pairs
    if not blocked:
        statements._blocked_pairs = _all_pairs  # type: ignore[assignment]
    try:
        started = time.perf_counter()
        statements.link_statements(analyses, entities)
        return time.perf_counter() - started
    finally:
        statements._blocked_pairs = original  # type: ignore[assignment]


def measure(base: list[DocumentAnalysis], copies: Sequence[int]) -> list[str]:
    rows = []
    for k in copies:
        analyses = corpus(base, k)
        entities = link_entities(analyses, ())
        quotes = sum(len(a.quotes) for a in analyses)
        blocked = time_statements(analyses, entities, blocked=True)
        pairs = f"{time_statements(analyses, entities, blocked=False):.2f}" if k <= 8 else "not run"
        started = time.perf_counter()
        link_corpus(analyses, (), 0.6)
        full = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows.append(f"| {len(analyses):,} | {quotes:,} | {pairs} | {blocked:.2f} | {full:.2f} | {peak:.0f} |")
        print(rows[-1], flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", default="1,2,4,8")
    args = parser.parse_args()
    base = demo_analyses()
    rows = measure(base, [int(c) for c in args.copies.split(",")])
    lines = [
        "## Scale: link cost",
        "",
        f"`nice -n 10 python -m bench.scale.run --copies {args.copies}` on {machine_line()}.",
        "The demo corpus (25 documents) analysed once and copied k times with renamed ids (same texts,",
        "names and dates: every copy joins the same speaker blocks, the worst case for blocking).",
        "Statement linking before (all pairs) and after (pairs within a speaker's block); a full",
        "`link_corpus` (entities, statements, timeline, duplicates, copies, stories) after the change;",
        "peak RSS of the process so far.",
        "",
        "| documents | quotes | statements, all pairs (s) | statements, blocked (s) | full relink (s) "
        "| peak RSS (MB) |",
        "|---:|---:|---:|---:|---:|---:|",
        *rows,
        "",
    ]
    RESULT.write_text("\n".join(lines), "utf-8")


if __name__ == "__main__":
    main()
