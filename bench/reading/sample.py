"""Seeded samples of a storyline database for reading: quotes, timeline entries, entities, brief lines.

Run: python -m bench.reading.sample DB [--seed 17] [--quotes 40] [--timeline 40] [--entities 25]
     [--brief 10] [--events 0] [--speaker NAME] [--context 240] [--tsv FILE]
Prints each item with its id, offsets and the article text around it, so a reader can judge it against
the source; `--tsv` writes one skeleton row per item (ids, offsets, the fields judged, an empty verdict) to
fill in by reading. The same database and seed always give the same items (rows sorted by id first).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from storyline.store.read import entity_rows

Row = dict[str, Any]
TSV_COLUMNS = ("kind", "item", "document", "start", "end", "shown", "verdict", "said_on", "cause", "reason")


def connect(db: Path) -> sqlite3.Connection:
    """A read-only connection with rows by column name."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def seeded(rows: Sequence[Row], n: int, seed: int, salt: str) -> list[Row]:
    """n rows chosen by seed (and a per-kind salt), in id order."""
    ordered = sorted(rows, key=lambda r: str(r["id"]))
    chosen = random.Random(f"{seed}:{salt}").sample(ordered, min(n, len(ordered)))
    return sorted(chosen, key=lambda r: str(r["id"]))


def window(text: str, spans: Sequence[tuple[int | None, int | None, str]], context: int) -> str:
    """The text around the spans, each marked by its brackets ("[]" content, "{}" speaker, "<>" cue)."""
    real = [(s, e, m) for s, e, m in spans if s is not None and e is not None]
    low = max(0, min(s for s, _, _ in real) - context)
    high = min(len(text), max(e for _, e, _ in real) + context // 2)
    marks: dict[int, str] = {}
    for start, end, mark in real:
        marks[start] = marks.get(start, "") + mark[0] * 2
        marks[end] = mark[1] * 2 + marks.get(end, "")
    piece = "".join(marks.get(i, "") + text[i] for i in range(low, high)) + marks.get(high, "")
    return " ".join(piece.split())


def few_words(text: str | None, n: int = 6) -> str:
    """At most n words of article text (the verdict files keep no full sentences)."""
    words = (text or "-").split()
    return " ".join(words[:n]) + (" ..." if len(words) > n else "")


def documents(conn: sqlite3.Connection) -> dict[str, Row]:
    """Documents by id: source, published and its provenance, cleaned text."""
    sql = "SELECT id, source, published, published_from, text FROM documents"
    return {r["id"]: dict(r) for r in conn.execute(sql)}


def quote_rows(conn: sqlite3.Connection) -> list[Row]:
    """Every quote with its linked speaker's entity name."""
    sql = (
        "SELECT q.*, l.speaker AS linked, e.name AS speaker_name FROM quotes AS q "
        "JOIN quote_links AS l ON l.document = q.document AND l.ord = q.ord "
        "LEFT JOIN entities AS e ON e.id = l.speaker"
    )
    return [dict(r) for r in conn.execute(sql)]


def show_quote(q: Row, docs: dict[str, Row], context: int) -> tuple[str, str]:
    """A printable block and the TSV 'shown' field of one quote."""
    doc = docs[q["document"]]
    said = f"{q['said_on_value'] or '-'} ({q['said_on_from']})"
    shown = (
        f"{q['kind']}; speaker={few_words(q['speaker_text'])} -> {q['speaker_name'] or '-'}; "
        f"cue={q['cue_text'] or '-'}; said_on={said}"
    )
    spans = [
        (q["start"], q["end"], "[]"),
        (q["speaker_start"], q["speaker_end"], "{}"),
        (q["cue_start"], q["cue_end"], "<>"),
    ]
    block = (
        f"== quote {q['id']} doc={q['document'][:12]} [{q['start']},{q['end']}) "
        f"published={doc['published']} ({Path(doc['source']).parent.name}/{Path(doc['source']).name})\n"
        f"   {shown}\n   speaker span [{q['speaker_start']},{q['speaker_end']}) "
        f"cue [{q['cue_start']},{q['cue_end']})\n"
        f"   content: {' '.join(q['text'].split())[:400]}\n"
        f"   context: {window(doc['text'], spans, context)}"
    )
    return block, shown


def timeline_rows(conn: sqlite3.Connection) -> list[Row]:
    """Every timeline entry with its report count and the timexes of its events."""
    rows = [dict(r) for r in conn.execute("SELECT * FROM timeline")]
    docs: dict[str, set[str]] = {}
    for entry, document in conn.execute("SELECT entry, document FROM timeline_mentions"):
        docs.setdefault(entry, set()).add(document)
    timexes: dict[str, list[str]] = {}
    sql = (
        "SELECT te.entry, t.text, t.value FROM timeline_events AS te JOIN events AS e ON e.id = te.event "
        "JOIN timexes AS t ON t.id = e.timex AND t.document = e.document ORDER BY te.entry, te.ord"
    )
    for entry, text, value in conn.execute(sql):
        timexes.setdefault(entry, []).append(f"{text!r}={value}")
    for row in rows:
        row["reports"] = len(docs.get(row["id"], ()))
        row["timexes"] = list(dict.fromkeys(timexes.get(row["id"], [])))[:4]
    return rows


def show_entry(t: Row, docs: dict[str, Row], context: int) -> tuple[str, str]:
    """A printable block and the TSV 'shown' field of one timeline entry."""
    doc = docs[t["summary_document"]]
    planned = " planned" if t["planned"] else ""
    shown = f"{t['time_value']}{planned}; reports={t['reports']}; timexes={', '.join(t['timexes'][:2])}"
    block = (
        f"== entry {t['id']} {t['time_value']}{planned} doc={t['summary_document'][:12]} "
        f"[{t['summary_start']},{t['summary_end']}) published={doc['published']} reports={t['reports']}\n"
        f"   timexes: {'; '.join(t['timexes'])}\n"
        f"   summary: {' '.join(t['summary'].split())[:400]}\n"
        f"   context: {window(doc['text'], [(t['summary_start'], t['summary_end'], '[]')], context)}"
    )
    return block, shown


def day_event_rows(conn: sqlite3.Connection) -> list[Row]:
    """Every day-dated event with the text and rule of the date expression that dates it."""
    sql = (
        "SELECT e.*, t.text AS timex_text, t.anchor_rule FROM events AS e LEFT JOIN timexes AS t "
        "ON t.id = e.timex AND t.document = e.document WHERE e.time_granularity = 'day'"
    )
    return [dict(r) for r in conn.execute(sql)]


def show_event(e: Row, docs: dict[str, Row], context: int) -> tuple[str, str]:
    """A printable block and the TSV 'shown' field of one day-dated event ("is the date supported?")."""
    doc = docs[e["document"]]
    planned = " planned" if e["planned"] else ""
    shown = f"{e['time_value']}{planned}; timex={e['timex_text']!r} ({e['anchor_rule']})"
    block = (
        f"== event {e['id']} {shown} doc={e['document'][:12]} [{e['start']},{e['end']}) "
        f"published={doc['published']}\n"
        f"   context: {window(doc['text'], [(e['start'], e['end'], '[]')], context)}"
    )
    return block, shown


def alias_holders(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Case-folded alias -> the entities holding it (to show where a name also lives)."""
    holders: dict[str, set[str]] = {}
    for entity, alias in conn.execute("SELECT entity, lower(alias) FROM entity_aliases"):
        holders.setdefault(alias, set()).add(entity)
    return holders


def entity_items(conn: sqlite3.Connection, n: int) -> list[tuple[Row, str]]:
    """The n entities in most documents, each with its aliases and the other entities sharing one."""
    holders = alias_holders(conn)
    names = {i: f"{name} ({type_})" for i, name, type_ in conn.execute("SELECT id, name, type FROM entities")}
    items = []
    for row in entity_rows(conn)[:n]:
        e = row.entity
        others = set().union(*(holders.get(a.lower(), set()) for a in e.aliases)) - {e.id}
        also = "; ".join(f"{o} {names[o]}" for o in sorted(others)) or "-"
        aliases = "|".join(e.aliases)
        shown = f"{e.name} ({e.type}); docs={row.documents}; mentions={row.mentions}; aliases={aliases}"
        print(f"== entity {e.id} {shown}; alias also in: {also}")
        items.append(({"id": e.id, "document": "", "start": "", "end": ""}, shown))
    return items


def brief_items(db: Path, n: int) -> list[tuple[Row, str]]:
    """The lines of `storyline brief --dates n --format json`, one per sentence."""
    command = [sys.executable, "-m", "storyline.cli.main", "brief", "--db", str(db), "--dates", str(n)]
    done = subprocess.run([*command, "--format", "json"], capture_output=True, text=True, check=True)
    items = []
    for day in json.loads(done.stdout)["dates"]:
        for s in day["sentences"]:
            row = {"id": day["date"], "document": s["document"], "start": s["start"], "end": s["end"]}
            items.append((row, f"{day['date']}; reports={day['reports']}"))
    return items


def tsv_line(kind: str, row: Row, shown: str) -> str:
    """One skeleton verdict row."""
    cells = (kind, row["id"], row["document"], row["start"], row["end"], shown, "", "", "", "")
    return "\t".join(str(c).replace("\t", " ") for c in cells)


def sample_lines(conn: sqlite3.Connection, args: argparse.Namespace) -> list[str]:
    """Print every sampled item and return the skeleton TSV lines (header first)."""
    docs = documents(conn)
    lines = ["\t".join(TSV_COLUMNS)]
    for q in seeded(quote_rows(conn), args.quotes, args.seed, "quotes"):
        block, shown = show_quote(q, docs, args.context)
        print(block)
        lines.append(tsv_line("quote", q, shown))
    for t in seeded(timeline_rows(conn), args.timeline, args.seed, "timeline"):
        block, shown = show_entry(t, docs, args.context)
        print(block)
        row = {"id": t["id"], "document": t["summary_document"], "start": t["summary_start"]}
        lines.append(tsv_line("timeline", {**row, "end": t["summary_end"]}, shown))
    for e in seeded(day_event_rows(conn), args.events, args.seed, "events"):
        block, shown = show_event(e, docs, args.context)
        print(block)
        lines.append(tsv_line("event", e, shown))
    for row, shown in entity_items(conn, args.entities):
        lines.append(tsv_line("entity", row, shown))
    for q in sorted(quote_rows(conn), key=lambda r: str(r["id"])):
        if args.speaker and q["speaker_name"] == args.speaker:
            block, shown = show_quote(q, docs, args.context)
            print(block)
            lines.append(tsv_line("speaker", q, shown))
    for row, shown in brief_items(args.db, args.brief) if args.brief else []:
        text = " ".join(docs[row["document"]]["text"][row["start"] : row["end"]].split())
        print(f"== brief {shown} doc={row['document'][:12]} [{row['start']},{row['end']}) {text}")
        lines.append(tsv_line("brief", row, shown))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--quotes", type=int, default=40)
    parser.add_argument("--timeline", type=int, default=40)
    parser.add_argument("--entities", type=int, default=25)
    parser.add_argument("--brief", type=int, default=10)
    parser.add_argument("--events", type=int, default=0, help="day-dated events: is the date supported?")
    parser.add_argument("--context", type=int, default=240)
    parser.add_argument("--speaker", help="also every quote linked to the entity of this display name")
    parser.add_argument("--tsv", type=Path)
    args = parser.parse_args()
    lines = sample_lines(connect(args.db), args)
    if args.tsv:
        args.tsv.write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
