"""Generalization of the temporal tagger: TE3's TBAQ-cleaned training set as two corpora kept apart.

Run: python -m bench.time.generalize [--corpora A,B] [--corpus NAME] [--errors N] [--kind TIME|DURATION]
[--record LABEL]. Without --record only the readable corpora are scored (`--corpora`, default
TimeBank,AQUAINT-read; `--corpus` one of them): the held half's figures are printed by --record alone,
which the lead runs once at the end of a session. With --record, the four rows (TimeBank, both halves,
the whole) go into the split table of bench/results/time.md under that label (e.g. "fifth session, final
(main abc1234)"), their convention-lenient value F1 (bench/time/conventions.py: values that differ from
the gold in form only, a diagnostic) into the table below it, and their value accuracy by gold type and
by how the value was reached (bench/time/breakdown.py: counts only) into a third table.
Rules are tuned on TimeBank (183 WSJ/broadcast documents) and on AQUAINT-read; AQUAINT (73 AP/NYT/Xinhua
wire documents) is split by a hash of each file name into AQUAINT-read (about half: its errors may be
read, like a dev set) and AQUAINT-held (the other half: never read, scored once at the end of a
session). `--errors` refuses AQUAINT-held and the whole AQUAINT. Value F1 as in TE3 (relaxed F1 ×
value accuracy), and per gold type: recall (overlap) and value accuracy of times of day (TIME) and
durations (DURATION). The anchor is each document's DCT; parses come from bench/parsecache.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
from collections import Counter
from pathlib import Path

from bench.time import breakdown
from bench.time.conventions import lenient_value_f1
from bench.time.te3data import TRAIN, GoldDoc, Timex, load, score

CORPORA = ("TimeBank", "AQUAINT-read", "AQUAINT-held", "AQUAINT")
READABLE = ("TimeBank", "AQUAINT-read")
KINDS = ("DATE", "TIME", "DURATION", "SET")


def aquaint_half(stem: str) -> str:
    """'read' or 'held': the parity of the first byte of the SHA-256 of the file name (37 / 36 docs)."""
    return "read" if hashlib.sha256(stem.encode("utf-8")).digest()[0] % 2 == 0 else "held"


def load_corpus(name: str) -> list[GoldDoc]:
    """TimeBank, AQUAINT, or one AQUAINT half ('AQUAINT-read', 'AQUAINT-held')."""
    folder, _, half = name.partition("-")
    paths = sorted((TRAIN / folder).glob("*.tml"))
    return [load(p) for p in paths if not half or aquaint_half(p.stem) == half]


def tag(docs: list[GoldDoc]) -> list[list[Timex]]:
    """storyline's expressions per document, anchored on the DCT, over cached parses."""
    from bench.parsecache import cached_pipe
    from storyline.extract.nlp import load_pipeline
    from storyline.extract.time import times_in
    from storyline.settings import Settings

    settings = Settings()
    nlp = load_pipeline(settings.model)
    out: list[list[Timex]] = []
    for doc, gold in cached_pipe(nlp, settings.model, ((d.text, d) for d in docs)):
        found = times_in(gold.text, doc, dt.date.fromisoformat(gold.dct))
        out.append([Timex(t.start, t.end, t.type, t.value, t.text, t.anchor_rule) for t in found])
    return out


def by_kind(docs: list[GoldDoc], system: list[list[Timex]]) -> dict[str, tuple[int, int, int]]:
    """Gold type → (gold count, overlapped, value right), one-to-one as in `score`."""
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    for gold, found in zip(docs, system, strict=True):
        used: set[int] = set()
        for g in gold.timexes:
            counter = counts.setdefault(g.type, Counter())
            counter["gold"] += 1
            for index, s in enumerate(found):
                if index in used or s.end <= g.start or s.start >= g.end:
                    continue
                used.add(index)
                counter["found"] += 1
                counter["right"] += s.value == g.value
                break
    return {kind: (c["gold"], c["found"], c["right"]) for kind, c in counts.items()}


def rows(name: str, docs: list[GoldDoc], system: list[list[Timex]]) -> list[str]:
    s = score(_pairs(docs, system))
    kinds = by_kind(docs, system)
    cells = [f"{100 * s.value_f:.2f}", f"{100 * s.relaxed_f:.2f}", f"{100 * s.value_acc:.2f}"]
    for kind in ("TIME", "DURATION"):
        gold, found, right = kinds[kind]
        cells.append(f"{gold}: {found / max(gold, 1):.2f} / {right / max(found, 1):.2f}")
    return [f"| {name} ({len(docs)} docs, {s.gold} timexes) | " + " | ".join(cells) + " |"]


def _pairs(docs: list[GoldDoc], system: list[list[Timex]]) -> list[tuple[tuple[Timex, ...], list[Timex]]]:
    return [(d.timexes, found) for d, found in zip(docs, system, strict=True)]


def lenient_row(name: str, docs: list[GoldDoc], system: list[list[Timex]]) -> str:
    """Value F1 next to the convention-lenient value F1 (bench/time/conventions.py)."""
    s = score(_pairs(docs, system))
    lenient = lenient_value_f1(_pairs(docs, system), s.relaxed_f)
    return f"| {name} | {100 * s.value_f:.2f} | {100 * lenient:.2f} |"


RESULTS = Path(__file__).resolve().parents[1] / "results" / "time.md"
SPLIT_TABLE = "<!-- generalize --record rows go above this line -->"
LENIENT_TABLE = "<!-- generalize --record lenient rows go above this line -->"
LENIENT_HEADER = ["| corpus | value F1 | value F1, conventions of form lenient |", "|---|---|---|"]
BREAKDOWN_TABLE = "<!-- generalize --record breakdown rows go above this line -->"
HEADER = [
    "| corpus | value F1 | relaxed F1 | value acc | times of day: n: recall / value acc "
    "| durations: n: recall / value acc |",
    "|---|---|---|---|---|---|",
]


def record(label: str, path: Path = RESULTS) -> list[str]:
    """Score all four corpora and put the rows, labelled, above the split table's marker in `path`
    (and the lenient rows above the lenient table's marker)."""
    main, lenient = report(), lenient_report()
    labelled = [line.replace("| ", f"| {label}: ", 1) for line in main[len(HEADER) :]]
    labelled_lenient = [line.replace("| ", f"| {label}: ", 1) for line in lenient[len(LENIENT_HEADER) :]]
    text = path.read_text("utf-8")
    if SPLIT_TABLE not in text:
        text += "\n" + "\n".join(HEADER) + "\n" + SPLIT_TABLE + "\n"
    text = text.replace(SPLIT_TABLE, "\n".join(labelled) + "\n" + SPLIT_TABLE)
    if LENIENT_TABLE not in text:
        text = text.replace(
            SPLIT_TABLE, SPLIT_TABLE + "\n\n" + "\n".join(LENIENT_HEADER) + "\n" + LENIENT_TABLE
        )
    text = text.replace(LENIENT_TABLE, "\n".join(labelled_lenient) + "\n" + LENIENT_TABLE)
    ways = [line.replace("| ", f"| {label}: ", 1) for line in breakdown_report()[len(breakdown.HEADER) :]]
    if BREAKDOWN_TABLE not in text:
        table = "\n".join(breakdown.HEADER) + "\n" + BREAKDOWN_TABLE
        text = text.replace(LENIENT_TABLE, LENIENT_TABLE + "\n\n" + table)
    path.write_text(text.replace(BREAKDOWN_TABLE, "\n".join(ways) + "\n" + BREAKDOWN_TABLE), "utf-8")
    return labelled + labelled_lenient + ways


def _scored(
    names: tuple[str, ...] = CORPORA,
) -> tuple[dict[str, list[GoldDoc]], dict[str, list[list[Timex]]]]:
    """The gold documents and storyline's expressions of `names` (each corpus tagged once per run)."""
    docs, system = _CACHE
    halves = ("AQUAINT-read", "AQUAINT-held") if "AQUAINT" in names else ()
    for name in dict.fromkeys([*(n for n in names if n != "AQUAINT"), *halves]):
        if name not in docs:
            docs[name] = load_corpus(name)
            system[name] = tag(docs[name])
    if halves:
        docs["AQUAINT"] = docs["AQUAINT-read"] + docs["AQUAINT-held"]
        system["AQUAINT"] = system["AQUAINT-read"] + system["AQUAINT-held"]
    return docs, system


_CACHE: tuple[dict[str, list[GoldDoc]], dict[str, list[list[Timex]]]] = ({}, {})


def report(names: tuple[str, ...] = CORPORA) -> list[str]:
    lines = list(HEADER)
    docs, system = _scored(names)
    for name in names:
        lines += rows(name + _ROLE[name], docs[name], system[name])
    return lines


def lenient_report(names: tuple[str, ...] = CORPORA) -> list[str]:
    docs, system = _scored(names)
    return LENIENT_HEADER + [lenient_row(name + _ROLE[name], docs[name], system[name]) for name in names]


def breakdown_report(names: tuple[str, ...] = CORPORA) -> list[str]:
    docs, system = _scored(names)
    rows_ = [breakdown.row(name + _ROLE[name], _pairs(docs[name], system[name])) for name in names]
    return breakdown.HEADER + rows_


_ROLE = {
    "TimeBank": " (tuning)",
    "AQUAINT-read": " (read, like dev)",
    "AQUAINT-held": " (held out)",
    "AQUAINT": " (whole)",
}


def readable_corpora(text: str) -> tuple[str, ...] | None:
    """The corpora named in a comma-separated list, None when one is not readable (or unknown)."""
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    return names if names and all(name in READABLE for name in names) else None


def show_errors(docs: list[GoldDoc], system: list[list[Timex]], limit: int, kind: str | None) -> None:
    shown = 0
    for gold, found in zip(docs, system, strict=True):
        for g in gold.timexes:
            if kind and g.type != kind:
                continue
            match = next((s for s in found if s.start < g.end and s.end > g.start), None)
            if match is None or match.value != g.value:
                got = f"{match.text!r} {match.type} {match.value}" if match else "MISSED"
                print(f"{gold.name} [{gold.dct}] gold {g.text!r} {g.type} {g.value} | ours {got}")
                shown += 1
        if not kind:
            for s in found:
                if not any(s.start < g.end and s.end > g.start for g in gold.timexes):
                    print(f"{gold.name} SPURIOUS {s.text!r} {s.type} {s.value}")
                    shown += 1
        if shown >= limit:
            return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpora", default=",".join(READABLE), help="readable corpora, comma-separated")
    parser.add_argument("--corpus", choices=READABLE)
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--kind", choices=KINDS)
    parser.add_argument("--record", metavar="LABEL", help="score all four corpora, the held half too")
    args = parser.parse_args()
    if args.record:
        print("\n".join(record(args.record)))
        return
    if args.corpus is None:
        names = readable_corpora(args.corpora)
        if names is None:
            parser.error(f"--corpora takes {', '.join(READABLE)}: the held half is scored by --record alone")
        print("\n".join(report(names) + lenient_report(names) + breakdown_report(names)))
        return
    docs = load_corpus(args.corpus)
    system = tag(docs)
    print("\n".join(rows(args.corpus, docs, system)))
    print("\n".join([*LENIENT_HEADER, lenient_row(args.corpus, docs, system)]))
    print("\n".join([*breakdown.HEADER, breakdown.row(args.corpus, _pairs(docs, system))]))
    if args.errors:
        show_errors(docs, system, args.errors, args.kind)


if __name__ == "__main__":
    main()
