"""The typer app every command module adds its commands to, and the options they share."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="storyline",
    help="Turn a pile of news articles into a sourced story: timeline, quotes, who is who.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[
    Path,
    typer.Option("--db", help="SQLite database file (created if missing).", envvar="STORYLINE_DB"),
]
DEFAULT_DB = Path("storyline.db")
