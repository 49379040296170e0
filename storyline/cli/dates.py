"""`storyline dates`: prints every temporal expression of a text, for checking a date or benchmarking."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from storyline.cli.base import FormatOption, OutputFormat, app, output_format
from storyline.cli.output import Column, Listing, emit
from storyline.errors import InputError
from storyline.model import TimeExpression


@app.command("dates")
def dates_command(
    source: Annotated[str, typer.Argument(help="Text file to read, or - for standard input.")] = "-",
    anchor: Annotated[
        str | None, typer.Option("--anchor", help="Reference date YYYY-MM-DD (the publication date).")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per line (= --format json).")
    ] = False,
    format: FormatOption = None,
) -> None:
    """Find and normalize every date, time, duration and set in a text (TIMEX3 values).

    Without --anchor, partial dates keep their unknown parts (XXXX-03-27).
    """
    from storyline.extract.nlp import load_pipeline
    from storyline.extract.time import times_in
    from storyline.settings import load_settings

    chosen = output_format(format, as_json)
    text = _read(source)
    day = _anchor(anchor)
    nlp = load_pipeline(load_settings().model)
    found = times_in(text, nlp(text), day)
    if chosen is OutputFormat.json:
        for expression in found:
            typer.echo(json.dumps(as_record(expression), ensure_ascii=False))
        return
    emit(_listing(found), chosen)


def as_record(expression: TimeExpression) -> dict[str, object]:
    """The JSON form of one expression: the issue's fields, plus the anchor rule and TIMEX3 modifier."""
    time = expression.time
    return {
        "start": expression.start,
        "end": expression.end,
        "text": expression.text,
        "type": expression.type,
        "value": expression.value,
        "start_date": time.start if time else None,
        "end_date": time.end if time else None,
        "granularity": time.granularity if time else None,
        "anchor": expression.anchor,
        "anchor_rule": expression.anchor_rule,
        "modifier": time.modifier if time else None,
    }


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if not path.is_file():
        raise InputError(f"{source}: no such file", hint="name a text file, or - to read standard input")
    try:
        return path.read_text("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{source}: not UTF-8 text", hint="convert the file to UTF-8") from error


def _anchor(anchor: str | None) -> dt.date | None:
    if anchor is None:
        return None
    try:
        return dt.date.fromisoformat(anchor)
    except ValueError as error:
        raise InputError(f"--anchor {anchor!r} is not a date", hint="write it as YYYY-MM-DD") from error


def _listing(found: list[TimeExpression]) -> Listing:
    columns = tuple(Column(c) for c in ("span", "text", "type", "value", "interval", "anchor (rule)"))
    rows = [
        (
            f"{e.start}-{e.end}",
            e.text,
            e.type,
            e.value,
            f"{e.time.start} … {e.time.end} ({e.time.granularity})" if e.time else "",
            f"{e.anchor or '-'} ({e.anchor_rule})",
        )
        for e in found
    ]
    return Listing(f"{len(found)} temporal expressions", columns, rows)
