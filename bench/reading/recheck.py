"""Follow judged items into a database built by newer code: same, changed (what changed) or gone.

Run: python -m bench.reading.recheck VERDICTS.tsv --old OLD.db --new NEW.db
Both databases must come from the same input folder (documents are matched by their source path, so a
cleaner that changes the text, and with it the document id and offsets, still matches). A quote or a
timeline entry or a day-dated event is matched by its text; an entity by its display name or an alias; a
brief line by its date.
Only the changed and gone items need reading again; the rest keep their verdict.
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.reading.sample import connect

Row = dict[str, Any]


PTB = (("-LRB-", "("), ("-RRB-", ")"), ("\\/", "/"), ("``", '"'), ("''", '"'))


def norm(text: str | None) -> str:
    """Whitespace-folded text for matching, with PTB brackets, quotes and escaped slashes undone."""
    folded = text or ""
    for token, plain in PTB:
        folded = folded.replace(token, plain)
    return " ".join(folded.split())


def sources(conn: sqlite3.Connection) -> dict[str, str]:
    """Document id -> source path."""
    return dict(conn.execute("SELECT id, source FROM documents").fetchall())


def quote_fields(row: Row) -> str:
    """The judged fields of a quote, for a side-by-side line."""
    said = f"{row['said_on_value'] or '-'}({row['said_on_from']})"
    span = norm(row["text"])
    speaker = f"{norm(row['speaker_text'])[:40]} -> {row['speaker_name'] or '-'}"
    return f"{row['kind']} speaker={speaker} cue={row['cue_text']} said_on={said} span={span[:30]}..."


LINKED = (
    "SELECT q.*, e.name AS speaker_name FROM quotes AS q "
    "JOIN quote_links AS l ON l.document = q.document AND l.ord = q.ord "
    "LEFT JOIN entities AS e ON e.id = l.speaker "
)


def recheck_quote(item: str, old: sqlite3.Connection, new: sqlite3.Connection) -> tuple[str, str]:
    """Status and old -> new fields of one judged quote, matched by source and content text."""
    before = old.execute(LINKED + "WHERE q.id = ?", (item,)).fetchone()
    source = sources(old)[before["document"]]
    ids = [i for i, s in sources(new).items() if s == source]
    rows = new.execute(LINKED + f"WHERE q.document IN ({','.join('?' * len(ids))})", ids).fetchall()
    text = norm(before["text"])
    found = [r for r in rows if norm(r["text"]) == text] or [
        r for r in rows if text[:40] in norm(r["text"]) or norm(r["text"])[:40] in text
    ]
    if not found:
        return "gone", quote_fields(dict(before))
    a, b = quote_fields(dict(before)), quote_fields(dict(found[0]))
    return ("same", a) if a == b else ("changed", f"{a}  ->  {b}")


def entry_fields(row: Row) -> str:
    """The judged fields of a timeline entry."""
    return f"{row['time_value']}{' planned' if row['planned'] else ''} {norm(row['summary'])[:40]}..."


def recheck_entry(item: str, old: sqlite3.Connection, new: sqlite3.Connection) -> tuple[str, str]:
    """Status and old -> new fields of one judged timeline entry, matched by its summary sentence."""
    before = dict(old.execute("SELECT * FROM timeline WHERE id = ?", (item,)).fetchone())
    source = sources(old)[before["summary_document"]]
    ids = [i for i, s in sources(new).items() if s == source]
    sql = f"SELECT * FROM timeline WHERE summary_document IN ({','.join('?' * len(ids))})"
    text = norm(before["summary"])
    found = [dict(r) for r in new.execute(sql, ids) if text[:60] in norm(r["summary"])]
    if not found:
        return "gone", entry_fields(before)
    same = [r for r in found if r["time_value"] == before["time_value"] and r["planned"] == before["planned"]]
    if same:
        return "same", entry_fields(before)
    return "changed", f"{entry_fields(before)}  ->  {'; '.join(entry_fields(r) for r in found)}"


def event_fields(row: Row) -> str:
    """The judged fields of a day-dated event."""
    return f"{row['time_value']}{' planned' if row['planned'] else ''} {norm(row['summary'])[:40]}..."


def recheck_event(item: str, old: sqlite3.Connection, new: sqlite3.Connection) -> tuple[str, str]:
    """Status and old -> new fields of one judged day-dated event, matched by its sentence."""
    before = dict(old.execute("SELECT * FROM events WHERE id = ?", (item,)).fetchone())
    source = sources(old)[before["document"]]
    ids = [i for i, s in sources(new).items() if s == source]
    sql = f"SELECT * FROM events WHERE document IN ({','.join('?' * len(ids))})"
    text = norm(before["summary"])
    found = [dict(r) for r in new.execute(sql, ids) if text[:60] in norm(r["summary"])]
    if not found:
        return "gone", event_fields(before)
    same = [r for r in found if r["time_value"] == before["time_value"] and r["planned"] == before["planned"]]
    if same:
        return "same", event_fields(before)
    return "changed", f"{event_fields(before)}  ->  {'; '.join(event_fields(r) for r in found)}"


def entity_fields(conn: sqlite3.Connection, entity: str) -> tuple[str, frozenset[str]]:
    """Name and aliases of an entity."""
    name = conn.execute("SELECT name FROM entities WHERE id = ?", (entity,)).fetchone()[0]
    aliases = frozenset(
        a for (a,) in conn.execute("SELECT alias FROM entity_aliases WHERE entity = ?", (entity,))
    )
    return name, aliases


def holders(conn: sqlite3.Connection, aliases: frozenset[str]) -> list[tuple[str, frozenset[str]]]:
    """Name and aliases of every entity holding one of these aliases (ignoring case)."""
    folded = sorted({a.lower() for a in aliases})
    sql = f"SELECT DISTINCT entity FROM entity_aliases WHERE lower(alias) IN ({','.join('?' * len(folded))})"
    return sorted((entity_fields(conn, e) for (e,) in conn.execute(sql, folded)), key=lambda f: sorted(f[1]))


def recheck_entity(item: str, old: sqlite3.Connection, new: sqlite3.Connection) -> tuple[str, str]:
    """Status of one judged entity: same when the entities sharing its aliases are the same as before."""
    _, aliases = entity_fields(old, item)
    before, after = holders(old, aliases), holders(new, aliases)

    def shown(found: list[tuple[str, frozenset[str]]]) -> str:
        return " | ".join(f"{n}: {'|'.join(sorted(a))}" for n, a in found)

    return ("same", shown(before)) if before == after else ("changed", f"{shown(before)}  ->  {shown(after)}")


def brief_days(db: Path) -> dict[str, str]:
    """Date -> first brief sentence (normalized) of `storyline brief --dates 10` on a database."""
    command = [sys.executable, "-m", "storyline.cli.main", "brief", "--db", str(db), "--dates", "10"]
    done = subprocess.run([*command, "--format", "json"], capture_output=True, text=True, check=True)
    conn = connect(db)
    texts = dict(conn.execute("SELECT id, text FROM documents").fetchall())
    days = {}
    for day in json.loads(done.stdout)["dates"]:
        s = day["sentences"][0]
        days[day["date"]] = norm(texts[s["document"]][s["start"] : s["end"]])[:60]
    return days


def judged_days(rows: list[dict[str, str]], old: sqlite3.Connection) -> dict[str, str]:
    """Date -> first judged brief sentence, read from the old database by the verdicts' offsets
    (a newer storyline refuses to read an older database, so the old brief is not re-run)."""
    texts = dict(old.execute("SELECT id, text FROM documents").fetchall())
    days: dict[str, str] = {}
    for row in rows:
        if row["kind"] == "brief" and row["item"] not in days:
            days[row["item"]] = norm(texts[row["document"]][int(row["start"]) : int(row["end"])])[:60]
    return days


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("verdicts", type=Path)
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--new", type=Path, required=True)
    args = parser.parse_args()
    old, new = connect(args.old), connect(args.new)
    checks = {
        "quote": recheck_quote,
        "speaker": recheck_quote,
        "timeline": recheck_entry,
        "entity": recheck_entity,
        "event": recheck_event,
    }
    with args.verdicts.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    old_days = judged_days(rows, old)
    new_days = brief_days(args.new) if old_days else {}
    for row in rows:
        if row["kind"] == "brief":
            status = "same" if new_days.get(row["item"]) == old_days.get(row["item"]) else "changed"
            detail = (
                f"{old_days.get(row['item'])}  ->  {new_days.get(row['item'], 'date not in the new brief')}"
            )
        else:
            status, detail = checks[row["kind"]](row["item"], old, new)
        print(f"{row['kind']}\t{row['item']}\t{row['verdict']}\t{status}\t{detail}")
    if new_days:
        print("new brief dates:", ", ".join(sorted(new_days)))


if __name__ == "__main__":
    main()
