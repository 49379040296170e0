"""Document pages: `/documents` (filtered list), `/documents/{id}` highlighted, `/documents/{id}/raw`."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse

from storyline.errors import NotFound
from storyline.serve.context import Reader, page_url, render, window
from storyline.serve.filters import EntityParam, Outlet, PageNumber, Since, Until, day_range, entity_id
from storyline.serve.highlight import Mark, marks_of, removed_marks, segments
from storyline.store import browse
from storyline.store.load import load_analysis

router = APIRouter()
Offset = Annotated[int | None, Query(ge=0, le=100_000_000, description="start of the span to focus")]


@router.get("/documents", response_class=HTMLResponse, include_in_schema=False)
def document_list(
    request: Request,
    conn: Reader,
    outlet: Outlet = None,
    since: Since = None,
    until: Until = None,
    entity: EntityParam = None,
    page: PageNumber = 1,
) -> object:
    low, high = day_range(since, until)
    found = browse.documents_page(
        conn, window(page), outlet=outlet, since=low, until=high, entity=entity_id(conn, entity)
    )
    return render(
        request,
        "documents.html",
        documents=found,
        filters={"outlet": outlet, "since": since, "until": until, "entity": entity},
        outlets=browse.outlets(conn),
        page=page,
        next_url=page_url(request, page + 1) if found.has_next else None,
        previous_url=page_url(request, page - 1) if page > 1 else None,
    )


def analysis_of(conn: sqlite3.Connection, document_id: str):  # type: ignore[no-untyped-def]
    row = conn.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
    if row is None:
        raise NotFound(f"no document {document_id}", hint="/documents lists every document")
    return load_analysis(conn, row, with_links=True)


@router.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
def document_page(
    request: Request,
    document_id: str,
    conn: Reader,
    start: Offset = None,
    end: Offset = None,
) -> object:
    analysis = analysis_of(conn, document_id)
    entity_of = {m.id: m.entity for m in analysis.mentions}
    marks = marks_of(analysis, entity_of)
    if start is not None and end is not None and end > start:
        marks.append(Mark(kind="focus", start=start, end=end, title="the cited span"))
    pieces = segments(analysis.document.text, marks, removed_marks(analysis))
    return render(
        request,
        "document.html",
        document=browse.document(conn, document_id),
        analysis=analysis,
        segments=pieces,
        focus_start=next((s.start for s in pieces if "focus" in s.kinds), None),
    )


@router.get("/documents/{document_id}/raw", include_in_schema=False)
def document_raw(document_id: str, conn: Reader) -> PlainTextResponse:
    """The raw input as the reader produced it, as plain text (never rendered as markup)."""
    row = conn.execute("SELECT raw_text FROM documents WHERE id = ?", (document_id,)).fetchone()
    if row is None:
        raise NotFound(f"no document {document_id}", hint="/documents lists every document")
    headers = {"Content-Security-Policy": "default-src 'none'; sandbox"}
    return PlainTextResponse(row[0], headers=headers)
