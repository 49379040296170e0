"""Timeline noise on every Timeline17 topic, before (bench/timeline/baseline.json) and after, to markdown.

Run: python -m bench.timeline.run [--per-topic 40] [--json OUT]. The baseline is the same benchmark run
on main at fe397c5 (before the comment cutting and the news-of-the-day events), kept as numbers only.
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
        "| topic | docs | entries before → after | from comments/furniture before → after | dated outside the"
        " topic span (no historical reading) before → after | events dated by publication day |",
        "|---|---|---|---|---|---|",
    ]
    total = {k: 0 for k in ("eb", "ea", "nb", "na", "ob", "oa", "pa", "docs")}
    for name in sorted(after):
        b, a = before.get(name), after[name]
        if b is None:
            continue
        eb, ea, nb, na = _n(b, "entries"), _n(a, "entries"), _noise(b), _noise(a)
        ob, oa, pa = _n(b, "outside"), _n(a, "outside"), _n(a, "from_publication")
        keys = ("eb", "ea", "nb", "na", "ob", "oa", "pa")
        for key, value in zip(keys, (eb, ea, nb, na, ob, oa, pa), strict=True):
            total[key] += value
        total["docs"] += _n(a, "documents")
        lines.append(
            f"| {name} | {_n(a, 'documents')} | {eb} → {ea}"
            f" | {nb} ({_share(nb, eb)}) → {na} ({_share(na, ea)})"
            f" | {ob} ({_share(ob, eb)}) → {oa} ({_share(oa, ea)}) | {pa} |"
        )
    t = total
    lines.append(
        f"| **all {len(after)} topics** | {t['docs']} | {t['eb']} → {t['ea']}"
        f" | {t['nb']} ({_share(t['nb'], t['eb'])})"
        f" → {t['na']} ({_share(t['na'], t['ea'])}) | {t['ob']} ({_share(t['ob'], t['eb'])}) → {t['oa']}"
        f" ({_share(t['oa'], t['ea'])}) | {t['pa']} |"
    )
    return lines


def write(after: dict[str, Row], per_topic: int) -> None:
    before = json.loads((HERE / "baseline.json").read_text("utf-8"))
    lost = sum(_n(r, "article_lines_lost") for r in after.values())
    kept = sum(_n(r, "article_lines") for r in after.values())
    judged = (HERE / "judged.md").read_text("utf-8").strip() if (HERE / "judged.md").exists() else ""
    parts = [
        "## Timeline noise (Timeline17, every topic)",
        "",
        f"`python -m bench.timeline.run --per-topic {per_topic}` on {machine_line()}.",
        f"Up to {per_topic} articles per topic (every k-th file by path), dated by their folder;",
        "before = main at fe397c5, after = this code. Comments and furniture are judged by the",
        "benchmark's own outlet-specific marks (bench/timeline/oracle.py), not by the cleaner's rules;",
        "an entry counts when its summary sentence lies in them.",
        "",
        *table(before, after),
        "",
        "Article lines (4+ words, outside the judge's comments/furniture) dropped by cleaning:"
        f" {lost} of {kept}"
        ' (each read: comments the judge does not mark — CNN "| Report abuse |" threads, blog comment'
        " signatures — and stamp prefixes cut from a line whose sentence stays).",
        "",
        judged,
    ]
    RESULTS.write_text("\n".join(parts).rstrip() + "\n", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-topic", type=int, default=40)
    parser.add_argument("--from-json", default="", help="write the page from a saved run instead of running")
    args = parser.parse_args()
    if args.from_json:
        after = json.loads(Path(args.from_json).read_text("utf-8"))
    else:
        from bench.timeline.noise import run

        os.environ.setdefault("STORYLINE_PARSE_CACHE", "/work/cache/parses")
        after = run(args.per_topic, topics(), None)
    write(after, args.per_topic)


if __name__ == "__main__":
    main()
