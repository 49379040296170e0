"""`storyline timeline` and `storyline quotes`: the knowledge base as tables (or JSON), and shared helpers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from storyline.cli.base import (
    DEFAULT_DB,
    DbOption,
    FormatOption,
    JsonOption,
    LimitOption,
    SinceOption,
    UntilOption,
    app,
    output_format,
    read_store,
)
from storyline.cli.output import Column, Listing, emit, pick, sort_help
from storyline.model import TimeValue
from storyline.store import Report, StatementRow, Store, TimelineRow
from storyline.store.export import date, statement_record, timeline_record

APPLY_HINT = "the next `storyline ingest` (or `storyline relink`) applies it"
TIMELINE_SORTS: dict[str, Callable[[TimelineRow], Any]] = {
    "date": lambda row: row.entry.time.start,
    "reports": lambda row: len(row.reports),
    "summary": lambda row: row.entry.summary.casefold(),
}
QUOTE_SORTS: dict[str, Callable[[StatementRow], Any]] = {
    "said_on": lambda row: row.interval[0] if row.interval else None,
    "speaker": lambda row: (row.speaker_name or "").casefold() or None,
    "published": lambda row: row.reports[0].published if row.reports else None,
    "repeats": lambda row: row.repeats,
}


def open_db(db: Path) -> Store:
    """The db of a read command, opened read-only (kept for command modules that import it from here)."""
    return read_store(db)


def _reports(reports: tuple[Report, ...]) -> list[dict[str, Any]]:
    return [
        {"document": r.document, "outlet": r.outlet, "source": r.source, "published": r.published}
        for r in reports
    ]


def _outlets(reports: tuple[Report, ...]) -> str:
    names = dict.fromkeys(r.outlet or Path(r.source).name for r in reports)
    return f"{len(reports)}: {', '.join(names)}" if reports else "0"


def add_row(table: Table, *cells: str) -> None:
    """A row of plain text: brackets in article text are not rich markup."""
    table.add_row(*(Text(cell) for cell in cells))


def _date(time: TimeValue | None) -> str:
    if time is None:
        return ""
    return time.value if time.start == time.end or time.granularity != "day" else f"{time.start}…{time.end}"


# timeline ---------------------------------------------------------------------------------------------
@app.command("timeline")
def timeline_command(
    db: DbOption = DEFAULT_DB,
    since: SinceOption = None,
    until: UntilOption = None,
    entity: Annotated[
        str | None, typer.Option("--entity", help="Only events naming this entity (any alias).")
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Only events reported by this outlet or path.")
    ] = None,
    sort: Annotated[str | None, typer.Option("--sort", help=sort_help(TIMELINE_SORTS))] = None,
    limit: LimitOption = None,
    format: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """The timeline: each real-world event once, with its date, the reports citing it and who is involved."""
    chosen = output_format(format, as_json)
    with read_store(db) as store:
        rows = store.timeline(since=since, until=until, entity=entity, source=source)
    rows = pick(rows, sort, TIMELINE_SORTS, limit)
    emit(_timeline_listing(rows), chosen)


def _timeline_json(row: TimelineRow) -> dict[str, Any]:
    return {
        **timeline_record(row.entry),
        "entity_names": list(row.entity_names),
        "reported_by": _reports(row.reports),
    }


def _timeline_listing(rows: list[TimelineRow]) -> Listing:
    columns = (Column("date", no_wrap=True), Column("summary"), Column("reports"), Column("entities"))
    cells = [
        (
            row.entry.time.value + (" (planned)" if row.entry.planned else ""),
            row.entry.summary,
            _outlets(row.reports),
            ", ".join(row.entity_names),
        )
        for row in rows
    ]
    return Listing(f"timeline ({len(rows)} events)", columns, cells, [_timeline_json(r) for r in rows])


# quotes -----------------------------------------------------------------------------------------------
@app.command("quotes")
def quotes_command(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Only this speaker; every alias matches (Peskov, Песков).")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    sort: Annotated[str | None, typer.Option("--sort", help=sort_help(QUOTE_SORTS))] = None,
    limit: LimitOption = None,
    format: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Who said what and when: each statement once, with its first report and how often it was repeated."""
    chosen = output_format(format, as_json)
    with read_store(db) as store:
        rows = store.statements(speaker=speaker, since=since, until=until)
    rows = pick(rows, sort, QUOTE_SORTS, limit)
    emit(_quotes_listing(rows), chosen)


def _statement_json(row: StatementRow) -> dict[str, Any]:
    quotes = {q.id: q for q in row.quotes}
    return {
        **statement_record(row.statement, quotes),
        "speaker_name": row.speaker_name,
        "said_on_first_report": date(row.said_on),
        "repeats": row.repeats,
        "reported_by": _reports(row.reports),
    }


def _quotes_listing(rows: list[StatementRow]) -> Listing:
    columns = (
        Column("speaker"),
        Column("said on", no_wrap=True),
        Column("first report"),
        Column("repeats", justify="right"),
        Column("text"),
    )
    cells = []
    for row in rows:
        first = row.reports[0] if row.reports else None
        speaker = row.speaker_name or next((f"{q.speaker_text}?" for q in row.quotes if q.speaker_text), "?")
        reported = (
            f"{first.outlet or Path(first.source).name}, {first.published or 'date unknown'}" if first else ""
        )
        cells.append((speaker, _date(row.said_on), reported, str(row.repeats), row.text))
    return Listing(f"statements ({len(rows)})", columns, cells, [_statement_json(r) for r in rows])
