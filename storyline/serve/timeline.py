"""The timeline pages: `/timeline` filtered by dates, entity, outlet; `/timeline/{id}` one entry."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from storyline.serve.context import Reader, page_url, render, window
from storyline.serve.filters import (
    EntityParam,
    Outlet,
    PageNumber,
    Since,
    StoryParam,
    Until,
    day_range,
    entity_id,
)
from storyline.store import browse
from storyline.store.browse_links import timeline_entry, timeline_page
from storyline.store.browse_stories import story as story_of

router = APIRouter()


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
def timeline_list(
    request: Request,
    conn: Reader,
    since: Since = None,
    until: Until = None,
    entity: EntityParam = None,
    outlet: Outlet = None,
    story: StoryParam = None,
    page: PageNumber = 1,
) -> object:
    low, high = day_range(since, until)
    chosen = entity_id(conn, entity)
    entries = timeline_page(
        conn, window(page), since=low, until=high, entity=chosen, outlet=outlet, story=story
    )
    return render(
        request,
        "timeline.html",
        entries=entries,
        page=page,
        filters={"since": since, "until": until, "entity": entity, "outlet": outlet, "story": story},
        entity_name=browse.entity_summary(conn, chosen).name if chosen else None,
        story_label=story_of(conn, story).label if story else None,
        outlets=browse.outlets(conn),
        next_url=page_url(request, page + 1) if entries.has_next else None,
        previous_url=page_url(request, page - 1) if page > 1 else None,
    )


@router.get("/timeline/{entry_id}", response_class=HTMLResponse, include_in_schema=False)
def timeline_item(request: Request, entry_id: str, conn: Reader) -> object:
    return render(request, "entry.html", entry=timeline_entry(conn, entry_id))
