"""`storyline timeline`, `quotes` and `entities` (with `merge` and `split`): the knowledge base as tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from storyline.cli.base import DEFAULT_DB, DbOption, app
from storyline.errors import NotFound
from storyline.model import Correction, TimeValue, make_id
from storyline.store import EntityRow, Report, StatementRow, Store, TimelineRow, open_store
from storyline.store.connection import fold
from storyline.store.export import date, statement_record, timeline_record

SinceOption = Annotated[
    str | None, typer.Option("--since", help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD).")
]
UntilOption = Annotated[
    str | None, typer.Option("--until", help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON instead of a table.")]
APPLY_HINT = "the next `storyline ingest` (or `storyline relink`) applies it"


def _open(db: Path) -> Store:
    return open_store(db, create=False)


def _print_json(value: Any) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2))


def _reports(reports: tuple[Report, ...]) -> list[dict[str, Any]]:
    return [
        {"document": r.document, "outlet": r.outlet, "source": r.source, "published": r.published}
        for r in reports
    ]


def _outlets(reports: tuple[Report, ...]) -> str:
    names = dict.fromkeys(r.outlet or Path(r.source).name for r in reports)
    return f"{len(reports)}: {', '.join(names)}" if reports else "0"


def _add_row(table: Table, *cells: str) -> None:
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
    with _open(db) as store:
        rows = store.timeline(since=since, until=until, entity=entity, source=source)
    if as_json:
        _print_json([_timeline_json(row) for row in rows])
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
        _add_row(table, date, row.entry.summary, _outlets(row.reports), ", ".join(row.entity_names))
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
    with _open(db) as store:
        rows = store.statements(speaker=speaker, since=since, until=until)
    if as_json:
        _print_json([_statement_json(row) for row in rows])
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
        _add_row(table, speaker, _date(row.said_on), reported, str(row.repeats), row.text)
    return table


# entities ---------------------------------------------------------------------------------------------
entities_app = typer.Typer(
    name="entities",
    help="Who is who: list entities with aliases and counts; merge or split them.",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(entities_app)


@entities_app.callback()
def entities_command(
    ctx: typer.Context,
    db: DbOption = DEFAULT_DB,
    type: Annotated[str | None, typer.Option("--type", help="Only this type: PERSON, ORG, GPE, ...")] = None,
    as_json: JsonOption = False,
) -> None:
    """List entities (most mentioned first) with their aliases and mention, document and quote counts."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = db  # `storyline entities --db X merge A B` works as well as `... merge A B --db X`
        return
    with _open(db) as store:
        rows = store.entities(type=type)
    if as_json:
        _print_json([_entity_json(row) for row in rows])
    else:
        Console().print(_entities_table(rows))


def _entity_json(row: EntityRow) -> dict[str, Any]:
    e = row.entity
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "aliases": list(e.aliases),
        "mentions": row.mentions,
        "documents": row.documents,
        "quotes": row.quotes,
    }


def _entities_table(rows: list[EntityRow]) -> Table:
    table = Table(title=f"entities ({len(rows)})")
    for name in ("name", "type", "aliases"):
        table.add_column(name, overflow="fold")
    for name in ("mentions", "documents", "quotes"):
        table.add_column(name, justify="right")
    table.add_column("id", overflow="fold", style="dim")
    for row in rows:
        e = row.entity
        aliases = ", ".join(a for a in e.aliases if a != e.name)
        _add_row(table, e.name, e.type, aliases, str(row.mentions), str(row.documents), str(row.quotes), e.id)
    return table


NoteOption = Annotated[str | None, typer.Option("--note", help="Why (kept with the correction).")]
SubDbOption = Annotated[
    Path | None,
    typer.Option(
        "--db", help="SQLite database file (default: the one given to `entities`).", envvar="STORYLINE_DB"
    ),
]


def _sub_db(ctx: typer.Context, db: Path | None) -> Path:
    return db or (ctx.obj if isinstance(ctx.obj, Path) else DEFAULT_DB)


@entities_app.command("merge")
def merge_command(
    ctx: typer.Context,
    first: Annotated[str, typer.Argument(help="A name, alias or entity id.")],
    second: Annotated[str, typer.Argument(help="Another name, alias or entity id: the same real entity.")],
    db: SubDbOption = None,
    note: NoteOption = None,
) -> None:
    """Record that two entities are one (kept in the db; later ingests respect it)."""
    with _open(_sub_db(ctx, db)) as store:
        a, b = store.find_entity(first), store.find_entity(second)
        if a.id == b.id:
            Console().print(
                f"{first!r} and {second!r} are already one entity: {a.name} ({a.id})", markup=False
            )
            return
        targets = (a.name, b.name)
        correction = Correction(
            id=make_id("correction", "merge", targets), action="merge", targets=targets, note=note
        )
        store.add_correction(correction)
    _recorded(f"merge {a.name!r} and {b.name!r}", correction)


def _recorded(what: str, correction: Correction) -> None:
    Console().print(f"recorded: {what} ({correction.id}); {APPLY_HINT}", markup=False, highlight=False)


@entities_app.command("split")
def split_command(
    ctx: typer.Context,
    alias: Annotated[str, typer.Argument(help="The alias that does not belong.")],
    entity: Annotated[str, typer.Argument(help="The entity (name, alias or id) it was wrongly merged into.")],
    db: SubDbOption = None,
    note: NoteOption = None,
) -> None:
    """Record that an alias is not this entity: it becomes an entity of its own at the next relink."""
    with _open(_sub_db(ctx, db)) as store:
        found = store.find_entity(entity)
        matching = sorted(
            (a for a in found.aliases if fold(a) == fold(alias)),
            key=lambda a: (a != alias, a.casefold() != alias.casefold()),
        )  # the alias as typed first, then the same in any case, then the same folded
        if not matching:
            raise NotFound(
                f"{found.name!r} has no alias {alias!r}", hint=f"its aliases are: {', '.join(found.aliases)}"
            )
        targets = (matching[0], found.name)
        correction = Correction(
            id=make_id("correction", "split", targets), action="split", targets=targets, note=note
        )
        store.add_correction(correction)
    _recorded(f"split {matching[0]!r} from {found.name!r}", correction)
