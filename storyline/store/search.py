"""Full-text search over documents, quotes and events (SQLite FTS5), with snippets and filters.

On PostgreSQL the same queries run on tsvector GIN indexes (storyline.store.search_pg).

Queries use FTS5 syntax: words, "quoted phrases", prefix*, AND / OR / NOT; matching ignores case and
diacritics (unicode61 remove_diacritics 2). A malformed query raises QueryError with a one-line hint.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any, Literal

from storyline.errors import QueryError
from storyline.store import search_pg
from storyline.store.pages import Page, SearchHit, Window
from storyline.store.postgres import is_postgres

SearchKind = Literal["documents", "quotes", "events"]
KINDS: tuple[SearchKind, ...] = ("documents", "quotes", "events")
MARK_START, MARK_END = "\x02", "\x03"
COUNT_CAP = 1000  # matches counted at most (a common word matches most of a big corpus)
QUERY_HINT = 'use words, "quoted phrases", prefix* and AND / OR / NOT; quote words with punctuation'
_OPERATOR = re.compile(r'["()^:]|\b(?:AND|OR|NOT|NEAR)\b')
_WORD = re.compile(r"\w+\*?")


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchFilter:
    """What narrows a search besides the query: publication days, outlet, an entity mentioned."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    entity: str | None = None


# (fts table, joined record table, record id column, span start, span end, snippet column)
_SOURCES: dict[SearchKind, tuple[str, str, str, str, str, int]] = {
    "documents": ("documents_fts", "documents", "NULL", "0", "length(r.text)", 1),
    "quotes": ("quotes_fts", "quotes", "r.id", "r.start", "r.end", 0),
    "events": ("events_fts", "events", "r.id", "r.start", "r.end", 0),
}


def fts_query(text: str) -> str:
    """The FTS5 query for what a user typed: plain words quoted one by one, FTS5 syntax kept as typed."""
    query = text.strip()
    if not query:
        raise QueryError("the search query is empty", hint=QUERY_HINT)
    if _OPERATOR.search(query):
        return query
    words = _WORD.findall(query)
    if not words:
        raise QueryError(f"{text!r} holds no word to search for", hint=QUERY_HINT)
    return " ".join(f'"{w.rstrip("*")}"' + ("*" if w.endswith("*") else "") for w in words)


def search(
    conn: sqlite3.Connection,
    text: str,
    window: Window,
    *,
    kind: SearchKind = "documents",
    where: SearchFilter | None = None,
) -> Page[SearchHit]:
    """Best matches first (FTS5 rank), with a snippet whose matched terms sit between marker characters."""
    if kind not in _SOURCES:
        raise QueryError(f"cannot search {kind!r}", hint=f"--kind is one of {', '.join(KINDS)}")
    document = "r.id" if kind == "documents" else "r.document"
    conditions, params = filter_conditions(where or SearchFilter(), document)
    if is_postgres(conn):
        return _search_postgres(conn, text, window, kind, (conditions, params))
    query = fts_query(text)
    fts, table, record, start, end, column = _SOURCES[kind]
    base = (
        f"FROM {fts} JOIN {table} AS r ON r.rowid = {fts}.rowid JOIN documents AS d ON d.id = {document} "
        f"WHERE {fts} MATCH ?{conditions}"
    )
    select = (
        f"SELECT d.id, d.title, d.outlet, d.published, {start}, {end}, "
        f"snippet({fts}, {column}, '{MARK_START}', '{MARK_END}', '…', 16), {record} {base} "
        "ORDER BY rank LIMIT ? OFFSET ?"
    )
    try:
        counted = f"SELECT count(*) FROM (SELECT 1 {base} LIMIT {COUNT_CAP})"
        total = conn.execute(counted, [query, *params]).fetchone()[0]
        rows = conn.execute(select, [query, *params, window.limit, window.offset]).fetchall()
    except sqlite3.OperationalError as error:
        raise QueryError(f"cannot search for {text!r}: {_reason(error)}", hint=QUERY_HINT) from error
    hits = tuple(_hit(kind, row) for row in rows)
    return Page(items=hits, total=total, window=window)


def _search_postgres(
    conn: sqlite3.Connection, text: str, window: Window, kind: SearchKind, filters: tuple[str, list[Any]]
) -> Page[SearchHit]:
    """The same search on PostgreSQL: stored tsvectors under GIN, ts_rank order (then id), ts_headline."""
    query = search_pg.tsquery(fts_query(text))
    _, table, record, start, end, _ = _SOURCES[kind]
    conditions, params = filters
    document = "r.id" if kind == "documents" else "r.document"
    joined = f"{search_pg.source(table, 'r')} JOIN documents AS d ON d.id = {document}"
    base = f"FROM {joined} WHERE {search_pg.matching()}{conditions}"
    snippet = search_pg.headline(table, "r", (MARK_START, MARK_END), 16)
    select = (
        f"SELECT d.id, d.title, d.outlet, d.published, {start}, {end}, {snippet}, {record} {base} "
        f"ORDER BY {search_pg.rank()} DESC, 1, 5 LIMIT ? OFFSET ?"
    )
    try:
        total = conn.execute(f"SELECT count(*) FROM (SELECT 1 {base} LIMIT {COUNT_CAP})", [query, *params])
        rows = conn.execute(select, [query, query, *params, query, window.limit, window.offset]).fetchall()
    except sqlite3.OperationalError as error:
        raise QueryError(f"cannot search for {text!r}: {error}", hint=QUERY_HINT) from error
    return Page(items=tuple(_hit(kind, row) for row in rows), total=total.fetchone()[0], window=window)


def _reason(error: sqlite3.OperationalError) -> str:
    return str(error).replace("fts5: ", "")


def filter_conditions(where: SearchFilter, document: str) -> tuple[str, list[Any]]:
    """SQL (each part prefixed by AND) and parameters narrowing rows whose document id is `document`;
    the query must join `documents AS d`."""
    parts, params = [], []
    if where.since:
        parts.append("d.published >= ?")
        params.append(where.since)
    if where.until:
        parts.append("substr(d.published, 1, 10) <= ?")
        params.append(where.until)
    if where.outlet:
        parts.append("coalesce(d.outlet, '') = ?")
        params.append(where.outlet)
    if where.entity:
        parts.append(f"{document} IN (SELECT document FROM entity_documents WHERE entity = ?)")
        params.append(where.entity)
    return "".join(f" AND {p}" for p in parts), params


def _hit(kind: SearchKind, row: tuple[Any, ...]) -> SearchHit:
    return SearchHit(
        kind=kind,
        document=row[0],
        title=row[1],
        outlet=row[2],
        published=row[3],
        start=row[4],
        end=row[5],
        snippet=row[6],
        record=row[7],
    )


def marked_parts(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, is_match) parts, for highlighting without trusting the text as markup."""
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"[{MARK_START}{MARK_END}]", snippet)):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts
