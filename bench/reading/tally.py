"""Counts of the reading verdicts in bench/reading/data/*.tsv: precision per kind and defects by cause.

Run: python -m bench.reading.tally [FILE.tsv ...]
Kinds: a seeded sample of quotes, timeline entries, top entities, brief lines; "speaker" = every quote
linked to one main speaker of the topic (`sample --speaker NAME`); "event" = a seeded sample of
day-dated events (`sample --events 50`), judged "is the date supported by its sentence?" (`ok` yes,
`wrong` no, `unclear`).
The verdicts are by reading (a person judged each item against the article); this only counts them.
`ok` is right, `partial` right with a flaw named in the reason, `wrong`/`split` not right.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
KINDS = ("quote", "speaker", "timeline", "entity", "brief")
SUFFIX = "_speaker"  # data/<topic>_speaker.tsv: every quote of one main speaker (kind "speaker")


def read_rows(path: Path) -> list[dict[str, str]]:
    """The verdict rows of one file, each with its topic (the file's stem)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [{**row, "topic": path.stem.removesuffix(SUFFIX)} for row in rows]


def precision_lines(rows: list[dict[str, str]], topics: list[str]) -> list[str]:
    """A Markdown table: per kind and topic, ok / partial / not right and the strict and lenient share."""
    lines = [
        "| kind | topic | items | ok | partial | wrong | precision strict (ok) | lenient (ok + partial) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for kind in KINDS:
        for topic in [*topics, "both"]:
            chosen = [r for r in rows if r["kind"] == kind and topic in (r["topic"], "both")]
            if not chosen:
                continue
            count = Counter(r["verdict"] for r in chosen)
            n, ok, partial = len(chosen), count["ok"], count["partial"]
            lines.append(
                f"| {kind} | {topic} | {n} | {ok} | {partial} | {n - ok - partial} | "
                f"{ok}/{n} ({ok / n:.0%}) | {ok + partial}/{n} ({(ok + partial) / n:.0%}) |"
            )
    return lines


def event_lines(rows: list[dict[str, str]], topics: list[str]) -> list[str]:
    """A Markdown table: day-dated events whose date their sentence supports, does not, or leaves unclear."""
    lines = ["| topic | day-dated events | supported | not supported | unclear |", "|---|---|---|---|---|"]
    for topic in [*topics, "both"]:
        chosen = [r for r in rows if r["kind"] == "event" and topic in (r["topic"], "both")]
        if chosen:
            count = Counter(r["verdict"] for r in chosen)
            n, wrong = len(chosen), count["wrong"]
            lines.append(
                f"| {topic} | {n} | {count['ok']} | {wrong} ({wrong / n:.0%}) | {count['unclear']} |"
            )
    return lines if len(lines) > 2 else []


def said_on_line(rows: list[dict[str, str]]) -> str:
    """said_on judged on the quotes that are real attributions."""
    parts = []
    for kind in ("quote", "speaker"):
        judged = [r for r in rows if r["kind"] == kind and r["said_on"] in ("ok", "wrong")]
        right = sum(r["said_on"] == "ok" for r in judged)
        parts.append(f"said_on right on {right}/{len(judged)} judged {kind} items")
    return "; ".join(parts)


def cause_lines(rows: list[dict[str, str]]) -> list[str]:
    """Causes of every flawed item (an item may have two), largest first, with up to two example ids."""
    examples: dict[str, list[str]] = {}
    for row in rows:
        for cause in filter(None, row["cause"].split("+")):
            if cause != "-" and (row["verdict"] != "ok" or cause == "Q-SAIDON"):
                examples.setdefault(cause, []).append(f"{row['topic']}:{row['item']}")
    ranked = sorted(examples.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return [f"- {cause}: {len(ids)} ({', '.join(ids[:2])})" for cause, ids in ranked]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = args.files or sorted(DATA.glob("*.tsv"))
    rows = [row for path in files for row in read_rows(path)]
    topics = list(dict.fromkeys(p.stem.removesuffix(SUFFIX) for p in files))
    print("\n".join(precision_lines(rows, topics)))
    print()
    if event_lines(rows, topics):
        print("\n".join(event_lines(rows, topics)))
        print()
    print(said_on_line(rows))
    print()
    print("\n".join(cause_lines(rows)))


if __name__ == "__main__":
    main()
