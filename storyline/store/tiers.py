"""Tiered tables: a big keyed table written batch by batch through a few small tiers, merged down in key
order by bounded slices.

A batch's rows inserted into one big index land on about as many pages as rows when their keys are
scattered (band keys, names). Written instead into the newest of a few small tiers (one range of a tier
table's index per tier), they fill pages in proportion to their number whatever the table's size. A
tier over its bound is merged into the next, the last into the base table, in key order: the pages a
merge writes are those of a run of keys, page after page, and each row is written once per tier.

A merge goes by slices so that no batch pays a whole tier's rewrite (the deepest tier holds most of the
rows): a tier in a merge moves, per batch, the next run of at most `budget` rows after its cursor (at
least twice the batch's rows, so a tier empties faster than it fills), and its merge ends when the
cursor has passed its last key. Rows that arrive behind the cursor wait for the tier's next merge. Every
row is in exactly one place after each slice (the slice's INSERT and DELETE run in the batch's
transaction) and readers ask the base and every tier, so reads are exact at every step, a merge in
flight or not.

Each tier's row count and merge cursor are kept in `fold_tier_state` (one row per tiered table and tier;
no row: empty and not merging), so a batch reads a few state rows instead of counting its tiers. The
counts only decide when a merge starts; no read depends on them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

STATE_SQL = """
CREATE TABLE fold_tier_state (
    tiered TEXT NOT NULL,
    tier INTEGER NOT NULL,
    held BIGINT NOT NULL,
    cursor_key TEXT,
    PRIMARY KEY (tiered, tier)
)
"""  # per tiered table (its base's name) and tier: rows held, the last key moved by a merge in flight


@dataclass(frozen=True, slots=True)
class Tiered:
    """A base table written through `tiers` (a table of the same columns and a leading `tier`)."""

    base: str  # the oldest, biggest table; also the table's name in `fold_tier_state`
    tiers: str
    columns: tuple[str, ...]  # a row's columns (but `tier`), the key's first
    key: int  # how many leading `columns` make the key: the order a merge moves rows in
    by: int  # how many leading key columns a slice is cut along (a slice is a run of their values)
    bounds: tuple[int, ...]  # each tier's bound on its rows, newest first; the last merges into `base`
    budget: int  # rows a tier in a merge moves per batch, at least
    indexed: bool = False  # the tier table has another index (SQLite would delete a slice through it)


@dataclass(frozen=True, slots=True)
class Move:
    """One slice of a merge: `rows` moved from `tier` into the next tier (or the base); `done`: the
    tier's merge ended with it."""

    tier: int
    rows: int
    done: bool


@dataclass(frozen=True, slots=True)
class _Held:
    rows: int
    cursor: tuple[Any, ...] | None  # the `by` columns of the last row moved; None: no merge in flight


def insert(conn: sqlite3.Connection, table: Tiered, rows: Sequence[Sequence[Any]]) -> list[Move]:
    """Write `rows` (tuples of `table.columns`, best in key order) into the newest tier, a row already
    there kept once, then move the slices of the tiers in a merge (`settle`); the slices moved."""
    columns = ", ".join(table.columns)
    values = ", ".join("?" * len(table.columns))
    conn.executemany(f"INSERT OR IGNORE INTO {table.tiers} (tier, {columns}) VALUES (0, {values})", rows)
    held = _state(conn, table)
    newest = conn.execute(f"SELECT count(*) FROM {table.tiers} WHERE tier = 0").fetchone()[0]
    held[0] = _Held(int(newest), held[0].cursor if 0 in held else None)  # the newest tier, counted
    return settle(conn, table, held, added=len(rows))


def settle(conn: sqlite3.Connection, table: Tiered, held: dict[int, _Held], *, added: int) -> list[Move]:
    """Move one slice of each tier in a merge or over its bound, newest first (a tier can start its
    merge with the rows the one before just moved in); the state written back; the slices moved."""
    budget = max(table.budget, 2 * added)
    moves: list[Move] = []
    for tier, bound in enumerate(table.bounds):
        state = held.get(tier, _Held(0, None))
        if state.cursor is None and state.rows <= bound:
            continue
        last = tier == len(table.bounds) - 1
        moved, landed, cursor = _slice(conn, table, tier, state.cursor, budget, last=last)
        held[tier] = _Held(max(0, state.rows - moved), cursor)
        if not last:
            after = held.get(tier + 1, _Held(0, None))
            held[tier + 1] = _Held(after.rows + landed, after.cursor)
        moves.append(Move(tier=tier, rows=moved, done=cursor is None))
    _save_state(conn, table, held)
    return moves


def _slice(
    conn: sqlite3.Connection,
    table: Tiered,
    tier: int,
    cursor: tuple[Any, ...] | None,
    budget: int,
    *,
    last: bool,
) -> tuple[int, int, tuple[Any, ...] | None]:
    """Move the run of at most `budget` rows (more when the last run of `by` values is longer) of
    `tier` after `cursor` into the next tier (`last`: the base), in key order; (rows moved, rows new
    there, the new cursor: None when the tier's last key was moved)."""
    by = table.columns[: table.by]
    where = [f"tier = {int(tier)}"]
    params: list[Any] = []
    if cursor is not None:
        where.append(f"{_row(by)} > {_row('?' * len(by))}")
        params.extend(cursor)
    order = ", ".join(table.columns[: table.key])
    found = conn.execute(
        f"SELECT {', '.join(by)} FROM {table.tiers} WHERE {' AND '.join(where)} "
        f"ORDER BY {order} LIMIT 1 OFFSET {int(budget) - 1}",
        params,
    ).fetchone()
    upper = None if found is None else tuple(found)
    if upper is not None:
        where.append(f"{_row(by)} <= {_row('?' * len(by))}")
        params.extend(upper)
    within = " AND ".join(where)
    columns = ", ".join(table.columns)
    source = f"FROM {table.tiers} WHERE {within} ORDER BY {order}"
    if last:
        into, rows = f"INSERT OR IGNORE INTO {table.base} ({columns})", f"SELECT {columns} {source}"
    else:
        into, rows = (
            f"INSERT OR IGNORE INTO {table.tiers} (tier, {columns})",
            f"SELECT {tier + 1}, {columns} {source}",
        )
    landed = conn.execute(f"{into} {rows}", params).rowcount
    if table.indexed:  # by key: SQLite's planner would scan a run of key values through the other index
        within = f"tier = {int(tier)} AND {_row(order.split(', '))} IN (SELECT {order} {source})"
    moved = conn.execute(f"DELETE FROM {table.tiers} WHERE {within}", params).rowcount
    return int(moved), int(landed), upper


def _row(names: Iterable[str]) -> str:
    """`a` or the row value `(a, b)` of the names (placeholders) `names`."""
    found = list(names)
    return found[0] if len(found) == 1 else f"({', '.join(found)})"


def delete(
    conn: sqlite3.Connection, table: Tiered, columns: Sequence[str], values: Sequence[Sequence[Any]]
) -> None:
    """Delete the rows equal to each of `values` on `columns` wherever they are (the base and every
    tier, whatever the kept counts say), the counts lowered by what each tier lost."""
    where = " AND ".join(f"{column} = ?" for column in columns)
    conn.executemany(f"DELETE FROM {table.base} WHERE {where}", values)
    held = _state(conn, table)
    for tier in range(len(table.bounds)):
        gone = conn.executemany(f"DELETE FROM {table.tiers} WHERE tier = {tier} AND {where}", values).rowcount
        state = held.get(tier, _Held(0, None))
        held[tier] = _Held(max(0, state.rows - max(0, gone)), state.cursor)
    _save_state(conn, table, held)


def view_sql(table: Tiered, name: str) -> str:
    """A view `name` of every row of `table`, the base's and each tier's (a reader's WHERE reaches
    each part's index: SQLite and PostgreSQL push it into both sides of the UNION ALL)."""
    columns = ", ".join(table.columns)
    tiers = ", ".join(str(tier) for tier in range(len(table.bounds)))
    return (
        f"CREATE VIEW {name} AS SELECT {columns} FROM {table.base} "
        f"UNION ALL SELECT {columns} FROM {table.tiers} WHERE tier IN ({tiers})"
    )


def rewrite(conn: sqlite3.Connection, table: Tiered, rows: Sequence[Sequence[Any]]) -> None:
    """Replace every row of `table` by `rows` (tuples of `table.columns`), all in the base: a full
    relink's write; the tiers emptied, their merges forgotten."""
    conn.execute(f"DELETE FROM {table.base}")
    clear(conn, table)
    values = ", ".join("?" * len(table.columns))
    conn.executemany(
        f"INSERT OR IGNORE INTO {table.base} ({', '.join(table.columns)}) VALUES ({values})", rows
    )


def clear(conn: sqlite3.Connection, table: Tiered) -> None:
    """Empty every tier of `table` and forget its merges (a full rewrite of the base)."""
    conn.execute(f"DELETE FROM {table.tiers}")
    conn.execute("DELETE FROM fold_tier_state WHERE tiered = ?", (table.base,))


def held_rows(conn: sqlite3.Connection, table: Tiered) -> dict[int, tuple[int, bool]]:
    """Each tier of `table` with a state row → (rows held, a merge in flight)."""
    return {tier: (held.rows, held.cursor is not None) for tier, held in _state(conn, table).items()}


def _state(conn: sqlite3.Connection, table: Tiered) -> dict[int, _Held]:
    sql = "SELECT tier, held, cursor_key FROM fold_tier_state WHERE tiered = ?"
    return {
        int(tier): _Held(int(rows), None if cursor is None else tuple(json.loads(cursor)))
        for tier, rows, cursor in conn.execute(sql, (table.base,))
    }


def _save_state(conn: sqlite3.Connection, table: Tiered, held: dict[int, _Held]) -> None:
    conn.executemany(
        "INSERT INTO fold_tier_state (tiered, tier, held, cursor_key) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (tiered, tier) DO UPDATE SET held = excluded.held, cursor_key = excluded.cursor_key",
        [
            (table.base, tier, state.rows, None if state.cursor is None else json.dumps(list(state.cursor)))
            for tier, state in sorted(held.items())
        ],
    )
