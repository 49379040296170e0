"""`storyline export`: the whole knowledge base as JSON, JSON Lines, CSV or xlsx (see docs/export.md)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from storyline.cli.base import DEFAULT_DB, DbOption, app, read_store
from storyline.errors import UsageError
from storyline.store.export import export_corpus


class ExportFormat(StrEnum):
    """The export formats: one JSON object, one JSON Lines / CSV file per kind, or an Excel workbook."""

    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    xlsx = "xlsx"


@app.command("export")
def export_command(
    db: DbOption = DEFAULT_DB,
    format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="json (one object), jsonl, csv (one file per kind + flat sheets) or xlsx (the sheets).",
        ),
    ] = ExportFormat.json,
    out: Annotated[
        str | None,
        typer.Option(
            "--out", "-o", help="Folder to write to (or a .json / .xlsx file); '-' or nothing: stdout."
        ),
    ] = None,
    excel: Annotated[
        bool, typer.Option("--excel", help="CSV for Excel: UTF-8 with a BOM, no cell read as a formula.")
    ] = False,
) -> None:
    """Export documents, entities, quotes, statements, timeline events and duplicates.

    Offsets in the export index each document's cleaned `text`. The JSON form validates against
    storyline/store/export.schema.json; CSV and xlsx need --out. CSV also writes flat sheets for people:
    sheet_quotes.csv (speaker, said_on, published, outlet, url, text), sheet_events.csv, sheet_entities.csv.
    """
    if excel and format is not ExportFormat.csv:
        raise UsageError("--excel applies to --format csv", hint="add --format csv, or use --format xlsx")
    target = None if out in (None, "-") else Path(out)
    if target is None and format in (ExportFormat.csv, ExportFormat.xlsx):
        raise UsageError(
            f"--format {format} writes files, not standard output", hint="give --out DIR (e.g. --out export/)"
        )
    with read_store(db) as store:
        written = export_corpus(store, format.value, target, excel=excel)
    if written:
        console = Console(stderr=True)
        console.print(f"wrote {len(written)} file(s) to {written[0].parent}", highlight=False)
