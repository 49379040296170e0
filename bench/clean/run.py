"""Our HTML path (read_html + clean_document) next to trafilatura alone, on the article-extraction benchmark.

Run: python -m bench.clean.run [--limit N]. Data: ../shared/bench/article-extraction-benchmark (181 news
pages, gold article bodies). Metric as that benchmark defines it (its evaluate.py): 4-word shingles of
`\\w+` tokens, per-page TP/FP/FN normalised to sum 1, precision and recall averaged over pages, F1 from
the two averages. Both sides run in this process, page by page, on the same bytes; the published
trafilatura output shipped with the benchmark is scored too, as a check of this harness. The Timeline17
plain-text part of bench/results/clean.md is bench/clean/t17.py.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura

from bench.clean import t17
from bench.machine import machine_line
from storyline.clean import clean_document
from storyline.ingest.html import read_html
from storyline.model import Document, RawDocument

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "article-extraction-benchmark"
RESULTS = Path(__file__).resolve().parents[1] / "results" / "clean.md"
_TOKEN = re.compile(r"\w+")
Scores = tuple[float, float, float]


def shingle_scores(true: str, pred: str, n: int = 4) -> Scores:
    """Normalised (tp, fp, fn) over 4-word shingles, as the benchmark's evaluate.py computes them."""
    true_counts, pred_counts = _shingles(true, n), _shingles(pred, n)
    tp = fp = fn = 0.0
    for key in true_counts.keys() | pred_counts.keys():
        t, p = true_counts.get(key, 0), pred_counts.get(key, 0)
        tp, fp, fn = tp + min(t, p), fp + max(0, p - t), fn + max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _shingles(text: str, n: int) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def summarise(scores: list[Scores]) -> dict[str, float]:
    """Precision, recall (averaged over pages) and F1, with the benchmark's edge cases."""
    precision = statistics.mean(_ratio(tp, fp, fn) for tp, fp, fn in scores if tp + fp > 0)
    recall = statistics.mean(_ratio(tp, fn, fp) for tp, fp, fn in scores if tp + fn > 0)
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}


def _ratio(tp: float, wrong: float, other: float) -> float:
    if wrong == other == 0:
        return 1.0
    return 0.0 if tp == wrong == 0 else tp / (tp + wrong)


def ours(key: str, data: bytes) -> str:
    raw = read_html(key, data)
    document = clean_document(raw) if isinstance(raw, RawDocument) else raw
    return document.text if isinstance(document, Document) else ""


def trafilatura_alone(_key: str, data: bytes) -> str:
    """What the benchmark's run_trafilatura.py does: default extract() without comments."""
    return trafilatura.extract(data.decode("utf-8"), include_comments=False) or ""


def measure(pages: list[tuple[str, bytes]], gold: dict[str, dict[str, str]]) -> dict[str, dict[str, float]]:
    sides: dict[str, Callable[[str, bytes], str]] = {"ours": ours, "trafilatura": trafilatura_alone}
    scores: dict[str, list[Scores]] = {name: [] for name in sides}
    seconds = dict.fromkeys(sides, 0.0)
    for key, data in pages:
        for name, extract in sides.items():  # alternate page by page: same caches, same machine state
            started = time.perf_counter()
            text = extract(key, data)
            seconds[name] += time.perf_counter() - started
            scores[name].append(shingle_scores(gold[key].get("articleBody", ""), text))
    return {name: {**summarise(scores[name]), "pages_s": len(pages) / seconds[name]} for name in sides}


def published_check(keys: list[str], gold: dict[str, dict[str, str]]) -> dict[str, Any]:
    shipped = json.loads((DATA / "output" / "trafilatura.json").read_text("utf-8"))
    outputs = shipped.get("output", shipped)
    scores = [
        shingle_scores(gold[k].get("articleBody", ""), outputs[k].get("articleBody") or "") for k in keys
    ]
    return {**summarise(scores), "version": shipped.get("version", "?")}


def report(limit: int | None) -> str:
    gold = json.loads((DATA / "ground-truth.json").read_text("utf-8"))
    paths = sorted((DATA / "html").glob("*.html.gz"))[:limit]
    pages = [(p.name.split(".")[0], gzip.decompress(p.read_bytes())) for p in paths]
    results = measure(pages, gold)
    check = published_check([key for key, _ in pages], gold)
    rows = ["| side | precision | recall | F1 | pages/s |", "|---|---|---|---|---|"]
    for name, label in (
        ("ours", "storyline HTML path (read_html + clean_document)"),
        ("trafilatura", "trafilatura 2.3.1 alone, `extract(include_comments=False)`"),
    ):
        r = results[name]
        rows.append(
            f"| {label} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['pages_s']:.1f} |"
        )
    ratio = results["ours"]["f1"] / results["trafilatura"]["f1"]
    speed = results["ours"]["pages_s"] / results["trafilatura"]["pages_s"]
    return "\n".join(
        [
            "## Cleaning quality (article-extraction benchmark, HTML)",
            "",
            f"Machine: {machine_line()}. Command: `python -m bench.clean.run`. Pages: {len(pages)}.",
            "",
            *rows,
            "",
            f"F1 ratio storyline / trafilatura alone: **{ratio:.3f}**; speed ratio {speed:.2f} "
            "(our path also reads metadata and the publication date, and cleans).",
            f"Harness check: the benchmark's shipped trafilatura {check['version']} output scores "
            f"F1 {check['f1']:.3f} "
            f"(P {check['precision']:.3f}, R {check['recall']:.3f}) here; the benchmark publishes .958 "
            "for trafilatura.",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"no benchmark data at {DATA}")
    text = report(args.limit)
    if t17.DATA.is_dir():
        text += "\n" + t17.report()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text + "\n", "utf-8")
    print(text)


if __name__ == "__main__":
    main()
