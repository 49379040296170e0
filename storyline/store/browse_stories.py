"""Paged read queries over story clusters: lists with their size, one story, its members' analyses."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from storyline.errors import NotFound
from storyline.model import DocumentAnalysis
from storyline.store.load import load_analysis
from storyline.store.pages import Page, Window


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryRow:
    """A story cluster as lists show it: label, date range, size, parent and how many sub-stories."""

    id: str
    label: str
    start: str | None
    end: str | None
    documents: int
    parent: str | None
    substories: int


_STORY = (
    "SELECT s.id, s.label, s.start, s.end, (SELECT count(*) FROM story_documents AS d WHERE d.story = s.id), "
    "s.parent, (SELECT count(*) FROM stories AS c WHERE c.parent = s.id) FROM stories AS s"
)


def _row(row: sqlite3.Row | tuple[object, ...]) -> StoryRow:
    return StoryRow(id=str(row[0]), label=str(row[1]), start=row[2], end=row[3], documents=int(row[4] or 0),  # type: ignore[arg-type]
                    parent=row[5], substories=int(row[6] or 0))  # type: ignore[arg-type]  # fmt: skip


def stories_page(conn: sqlite3.Connection, window: Window, *, parent: str | None = None) -> Page[StoryRow]:
    """Top-level stories (or the sub-stories of `parent`), largest first."""
    where, params = ("s.parent = ?", [parent]) if parent else ("s.parent IS NULL", [])
    total = conn.execute(f"SELECT count(*) FROM stories AS s WHERE {where}", params).fetchone()[0]
    rows = conn.execute(
        f"{_STORY} WHERE {where} ORDER BY 5 DESC, s.start, s.id LIMIT ? OFFSET ?",
        [*params, window.limit, window.offset],
    )
    return Page(items=tuple(_row(r) for r in rows), total=total, window=window)


def story(conn: sqlite3.Connection, story_id: str) -> StoryRow:
    found = conn.execute(f"{_STORY} WHERE s.id = ?", (story_id,)).fetchone()
    if found is None:
        raise NotFound(f"no story {story_id}", hint="/stories lists every story")
    return _row(found)


def story_analyses(conn: sqlite3.Connection, story_id: str) -> Iterator[DocumentAnalysis]:
    """The analyses of a story's documents (only those, not the corpus)."""
    rows = conn.execute(
        "SELECT d.* FROM story_documents AS sd JOIN documents AS d ON d.id = sd.document "
        "WHERE sd.story = ? ORDER BY sd.ord",
        (story_id,),
    ).fetchall()
    for row in rows:
        yield load_analysis(conn, row, with_links=True)
