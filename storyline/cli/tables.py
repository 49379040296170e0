"""`storyline timeline` and `storyline quotes`: the knowledge base as tables (or JSON), and shared helpers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from storyline.cli.base import DEFAULT_DB, DbOption, app
from storyline.model import TimeValue
from storyline.store import Report, StatementRow, Store, TimelineRow, open_store
from storyline.store.export import date, statement_record, timeline_record

SinceOption = Annotated[
    str | None, typer.Option("--since", help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD).")
]
UntilOption = Annotated[
    str | None, typer.Option("--until", help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON instead of a table.")]
APPLY_HINT = "the next `storyline ingest` (or `storyline relink`) applies it"


def open_db(db: Path) -> Store:
    """The db for a read command, with a one-line warning on stderr when its links are incomplete."""
    store = open_store(db, create=False)
    warn_if_links_pending(store, db)
    return store


def warn_if_links_pending(store: Store, db: Path) -> None:
    """Say so when a run died before linking what it stored (the tables below would be stale)."""
    pending = store.links_pending()
    if pending:
        typer.echo(
            f"warning: links are incomplete ({pending} document(s) stored but not linked, "
            f"an ingest was interrupted); run `storyline relink --db {db}`",
            err=True,
        )


def print_json(value: Any) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2))


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
    as_json: JsonOption = False,
) -> None:
    """The timeline: each real-world event once, with its date, the reports citing it and who is involved."""
    with open_db(db) as store:
        rows = store.timeline(since=since, until=until, entity=entity, source=source)
    if as_json:
        print_json([_timeline_json(row) for row in rows])
    else:
        Console().print(_timeline_table(rows))


def _timeline_json(row: TimelineRow) -> dict[str, Any]:
    return {
        **timeline_record(row.entry),
        "entity_names": list(row.entity_names),
        "reported_by": _reports(row.reports),
    }


def _timeline_table(rows: list[TimelineRow]) -> Table:
    table = Table(title=f"timeline ({len(rows)} events)", show_lines=False)
    table.add_column("date", no_wrap=True)
    table.add_column("summary", overflow="fold")
    table.add_column("reports", overflow="fold")
    table.add_column("entities", overflow="fold")
    for row in rows:
        date = row.entry.time.value + (" (planned)" if row.entry.planned else "")
        add_row(table, date, row.entry.summary, _outlets(row.reports), ", ".join(row.entity_names))
    return table


# quotes -----------------------------------------------------------------------------------------------
@app.command("quotes")
def quotes_command(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Only this speaker; every alias matches (Peskov, Песков).")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    as_json: JsonOption = False,
) -> None:
    """Who said what and when: each statement once, with its first report and how often it was repeated."""
    with open_db(db) as store:
        rows = store.statements(speaker=speaker, since=since, until=until)
    if as_json:
        print_json([_statement_json(row) for row in rows])
    else:
        Console().print(_quotes_table(rows))


def _statement_json(row: StatementRow) -> dict[str, Any]:
    quotes = {q.id: q for q in row.quotes}
    return {
        **statement_record(row.statement, quotes),
        "speaker_name": row.speaker_name,
        "said_on_first_report": date(row.said_on),
        "repeats": row.repeats,
        "reported_by": _reports(row.reports),
    }


def _quotes_table(rows: list[StatementRow]) -> Table:
    table = Table(title=f"statements ({len(rows)})")
    table.add_column("speaker", overflow="fold")
    table.add_column("said on", no_wrap=True)
    table.add_column("first report", overflow="fold")
    table.add_column("repeats", justify="right")
    table.add_column("text", overflow="fold")
    for row in rows:
        first = row.reports[0] if row.reports else None
        speaker = row.speaker_name or next((f"{q.speaker_text}?" for q in row.quotes if q.speaker_text), "?")
        reported = (
            f"{first.outlet or Path(first.source).name}, {first.published or 'date unknown'}" if first else ""
        )
        add_row(table, speaker, _date(row.said_on), reported, str(row.repeats), row.text)
    return table
