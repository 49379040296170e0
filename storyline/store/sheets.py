"""Flat, human tables for spreadsheets: quotes with speaker, outlet, dates and URL; events; entities.

The record tables of the export (documents.csv, quotes.csv, ...) keep ids and JSON cells so they
round-trip exactly; these sheets name things instead, one plain value per cell, for people.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.model import Document, Quote, TimeValue
from storyline.store.rows import Report
from storyline.store.store import Store

Cell = str | int | None
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheet programs may run as a formula


@dataclass(frozen=True, slots=True)
class Sheet:
    """One flat table: a name (the file or worksheet name), its column headers and its rows."""

    name: str
    columns: tuple[str, ...]
    rows: list[tuple[Cell, ...]]


def _value(time: TimeValue | None) -> str | None:
    return time.value if time else None


def quote_sheet(store: Store) -> Sheet:
    """Every quote as one row: who (the linked name, else the words naming the speaker), when, where."""
    analyses = list(store.load_analyses(with_links=True))
    names = {e.id: e.name for e in store.load_links().entities}
    found: list[tuple[Quote, Document]] = [(q, a.document) for a in analyses for q in a.quotes]
    found.sort(key=lambda pair: (_quote_day(*pair) or "9999", pair[1].id, pair[0].start))
    columns = (
        "speaker", "speaker_as_written", "said_on", "published", "outlet", "title", "url", "text",
        "kind", "source", "quote_id", "document_id",
    )  # fmt: skip
    rows: list[tuple[Cell, ...]] = [
        (
            names.get(q.speaker or "") or q.speaker_text,
            q.speaker_text,
            _value(q.said_on),
            doc.published.value,
            doc.outlet,
            doc.title,
            doc.url,
            q.text,
            q.kind,
            doc.source,
            q.id,
            doc.id,
        )
        for q, doc in found
    ]
    return Sheet("quotes", columns, rows)


def _quote_day(quote: Quote, document: Document) -> str | None:
    return quote.said_on.start if quote.said_on else document.published.value


def event_sheet(store: Store) -> Sheet:
    """Every timeline entry as one row: its date, summary, the outlets reporting it and who is in it."""
    columns = (
        "date", "date_from", "date_to", "summary", "outlets", "reports", "first_published", "entities",
        "planned", "event_id",
    )  # fmt: skip
    rows: list[tuple[Cell, ...]] = []
    for row in store.timeline():
        entry = row.entry
        rows.append(
            (
                entry.time.value,
                entry.time.start,
                entry.time.end,
                entry.summary,
                _outlets(row.reports),
                len(row.reports),
                min((r.published for r in row.reports if r.published), default=None),
                "; ".join(row.entity_names),
                "yes" if entry.planned else "no",
                entry.id,
            )
        )
    return Sheet("events", columns, rows)


def _outlets(reports: Sequence[Report]) -> str:
    return "; ".join(dict.fromkeys(r.outlet or Path(r.source).name for r in reports))


def entity_sheet(store: Store) -> Sheet:
    """Every entity as one row: name, type, other spellings and how often it appears."""
    columns = ("name", "type", "also_written_as", "mentions", "documents", "quotes", "entity_id")
    rows: list[tuple[Cell, ...]] = [
        (
            row.entity.name,
            row.entity.type,
            "; ".join(a for a in row.entity.aliases if a != row.entity.name),
            row.mentions,
            row.documents,
            row.quotes,
            row.entity.id,
        )
        for row in store.entities()
    ]
    return Sheet("entities", columns, rows)


def sheets(store: Store) -> list[Sheet]:
    """The human sheets, in the order a reader wants them."""
    return [quote_sheet(store), event_sheet(store), entity_sheet(store)]


def write_sheet_csv(path: Path, sheet: Sheet, *, excel: bool = False) -> None:
    """A sheet as CSV; `excel`: UTF-8 with a BOM (so Excel reads Cyrillic right) and no formula cells."""
    with path.open("w", encoding="utf-8-sig" if excel else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(sheet.columns)
        for row in sheet.rows:
            writer.writerow(["" if cell is None else safe_text(cell) if excel else cell for cell in row])


def safe_text(cell: Cell) -> Cell:
    """A text cell a spreadsheet will show, not run: a leading = + - @ gets an apostrophe before it."""
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return cell
