"""The one write path for analyses and links: each save is one transaction (runs: journal.py)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from storyline.model import (
    CorpusLinks,
    Document,
    DocumentAnalysis,
    Entity,
    Statement,
    TimelineEntry,
    TimeValue,
)
from storyline.store.connection import atomic, fold
from storyline.store.stories import duplicate_rows, save_copies_and_stories

CHILD_TABLES = ("removed_spans", "sentences", "mentions", "timexes", "quotes", "events")
LINK_TABLES = ("entities", "statements", "timeline", "duplicates")  # children go by cascade


def time_columns(time: TimeValue | None) -> tuple[Any, ...]:
    """(value, start, end, granularity, modifier) of a TimeValue, all None for None."""
    if time is None:
        return (None, None, None, None, None)
    return (time.value, time.start, time.end, time.granularity, time.modifier)


def insert_rows(conn: sqlite3.Connection, table: str, rows: Iterable[tuple[Any, ...]]) -> None:
    """Insert `rows` (full rows, in column order) into `table`."""
    rows = list(rows)
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def save_analysis(conn: sqlite3.Connection, analysis: DocumentAnalysis, corpus_dated: bool = False) -> None:
    """Insert or replace one document and every record extracted from it, atomically; the document is
    marked as pending for the links, and as dated by the corpus or not, in the same transaction."""
    doc = analysis.document
    with atomic(conn):
        _upsert_document(conn, doc)
        for table in CHILD_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE document = ?", (doc.id,))
        insert_rows(
            conn, "removed_spans", ((doc.id, i, r.start, r.end, r.reason) for i, r in enumerate(doc.removed))
        )
        insert_rows(
            conn,
            "sentences",
            ((doc.id, i, s.index, s.start, s.end) for i, s in enumerate(analysis.sentences)),
        )
        insert_rows(conn, "mentions", _mention_rows(analysis))
        insert_rows(conn, "timexes", _timex_rows(analysis))
        insert_rows(conn, "quotes", _quote_rows(analysis))
        insert_rows(conn, "events", _event_rows(analysis))
        conn.execute("INSERT OR IGNORE INTO links_pending (document) VALUES (?)", (doc.id,))
        conn.execute("DELETE FROM corpus_dated WHERE document = ?", (doc.id,))
        if corpus_dated:
            conn.execute("INSERT INTO corpus_dated (document) VALUES (?)", (doc.id,))


def _upsert_document(conn: sqlite3.Connection, doc: Document) -> None:
    columns = (
        "id, source, format, title, outlet, author, url, language, published, published_from, "
        "published_confidence, published_evidence, text, raw_text, offset_map"
    )
    values = (
        doc.id,
        doc.source,
        doc.format,
        doc.title,
        doc.outlet,
        doc.author,
        doc.url,
        doc.language,
        doc.published.value,
        doc.published.source,
        doc.published.confidence,
        doc.published.evidence,
        doc.text,
        doc.raw_text,
        json.dumps([list(s) for s in doc.offset_map.segments]),
    )
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns.split(", ")[1:])
    conn.execute(
        f"INSERT INTO documents ({columns}) VALUES ({', '.join('?' * len(values))}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}",
        values,
    )


def _mention_rows(analysis: DocumentAnalysis) -> Iterable[tuple[Any, ...]]:
    for i, m in enumerate(analysis.mentions):
        yield (
            m.document,
            i,
            m.id,
            m.start,
            m.end,
            m.text,
            m.label,
            m.kind,
            m.sentence,
            m.refers_to,
            m.entity,
        )


def _timex_rows(analysis: DocumentAnalysis) -> Iterable[tuple[Any, ...]]:
    for i, t in enumerate(analysis.timexes):
        yield (
            t.document,
            i,
            t.id,
            t.start,
            t.end,
            t.text,
            t.type,
            t.value,
            *time_columns(t.time),
            t.anchor,
            t.anchor_rule,
            t.sentence,
        )


def _quote_rows(analysis: DocumentAnalysis) -> Iterable[tuple[Any, ...]]:
    for i, q in enumerate(analysis.quotes):
        yield (
            q.document,
            i,
            q.id,
            q.start,
            q.end,
            q.text,
            q.kind,
            q.speaker_text,
            q.speaker_start,
            q.speaker_end,
            q.speaker_mention,
            q.speaker,
            q.cue_text,
            q.cue_start,
            q.cue_end,
            q.relay,
            *time_columns(q.said_on),
            q.said_on_from,
            json.dumps([list(f) for f in q.fragments]),
            q.statement,
        )


def _event_rows(analysis: DocumentAnalysis) -> Iterable[tuple[Any, ...]]:
    for i, e in enumerate(analysis.events):
        yield (
            e.document,
            i,
            e.id,
            e.start,
            e.end,
            e.summary,
            e.timex,
            *time_columns(e.time),
            int(e.planned),
            json.dumps(list(e.mentions)),
        )


def save_links(conn: sqlite3.Connection, links: CorpusLinks) -> None:
    """Replace every link table with `links` and clear the pending marker, atomically."""
    with atomic(conn):
        conn.execute("DELETE FROM links_pending")
        for table in LINK_TABLES:
            conn.execute(f"DELETE FROM {table}")
        _save_entities(conn, links.entities)
        _save_statements(conn, links.statements)
        _save_timeline(conn, links.timeline)
        insert_rows(conn, "duplicates", duplicate_rows(links.duplicates))
        save_copies_and_stories(conn, links.copies, links.stories)


def _save_entities(conn: sqlite3.Connection, entities: Sequence[Entity]) -> None:
    insert_rows(conn, "entities", ((e.id, i, e.name, e.type) for i, e in enumerate(entities)))
    insert_rows(
        conn,
        "entity_aliases",
        ((e.id, i, alias, fold(alias)) for e in entities for i, alias in enumerate(e.aliases)),
    )
    insert_rows(conn, "entity_mentions", ((e.id, i, m) for e in entities for i, m in enumerate(e.mentions)))


def _save_statements(conn: sqlite3.Connection, statements: Sequence[Statement]) -> None:
    insert_rows(
        conn,
        "statements",
        (
            (
                s.id,
                i,
                s.speaker,
                s.first_document,
                s.first_published.value,
                s.first_published.source,
                s.first_published.confidence,
                s.first_published.evidence,
                *time_columns(s.said_on),
            )
            for i, s in enumerate(statements)
        ),
    )
    insert_rows(conn, "statement_quotes", ((s.id, i, q) for s in statements for i, q in enumerate(s.quotes)))


def _save_timeline(conn: sqlite3.Connection, timeline: Sequence[TimelineEntry]) -> None:
    insert_rows(
        conn,
        "timeline",
        (
            (
                t.id,
                i,
                *time_columns(t.time),
                t.summary,
                t.summary_span.document,
                t.summary_span.start,
                t.summary_span.end,
                int(t.planned),
            )
            for i, t in enumerate(timeline)
        ),
    )
    insert_rows(conn, "timeline_events", ((t.id, i, e) for t in timeline for i, e in enumerate(t.events)))
    insert_rows(
        conn,
        "timeline_mentions",
        ((t.id, i, m.document, m.start, m.end) for t in timeline for i, m in enumerate(t.mentions)),
    )
    insert_rows(conn, "timeline_entities", ((t.id, i, e) for t in timeline for i, e in enumerate(t.entities)))
