"""Queries over a long list of values: `IN (…)` lists in chunks SQLite's parameter limit allows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

CHUNK = 500


def chunks(values: Iterable[Any]) -> Iterable[list[Any]]:
    """The distinct `values`, sorted, in lists of at most CHUNK."""
    ordered = sorted(set(values))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def marks(chunk: list[Any]) -> str:
    """The `?, ?, …` placeholders of one chunk."""
    return ", ".join("?" * len(chunk))


def select_in(conn: sqlite3.Connection, sql: str, values: Iterable[Any], *params: Any) -> list[Any]:
    """Rows of `sql` (`{marks}` where the IN list goes, `params` before it) for all `values`."""
    rows: list[Any] = []
    for chunk in chunks(values):
        rows.extend(conn.execute(sql.format(marks=marks(chunk)), (*params, *chunk)))
    return rows
