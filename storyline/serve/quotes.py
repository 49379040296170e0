"""Statement pages: `/quotes` filtered by speaker, dates, outlet, words, kind; `/statements/{id}`."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from storyline.serve.context import Reader, page_url, render, window
from storyline.serve.filters import EntityParam, Outlet, PageNumber, Since, Until, day_range, entity_id
from storyline.store import browse
from storyline.store.browse_links import statement, statements_page

router = APIRouter()
TextParam = Annotated[str | None, Query(max_length=200, description="words the quote contains")]
KindParam = Annotated[Literal["direct", "indirect"] | None, Query(description="direct or indirect speech")]


@router.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
def quote_list(
    request: Request,
    conn: Reader,
    speaker: EntityParam = None,
    since: Since = None,
    until: Until = None,
    outlet: Outlet = None,
    q: TextParam = None,
    kind: KindParam = None,
    page: PageNumber = 1,
) -> object:
    low, high = day_range(since, until)
    chosen = entity_id(conn, speaker)
    found = statements_page(
        conn, window(page), speaker=chosen, since=low, until=high, outlet=outlet, text=q, kind=kind
    )
    return render(
        request,
        "quotes.html",
        statements=found,
        filters={"speaker": speaker, "since": since, "until": until, "outlet": outlet, "q": q, "kind": kind},
        outlets=browse.outlets(conn),
        page=page,
        next_url=page_url(request, page + 1) if found.has_next else None,
        previous_url=page_url(request, page - 1) if page > 1 else None,
    )


@router.get("/statements/{statement_id}", response_class=HTMLResponse, include_in_schema=False)
def statement_page(request: Request, statement_id: str, conn: Reader) -> object:
    return render(request, "statement.html", statement=statement(conn, statement_id))
