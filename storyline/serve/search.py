"""The search page `/search?q=…`: documents, quotes or events matching an FTS5 query, with snippets;
with `mode=similar`, the sentences nearest in meaning (the optional storyline[semantic] encoder)."""

from __future__ import annotations

import sqlite3
import threading
from functools import cache
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from storyline.run.embed import similar_to
from storyline.semantic.encoder import (
    DEFAULT_ENCODER,
    QUERY_THREADS,
    Encoder,
    available,
    load_encoder,
)
from storyline.serve.context import Reader, page_url, render, window
from storyline.serve.filters import EntityParam, Outlet, PageNumber, Since, Until, day_range, entity_id
from storyline.store.pages import Page, SearchHit, Window
from storyline.store.search import COUNT_CAP, KINDS, SearchFilter, SearchKind, marked_parts, search

router = APIRouter()
QueryParam = Annotated[str | None, Query(max_length=500, description='words, "phrases", prefix*, AND/OR/NOT')]
KindParam = Annotated[SearchKind, Query(description="documents, quotes or events")]
SearchMode = Literal["words", "similar"]
ModeParam = Annotated[
    SearchMode, Query(description="words (full text) or similar (sentences alike in meaning)")
]
_LOADING = threading.Lock()


@cache
def _encoder(name: str) -> Encoder:
    with _LOADING:  # one load per process, however many requests arrive while it loads
        return load_encoder(name, threads=QUERY_THREADS)


def find(
    conn: sqlite3.Connection, q: str, window: Window, kind: SearchKind, mode: SearchMode, where: SearchFilter
) -> Page[SearchHit]:
    """Full-text hits, or with mode "similar" the nearest stored sentences (404 when none are stored)."""
    if mode == "words":
        return search(conn, q, window, kind=kind, where=where)
    encoder = lambda: _encoder(DEFAULT_ENCODER)  # noqa: E731
    return similar_to(conn, q, window, model=DEFAULT_ENCODER, encoder=encoder, where=where)


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
    mode: ModeParam = "words",
    page: PageNumber = 1,
) -> object:
    hits = None
    if q and q.strip():
        where = search_filter(conn, since, until, outlet, entity)
        hits = find(conn, q, window(page), kind, mode, where)
    return render(
        request,
        "search.html",
        hits=hits,
        kinds=KINDS,
        cap=COUNT_CAP,
        parts=marked_parts,
        semantic=available(),
        filters={
            "q": q,
            "kind": kind,
            "mode": mode,
            "since": since,
            "until": until,
            "outlet": outlet,
            "entity": entity,
        },
        page=page,
        next_url=page_url(request, page + 1) if hits and hits.has_next else None,
        previous_url=page_url(request, page - 1) if page > 1 else None,
    )
