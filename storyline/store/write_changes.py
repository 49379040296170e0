"""Writing only what changed in the links: rows of records that are new, gone or different, by id.

The incremental link step (storyline/run/fold.py) hands the stored links and the new ones; records equal
in both are not touched, so adding one document writes the rows of the entities, statements, timeline
entries, copies and stories it changed, not the whole corpus's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from storyline.model import CorpusLinks, NearDuplicate
from storyline.store.connection import atomic
from storyline.store.fold_state import NO_FOLD_ROWS, FoldRows, save_fold_rows
from storyline.store.stories import duplicate_rows, insert_copies_and_stories
from storyline.store.write import _save_entities, _save_statements, _save_timeline, save_links


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


Record = TypeVar("Record", bound=_Identified)


def changed(old: Sequence[Record], new: Sequence[Record]) -> tuple[list[str], list[Record]]:
    """(ids to delete, records to insert): gone or different records out, new or different ones in."""
    before = {record.id: record for record in old}
    after = {record.id: record for record in new}
    out = [key for key, record in before.items() if after.get(key) != record]
    return out, [record for key, record in after.items() if before.get(key) != record]


def save_link_changes(
    conn: sqlite3.Connection,
    old: CorpusLinks,
    new: CorpusLinks,
    state: Mapping[str, str],
    fold: FoldRows = NO_FOLD_ROWS,
) -> None:
    """Turn the stored links `old` into `new` writing only the differences, record `state` (name →
    value, e.g. the linker version) and the fold state, and clear the pending marker, atomically."""
    with atomic(conn):
        save_fold_rows(conn, fold)
        conn.execute("DELETE FROM links_pending")
        _apply(conn, "entities", changed(old.entities, new.entities), _save_entities)
        _apply(conn, "statements", changed(old.statements, new.statements), _save_statements)
        _apply(conn, "timeline", changed(old.timeline, new.timeline), _save_timeline)
        _duplicates(conn, old.duplicates, new.duplicates)
        gone_copies, copies = changed(old.copies, new.copies)
        gone_stories, stories = changed(old.stories, new.stories)
        _delete(conn, "copies", gone_copies)
        _delete(conn, "stories", gone_stories)
        insert_copies_and_stories(conn, copies, stories)
        save_state(conn, state)


def save_all_links(
    conn: sqlite3.Connection, links: CorpusLinks, state: Mapping[str, str], fold: FoldRows = NO_FOLD_ROWS
) -> None:
    """Replace every link table with `links` and record `state` and the fold state, atomically."""
    with atomic(conn):
        save_links(conn, links)
        save_state(conn, state)
        save_fold_rows(conn, fold)


def link_state(conn: sqlite3.Connection) -> dict[str, str]:
    """What the last link step recorded (name → value)."""
    return {row[0]: row[1] for row in conn.execute("SELECT name, value FROM link_state")}


def save_state(conn: sqlite3.Connection, state: Mapping[str, str]) -> None:
    """Record the link state (inside the caller's transaction)."""
    conn.executemany(
        "INSERT INTO link_state (name, value) VALUES (?, ?) "
        "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        sorted(state.items()),
    )


def _apply(
    conn: sqlite3.Connection,
    table: str,
    change: tuple[list[str], list[Any]],
    insert: Callable[[sqlite3.Connection, Sequence[Any]], None],
) -> None:
    gone, records = change
    _delete(conn, table, gone)
    insert(conn, records)


def _delete(conn: sqlite3.Connection, table: str, ids: Sequence[str]) -> None:
    conn.executemany(f"DELETE FROM {table} WHERE id = ?", [(key,) for key in ids])  # children cascade


_DUPLICATE_COLUMNS = "a_document, a_start, a_end, b_document, b_start, b_end, similarity, origin, kind"


def _duplicates(conn: sqlite3.Connection, old: Sequence[NearDuplicate], new: Sequence[NearDuplicate]) -> None:
    before, after = set(old), set(new)
    where = " AND ".join(f"{c} = ?" for c in _DUPLICATE_COLUMNS.split(", ")[:6])
    conn.executemany(
        f"DELETE FROM duplicates WHERE {where}", [row[1:7] for row in duplicate_rows(before - after)]
    )
    marks = ", ".join("?" * 9)
    added = sorted(after - before, key=lambda d: (d.a.document, d.a.start, d.b.document, d.b.start))
    conn.executemany(
        f"INSERT INTO duplicates ({_DUPLICATE_COLUMNS}) VALUES ({marks})",
        [row[1:] for row in duplicate_rows(added)],
    )
