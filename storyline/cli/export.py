"""`storyline export`: the whole knowledge base as JSON, JSON Lines or CSV (see docs/export.md)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from storyline.cli.base import DEFAULT_DB, DbOption, app, read_store
from storyline.store.export import export_corpus


class ExportFormat(StrEnum):
    """The export formats: one JSON object, or one JSON Lines / CSV file per kind of record."""

    json = "json"
    jsonl = "jsonl"
    csv = "csv"


@app.command("export")
def export_command(
    db: DbOption = DEFAULT_DB,
    format: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="json (one object), jsonl or csv (one file per kind)."),
    ] = ExportFormat.json,
    out: Annotated[
        str | None,
        typer.Option("--out", "-o", help="Folder to write to (or a .json file); '-' or nothing: stdout."),
    ] = None,
) -> None:
    """Export documents, entities, quotes, statements, timeline events and duplicates.

    Offsets in the export index each document's cleaned `text`. The JSON form validates against
    storyline/store/export.schema.json; CSV needs --out DIR.
    """
    target = None if out in (None, "-") else Path(out)
    with read_store(db) as store:
        written = export_corpus(store, format.value, target)
    if written:
        console = Console(stderr=True)
        console.print(f"wrote {len(written)} file(s) to {written[0].parent}", highlight=False)
