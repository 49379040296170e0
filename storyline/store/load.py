"""Rows back into model records: analyses and cross-document links, exactly as they were saved."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any, cast

from storyline.model import (
    CorpusLinks,
    Document,
    DocumentAnalysis,
    Entity,
    Event,
    Mention,
    NearDuplicate,
    OffsetMap,
    PublicationDate,
    Quote,
    RemovedSpan,
    Sentence,
    Span,
    Statement,
    TimeExpression,
    TimelineEntry,
    TimeValue,
)
from storyline.model.records import PUBLICATION_DAY_CONFIDENCE
from storyline.store.stories import load_copies, load_stories

Row = sqlite3.Row


def time_value(row: Row, prefix: str) -> TimeValue | None:
    """The TimeValue kept in the `<prefix>_*` columns of `row`, None where there is none."""
    if row[f"{prefix}_value"] is None:
        return None
    return TimeValue(
        value=row[f"{prefix}_value"],
        start=row[f"{prefix}_start"],
        end=row[f"{prefix}_end"],
        granularity=row[f"{prefix}_granularity"],
        modifier=row[f"{prefix}_modifier"],
    )


def _pairs(text: str) -> tuple[Any, ...]:
    return tuple(tuple(item) for item in json.loads(text))


def document_from(row: Row, removed: tuple[RemovedSpan, ...] = ()) -> Document:
    published = PublicationDate(
        value=row["published"],
        source=row["published_from"],
        confidence=row["published_confidence"],
        evidence=row["published_evidence"],
    )
    return Document(
        id=row["id"],
        source=row["source"],
        format=row["format"],
        text=row["text"],
        raw_text=row["raw_text"],
        offset_map=OffsetMap(_pairs(row["offset_map"])),
        title=row["title"],
        outlet=row["outlet"],
        author=row["author"],
        url=row["url"],
        language=row["language"],
        published=published,
        removed=removed,
    )


def mention_from(row: Row) -> Mention:
    return Mention(
        id=row["id"],
        document=row["document"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        label=row["label"],
        kind=row["kind"],
        sentence=row["sentence"],
        refers_to=row["refers_to"],
        entity=row["linked_entity"],
    )


def timex_from(row: Row) -> TimeExpression:
    return TimeExpression(
        id=row["id"],
        document=row["document"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        type=row["type"],
        value=row["value"],
        time=time_value(row, "time"),
        anchor=row["anchor"],
        anchor_rule=row["anchor_rule"],
        sentence=row["sentence"],
    )


def quote_from(row: Row) -> Quote:
    return Quote(
        id=row["id"],
        document=row["document"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        kind=row["kind"],
        speaker_text=row["speaker_text"],
        speaker_start=row["speaker_start"],
        speaker_end=row["speaker_end"],
        speaker_mention=row["speaker_mention"],
        speaker=row["linked_speaker"],
        cue_text=row["cue_text"],
        cue_start=row["cue_start"],
        cue_end=row["cue_end"],
        relay=row["relay"],
        said_on=time_value(row, "said_on"),
        said_on_from=row["said_on_from"],
        fragments=_pairs(row["fragments"]),
        statement=row["linked_statement"],
    )


def event_from(row: Row) -> Event:
    return Event(
        id=row["id"],
        document=row["document"],
        start=row["start"],
        end=row["end"],
        summary=row["summary"],
        timex=row["timex"],
        time=cast(TimeValue, time_value(row, "time")),
        planned=bool(row["planned"]),
        mentions=tuple(json.loads(row["mentions"])),
        dated_from="text" if row["timex"] else "publication",
        confidence=1.0 if row["timex"] else PUBLICATION_DAY_CONFIDENCE,
    )


MENTIONS_SQL = {
    False: "SELECT *, entity AS linked_entity FROM mentions WHERE document = ? ORDER BY ord",
    True: "SELECT m.*, l.entity AS linked_entity FROM mentions AS m JOIN mention_links AS l "
    "ON l.document = m.document AND l.ord = m.ord WHERE m.document = ? ORDER BY m.ord",
}
QUOTES_SQL = {
    False: "SELECT *, speaker AS linked_speaker, statement AS linked_statement FROM quotes "
    "WHERE document = ? ORDER BY ord",
    True: "SELECT q.*, l.speaker AS linked_speaker, l.statement AS linked_statement FROM quotes AS q "
    "JOIN quote_links AS l ON l.document = q.document AND l.ord = q.ord WHERE q.document = ? ORDER BY q.ord",
}


def load_analysis(conn: sqlite3.Connection, doc_row: Row, *, with_links: bool = False) -> DocumentAnalysis:
    """The analysis of one document row; `with_links` fills Mention.entity, Quote.speaker/statement."""
    doc_id = doc_row["id"]

    def rows(sql: str) -> list[Row]:
        return conn.execute(sql, (doc_id,)).fetchall()

    removed = tuple(
        RemovedSpan(start=r["start"], end=r["end"], reason=r["reason"])
        for r in rows("SELECT * FROM removed_spans WHERE document = ? ORDER BY ord")
    )
    return DocumentAnalysis(
        document=document_from(doc_row, removed),
        sentences=tuple(
            Sentence(document=r["document"], index=r["idx"], start=r["start"], end=r["end"])
            for r in rows("SELECT * FROM sentences WHERE document = ? ORDER BY ord")
        ),
        mentions=tuple(mention_from(r) for r in rows(MENTIONS_SQL[with_links])),
        timexes=tuple(timex_from(r) for r in rows("SELECT * FROM timexes WHERE document = ? ORDER BY ord")),
        quotes=tuple(quote_from(r) for r in rows(QUOTES_SQL[with_links])),
        events=tuple(event_from(r) for r in rows("SELECT * FROM events WHERE document = ? ORDER BY ord")),
    )


def load_analyses(conn: sqlite3.Connection, *, with_links: bool = False) -> Iterator[DocumentAnalysis]:
    """Every stored analysis, ordered by document id."""
    for doc_row in conn.execute("SELECT * FROM documents ORDER BY id").fetchall():
        yield load_analysis(conn, doc_row, with_links=with_links)


def documents(conn: sqlite3.Connection) -> list[Document]:
    """Every document (without its removed spans), ordered by id; cheaper than whole analyses."""
    return [document_from(row) for row in conn.execute("SELECT * FROM documents ORDER BY id")]


def _grouped(conn: sqlite3.Connection, sql: str) -> dict[str, list[Row]]:
    """Rows of `sql` (whose first column is the owner id) grouped by owner, in `ord` order."""
    groups: dict[str, list[Row]] = {}
    for row in conn.execute(sql):
        groups.setdefault(row[0], []).append(row)
    return groups


def load_entities(conn: sqlite3.Connection, where: str = "", params: tuple[Any, ...] = ()) -> list[Entity]:
    """Entities (all, or those matching the SQL condition `where` on `e`), by id (as `link_entities`)."""
    rows = conn.execute(f"SELECT * FROM entities AS e {where} ORDER BY e.id", params).fetchall()
    ids = [r["id"] for r in rows]
    aliases = _in_groups(conn, "SELECT entity, alias FROM entity_aliases", "entity", ids)
    mentions = _in_groups(conn, "SELECT entity, mention FROM entity_mentions", "entity", ids)
    return [
        Entity(
            id=r["id"],
            name=r["name"],
            type=r["type"],
            aliases=tuple(a[1] for a in aliases.get(r["id"], [])),
            mentions=tuple(m[1] for m in mentions.get(r["id"], [])),
        )
        for r in rows
    ]


def _in_groups(conn: sqlite3.Connection, select: str, column: str, ids: list[str]) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(f"{select} WHERE {column} IN ({marks}) ORDER BY {column}, ord", chunk):
            groups.setdefault(row[0], []).append(row)
    return groups


def load_statements(conn: sqlite3.Connection) -> list[Statement]:
    quotes = _grouped(conn, "SELECT statement, quote FROM statement_quotes ORDER BY statement, ord")
    return [
        statement_from(r, quotes.get(r["id"], []))
        for r in conn.execute("SELECT * FROM statements ORDER BY id")
    ]


def statement_from(row: Row, quote_rows: list[Row]) -> Statement:
    published = PublicationDate(
        value=row["first_published"],
        source=row["first_published_from"],
        confidence=row["first_published_confidence"],
        evidence=row["first_published_evidence"],
    )
    return Statement(
        id=row["id"],
        speaker=row["speaker"],
        quotes=tuple(q[1] for q in quote_rows),
        first_document=row["first_document"],
        first_published=published,
        said_on=time_value(row, "said_on"),
    )


def load_timeline(
    conn: sqlite3.Connection, where: str = "", params: tuple[Any, ...] = ()
) -> list[TimelineEntry]:
    """Timeline entries (all, or those matching the SQL condition `where` on `t`), by date, then id (the order
    `build_timeline` gives, however the rows were written)."""
    rows = conn.execute(
        f"SELECT * FROM timeline AS t {where} ORDER BY t.time_start, t.time_end, t.id", params
    ).fetchall()
    ids = [r["id"] for r in rows]
    events = _in_groups(conn, "SELECT entry, event FROM timeline_events", "entry", ids)
    spans = _in_groups(conn, "SELECT entry, document, start, end FROM timeline_mentions", "entry", ids)
    entities = _in_groups(conn, "SELECT entry, entity FROM timeline_entities", "entry", ids)
    return [
        TimelineEntry(
            id=r["id"],
            time=cast(TimeValue, time_value(r, "time")),
            summary=r["summary"],
            summary_span=Span(document=r["summary_document"], start=r["summary_start"], end=r["summary_end"]),
            events=tuple(e[1] for e in events.get(r["id"], [])),
            mentions=tuple(Span(document=s[1], start=s[2], end=s[3]) for s in spans.get(r["id"], [])),
            entities=tuple(e[1] for e in entities.get(r["id"], [])),
            planned=bool(r["planned"]),
        )
        for r in rows
    ]


def load_duplicates(conn: sqlite3.Connection) -> list[NearDuplicate]:
    return [
        NearDuplicate(
            a=Span(document=r["a_document"], start=r["a_start"], end=r["a_end"]),
            b=Span(document=r["b_document"], start=r["b_start"], end=r["b_end"]),
            similarity=r["similarity"],
            origin=r["origin"],
            kind=r["kind"],
        )
        for r in conn.execute(
            "SELECT * FROM duplicates ORDER BY a_document, a_start, a_end, b_document, b_start, b_end"
        )
    ]


def load_links(conn: sqlite3.Connection) -> CorpusLinks:
    return CorpusLinks(
        entities=tuple(load_entities(conn)),
        statements=tuple(load_statements(conn)),
        timeline=tuple(load_timeline(conn)),
        duplicates=tuple(load_duplicates(conn)),
        copies=tuple(load_copies(conn)),
        stories=tuple(load_stories(conn)),
    )
