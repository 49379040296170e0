"""Publication dates as ingest finds them: Timeline17 as distributed and PolNeAR, path and sheet dates.

Run: python -m bench.time.pubsources [--sample 300]. Timeline17's truth is each article's folder date
(InputDocs/YYYY-MM-DD/); PolNeAR's is metadata.tsv's publication_date. Measured:
- Timeline17 as distributed: every non-empty article through `read_paths` + clean + the extract
  stage's `resolve_publication_date`: coverage and exact day against the folder date;
- Timeline17 with the folder HIDDEN (the same bytes read as `article.txt`): datelines and text only,
  on a seeded sample, parsed with the benchmark parse cache;
- PolNeAR: every text file by its file name, and with metadata.tsv given as `--metadata` sheet.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "bench"
T17 = SHARED / "timeline17"
POLNEAR = SHARED / "polnear"


def _dated(paths: list[str], metadata: str | None = None) -> Iterable[tuple[str, str | None, str]]:
    """(source, published day or None, provenance) per readable article, as ingest dates it."""
    from storyline.clean import clean_document
    from storyline.extract.time import resolve_publication_date
    from storyline.ingest import dating_options, read_paths
    from storyline.model import Rejected

    for raw in read_paths(paths, dating_options(metadata)):
        if isinstance(raw, Rejected):
            continue
        document = clean_document(raw)
        if isinstance(document, Rejected):
            continue
        document = resolve_publication_date(document, None)
        yield document.source, document.published.value, document.published.source


def _row(name: str, truth: dict[str, str], found: list[tuple[str, str | None, str]]) -> str:
    scored = [(source, day, how) for source, day, how in found if source in truth]
    n = len(scored)
    covered = [s for s in scored if s[1] is not None]
    exact = sum(1 for source, day, _ in covered if day == truth[source])
    sources = Counter(how for _, _, how in scored)
    coverage, share = f"{len(covered)} ({len(covered) / max(n, 1):.3f})", f"{exact} ({exact / max(n, 1):.3f})"
    provenance = ", ".join(f"{k} {v}" for k, v in sorted(sources.items()))
    return f"| {name} | {n} | {coverage} | {share} | {provenance} |"


def timeline17() -> list[str]:
    paths = sorted(p for p in T17.glob("*/InputDocs/*/*.txt") if p.stat().st_size > 0)
    truth = {str(p): p.parent.name for p in paths}
    found = list(_dated([str(T17 / topic / "InputDocs") for topic in sorted(t.name for t in T17.iterdir())]))
    h1n1 = {k: v for k, v in truth.items() if "/H1N1_bbc/" in k}
    years = Counter((day or "none")[:4] for _, day, _ in found)
    return [
        _row("Timeline17 as distributed (all topics)", truth, found),
        _row("Timeline17 H1N1_bbc", h1n1, found),
        f"(years of the dates given: {dict(sorted(years.items()))})",
    ]


def timeline17_hidden(sample: int) -> list[str]:
    """Folder hidden: the bytes read as `article.txt`, datelines + text inference with a parse."""
    from bench.parsecache import cached_pipe
    from storyline.clean import clean_document
    from storyline.extract.nlp import load_pipeline
    from storyline.extract.time import resolve_publication_date
    from storyline.ingest.published import DatingOptions, date_document
    from storyline.ingest.text import read_text
    from storyline.model import Document, RawDocument
    from storyline.settings import Settings

    paths = sorted(p for p in T17.glob("*/InputDocs/*/*.txt") if p.stat().st_size > 0)
    chosen = random.Random(17).sample(paths, min(sample, len(paths)))
    documents: list[tuple[Document, str]] = []
    for path in chosen:
        raw = read_text("article.txt", path.read_bytes())
        if isinstance(raw, RawDocument):
            document = clean_document(date_document(raw, DatingOptions()))
            if isinstance(document, Document):
                documents.append((document, path.parent.name))
    settings = Settings()
    nlp = load_pipeline(settings.model)
    found, truth = [], {}
    items = ((d.text, (d, t, str(i))) for i, (d, t) in enumerate(documents))
    for doc, (document, day, key) in cached_pipe(nlp, settings.model, items):
        published = resolve_publication_date(document, doc).published
        found.append((key, published.value, published.source))
        truth[key] = day
    return [_row(f"Timeline17, folder hidden (sample {len(documents)}, seed 17)", truth, found)]


def polnear() -> list[str]:
    rows = list(csv.DictReader((POLNEAR / "metadata.tsv").open(encoding="utf-8"), delimiter="\t"))
    truth: dict[str, str] = {}
    for row in rows:
        path = POLNEAR / row["compartment"] / "text" / f"{row['filename']}.txt"
        if path.is_file() and row["publication_date"][:4].isdigit():
            truth[str(path)] = row["publication_date"]
    folders = sorted({str(Path(p).parent) for p in truth})
    return [
        _row("PolNeAR by file name", truth, list(_dated(folders))),
        _row(
            "PolNeAR with metadata.tsv as --metadata",
            truth,
            list(_dated(folders, str(POLNEAR / "metadata.tsv"))),
        ),
    ]


def report(sample: int) -> list[str]:
    started = dt.datetime.now(dt.UTC)
    lines = [
        "| corpus | articles | dated (coverage) | exact day | provenance |",
        "|---|---|---|---|---|",
        *timeline17(),
        *polnear(),
        *timeline17_hidden(sample),
    ]
    seconds = (dt.datetime.now(dt.UTC) - started).total_seconds()
    return [*lines, "", f"({seconds:.0f} s; text-only rows use the spaCy parse, the others read no parse)"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=300)
    print("\n".join(report(parser.parse_args().sample)))


if __name__ == "__main__":
    main()
