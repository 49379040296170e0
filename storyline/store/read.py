"""Read queries for the CLI and the web app: entities with counts, statements, timeline, search."""

from __future__ import annotations

import calendar
import re
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from storyline.errors import InputError, NotFound, StoreError
from storyline.model import Entity, Quote
from storyline.store import search_pg
from storyline.store.connection import fold
from storyline.store.load import load_entities, load_timeline, quote_from, statement_from
from storyline.store.postgres import is_postgres
from storyline.store.rows import EntityRow, Report, StatementRow, TimelineRow

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
DATE_HINT = "write dates as YYYY, YYYY-MM or YYYY-MM-DD"


def date_bound(text: str, *, last: bool) -> str:
    """The first (or, with `last`, the final) day that the partial date `text` covers, as YYYY-MM-DD."""
    match = _DATE.match(text.strip())
    if not match:
        raise InputError(f"{text!r} is not a date", hint=DATE_HINT)
    year, month, day = int(match[1]), int(match[2] or (12 if last else 1)), match[3]
    if not 1 <= month <= 12:
        raise InputError(f"{text!r} has no month {month}", hint=DATE_HINT)
    days = calendar.monthrange(year, month)[1]
    number = int(day) if day else (days if last else 1)
    if not 1 <= number <= days:
        raise InputError(f"{text!r} has no day {number}", hint=DATE_HINT)
    return f"{year:04d}-{month:02d}-{number:02d}"


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def match_entities(conn: sqlite3.Connection, name: str, *, exact: bool = False) -> list[Entity]:
    """Entities whose id is `name`, or whose display name or an alias contains it as whole words.

    Matching folds case, diacritics and script ("peskov" finds "Dmitry Peskov" and "Песков");
    with `exact`, the folded name or alias must equal the folded `name`.
    """
    folded = fold(name)
    pattern = folded if exact else f"% {folded} %"
    padded = "' ' || {} || ' '" if not exact else "{}"
    condition = (
        f"WHERE e.id = ? OR (? != '' AND ({padded.format('fold(e.name)')} LIKE ? OR EXISTS ("
        f"SELECT 1 FROM entity_aliases AS a WHERE a.entity = e.id AND {padded.format('a.folded')} LIKE ?)))"
    )
    return load_entities(conn, condition, (name, folded, pattern, pattern))


def named_entities(conn: sqlite3.Connection, name: str) -> list[Entity]:
    """The entities `name` designates for a filter: those with that id, name or alias (folded) if any,
    else those whose name or an alias contains it as whole words ("Peskov" → "Dmitry Peskov"). Never a
    substring of other text: "WHO" is the organisation, not every sentence with "who"."""
    return match_entities(conn, name, exact=True) or match_entities(conn, name)


def find_entity(conn: sqlite3.Connection, name: str) -> Entity:
    """The one entity `name` designates: an exact (folded) match first, else a unique word match."""
    for exact in (True, False):
        found = match_entities(conn, name, exact=exact)
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise InputError(
                f"{name!r} names {len(found)} entities:\n{candidate_lines(conn, found)}",
                hint="give the entity id of the one you mean",
            )
    raise NotFound(f"no entity is called {name!r}", hint="`storyline entities` lists the names we know")


def candidate_lines(conn: sqlite3.Connection, found: Sequence[Entity], limit: int = 12) -> str:
    """One line per candidate entity, most mentioned first: id, name, type and mention count."""
    ids = [e.id for e in found]
    counts = dict(
        conn.execute(
            f"SELECT entity, count(*) FROM entity_mentions WHERE entity IN ({_marks(ids)}) GROUP BY entity",
            ids,
        ).fetchall()
    )
    ranked = sorted(found, key=lambda e: (-counts.get(e.id, 0), e.id))
    lines = [f"  {e.id}  {e.name} ({e.type}, {counts.get(e.id, 0)} mentions)" for e in ranked[:limit]]
    if len(ranked) > limit:
        lines.append(f"  … and {len(ranked) - limit} more")
    return "\n".join(lines)


def entity_rows(conn: sqlite3.Connection, type: str | None = None) -> list[EntityRow]:
    """Entities (of one type, any case) with mention, document and quote counts; in most documents first."""
    where, params = ("WHERE lower(e.type) = lower(?)", (type,)) if type else ("", ())
    entities = load_entities(conn, where, params)
    mentions = dict(conn.execute("SELECT entity, count(*) FROM entity_mentions GROUP BY entity").fetchall())
    documents = dict(
        conn.execute(
            "SELECT em.entity, count(DISTINCT m.document) FROM entity_mentions AS em "
            "JOIN mentions AS m ON m.id = em.mention GROUP BY em.entity"
        ).fetchall()
    )
    quotes = dict(conn.execute("SELECT speaker, count(*) FROM quote_links GROUP BY speaker").fetchall())
    rows = [
        EntityRow(
            entity=e,
            mentions=mentions.get(e.id, 0),
            documents=documents.get(e.id, 0),
            quotes=quotes.get(e.id, 0),
        )
        for e in entities
    ]
    return sorted(rows, key=lambda r: (-r.documents, -r.mentions, fold(r.entity.name), r.entity.id))


def reports(conn: sqlite3.Connection, document_ids: Iterable[str]) -> tuple[Report, ...]:
    """One Report per distinct document id, in the order given."""
    ids = list(dict.fromkeys(document_ids))
    if not ids:
        return ()
    sql = f"SELECT id, source, outlet, published FROM documents WHERE id IN ({_marks(ids)})"
    found = {r["id"]: r for r in conn.execute(sql, ids)}
    return tuple(
        Report(
            document=i, source=found[i]["source"], outlet=found[i]["outlet"], published=found[i]["published"]
        )
        for i in ids
        if i in found
    )


def linked_quotes(conn: sqlite3.Connection, quote_ids: Sequence[str]) -> dict[str, Quote]:
    """Quotes by id, with `speaker` and `statement` filled from the links."""
    found: dict[str, Quote] = {}
    for start in range(0, len(quote_ids), 500):
        chunk = list(quote_ids[start : start + 500])
        sql = (
            "SELECT q.*, l.speaker AS linked_speaker, l.statement AS linked_statement FROM quotes AS q "
            "JOIN quote_links AS l ON l.document = q.document AND l.ord = q.ord "
            f"WHERE q.id IN ({_marks(chunk)})"
        )
        found.update((row["id"], quote_from(row)) for row in conn.execute(sql, chunk))
    return found


def statement_rows(
    conn: sqlite3.Connection, speaker: str | None = None, since: str | None = None, until: str | None = None
) -> list[StatementRow]:
    """Statements, optionally by one speaker (any alias) and overlapping [since, until], by date."""
    where, params = _speaker_condition(conn, speaker) if speaker else ("", ())
    rows = conn.execute(f"SELECT * FROM statements AS s {where} ORDER BY s.ord", params).fetchall()
    quote_rows: dict[str, list[sqlite3.Row]] = {}
    for sq in conn.execute("SELECT statement, quote FROM statement_quotes ORDER BY statement, ord"):
        quote_rows.setdefault(sq[0], []).append(sq)
    statements = [statement_from(r, quote_rows.get(r["id"], [])) for r in rows]
    quotes = linked_quotes(conn, [q for s in statements for q in s.quotes])
    names = {e.id: e.name for e in load_entities(conn)}
    result = [
        StatementRow(
            statement=s,
            speaker_name=names.get(s.speaker) if s.speaker else None,
            quotes=tuple(quotes[q] for q in s.quotes if q in quotes),
            reports=reports(conn, (quotes[q].document for q in s.quotes if q in quotes)),
        )
        for s in statements
    ]
    low = date_bound(since, last=False) if since else None
    high = date_bound(until, last=True) if until else None
    result = [row for row in result if _overlaps(row.interval, low, high)]
    return sorted(result, key=lambda r: (r.interval or ("9999", "9999"), r.statement.id))


def _speaker_condition(conn: sqlite3.Connection, speaker: str) -> tuple[str, tuple[Any, ...]]:
    ids = [e.id for e in named_entities(conn, speaker)]
    folded = fold(speaker)
    same_text = "fold(q.speaker_text) IN (?, 'the ' || ?)"  # an unlinked speaker spelled exactly so
    unresolved = (
        "(s.speaker IS NULL AND EXISTS (SELECT 1 FROM statement_quotes AS sq "
        f"JOIN quotes AS q ON q.id = sq.quote WHERE sq.statement = s.id AND {same_text}))"
    )
    if (
        not ids
        and not conn.execute(
            f"SELECT 1 FROM quotes AS q WHERE {same_text} LIMIT 1", (folded, folded)
        ).fetchone()
    ):
        raise NotFound(
            f"no speaker is called {speaker!r}", hint="`storyline entities` lists the names we know"
        )
    return f"WHERE s.speaker IN ({_marks(ids)}) OR {unresolved}", (*ids, folded, folded)


def _overlaps(interval: tuple[str, str] | None, low: str | None, high: str | None) -> bool:
    if low is None and high is None:
        return True
    if interval is None:
        return False
    return (low is None or interval[1] >= low) and (high is None or interval[0] <= high)


def timeline_rows(
    conn: sqlite3.Connection,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    source: str | None = None,
) -> list[TimelineRow]:
    """Timeline entries overlapping [since, until], naming `entity` (any alias), reported by `source`."""
    where, params = _timeline_conditions(conn, since, until, entity, source)
    entries = load_timeline(conn, where, params)
    names = {e.id: e.name for e in load_entities(conn)}
    rows = [
        TimelineRow(
            entry=t,
            reports=reports(conn, _entry_documents(conn, t.id)),
            entity_names=tuple(names.get(e, e) for e in t.entities),
        )
        for t in entries
    ]
    return sorted(rows, key=lambda r: (r.entry.time.start, r.entry.time.end))


def _timeline_conditions(
    conn: sqlite3.Connection, since: str | None, until: str | None, entity: str | None, source: str | None
) -> tuple[str, tuple[Any, ...]]:
    conditions: list[str] = []
    params: list[Any] = []
    if since:
        conditions.append("t.time_end >= ?")
        params.append(date_bound(since, last=False))
    if until:
        conditions.append("t.time_start <= ?")
        params.append(date_bound(until, last=True))
    if entity:
        ids = [e.id for e in named_entities(conn, entity)]
        if not ids:
            raise NotFound(
                f"no entity is called {entity!r}", hint="`storyline entities` lists the names we know"
            )
        conditions.append(
            "EXISTS (SELECT 1 FROM timeline_entities AS te "
            f"WHERE te.entry = t.id AND te.entity IN ({_marks(ids)}))"
        )
        params.extend(ids)
    if source:
        conditions.append(
            f"EXISTS (SELECT 1 FROM ({_ENTRY_DOCUMENTS}) AS ed JOIN documents AS d ON d.id = ed.document "
            "WHERE ed.entry = t.id "
            "AND ((? != '' AND instr(fold(d.outlet), ?) > 0) OR instr(lower(d.source), lower(?)) > 0))"
        )
        params.extend([fold(source), fold(source), source])
    return (f"WHERE {' AND '.join(conditions)}" if conditions else ""), tuple(params)


_ENTRY_DOCUMENTS = (
    "SELECT tm.entry, tm.document FROM timeline_mentions AS tm UNION ALL "
    "SELECT tv.entry, ev.document FROM timeline_events AS tv JOIN events AS ev ON ev.id = tv.event"
)


def _entry_documents(conn: sqlite3.Connection, entry: str) -> list[str]:
    sql = f"SELECT document FROM ({_ENTRY_DOCUMENTS}) WHERE entry = ?"
    return [row[0] for row in conn.execute(sql, (entry,))]


def search(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[tuple[str, str]]:
    """(document id, snippet) of the documents that best match the FTS5 `query`."""
    if is_postgres(conn):
        return search_pg.search_documents(conn, query, limit)
    sql = (
        "SELECT d.id, snippet(documents_fts, -1, '[', ']', '…', 12) FROM documents_fts "
        "JOIN documents AS d ON d.rowid = documents_fts.rowid "
        "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?"
    )
    try:
        return [(row[0], row[1]) for row in conn.execute(sql, (query, limit))]
    except sqlite3.OperationalError as error:
        raise StoreError(
            f"cannot search for {query!r}: {error}",
            hint='use words, "quoted phrases", AND / OR / NOT and prefix* (quote words with punctuation)',
        ) from error


COUNTED = {
    "documents": "documents",
    "mentions": "mentions",
    "quotes": "quotes",
    "events": "events",
    "entities": "entities",
    "statements": "statements",
    "timeline": "timeline",
    "duplicates": "duplicates",
    "copies": "copies",
    "stories": "stories",
    "corrections": "corrections",
}


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the main tables, by name."""
    return {
        name: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for name, table in COUNTED.items()
    }
