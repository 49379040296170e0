"""Timeline noise on every Timeline17 topic, before (bench/timeline/baseline.json) and after, to markdown.

Run: python -m bench.timeline.run [--per-topic 40] [--from-json RUN --outside OUTSIDE]. The baseline
is the same benchmark run on main at ad1a10d (start of the third session of 2026-12-01, before the
clause rules of noise3; the older 55e6a4f and fe397c5 baselines are in git history), kept as numbers
only.
Writes bench/results/timeline.md; the read-and-judged figures (date support of 50 day-dated events,
event recall on a few articles) are kept in bench/timeline/judged.md and copied in.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from bench.machine import machine_line
from bench.timeline.corpus import topics
from bench.timeline.verdicts import judged_line

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parent / "results" / "timeline.md"
Row = dict[str, object]


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def _noise(row: Row) -> int:
    noise = row["noise"]
    assert isinstance(noise, dict)
    return sum(int(v) for v in noise.values())


def _n(row: Row, key: str) -> int:
    value = row[key]
    assert isinstance(value, int)
    return value


def table(before: dict[str, Row], after: dict[str, Row]) -> list[str]:
    lines = [
        "| topic | docs | entries before → after | from comments/furniture before → after | outside the topic"
        " span, no year written, before → after | outside the span, not stated by the text, before → after"
        " | events dated by publication day before → after |",
        "|---|---|---|---|---|---|---|",
    ]
    keys = ("entries", "noise", "outside", "unplaced", "from_publication")
    total = {f"{k}{side}": 0 for k in keys for side in "ba"} | {"docs": 0}
    for name in sorted(after):
        b, a = before.get(name), after[name]
        if b is None:
            continue
        pairs = {key: (_count(b, key), _count(a, key)) for key in keys}
        for key, (vb, va) in pairs.items():
            total[f"{key}b"] += vb
            total[f"{key}a"] += va
        total["docs"] += _n(a, "documents")
        lines.append(f"| {name} | {_n(a, 'documents')} | " + " | ".join(_cells(pairs)) + " |")
    pairs = {key: (total[f"{key}b"], total[f"{key}a"]) for key in keys}
    lines.append(f"| **all {len(after)} topics** | {total['docs']} | " + " | ".join(_cells(pairs)) + " |")
    return lines


def _count(row: Row, key: str) -> int:
    return _noise(row) if key == "noise" else _n(row, key)


def _cells(pairs: dict[str, tuple[int, int]]) -> list[str]:
    (eb, ea) = pairs["entries"]
    cells = [f"{eb} → {ea}"]
    for key in ("noise", "outside", "unplaced"):
        vb, va = pairs[key]
        cells.append(f"{vb} ({_share(vb, eb)}) → {va} ({_share(va, ea)})")
    cells.append("{} → {}".format(*pairs["from_publication"]))
    return cells


def _causes(after: dict[str, Row]) -> str:
    causes: dict[str, int] = {}
    for row in after.values():
        found = row.get("outside_by_cause", {})
        assert isinstance(found, dict)
        for cause, count in found.items():
            causes[cause] = causes.get(cause, 0) + int(count)
    return ", ".join(f"{cause} {count}" for cause, count in sorted(causes.items(), key=lambda c: -c[1]))


def judged_lines(outside: list[Row], entries: int) -> list[str]:
    """The judged figure beside the mechanical one (bench/timeline/verdicts.py): the verdicts read on
    this run's unplaced entries, and how many of them are not judged yet."""
    if not outside:
        return []
    line = judged_line(outside, entries)
    return [
        f"**Unplaced entries judged by reading** (bench/timeline/data/outside_judged.jsonl, by document,"
        f" expression and date): {line}. The goal (< 2% dated outside the span without a historical"
        " reading in the text) is judged on this figure; the mechanical column above also counts right"
        " background dates and plans the text places outside the span.",
        "",
    ]


def write(after: dict[str, Row], per_topic: int, outside: list[Row] | None = None) -> None:
    before = json.loads((HERE / "baseline.json").read_text("utf-8"))
    lost = sum(_n(r, "article_lines_lost") for r in after.values())
    kept = sum(_n(r, "article_lines") for r in after.values())
    judged = (HERE / "judged.md").read_text("utf-8").strip() if (HERE / "judged.md").exists() else ""
    parts = [
        "## Timeline noise (Timeline17, every topic)",
        "",
        f"`python -m bench.timeline.run --per-topic {per_topic}` on {machine_line()}.",
        f"Up to {per_topic} articles per topic (every k-th file by path), dated by their folder;",
        "before = main at ad1a10d (start of the third session), after = this code. Comments and furniture",
        "are judged by the",
        "benchmark's own outlet-specific marks (bench/timeline/oracle.py), not by the cleaner's rules;",
        "an entry counts when its summary sentence lies in them. Outside the span: the entry's interval",
        "misses the topic's first-to-last folder day; \"no year written\" is last session's rule (a year",
        'written as a date is a historical reading; since the seventh session also a decade written "the',
        "'60s\" and a year the resolution took from one written just before the expression or right after",
        'a list); "not stated by the text" also drops expressions',
        'that say themselves how far back or ahead they are ("32 years ago", "last April", "next month",',
        '"yesterday", "the Sixties", capitalised "In 2009"), leaving the dates whose year, week or day',
        "storyline chose (bench/timeline/noise.py `outside_cause`).",
        "",
        *table(before, after),
        "",
        f"Outside entries by cause (after): {_causes(after)}.",
        "",
        *judged_lines(outside or [], sum(_n(r, "entries") for r in after.values())),
        "Article lines (4+ words, outside the judge's comments/furniture) dropped by cleaning:"
        f" {lost} of {kept}"
        ' (each read: comments the judge does not mark — CNN "| Report abuse |" threads, blog comment'
        " signatures, the posts after a comment header inside a line (15 lines on H1N1_bbc:"
        ' "... 12:603 -616 At 08:55 am on 30 Jun 2009 , X wrote : ...") — and stamp prefixes cut from a line'
        " whose sentence stays).",
        "",
        judged,
    ]
    RESULTS.write_text("\n".join(parts).rstrip() + "\n", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-topic", type=int, default=40)
    parser.add_argument("--from-json", default="", help="write the page from a saved run instead of running")
    parser.add_argument("--outside", default="", help="with --from-json: that run's --outside file")
    args = parser.parse_args()
    if args.from_json:
        after = json.loads(Path(args.from_json).read_text("utf-8"))
        lines = Path(args.outside).read_text("utf-8").splitlines() if args.outside else []
        outside = [json.loads(line) for line in lines if line.strip()]
    else:
        from bench.timeline.noise import run_with_outside

        os.environ.setdefault("STORYLINE_PARSE_CACHE", "/work/cache/parses")
        after, outside = run_with_outside(args.per_topic, topics(), None)
    write(after, args.per_topic, outside)


if __name__ == "__main__":
    main()
