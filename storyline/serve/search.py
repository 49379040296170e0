"""The search page `/search?q=…`: documents, quotes or events matching an FTS5 query, with snippets."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from storyline.serve.context import Reader, page_url, render, window
from storyline.serve.filters import EntityParam, Outlet, PageNumber, Since, Until, day_range, entity_id
from storyline.store.search import COUNT_CAP, KINDS, SearchFilter, SearchKind, marked_parts, search

router = APIRouter()
QueryParam = Annotated[str | None, Query(max_length=500, description='words, "phrases", prefix*, AND/OR/NOT')]
KindParam = Annotated[SearchKind, Query(description="documents, quotes or events")]


def search_filter(
    conn: sqlite3.Connection, since: str | None, until: str | None, outlet: str | None, entity: str | None
) -> SearchFilter:
    low, high = day_range(since, until)
    return SearchFilter(since=low, until=high, outlet=outlet, entity=entity_id(conn, entity))


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(
    request: Request,
    conn: Reader,
    q: QueryParam = None,
    kind: KindParam = "documents",
    since: Since = None,
    until: Until = None,
    outlet: Outlet = None,
    entity: EntityParam = None,
    page: PageNumber = 1,
) -> object:
    hits = None
    if q and q.strip():
        where = search_filter(conn, since, until, outlet, entity)
        hits = search(conn, q, window(page), kind=kind, where=where)
    return render(
        request,
        "search.html",
        hits=hits,
        kinds=KINDS,
        cap=COUNT_CAP,
        parts=marked_parts,
        filters={"q": q, "kind": kind, "since": since, "until": until, "outlet": outlet, "entity": entity},
        page=page,
        next_url=page_url(request, page + 1) if hits and hits.has_next else None,
        previous_url=page_url(request, page - 1) if page > 1 else None,
    )
