"""Story pages: `/stories` (clusters, largest first) and `/stories/{id}` with its sourced timeline brief."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from storyline.serve.context import Reader, page_url, render, window
from storyline.serve.filters import PageNumber
from storyline.store.browse_stories import stories_page, story, story_analyses
from storyline.store.pages import Window
from storyline.summarize.brief import BriefOptions, build_brief

router = APIRouter()
BRIEF_DATES, BRIEF_SENTENCES = 12, 2


@router.get("/stories", response_class=HTMLResponse, include_in_schema=False)
def story_list(request: Request, conn: Reader, page: PageNumber = 1) -> object:
    found = stories_page(conn, window(page))
    return render(
        request,
        "stories.html",
        stories=found,
        page=page,
        next_url=page_url(request, page + 1) if found.has_next else None,
        previous_url=page_url(request, page - 1) if page > 1 else None,
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
def story_page(request: Request, story_id: str, conn: Reader) -> object:
    chosen = story(conn, story_id)
    analyses = list(story_analyses(conn, story_id))
    brief = build_brief(analyses, BriefOptions(dates=BRIEF_DATES, per_date=BRIEF_SENTENCES), story=story_id)
    titles = {a.document.id: a.document.outlet or a.document.title or a.document.id[:12] for a in analyses}
    return render(
        request,
        "story.html",
        story=chosen,
        brief=brief,
        titles=titles,
        substories=stories_page(conn, Window(limit=50), parent=story_id),
        documents=sorted((a.document for a in analyses), key=lambda d: (d.published.value or "", d.id)),
    )
