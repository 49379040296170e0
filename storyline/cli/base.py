"""The typer app every command module adds its commands to, and the options and checks they share.

A new command module imports what it needs from here (never defines its own --db, --since, --limit or
--format) and registers itself in storyline/cli/commands.py:

    @app.command("brief")
    def brief_command(db: DbOption = DEFAULT_DB, since: SinceOption = None, limit: LimitOption = None,
                      sort: SortOption = None, format: FormatOption = None) -> None:
        with read_store(db) as store:          # read-only: never creates, migrates or changes the db
            ...
        emit(Listing(...), format)             # storyline.cli.output: table / tsv / json, pipe-aware

Validation happens here, at the edge: a bad value is a usage error (exit 2) saying what to type instead.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

import storyline
from storyline.store import Store, open_store

app = typer.Typer(
    name="storyline",
    help="Turn a pile of news articles into a sourced story: timeline, quotes, who is who.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
DEFAULT_DB = Path("storyline.db")
_DAY = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"storyline {storyline.__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit."),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show a traceback instead of a one-line error (any position).")
    ] = False,
) -> None:
    """Turn a pile of news articles into a sourced story: timeline, quotes, who is who.

    Exit codes: 0 ok, 1 some inputs rejected, 2 usage or configuration error, 3 a bug, 130 interrupted.
    """


# the database ---------------------------------------------------------------------------------------
DbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        help="SQLite file or postgresql:// URL made by `storyline ingest` (opened read-only).",
        envvar="STORYLINE_DB",
    ),
]
WriteDbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        help="SQLite file or postgresql:// URL to add to (a file is made when the first document is stored).",
        envvar="STORYLINE_DB",
    ),
]
ChangeDbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        help="SQLite file or postgresql:// URL made by `storyline ingest` (this command writes to it).",
        envvar="STORYLINE_DB",
    ),
]


def read_store(db: Path) -> Store:
    """Open `db` for reading only: a missing, empty, foreign or newer db is refused, never created/changed.

    When a run died before linking what it stored, a one-line warning on stderr says how to complete it.
    """
    store = open_store(db, read_only=True)
    pending = store.links_pending()
    if pending:
        typer.echo(
            f"warning: links are incomplete ({pending} document(s) stored but not linked: an ingest was "
            f"interrupted); run `storyline relink --db {db}`",
            err=True,
        )
    return store


def change_store(db: Path) -> Store:
    """Open an existing storyline db for writing (corrections, relink); a missing file is not created."""
    return open_store(db, create=False)


# values checked at the edge -------------------------------------------------------------------------
def check_date(value: str | None) -> str | None:
    """A --since/--until value: YYYY, YYYY-MM or YYYY-MM-DD (a usage error otherwise)."""
    if value is None:
        return None
    if not _DAY.fullmatch(value):
        raise typer.BadParameter(f"{value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021-04)")
    month = int(value[5:7]) if len(value) >= 7 else 1
    day = int(value[8:10]) if len(value) == 10 else 1
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise typer.BadParameter(f"{value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021-04)")
    return value


SinceOption = Annotated[
    str | None,
    typer.Option("--since", callback=check_date, help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD)."),
]
UntilOption = Annotated[
    str | None,
    typer.Option("--until", callback=check_date, help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
]
PositiveInt = Annotated[int | None, typer.Option(min=1)]  # e.g. `batch_size: PositiveInt = None`


# tables for people and for pipes --------------------------------------------------------------------
class OutputFormat(StrEnum):
    """How a table command prints: a table for people, TSV for pipes and spreadsheets, or JSON."""

    table = "table"
    tsv = "tsv"
    json = "json"


FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format", "-f", help="table (default on a terminal), tsv (default in a pipe or file) or json."
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON instead of a table (= --format json).")]
LimitOption = Annotated[
    int | None, typer.Option("--limit", "-n", min=1, help="Print at most this many rows (after sorting).")
]
SortOption = Annotated[
    str | None,
    typer.Option("--sort", help="Sort by this column; -COLUMN sorts descending (the help lists columns)."),
]


def output_format(format: OutputFormat | None, as_json: bool = False) -> OutputFormat | None:
    """--format, with the older --json flag as a synonym for --format json."""
    if as_json and format not in (None, OutputFormat.json):
        raise typer.BadParameter(f"--json and --format {format} disagree; give one of them")
    return OutputFormat.json if as_json else format
