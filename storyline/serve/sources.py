"""The sources page `/sources`: outlets with their documents, the statements they reported first, copies."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from storyline.serve.context import Reader, render

router = APIRouter()


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """An outlet: documents, first and last publication day, statements it reported first, copies."""

    outlet: str
    documents: int
    first_published: str | None
    last_published: str | None
    first_reports: int
    copies_of_others: int


def sources(conn: sqlite3.Connection) -> list[Source]:
    """Every outlet (or "" for documents without one), most documents first; one grouped pass per count."""
    # both sides read from covering indexes (documents_outlet_id, statements_first_document)
    first = dict(
        conn.execute(
            "SELECT coalesce(d.outlet, ''), count(*) FROM documents AS d "
            "JOIN statements AS s ON s.first_document = d.id GROUP BY 1"
        ).fetchall()
    )
    copied = dict(conn.execute(
        "SELECT coalesce(b.outlet, ''), count(DISTINCT x.b_document) FROM duplicates AS x "
        "JOIN documents AS b ON b.id = x.b_document GROUP BY 1"
    ).fetchall())  # fmt: skip
    rows = conn.execute(
        "SELECT coalesce(outlet, '') AS name, count(*), min(published), max(published) "
        "FROM documents GROUP BY name ORDER BY 2 DESC, name"
    )
    return [
        Source(outlet=r[0], documents=r[1], first_published=r[2], last_published=r[3],
               first_reports=first.get(r[0], 0), copies_of_others=copied.get(r[0], 0))
        for r in rows
    ]  # fmt: skip


def copies(conn: sqlite3.Connection, limit: int = 50) -> list[sqlite3.Row]:
    """Near-duplicate passages: which document repeats which, most similar first."""
    return conn.execute(
        "SELECT x.*, a.title AS a_title, coalesce(a.outlet, a.source) AS a_outlet, "
        "a.published AS a_published, b.title AS b_title, coalesce(b.outlet, b.source) AS b_outlet, "
        "b.published AS b_published FROM duplicates AS x "
        "JOIN documents AS a ON a.id = x.a_document JOIN documents AS b ON b.id = x.b_document "
        "ORDER BY x.similarity DESC, x.ord LIMIT ?",
        (limit,),
    ).fetchall()


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(request: Request, conn: Reader) -> object:
    return render(request, "sources.html", sources=sources(conn), copies=copies(conn))
