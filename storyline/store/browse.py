"""Paged read queries for the web app and the JSON API: lists filtered and paginated in SQL.

Every function takes a (read-only) connection and returns row records from `storyline.store.pages`;
totals and pages are counted by SQLite so a page costs the same on 100 or 100,000 documents.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from storyline.errors import NotFound
from storyline.store.load import load_entities
from storyline.store.pages import (
    CountRow,
    DocumentRow,
    EntitySummary,
    MonthCount,
    Page,
    Window,
)

_DOCUMENT_COLUMNS = "d.id, d.title, d.outlet, d.source, d.url, d.published, d.published_from, length(d.text)"


def document_row(row: sqlite3.Row | tuple[Any, ...]) -> DocumentRow:
    return DocumentRow(
        id=row[0],
        title=row[1],
        outlet=row[2],
        source=row[3],
        url=row[4],
        published=row[5],
        published_from=row[6],
        characters=row[7],
    )


def documents_page(
    conn: sqlite3.Connection,
    window: Window,
    *,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
) -> Page[DocumentRow]:
    """Documents, newest first, filtered by outlet, publication day range and an entity they mention."""
    where: list[str] = ["1 = 1"]
    params: list[Any] = []
    if outlet:
        where.append("coalesce(d.outlet, '') = ?")
        params.append(outlet)
    if since:
        where.append("d.published >= ?")
        params.append(since)
    if until:
        where.append("substr(d.published, 1, 10) <= ?")
        params.append(until)
    if entity:
        where.append("d.id IN (SELECT document FROM entity_documents WHERE entity = ?)")
        params.append(entity)
    condition = " AND ".join(where)
    total = conn.execute(f"SELECT count(*) FROM documents AS d WHERE {condition}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT {_DOCUMENT_COLUMNS} FROM (SELECT d.id, d.published FROM documents AS d WHERE {condition} "
        "ORDER BY d.published DESC, d.id LIMIT ? OFFSET ?) AS p JOIN documents AS d ON d.id = p.id "
        "ORDER BY p.published DESC, p.id",
        [*params, window.limit, window.offset],
    )
    return Page(items=tuple(document_row(r) for r in rows), total=total, window=window)


def document(conn: sqlite3.Connection, document_id: str) -> DocumentRow:
    row = conn.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents AS d WHERE d.id = ?", (document_id,))
    found = row.fetchone()
    if found is None:
        raise NotFound(f"no document {document_id}", hint="/documents lists every document")
    return document_row(found)


def entity_summaries(
    conn: sqlite3.Connection, window: Window, *, type: str | None = None, name: str | None = None
) -> Page[EntitySummary]:
    """Entities ranked by the documents they appear in (then mentions), optionally of one type or name."""
    where: list[str] = ["1 = 1"]
    params: list[Any] = []
    if type:
        where.append("lower(e.type) = lower(?)")
        params.append(type)
    if name:
        where.append(
            "(fold(e.name) LIKE ? OR EXISTS (SELECT 1 FROM entity_aliases AS a "
            "WHERE a.entity = e.id AND a.folded LIKE ?))"
        )
        params += [f"%{_fold(conn, name)}%"] * 2
    select = (
        f"{_SUMMARY} FROM entity_stats AS s JOIN entities AS e ON e.id = s.entity "
        f"WHERE {' AND '.join(where)} ORDER BY s.documents DESC, s.mentions DESC, s.entity"
    )
    counted = (
        "SELECT count(*) FROM entity_stats" if not (type or name) else f"SELECT count(*) FROM ({select})"
    )
    total = conn.execute(counted, params).fetchone()[0]
    rows = conn.execute(f"{select} LIMIT ? OFFSET ?", [*params, window.limit, window.offset])
    return Page(items=tuple(_summary(r) for r in rows), total=total, window=window)


_SUMMARY = "SELECT e.id, e.name, e.type, s.documents, s.mentions"


def _summary(row: sqlite3.Row | tuple[Any, ...]) -> EntitySummary:
    return EntitySummary(id=row[0], name=row[1], type=row[2], documents=row[3] or 0, mentions=row[4] or 0)


def _fold(conn: sqlite3.Connection, text: str) -> str:
    return str(conn.execute("SELECT fold(?)", (text,)).fetchone()[0])


def entity_summary(conn: sqlite3.Connection, entity_id: str) -> EntitySummary:
    row = conn.execute(
        f"{_SUMMARY} FROM entities AS e LEFT JOIN entity_stats AS s ON s.entity = e.id WHERE e.id = ?",
        (entity_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"no entity {entity_id}", hint="/entities lists every entity")
    return _summary(row)


def entity_aliases(conn: sqlite3.Connection, entity_id: str) -> tuple[str, ...]:
    rows = conn.execute("SELECT alias FROM entity_aliases WHERE entity = ? ORDER BY ord", (entity_id,))
    return tuple(r[0] for r in rows)


def entity_months(conn: sqlite3.Connection, entity_id: str) -> tuple[MonthCount, ...]:
    """Mentions of an entity per publication month (undated documents left out)."""
    rows = conn.execute(
        "SELECT substr(d.published, 1, 7) AS month, count(*) FROM entity_mentions AS em "
        "JOIN mentions AS m ON m.id = em.mention JOIN documents AS d ON d.id = m.document "
        "WHERE em.entity = ? AND d.published IS NOT NULL GROUP BY month ORDER BY month",
        (entity_id,),
    )
    return tuple(MonthCount(month=r[0], label="mentions", count=r[1]) for r in rows)


def co_occurring(conn: sqlite3.Connection, entity_id: str, limit: int = 15) -> tuple[CountRow, ...]:
    """Entities that appear in the same documents, by the number of documents shared."""
    rows = conn.execute(
        "SELECT o.entity, e.name, count(*) AS shared FROM entity_documents AS mine "
        "JOIN entity_documents AS o ON o.document = mine.document AND o.entity != mine.entity "
        "JOIN entities AS e ON e.id = o.entity WHERE mine.entity = ? "
        "GROUP BY o.entity, e.name ORDER BY shared DESC, e.name LIMIT ?",
        (entity_id, limit),
    )
    return tuple(CountRow(key=r[0], label=r[1], count=r[2]) for r in rows)


def outlets(conn: sqlite3.Connection) -> tuple[CountRow, ...]:
    """Outlets (or, without one, the source) with their document counts, most documents first."""
    rows = conn.execute(
        "SELECT coalesce(outlet, ''), count(*) AS n FROM documents GROUP BY 1 ORDER BY n DESC, 1"
    )
    return tuple(CountRow(key=r[0], label=r[0] or "(no outlet)", count=r[1]) for r in rows)


def coverage(conn: sqlite3.Connection) -> tuple[MonthCount, ...]:
    """Documents per publication month and outlet: the overview's coverage chart."""
    rows = conn.execute(
        "SELECT substr(published, 1, 7) AS month, coalesce(outlet, '(no outlet)'), count(*) "
        "FROM documents WHERE published IS NOT NULL GROUP BY month, 2 ORDER BY month, 2"
    )
    return tuple(MonthCount(month=r[0], label=r[1], count=r[2]) for r in rows)


def top_entities(conn: sqlite3.Connection, type: str, limit: int = 10) -> tuple[EntitySummary, ...]:
    """The `limit` entities of a type in the most documents (read down the rank index, no total counted)."""
    rows = conn.execute(
        f"{_SUMMARY} FROM entity_stats AS s JOIN entities AS e ON e.id = s.entity "
        "WHERE e.type = ? ORDER BY s.documents DESC, s.mentions DESC, s.entity LIMIT ?",
        (type, limit),
    )
    return tuple(_summary(r) for r in rows)


COUNTED_TABLES = frozenset(
    {"documents", "entities", "statements", "quotes", "timeline", "events", "duplicates", "mentions"}
)


def counts(conn: sqlite3.Connection, tables: tuple[str, ...]) -> dict[str, int]:
    """Row counts of just the named tables (what a page shows), by name."""
    return {
        t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables if t in COUNTED_TABLES
    }


def entity_names(conn: sqlite3.Connection, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return {e.id: e.name for e in load_entities(conn, f"WHERE e.id IN ({', '.join('?' * len(ids))})",
                                                tuple(sorted(ids)))}  # fmt: skip
