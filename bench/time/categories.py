"""Value errors of the temporal tagger on a readable corpus (TimeBank, AQUAINT-read) by category.

Run: python -m bench.time.categories [--corpus TimeBank|AQUAINT-read] [--examples N]. Never the
held half of AQUAINT (AQUAINT-held): its errors are never read. A value error is a gold TIMEX3 that
one of our expressions overlaps with another value; misses and spurious expressions are counted apart.
Categories are decided from the gold and our value and the gold text (see `category`), so the table
says how much each remaining kind weighs.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict

from bench.time.generalize import READABLE, load_corpus, tag
from bench.time.te3data import GoldDoc, Timex

_WEEKDAY = re.compile(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday", re.I)
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_YEAR = re.compile(r"^\d{4}$")
_MONTHISH = re.compile(r"^\d{4}-(?:\d\d|SP|SU|FA|WI|H[12])$")


def category(gold: Timex, ours: str) -> str:
    """The kind of one value error (first rule that fits)."""
    text, value = gold.text.lower(), gold.value
    if re.match(r"^\d{4}-Q[1-4X]$", value) and _YEAR.match(ours) and "year" in text:
        return "WSJ 'a year ago/earlier' = the year-earlier quarter"
    if "WXX" in value and re.match(r"^\d{4}-W\d\d", ours):
        return "week named but unspecified in gold (WXX)"
    if value.endswith("_REF") != ours.endswith("_REF"):
        return "vague reference (PAST/PRESENT/FUTURE_REF) vs a value"
    if gold.type == "TIME":
        return "times of day"
    if "T" in ours and ours.split("T")[0] == value.split("T")[0]:
        return "part of day: the same day, gold without it or with another part"
    if value.endswith("-XX") and value[:-3] == ours:
        return "gold year with an unknown month or day (-XX)"
    if value.startswith("P") != ours.startswith("P"):
        return "duration vs date"
    if value.startswith("P"):
        return "duration unit or amount"
    if "Q" in value or "Q" in ours:
        return "quarters and fiscal periods"
    if _WEEKDAY.search(text) and _DAY.match(value) and _DAY.match(ours):
        return "weekday: which week"
    if _MONTHISH.match(value) and value[4:] == ours[4:]:
        return "month/season/half: which year"
    if _DAY.match(value) and _DAY.match(ours) and value[5:] == ours[5:]:
        return "month-day: which year"
    if value[:4] == ours[:4] and len(value) != len(ours):
        return "granularity (day/month/year) of the same time"
    return "other (anchor, gold noise)"


def errors(docs: list[GoldDoc], system: list[list[Timex]]) -> tuple[dict[str, list[str]], int, int]:
    """Value errors by category (as 'gold text: gold value / ours'), misses, spurious expressions."""
    kinds: dict[str, list[str]] = defaultdict(list)
    missed = spurious = 0
    for gold, found in zip(docs, system, strict=True):
        for g in gold.timexes:
            match = next((s for s in found if s.start < g.end and s.end > g.start), None)
            if match is None:
                missed += 1
            elif match.value != g.value:
                kinds[category(g, match.value)].append(f"{g.text!r}: {g.value} / {match.value}")
        spurious += sum(not any(s.start < g.end and s.end > g.start for g in gold.timexes) for s in found)
    return kinds, missed, spurious


def report(examples: int = 3, corpus: str = "TimeBank") -> list[str]:
    if corpus not in READABLE:
        raise ValueError(f"{corpus} is held out: its errors are never read")
    docs = load_corpus(corpus)
    kinds, missed, spurious = errors(docs, tag(docs))
    total = sum(len(v) for v in kinds.values())
    lines = [
        f"{corpus} value errors by category ({total} value errors; besides, {missed} gold expressions "
        f"missed and {spurious} spurious expressions)",
        "",
        "| category | errors | examples (gold text: gold value / ours) |",
        "|---|---|---|",
    ]
    for name, items in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
        shown = "; ".join(text for text, _ in Counter(items).most_common(examples))
        lines.append(f"| {name} | {len(items)} | {shown} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--corpus", choices=READABLE, default="TimeBank")
    args = parser.parse_args()
    print("\n".join(report(args.examples, args.corpus)))


if __name__ == "__main__":
    main()
