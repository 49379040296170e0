"""Read-and-judged verdicts on the timeline entries dated outside their topic's span, and their tally.

Verdicts live in bench/timeline/data/outside_judged.jsonl, one JSON line per entry read: "id"
(topic/folder/file@offset of the event), "expression", "value" (the entry's date), "published",
"verdict" and a short "reason" (no article text). Verdicts:
- "right": the text places the event at that date (a historical reading: a past-tense clause about
  the month before, "the April 20 explosion", a plan ahead: "The election is set for February 22");
- "wrong": storyline chose the year, week or day wrongly (the reason names the mechanism);
- "not an event": the clause tells no event at that date (a habit, a generic date, a contract month);
- "unclear": the reader could not decide.
An entry is matched by its document, expression and date (so a verdict survives cleaning moving its
offset); when verdicts of one such key disagree, by its exact id. Entries matched by neither are
"not judged": new entries a later run produced, to be read.

Run: python -m bench.timeline.verdicts OUTSIDE.jsonl [--unjudged OUT]: the tally of a
`bench.timeline.noise --outside` file, and the entries not judged yet (to read them).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench.timeline.noise import outside_cause

JUDGED = Path(__file__).resolve().parent / "data" / "outside_judged.jsonl"
VERDICTS = ("right", "wrong", "not an event", "unclear")
Row = dict[str, object]


def _key(row: Row, value: object) -> tuple[str, str, str]:
    return (str(row["id"]).rsplit("@", 1)[0], str(row.get("expression") or ""), str(value))


class Verdicts:
    """The recorded verdicts, looked up by document + expression + date, else by exact id + date."""

    def __init__(self, rows: list[Row]) -> None:
        self.by_id = {(str(r["id"]), str(r["value"])): str(r["verdict"]) for r in rows}
        self.by_key: dict[tuple[str, str, str], set[str]] = {}
        for row in rows:
            self.by_key.setdefault(_key(row, row["value"]), set()).add(str(row["verdict"]))

    def of(self, entry: Row) -> str | None:
        """The verdict on one outside entry of a run (its "entry" field is the entry's date)."""
        same = self.by_key.get(_key(entry, entry["entry"]), set())
        if len(same) == 1:
            return next(iter(same))
        return self.by_id.get((str(entry["id"]), str(entry["entry"])))


def load(path: Path = JUDGED) -> Verdicts:
    lines = path.read_text("utf-8").splitlines() if path.exists() else []
    return Verdicts([json.loads(line) for line in lines if line.strip()])


def unplaced(outside: list[Row]) -> list[Row]:
    """The outside entries whose date storyline chose (not "stated relative" by the expression)."""
    return [r for r in outside if outside_cause(str(r.get("expression") or "")) != "stated relative"]


def tally(outside: list[Row], verdicts: Verdicts | None = None) -> dict[str, int]:
    """Verdict counts over a run's unplaced entries, "not judged" for those without one."""
    verdicts = verdicts or load()
    counts = dict.fromkeys((*VERDICTS, "not judged"), 0)
    for row in unplaced(outside):
        counts[verdicts.of(row) or "not judged"] += 1
    return counts


def judged_line(outside: list[Row], entries: int) -> str:
    """The judged figure beside the mechanical one: entries dated outside the span without a
    historical reading by reading (wrong + not an event + unclear) over all entries."""
    counts = tally(outside)
    bad = counts["wrong"] + counts["not an event"] + counts["unclear"]
    share = f"{100 * bad / entries:.2f}%" if entries else "-"
    wrong = f"{100 * counts['wrong'] / entries:.2f}%" if entries else "-"
    return (
        f"judged: {sum(counts.values())} unplaced entries: right {counts['right']}, wrong resolution"
        f" {counts['wrong']} ({wrong} of {entries} entries), not an event {counts['not an event']},"
        f" unclear {counts['unclear']}, not judged {counts['not judged']}; outside without a historical"
        f" reading by reading: {bad} = {share}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("outside")
    parser.add_argument("--entries", type=int, default=0, help="the run's entry count, for the share")
    parser.add_argument("--unjudged", default="", help="write the entries not judged yet here")
    args = parser.parse_args()
    lines = Path(args.outside).read_text("utf-8").splitlines()
    outside = [json.loads(line) for line in lines if line.strip()]
    print(judged_line(outside, args.entries))
    if args.unjudged:
        verdicts = load()
        rows = [r for r in unplaced(outside) if verdicts.of(r) is None]
        Path(args.unjudged).write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")


if __name__ == "__main__":
    main()
