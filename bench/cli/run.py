"""The JSON export against its own schema on samples of every text corpus in ../shared/bench.

Run: python -m bench.cli.run [--per-corpus 12]. Each sample is ingested into its own db with the default
pipeline, exported as JSON and validated; date values are counted by form, and the values the schema
shipped before issue 9 rejected (weekends, times of day) are counted too. Writes bench/results/cli.md.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema

from bench.machine import machine_line
from storyline.run.ingest import ingest_paths
from storyline.settings import Settings
from storyline.store import open_store
from storyline.store.export import build_export, export_schema

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "bench"
RESULTS = Path(__file__).resolve().parents[1] / "results" / "cli.md"
OLD_VALUE = re.compile(  # the date-value pattern of export.schema.json before issue 9
    r"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-W[0-9]{2}|-Q[1-4]|-H[12]|-(SP|SU|FA|WI))?|[0-9]{2,3})$"
)
CORPORA = {  # name -> (glob under ../shared/bench, keep the parent folder: it holds the date)
    "timeline17": ("timeline17/*/InputDocs/*/*.txt", True),
    "polnear dev": ("polnear/dev/text/*.txt", False),
    "htmldate-eval": ("htmldate-eval/test_set/*.html", False),
    "article-extraction": ("article-extraction-benchmark/html/*.html.gz", False),
}


def sample(pattern: str, count: int, seed: int = 9) -> list[Path]:
    paths = sorted(SHARED.glob(pattern))
    return random.Random(seed).sample(paths, min(count, len(paths)))


def date_values(value: Any) -> Iterator[str]:
    """Every `value` of a date object anywhere in the export."""
    if isinstance(value, dict):
        if {"value", "start", "end", "granularity"} <= set(value):
            yield value["value"]
        for item in value.values():
            yield from date_values(item)
    elif isinstance(value, list):
        for item in value:
            yield from date_values(item)


def form(value: str) -> str:
    return re.sub(r"[0-9]", "9", value)


def measure(name: str, pattern: str, keep_parent: bool, count: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        for i, path in enumerate(sample(pattern, count)):
            target = folder / (path.parent.name if keep_parent else "") / f"{i:03d}-{path.name}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
        started = time.perf_counter()
        with open_store(Path(tmp) / "kb.db") as store:
            summary = ingest_paths([str(folder)], store, Settings())
            export = build_export(store)
        seconds = time.perf_counter() - started
    errors = list(jsonschema.Draft202012Validator(export_schema()).iter_errors(export))
    values = list(date_values(export))
    return {
        "corpus": name,
        "documents": summary.added,
        "rejected": len(summary.rejected),
        "dates": len(values),
        "errors": len(errors),
        "old_errors": sum(not OLD_VALUE.match(v) for v in values),
        "forms": Counter(form(v) for v in values if not OLD_VALUE.match(v)),
        "seconds": seconds,
    }


def report(rows: list[dict[str, Any]], per_corpus: int) -> str:
    lines = [
        "## Command line and export contract (issue 9)",
        "",
        f"`python -m bench.cli.run --per-corpus {per_corpus}` on {machine_line()}: a seeded random sample",
        "of each corpus ingested with the default pipeline, exported as JSON and validated against",
        "`storyline/store/export.schema.json`. *Old schema* counts the date values the schema shipped",
        "before issue 9 rejected.",
        "",
        "| corpus | documents | rejected | date values | schema errors | old schema errors "
        "| forms the old schema rejected |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        forms = ", ".join(f"`{f}` ×{n}" for f, n in r["forms"].most_common(4)) or "-"
        lines.append(
            f"| {r['corpus']} | {r['documents']} | {r['rejected']} | {r['dates']} | {r['errors']} "
            f"| {r['old_errors']} | {forms} |"
        )
    lines += [
        "",
        "The rest of issue 9's command-line contract is pinned by tests, not measured: tests/cli/",
        "test_exit_codes.py (exit codes, --version, option checks, model errors, run record),",
        "test_read_only.py (foreign/empty/newer/older dbs left byte-identical, no db left by a failed",
        "ingest) and test_people_and_pipes.py (sheets, --excel, xlsx, TSV in pipes, the true docs/s).",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-corpus", type=int, default=12)
    args = parser.parse_args()
    rows = [
        measure(name, pattern, keep, args.per_corpus)
        for name, (pattern, keep) in CORPORA.items()
        if any(SHARED.glob(pattern))
    ]
    text = report(rows, args.per_corpus)
    RESULTS.write_text(text, "utf-8")
    print(text)


if __name__ == "__main__":
    main()
