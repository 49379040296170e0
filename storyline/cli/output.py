"""Printing a listing as a table for people, TSV for pipes, or JSON, with --sort and --limit applied.

Commands build a `Listing` (columns, plain-text rows and the JSON record of each row) and call `emit`;
on a terminal it is a rich table, in a pipe or file plain tab-separated lines with a header (no box
drawing, one row per line, so `grep`, `cut` and spreadsheets work).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from storyline.cli.base import OutputFormat
from storyline.errors import UsageError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its header (also the TSV header and the --sort key), alignment and wrapping."""

    name: str
    justify: Literal["left", "right"] = "left"
    no_wrap: bool = False
    dim: bool = False


@dataclass(frozen=True, slots=True)
class Listing:
    """What a table command prints: a title, columns, rows of plain text and one JSON record per row."""

    title: str
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[str]]
    records: list[Any] = field(default_factory=list)


def emit(listing: Listing, format: OutputFormat | None) -> None:
    """Print `listing` as `format`; None: a table on a terminal, TSV otherwise."""
    chosen = format or (OutputFormat.table if sys.stdout.isatty() else OutputFormat.tsv)
    if chosen is OutputFormat.json:
        print_json(listing.records)
    elif chosen is OutputFormat.tsv:
        write_tsv(listing)
    else:
        Console().print(rich_table(listing))


def print_json(value: Any) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2))


def write_tsv(listing: Listing) -> None:
    """A header line, then one line per row; tabs and line breaks inside cells become spaces."""
    lines = ["\t".join(c.name for c in listing.columns)]
    lines.extend("\t".join(_tsv_cell(cell) for cell in row) for row in listing.rows)
    typer.echo("\n".join(lines))


def _tsv_cell(text: str) -> str:
    return " ".join(text.replace("\t", " ").splitlines())


def rich_table(listing: Listing) -> Table:
    """The listing as a rich Table; cells are plain Text, so brackets in article text are not markup."""
    table = Table(title=listing.title)
    for column in listing.columns:
        table.add_column(
            column.name,
            justify=column.justify,
            no_wrap=column.no_wrap,
            overflow="fold",
            style="dim" if column.dim else None,
        )
    for row in listing.rows:
        table.add_row(*(Text(cell) for cell in row))
    return table


def pick(
    items: Sequence[T], sort: str | None, keys: Mapping[str, Callable[[T], Any]], limit: int | None
) -> list[T]:
    """`items` sorted by the key named `sort` (-NAME: descending; None: as given), then the first `limit`.

    Missing values (None) sort last in ascending order. An unknown key is a usage error listing the keys.
    """
    chosen = list(items)
    if sort:
        name = sort.removeprefix("-")
        if name not in keys:
            raise UsageError(
                f"--sort {sort!r} is not a column of this table",
                hint=f"use one of {', '.join(keys)}, or -NAME to sort descending",
            )
        key = keys[name]
        present = [item for item in chosen if key(item) is not None]
        missing = [item for item in chosen if key(item) is None]
        present.sort(key=key, reverse=sort.startswith("-"))
        chosen = present + missing
    return chosen if limit is None else chosen[:limit]


def sort_help(keys: Mapping[str, object]) -> str:
    """The --sort help line naming a command's columns."""
    return f"Sort by {', '.join(keys)}; -NAME sorts descending."
