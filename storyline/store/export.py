"""The export contract: the whole corpus as one JSON object, JSON Lines or CSV, one table per kind.

docs/export.md documents every field; storyline/store/export.schema.json validates the JSON form.
CSV and xlsx also carry the flat human sheets of storyline/store/sheets.py.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TextIO

from storyline.errors import InputError
from storyline.model import Document, Entity, Event, Mention, Quote, Span, Statement, TimelineEntry, TimeValue
from storyline.store.sheets import sheets, write_sheet_csv
from storyline.store.store import Store
from storyline.store.stories import copy_record, duplicate_record, story_record
from storyline.store.xlsx import write_xlsx

Format = Literal["json", "jsonl", "csv", "xlsx"]
FORMATS = ("json", "jsonl", "csv", "xlsx")
Record = dict[str, Any]
EXPORT_VERSION = 1
KINDS = (
    "documents", "entities", "quotes", "statements", "events", "duplicates", "corrections", "reports",
    "copies", "stories",
)  # fmt: skip
ITEMS = {
    "documents": "document",
    "entities": "entity",
    "quotes": "quote",
    "statements": "statement",
    "events": "event",
    "duplicates": "duplicate",
    "corrections": "correction",
    "reports": "report",
    "copies": "copy",
    "stories": "story",
}  # kind -> the name of its record in the schema's $defs
JSON_NAME = "storyline.json"
XLSX_NAME = "storyline.xlsx"
SHEET_PREFIX = "sheet_"  # the human sheets in a CSV export: sheet_quotes.csv, sheet_events.csv, ...


def export_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every JSON export validates against."""
    text = resources.files("storyline.store").joinpath("export.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def date(time: TimeValue | None) -> Record | None:
    if time is None:
        return None
    return {
        "value": time.value,
        "start": time.start,
        "end": time.end,
        "granularity": time.granularity,
        "modifier": time.modifier,
    }


def span(value: Span) -> Record:
    return {"document": value.document, "start": value.start, "end": value.end}


def document_record(doc: Document) -> Record:
    return {
        "id": doc.id,
        "source": doc.source,
        "format": doc.format,
        "title": doc.title,
        "outlet": doc.outlet,
        "author": doc.author,
        "url": doc.url,
        "language": doc.language,
        "published": doc.published.value,
        "published_from": doc.published.source,
        "published_confidence": doc.published.confidence,
        "published_evidence": doc.published.evidence,
        "text": doc.text,
    }


def entity_record(entity: Entity, mentions: dict[str, Mention]) -> Record:
    found = [mentions[m] for m in entity.mentions if m in mentions]
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "mentions": [{"document": m.document, "start": m.start, "end": m.end, "text": m.text} for m in found],
    }


def quote_record(quote: Quote) -> Record:
    cue = None
    if quote.cue_start is not None and quote.cue_end is not None:
        cue = {"text": quote.cue_text, "start": quote.cue_start, "end": quote.cue_end}
    return {
        "id": quote.id,
        "document": quote.document,
        "speaker": quote.speaker,
        "speaker_text": quote.speaker_text,
        "speaker_start": quote.speaker_start,
        "speaker_end": quote.speaker_end,
        "text": quote.text,
        "kind": quote.kind,
        "start": quote.start,
        "end": quote.end,
        "said_on": date(quote.said_on),
        "said_on_from": quote.said_on_from,
        "statement": quote.statement,
        "relay": quote.relay,
        "cue": cue,
        "fragments": [{"start": start, "end": end} for start, end in quote.fragments],
    }


def statement_record(statement: Statement, quotes: dict[str, Quote]) -> Record:
    first = quotes.get(statement.quotes[0]) if statement.quotes else None
    return {
        "id": statement.id,
        "speaker": statement.speaker,
        "quotes": list(statement.quotes),
        "first_reported": {
            "document": statement.first_document,
            "published": statement.first_published.value,
            "published_from": statement.first_published.source,
        },
        "said_on": date(statement.said_on),
        "text": first.text if first else None,
    }


def timeline_record(entry: TimelineEntry) -> Record:
    return {
        "id": entry.id,
        "date": date(entry.time),
        "summary": entry.summary,
        "summary_span": span(entry.summary_span),
        "mentions": [span(m) for m in entry.mentions],
        "entities": list(entry.entities),
        "planned": entry.planned,
        "reports": list(entry.events),
    }


def event_record(event: Event) -> Record:
    return {
        "id": event.id,
        "document": event.document,
        "start": event.start,
        "end": event.end,
        "summary": event.summary,
        "date": date(event.time),
        "timex": event.timex or None,
        "planned": event.planned,
        "mentions": list(event.mentions),
        "dated_from": event.dated_from,
        "confidence": event.confidence,
    }


def iter_records(store: Store) -> Iterator[tuple[str, Record]]:
    """Every exported record with its kind, kind by kind in the order of KINDS."""
    analyses = list(store.load_analyses(with_links=True))
    links = store.load_links()
    mentions = {m.id: m for a in analyses for m in a.mentions}
    quotes = {q.id: q for a in analyses for q in a.quotes}
    yield from (("documents", document_record(a.document)) for a in analyses)
    yield from (("entities", entity_record(e, mentions)) for e in links.entities)
    yield from (("quotes", quote_record(q)) for q in quotes.values())
    yield from (("statements", statement_record(s, quotes)) for s in links.statements)
    yield from (("events", timeline_record(t)) for t in links.timeline)
    yield from (("duplicates", duplicate_record(d)) for d in links.duplicates)
    for c in store.corrections():
        yield "corrections", {"id": c.id, "action": c.action, "targets": list(c.targets), "note": c.note}
    yield from (("reports", event_record(e)) for a in analyses for e in a.events)
    yield from (("copies", copy_record(c)) for c in links.copies)
    yield from (("stories", story_record(s)) for s in links.stories)


def build_export(store: Store) -> Record:
    """The JSON export as one object: {"version": 1, "documents": [...], "entities": [...], ...}."""
    result: Record = {"version": EXPORT_VERSION, **{kind: [] for kind in KINDS}}
    for kind, record in iter_records(store):
        result[kind].append(record)
    return result


def export_corpus(
    store: Store, fmt: Format, out: Path | None, *, stream: TextIO | None = None, excel: bool = False
) -> list[Path]:
    """Write the export in `fmt` to the folder `out` (or a .json/.xlsx file); None or "-": `stream`/stdout.

    `excel` (CSV): UTF-8 with a BOM and formula-safe sheets, for opening in Excel. Returns the files
    written (none for stdout).
    """
    to_stdout = out is None or str(out) == "-"
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}", hint=f"use {', '.join(FORMATS)}")
    if to_stdout:
        write_stream(store, fmt, stream or sys.stdout)
        return []
    assert out is not None
    single = {"json": ".json", "xlsx": ".xlsx"}.get(fmt)
    if single and out.suffix == single:
        out.parent.mkdir(parents=True, exist_ok=True)
        return _write_single(store, fmt, out)
    out.mkdir(parents=True, exist_ok=True)
    if fmt in ("json", "xlsx"):
        return _write_single(store, fmt, out / (JSON_NAME if fmt == "json" else XLSX_NAME))
    written = _write_tables(store, fmt, out, excel=excel)
    if fmt == "csv":
        for sheet in sheets(store):
            path = out / f"{SHEET_PREFIX}{sheet.name}.csv"
            write_sheet_csv(path, sheet, excel=excel)
            written.append(path)
    return written


def _write_single(store: Store, fmt: Format, path: Path) -> list[Path]:
    if fmt == "xlsx":
        write_xlsx(path, sheets(store))
        return [path]
    return _write_json(store, path)


def write_stream(store: Store, fmt: Format, stream: TextIO) -> None:
    """JSON: the object; JSONL: one record per line, its kind in a "table" field; CSV needs a folder.

    (Not "kind": quotes have a field of that name.)
    """
    if fmt == "csv":
        raise InputError("a CSV export is one file per kind", hint="give --out DIR")
    if fmt == "xlsx":
        raise InputError("an xlsx workbook is not text", hint="give --out FILE.xlsx or --out DIR")
    if fmt == "json":
        json.dump(build_export(store), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return
    for kind, record in iter_records(store):
        stream.write(json.dumps({"table": kind, **record}, ensure_ascii=False) + "\n")


def _write_json(store: Store, path: Path) -> list[Path]:
    with path.open("w", encoding="utf-8") as handle:
        json.dump(build_export(store), handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    return [path]


def _write_tables(store: Store, fmt: Format, folder: Path, *, excel: bool = False) -> list[Path]:
    grouped: dict[str, list[Record]] = {kind: [] for kind in KINDS}
    for kind, record in iter_records(store):
        grouped[kind].append(record)
    paths = []
    for kind, records in grouped.items():
        path = folder / f"{kind}.{fmt}"
        with path.open("w", encoding="utf-8-sig" if excel else "utf-8", newline="") as handle:
            if fmt == "jsonl":
                handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
            else:
                write_csv(handle, kind, records)
        paths.append(path)
    return paths


def write_csv(handle: TextIO, kind: str, records: list[Record]) -> None:
    """One CSV table: a header row, then one row per record with nested values JSON-encoded."""
    columns = list(records[0]) if records else list(export_schema()["$defs"][ITEMS[kind]]["properties"])
    writer = csv.writer(handle)
    writer.writerow(columns)
    writer.writerows([cell(record.get(c)) for c in columns] for record in records)


def cell(value: Any) -> str:
    """A CSV cell: strings as they are, null empty, true/false, numbers, JSON for lists and objects."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False)
