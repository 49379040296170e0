"""`storyline entities` with `merge`, `split`, `corrections` and `undo`: who is who, and the user's fixes."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from storyline.cli.base import (
    DEFAULT_DB,
    DbOption,
    FormatOption,
    JsonOption,
    LimitOption,
    app,
    change_store,
    output_format,
    read_store,
)
from storyline.cli.output import Column, Listing, emit, pick, sort_help
from storyline.cli.tables import APPLY_HINT
from storyline.model import Correction
from storyline.store import EntityRow
from storyline.store.corrections import record_merge, record_split

ENTITY_SORTS = {
    "name": lambda row: row.entity.name.casefold(),
    "type": lambda row: row.entity.type,
    "mentions": lambda row: row.mentions,
    "documents": lambda row: row.documents,
    "quotes": lambda row: row.quotes,
}
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
    sort: Annotated[str | None, typer.Option("--sort", help=sort_help(ENTITY_SORTS))] = None,
    limit: LimitOption = None,
    format: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """List entities (in most documents first) with their aliases and mention, document and quote counts."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = db  # `storyline entities --db X merge A B` works as well as `... merge A B --db X`
        return
    chosen = output_format(format, as_json)
    with read_store(db) as store:
        rows = pick(store.entities(type=type), sort, ENTITY_SORTS, limit)
    emit(_entities_listing(rows), chosen)


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


def _entities_listing(rows: list[EntityRow]) -> Listing:
    columns = (
        Column("name"),
        Column("type"),
        Column("aliases"),
        Column("mentions", justify="right"),
        Column("documents", justify="right"),
        Column("quotes", justify="right"),
        Column("id", dim=True),
    )
    cells = [
        (
            row.entity.name,
            row.entity.type,
            ", ".join(a for a in row.entity.aliases if a != row.entity.name),
            str(row.mentions),
            str(row.documents),
            str(row.quotes),
            row.entity.id,
        )
        for row in rows
    ]
    return Listing(f"entities ({len(rows)})", columns, cells, [_entity_json(r) for r in rows])


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
    with change_store(_sub_db(ctx, db)) as store:
        correction = record_merge(store, first, second, note)
        if correction is None:
            one = store.find_entity(first)
            Console().print(
                f"{first!r} and {second!r} are already one entity: {one.name} ({one.id})", markup=False
            )
            return
    _recorded(f"merge {correction.targets[0]!r} and {correction.targets[1]!r}", correction)


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
    with change_store(_sub_db(ctx, db)) as store:
        correction = record_split(store, alias, entity, note)
    _recorded(f"split {correction.targets[0]!r} from {correction.targets[1]!r}", correction)


@entities_app.command("corrections")
def corrections_command(
    ctx: typer.Context, db: SubDbOption = None, format: FormatOption = None, as_json: JsonOption = False
) -> None:
    """List the recorded merge/split corrections, oldest first."""
    with read_store(_sub_db(ctx, db)) as store:
        corrections = store.corrections()
    columns = (Column("id"), Column("action"), Column("targets"), Column("note"))
    cells = [(c.id, c.action, " | ".join(c.targets), c.note or "") for c in corrections]
    listing = Listing(
        f"corrections ({len(corrections)})", columns, cells, [_correction_json(c) for c in corrections]
    )
    emit(listing, output_format(format, as_json))


def _correction_json(correction: Correction) -> dict[str, Any]:
    return {
        "id": correction.id,
        "action": correction.action,
        "targets": list(correction.targets),
        "note": correction.note,
    }


@entities_app.command("undo")
def undo_command(
    ctx: typer.Context,
    correction: Annotated[
        str, typer.Argument(help="The correction id (see `storyline entities corrections`).")
    ],
    db: SubDbOption = None,
) -> None:
    """Forget a recorded correction; the next relink builds entities without it."""
    with change_store(_sub_db(ctx, db)) as store:
        store.remove_correction(correction)
    Console().print(f"removed {correction}; {APPLY_HINT}", markup=False, highlight=False)
