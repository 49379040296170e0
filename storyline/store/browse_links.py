"""Paged read queries over the linked records: timeline entries and statements with their reports."""

from __future__ import annotations

import sqlite3
from typing import Any

from storyline.errors import NotFound
from storyline.store.pages import Page, ReportRow, StatementItem, TimelineItem, Window

_REPORT = "d.id, d.title, d.outlet, d.published, d.url"
# The day a statement is listed on: said on, else first published, undated last (an index has it: 0012).
STATEMENT_DAY = "coalesce(s.said_on_start, s.first_published, '9999')"


def _clip(text: str, limit: int = 400) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def timeline_page(
    conn: sqlite3.Connection,
    window: Window,
    *,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    outlet: str | None = None,
    planned: bool | None = None,
    story: str | None = None,
) -> Page[TimelineItem]:
    """Timeline entries in date order whose interval meets [since, until], by entity and outlet."""
    where: list[str] = ["1 = 1"]
    params: list[Any] = []
    if since:
        where.append("t.time_end >= ?")
        params.append(since)
    if until:
        where.append("t.time_start <= ?")
        params.append(until)
    if entity:
        where.append("t.id IN (SELECT entry FROM timeline_entities WHERE entity = ?)")
        params.append(entity)
    if outlet:
        where.append(
            "t.id IN (SELECT tm.entry FROM timeline_mentions AS tm JOIN documents AS d "
            "ON d.id = tm.document WHERE coalesce(d.outlet, '') = ?)"
        )
        params.append(outlet)
    if story:
        where.append(
            "t.id IN (SELECT tm.entry FROM timeline_mentions AS tm JOIN story_documents AS sd "
            "ON sd.document = tm.document WHERE sd.story = ?)"
        )
        params.append(story)
    if planned is not None:
        where.append("t.planned = ?")
        params.append(int(planned))
    sql = "SELECT t.* FROM timeline AS t WHERE " + " AND ".join(where)
    total = conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
    rows = conn.execute(
        f"{sql} ORDER BY t.time_start, t.time_end, t.id LIMIT ? OFFSET ?",
        [*params, window.limit, window.offset],
    ).fetchall()
    return Page(items=tuple(_timeline_item(conn, r) for r in rows), total=total, window=window)


def timeline_entry(conn: sqlite3.Connection, entry_id: str) -> TimelineItem:
    row = conn.execute("SELECT * FROM timeline WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        raise NotFound(f"no timeline entry {entry_id}", hint="/timeline lists every entry")
    return _timeline_item(conn, row)


def _timeline_item(conn: sqlite3.Connection, row: sqlite3.Row) -> TimelineItem:
    expressions = conn.execute(
        "SELECT DISTINCT x.text FROM timeline_events AS te JOIN events AS e ON e.id = te.event "
        "JOIN timexes AS x ON x.id = e.timex WHERE te.entry = ? ORDER BY x.text",
        (row["id"],),
    )
    reports = conn.execute(
        f"SELECT {_REPORT}, tm.start, tm.end, substr(d.text, tm.start + 1, tm.end - tm.start) "
        "FROM timeline_mentions AS tm JOIN documents AS d ON d.id = tm.document WHERE tm.entry = ? "
        "ORDER BY d.published IS NULL, d.published, tm.ord",
        (row["id"],),
    )
    return TimelineItem(
        id=row["id"],
        date=row["time_value"],
        start=row["time_start"],
        end=row["time_end"],
        granularity=row["time_granularity"],
        planned=bool(row["planned"]),
        summary=row["summary"],
        summary_document=row["summary_document"],
        summary_start=row["summary_start"],
        summary_end=row["summary_end"],
        expressions=tuple(r[0] for r in expressions),
        reports=tuple(_report(r) for r in reports),
    )


def _report(row: tuple[Any, ...], kind: str = "", relay: str | None = None) -> ReportRow:
    return ReportRow(
        document=row[0],
        title=row[1],
        outlet=row[2],
        published=row[3],
        url=row[4],
        start=row[5],
        end=row[6],
        text=_clip(row[7]),
        kind=kind,
        relay=relay,
    )


def statements_page(
    conn: sqlite3.Connection,
    window: Window,
    *,
    speaker: str | None = None,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    text: str | None = None,
    kind: str | None = None,
) -> Page[StatementItem]:
    """Statements in the order they were said (else first published), filtered in SQL."""
    where: list[str] = ["1 = 1"]
    params: list[Any] = []
    day = STATEMENT_DAY
    if speaker:
        where.append("s.speaker = ?")
        params.append(speaker)
    if since:
        where.append("coalesce(s.said_on_end, s.first_published) >= ?")
        params.append(since)
    if until:
        where.append(f"substr({day}, 1, 10) <= ?")
        params.append(until)
    if outlet:
        where.append(
            "s.id IN (SELECT sq.statement FROM statement_quotes AS sq JOIN quotes AS q ON q.id = sq.quote "
            "JOIN documents AS d ON d.id = q.document WHERE coalesce(d.outlet, '') = ?)"
        )
        params.append(outlet)
    if text or kind:
        condition, extra = _quote_condition(text, kind)
        where.append(
            "s.id IN (SELECT sq.statement FROM statement_quotes AS sq JOIN quotes AS q "
            f"ON q.id = sq.quote WHERE {condition})"
        )
        params += extra
    sql = "SELECT s.* FROM statements AS s WHERE " + " AND ".join(where)
    total = conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
    rows = conn.execute(
        f"{sql} ORDER BY {day}, s.id LIMIT ? OFFSET ?", [*params, window.limit, window.offset]
    ).fetchall()
    return Page(items=tuple(_statement_item(conn, r) for r in rows), total=total, window=window)


def _quote_condition(text: str | None, kind: str | None) -> tuple[str, list[Any]]:
    parts, params = [], []
    if text:
        parts.append("fold(q.text) LIKE ?")
        params.append(f"%{' '.join(text.casefold().split())}%")
    if kind:
        parts.append("q.kind = ?")
        params.append(kind)
    return " AND ".join(parts), params


def statement(conn: sqlite3.Connection, statement_id: str) -> StatementItem:
    row = conn.execute("SELECT * FROM statements WHERE id = ?", (statement_id,)).fetchone()
    if row is None:
        raise NotFound(f"no statement {statement_id}", hint="/quotes lists every statement")
    return _statement_item(conn, row)


def _statement_item(conn: sqlite3.Connection, row: sqlite3.Row) -> StatementItem:
    quotes = conn.execute(
        f"SELECT {_REPORT}, q.start, q.end, q.text, q.kind, q.relay FROM statement_quotes AS sq "
        "JOIN quotes AS q ON q.id = sq.quote JOIN documents AS d ON d.id = q.document "
        "WHERE sq.statement = ? ORDER BY sq.ord",
        (row["id"],),
    ).fetchall()
    name = None
    if row["speaker"]:
        found = conn.execute("SELECT name FROM entities WHERE id = ?", (row["speaker"],)).fetchone()
        name = found[0] if found else None
    reports = tuple(_report(q[:8], kind=q[8], relay=q[9]) for q in quotes)
    return StatementItem(
        id=row["id"],
        speaker=row["speaker"],
        speaker_name=name,
        said_on=row["said_on_value"],
        first_published=row["first_published"],
        text=reports[0].text if reports else "",
        reports=reports,
    )
