"""TempEval-3 timex benchmark: storyline's tagger next to a plain dateparser tagger on the same texts.

Run: python -m bench.time.tempeval [--split test|train] [--errors N]. The anchor is each document's DCT;
the DCT itself is not scored (it sits outside the TEXT element). Tune on `train`, report `test`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
import warnings

from bench.time.te3data import GoldDoc, Scores, Timex, load_split, score

PUBLISHED = {"HeidelTime": 77.61, "SUTime": 67.38}


def storyline_tagger(docs: list[GoldDoc]) -> tuple[list[list[Timex]], float, float]:
    """Our expressions per document, the spaCy parse time and our own time in seconds."""
    from storyline.extract.nlp import load_pipeline
    from storyline.extract.time import times_in
    from storyline.settings import Settings

    nlp = load_pipeline(Settings().model)
    started = time.perf_counter()
    parsed = list(nlp.pipe([d.text for d in docs], batch_size=16))
    parse_s = time.perf_counter() - started
    started = time.perf_counter()
    out: list[list[Timex]] = []
    for gold, doc in zip(docs, parsed, strict=True):
        found = times_in(gold.text, doc, dt.date.fromisoformat(gold.dct))
        out.append([Timex(t.start, t.end, t.type, t.value, t.text) for t in found])
    return out, parse_s, time.perf_counter() - started


def dateparser_tagger(docs: list[GoldDoc]) -> tuple[list[list[Timex]], float]:
    """dateparser's search_dates over each text, relative to the DCT, values as ISO days."""
    from dateparser.search import search_dates

    started = time.perf_counter()
    out: list[list[Timex]] = []
    for gold in docs:
        base = dt.datetime.fromisoformat(gold.dct)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(gold.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        spans: list[Timex] = []
        cursor = 0
        for phrase, value in found:
            start = gold.text.find(phrase, cursor)
            if start < 0:
                continue
            cursor = start + len(phrase)
            spans.append(Timex(start, cursor, "DATE", value.date().isoformat(), phrase))
        out.append(spans)
    return out, time.perf_counter() - started


def row(name: str, s: Scores) -> str:
    cells = (s.strict_f, s.relaxed_f, s.relaxed_p, s.relaxed_r, s.type_acc, s.value_acc, s.value_f)
    return f"| {name} | " + " | ".join(f"{100 * c:.2f}" for c in cells) + " |"


def show_errors(docs: list[GoldDoc], system: list[list[Timex]], limit: int) -> None:
    shown = 0
    for gold, found in zip(docs, system, strict=True):
        for g in gold.timexes:
            match = next((s for s in found if s.start < g.end and s.end > g.start), None)
            if match is None or match.value != g.value:
                got = f"{match.text!r} {match.value}" if match else "MISSED"
                print(f"{gold.name} [{gold.dct}] gold {g.text!r} {g.type} {g.value} | ours {got}")
                shown += 1
        for s in found:
            if not any(s.start < g.end and s.end > g.start for g in gold.timexes):
                print(f"{gold.name} SPURIOUS {s.text!r} {s.type} {s.value}")
                shown += 1
        if shown >= limit:
            return


def report(split: str, with_dateparser: bool = True, errors: int = 0) -> list[str]:
    """The comparison table (and timing lines) for one split."""
    docs = load_split(split)
    ours, parse_s, ours_s = storyline_tagger(docs)
    lines = [
        f"TempEval-3 {split}: {len(docs)} documents, {sum(len(d.timexes) for d in docs)} gold timexes "
        "(DCT excluded; anchor = DCT)",
        "",
        "| system | strict F1 | relaxed F1 | relaxed P | relaxed R | type acc | value acc | value F1 |",
        "|---|---|---|---|---|---|---|---|",
        row("storyline", score([(d.timexes, s) for d, s in zip(docs, ours, strict=True)])),
    ]
    timing = []
    if with_dateparser:
        plain, dp_s = dateparser_tagger(docs)
        lines.append(
            row("dateparser search_dates", score([(d.timexes, s) for d, s in zip(docs, plain, strict=True)]))
        )
        timing.append(f"dateparser search_dates: {dp_s:.2f} s")
    lines += [f"| {name} (published) | | | | | | | {value:.2f} |" for name, value in PUBLISHED.items()]
    expressions = sum(len(s) for s in ours)
    timing.append(
        f"storyline: {expressions} expressions in {ours_s:.2f} s ({expressions / max(ours_s, 1e-9):.0f}/s); "
        f"spaCy parse {parse_s:.2f} s"
    )
    if errors:
        show_errors(docs, ours, errors)
    return [*lines, "", *timing]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=["test", "train"], default="test")
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--no-dateparser", action="store_true")
    args = parser.parse_args()
    print("\n".join(report(args.split, not args.no_dateparser, args.errors)))


if __name__ == "__main__":
    main()
