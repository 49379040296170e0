"""Tables, writes and reads for copies and stories: duplicates with their origin, copies, story clusters."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from storyline.model import Copy, NearDuplicate, Span, Story

STORIES_SQL = """
ALTER TABLE duplicates ADD COLUMN origin TEXT;
ALTER TABLE duplicates ADD COLUMN kind TEXT NOT NULL DEFAULT 'near';
CREATE TABLE copies (
    id TEXT PRIMARY KEY,
    ord INTEGER NOT NULL,
    origin TEXT NOT NULL,
    copy TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('document', 'passage', 'rewrite')),
    similarity REAL NOT NULL,
    passages TEXT NOT NULL DEFAULT '[]',
    shared TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX copies_origin ON copies (origin);
CREATE INDEX copies_copy ON copies (copy);
CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    ord INTEGER NOT NULL,
    label TEXT NOT NULL,
    entities TEXT NOT NULL DEFAULT '[]',
    terms TEXT NOT NULL DEFAULT '[]',
    start TEXT,
    end TEXT,
    parent TEXT
);
CREATE TABLE story_documents (
    story TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (story, ord)
);
CREATE INDEX story_documents_document ON story_documents (document)
"""
TABLES = ("copies", "stories")


def _span(value: Span) -> list[Any]:
    return [value.document, value.start, value.end]


def _passage(row: list[Any]) -> NearDuplicate:
    a, b, similarity, kind = row
    return NearDuplicate(
        a=Span(document=a[0], start=a[1], end=a[2]),
        b=Span(document=b[0], start=b[1], end=b[2]),
        similarity=similarity,
        origin=a[0],
        kind=kind,
    )


def duplicate_rows(duplicates: Iterable[NearDuplicate]) -> Iterable[tuple[Any, ...]]:
    """Full rows of the duplicates table (with the origin and kind columns)."""
    for i, d in enumerate(duplicates):
        yield (i, *_span(d.a), *_span(d.b), d.similarity, d.origin, d.kind)


def save_copies_and_stories(
    conn: sqlite3.Connection, copies: Iterable[Copy], stories: Iterable[Story]
) -> None:
    """Replace the copies and stories tables (inside the caller's transaction)."""
    for table in TABLES:
        conn.execute(f"DELETE FROM {table}")
    insert_copies_and_stories(conn, copies, stories)


def insert_copies_and_stories(
    conn: sqlite3.Connection, copies: Iterable[Copy], stories: Iterable[Story]
) -> None:
    """Insert copies and stories (with their documents), ids not yet in the tables."""
    conn.executemany(
        "INSERT INTO copies VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                c.id,
                i,
                c.origin,
                c.copy,
                c.kind,
                c.similarity,
                json.dumps([[_span(p.a), _span(p.b), p.similarity, p.kind] for p in c.passages]),
                json.dumps(list(c.shared), ensure_ascii=False),
            )
            for i, c in enumerate(copies)
        ],
    )
    stories = list(stories)
    conn.executemany(
        "INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                s.id,
                i,
                s.label,
                json.dumps(list(s.entities), ensure_ascii=False),
                json.dumps(list(s.terms)),
                s.start,
                s.end,
                s.parent,
            )
            for i, s in enumerate(stories)
        ],
    )
    conn.executemany(
        "INSERT INTO story_documents VALUES (?, ?, ?)",
        [(s.id, i, d) for s in stories for i, d in enumerate(s.documents)],
    )


def copy_from(r: sqlite3.Row) -> Copy:
    """A copies row as its record."""
    return Copy(
        id=r["id"],
        origin=r["origin"],
        copy=r["copy"],
        kind=r["kind"],
        similarity=r["similarity"],
        passages=tuple(_passage(p) for p in json.loads(r["passages"])),
        shared=tuple(json.loads(r["shared"])),
    )


def load_copies(conn: sqlite3.Connection) -> list[Copy]:
    return [copy_from(r) for r in conn.execute("SELECT * FROM copies ORDER BY origin, copy")]


def story_from(r: sqlite3.Row, documents: list[str]) -> Story:
    """A stories row (with its documents) as its record."""
    return Story(
        id=r["id"],
        label=r["label"],
        entities=tuple(json.loads(r["entities"])),
        terms=tuple(json.loads(r["terms"])),
        documents=tuple(documents),
        start=r["start"],
        end=r["end"],
        parent=r["parent"],
    )


def load_stories(conn: sqlite3.Connection) -> list[Story]:
    members: dict[str, list[str]] = {}
    for story, document in conn.execute("SELECT story, document FROM story_documents ORDER BY story, ord"):
        members.setdefault(story, []).append(document)
    return [
        story_from(r, members.get(r["id"], [])) for r in conn.execute("SELECT * FROM stories ORDER BY id")
    ]


def story_record(story: Story) -> dict[str, Any]:
    """A story as exported (docs/export.md, `stories`)."""
    return {
        "id": story.id,
        "label": story.label,
        "entities": list(story.entities),
        "terms": list(story.terms),
        "start": story.start,
        "end": story.end,
        "documents": list(story.documents),
        "parent": story.parent,
    }


def copy_record(copy: Copy) -> dict[str, Any]:
    """A copy relation as exported (docs/export.md, `copies`)."""
    return {
        "id": copy.id,
        "origin": copy.origin,
        "copy": copy.copy,
        "kind": copy.kind,
        "similarity": copy.similarity,
        "passages": [duplicate_record(p) for p in copy.passages],
        "shared": list(copy.shared),
    }


def duplicate_record(duplicate: NearDuplicate) -> dict[str, Any]:
    """A shared passage as exported (docs/export.md, `duplicates`): origin span in `a`, copy span in `b`."""
    return {
        "a": dict(zip(("document", "start", "end"), _span(duplicate.a), strict=True)),
        "b": dict(zip(("document", "start", "end"), _span(duplicate.b), strict=True)),
        "similarity": duplicate.similarity,
        "origin": duplicate.origin,
        "kind": duplicate.kind,
    }
