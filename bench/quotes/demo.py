"""Development score of statement linking on our demo corpus: pairwise P/R of "same statement" vs S1–S9.

The gold is examples/README.md's "Repeated statements" table, each report pinned to one quote by a
phrase of its text. S6 is left out (its two reports are in different languages). N1 and N2 are the
near-misses that must stay apart. Pairs are of quotes in different documents; a pair counts when at
least one quote is in the gold; quotes in IGNORED (second pieces of a report already pinned) count in
no pair. It is our own data, so this is a development score, not a benchmark.

Run: `python -m bench.quotes.demo [--db PATH]` (ingests examples/demo into a temporary db unless given).
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

from storyline.model import DocumentAnalysis, Quote

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo"

T1, T2, T3 = (
    "lukashenka-parliament-sovereignty.txt",
    "minsk-rally-union-anniversary.txt",
    "st-petersburg-talks-no-deal.txt",
)
T4, T7, T8 = (
    "svietlahorsk-incorporation.txt",
    "tsikhanouskaya-message-to-putin.txt",
    "inauguration-behind-closed-doors.txt",
)
T10, T11, T12 = (
    "analyst-interview-union-state.txt",
    "union-programmes-approved.txt",
    "decree-signed-cyrillic.txt",
)
H1, H3, H4, H5 = (
    "sochi-talks-december.html",
    "kremlin-no-merger.html",
    "sochi-loan.html",
    "union-programmes-kremlin.html",
)
F2, F3, F4, J3 = "feed.xml#2", "feed.xml#3", "feed.xml#4", "wire.jsonl#3"

# label -> reports as (document source suffix, phrase of the quote's text); the first report first.
GOLD: dict[str, tuple[tuple[str, str], ...]] = {
    "S1": ((T1, "We never intended"), (H1, "never sought"), (T3, "We never intended"),
           (T4, "never intended to become part"), (T2, "no intention of joining")),
    "S2": ((H3, "There can be no merger"), (T7, "absolute madness"), (H4, "could lead to a merger"),
           (J3, "absolute madness")),
    "S3": ((T7, "no legal force"), (H4, "lack legal force"), (J3, "no legal force"),
           (T10, "reviewed by a future government")),
    "S4": ((F3, "simply not being discussed"), (F4, "not on the table"), (T10, "unifying the two states")),
    "S5": ((H4, "state loan of $1.5 billion"), (J3, "state loan of $1.5 billion"), (T8, "$1.5 billion"),
           (T12, "$1.5 billion loan")),
    "S7": ((H5, "nothing harmful"), (T11, "nothing bad for the peoples")),
    "S8": ((H1, "serious progress"), (T2, "moved closer")),
    "S9": ((F2, "far-fetched"), (F3, "far-fetched")),
    "N1": ((T4, "incorporation of Belarus"),),
    "N2": ((F4, "single one was not discussed"),),
}  # fmt: skip
# Further quotes of a pinned report in the same document (another sentence or piece of it).
IGNORED = (
    (H4, "and we will fulfil it"),
    (H4, "would lend Belarus $1.5 billion"),
    (T4, 'in fact "incorporation"'),
    (F4, "did not discuss merging"),
)


def _find(analyses: Sequence[DocumentAnalysis], source: str, phrase: str) -> Quote | None:
    found = [
        quote
        for analysis in analyses
        if analysis.document.source.endswith(source)
        for quote in analysis.quotes
        if phrase in quote.text
    ]
    return min(found, key=lambda q: len(q.text)) if found else None


def gold_quotes(analyses: Sequence[DocumentAnalysis]) -> tuple[dict[str, str], set[str], list[str]]:
    """(quote id -> label, ignored quote ids, reports not found as a quote)."""
    labels: dict[str, str] = {}
    missing = []
    for label, reports in GOLD.items():
        for source, phrase in reports:
            quote = _find(analyses, source, phrase)
            if quote is None:
                missing.append(f"{label} {source} {phrase!r}")
            else:
                labels[quote.id] = label
    ignored = {q.id for s, p in IGNORED if (q := _find(analyses, s, p)) is not None}
    return labels, ignored, missing


def pairwise(analyses: Sequence[DocumentAnalysis]) -> dict[str, object]:
    """Pairwise precision/recall of same-statement links (Quote.statement, from `with_links`)."""
    labels, ignored, missing = gold_quotes(analyses)
    quotes = [q for a in analyses for q in a.quotes if q.id not in ignored]
    tp = fp = 0
    wrong = []
    for a, b in combinations(quotes, 2):
        if a.document == b.document or not (a.id in labels or b.id in labels):
            continue
        if a.statement is not None and a.statement == b.statement:
            same = labels.get(a.id) is not None and labels.get(a.id) == labels.get(b.id)
            tp += same
            fp += not same
            if not same:
                wrong.append(f"{labels.get(a.id)}/{labels.get(b.id)}: {a.text[:50]!r} ~ {b.text[:50]!r}")
    gold = sum(len(r) * (len(r) - 1) // 2 for r in GOLD.values())
    return {"precision": tp / (tp + fp) if tp + fp else 0.0, "recall": tp / gold, "tp": tp, "fp": fp,
            "gold": gold, "wrong": wrong, "missing": missing}  # fmt: skip


def main() -> None:
    from storyline.run.ingest import ingest_paths
    from storyline.settings import Settings
    from storyline.store import open_store

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or str(Path(tmp) / "demo.db")
        store = open_store(path)
        if not args.db:
            ingest_paths([str(DEMO)], store, Settings())
        result = pairwise(list(store.load_analyses(with_links=True)))
        store.close()
    print(f"pairwise precision {result['precision']:.2f}, recall {result['recall']:.2f} "
          f"(tp {result['tp']}, fp {result['fp']}, gold pairs {result['gold']})")  # fmt: skip
    for line in [*result["wrong"], *(f"missing: {m}" for m in result["missing"])]:  # type: ignore[misc]
        print(" ", line)


if __name__ == "__main__":
    main()
