"""Publication-date benchmarks: htmldate pages (htmldate alone vs htmldate then our text inference) and
text-only inference with the date hidden on Timeline17 and PolNeAR articles.

Run: python -m bench.time.pubdates [--sample 300]. htmldate runs as `find_date(html, url=url,
original_date=True)`; our path uses its answer and, when it has none, trafilatura's text of the page
read by `infer_publication_date`.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import warnings
from collections.abc import Callable
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "bench"
HTMLDATE = SHARED / "htmldate-eval"
T17 = SHARED / "timeline17"
POLNEAR = SHARED / "polnear"
TODAY = None  # no clock: text inference runs as ingest runs it


def htmldate_eval() -> list[str]:
    """Accuracy on the htmldate MediaCloud 2020 pages: htmldate alone, and htmldate then text."""
    import trafilatura
    from htmldate import find_date

    from storyline.extract.time.publication import infer_publication_date

    gold = json.loads((HTMLDATE / "eval_mediacloud_2020.json").read_text("utf-8"))
    alone = ours = from_text = text_right = 0
    for url, item in gold.items():
        html = (HTMLDATE / "test_set" / item["file"]).read_text("utf-8", errors="replace")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = find_date(html, url=url, original_date=True)
        alone += found == item["date"]
        if found is None:
            text = trafilatura.extract(html) or ""
            found = infer_publication_date(text, None, TODAY).value
            from_text += found is not None
            text_right += found == item["date"]
        ours += found == item["date"]
    n = len(gold)
    return [
        f"htmldate-eval (MediaCloud 2020, {n} pages): htmldate alone {alone / n:.3f}; "
        f"htmldate then storyline text inference {ours / n:.3f} "
        f"(text inference answered {from_text} of the pages htmldate left empty, {text_right} right)"
    ]


def t17_items(rng: random.Random, sample: int) -> list[tuple[str, dt.date]]:
    paths = sorted(T17.glob("*/InputDocs/*/*.txt"))
    chosen = rng.sample(paths, min(sample, len(paths)))
    return [(p.read_text("utf-8", errors="replace"), dt.date.fromisoformat(p.parent.name)) for p in chosen]


def polnear_items(rng: random.Random, sample: int) -> list[tuple[str, dt.date]]:
    rows = list(csv.DictReader((POLNEAR / "metadata.tsv").open(encoding="utf-8"), delimiter="\t"))
    items = []
    for row in rows:
        path = POLNEAR / row["compartment"] / "text" / f"{row['filename']}.txt"
        if path.is_file() and row["publication_date"][:4].isdigit():
            items.append(
                (path.read_text("utf-8", errors="replace"), dt.date.fromisoformat(row["publication_date"]))
            )
    return rng.sample(items, min(sample, len(items)))


def text_only(name: str, items: list[tuple[str, dt.date]], infer: Callable[[str], str | None]) -> str:
    exact = near = covered = 0
    for text, truth in items:
        value = infer(text)
        if value is None:
            continue
        covered += 1
        gap = abs((dt.date.fromisoformat(value) - truth).days)
        exact += gap == 0
        near += gap <= 3
    n = len(items)
    return (
        f"| {name} | {n} | {covered / n:.3f} | {exact / n:.3f} | {near / n:.3f} | "
        f"{exact / max(covered, 1):.3f} | {near / max(covered, 1):.3f} |"
    )


def report(sample: int) -> list[str]:
    """The htmldate comparison and the text-only table."""
    from storyline.extract.nlp import load_pipeline
    from storyline.extract.time.publication import infer_publication_date
    from storyline.settings import Settings

    nlp = load_pipeline(Settings().model)

    def infer(text: str) -> str | None:
        return infer_publication_date(text, nlp(text), TODAY).value

    rng = random.Random(17)
    return [
        *htmldate_eval(),
        "",
        f"Text-only inference, date hidden ({sample} articles per corpus sampled with seed 17; "
        "rates over all / over covered):",
        "",
        "| corpus | n | coverage | exact day | within 3 days | exact (covered) | within 3 (covered) |",
        "|---|---|---|---|---|---|---|",
        text_only("Timeline17", t17_items(rng, sample), infer),
        text_only("PolNeAR", polnear_items(rng, sample), infer),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=300)
    print("\n".join(report(parser.parse_args().sample)))


if __name__ == "__main__":
    main()
