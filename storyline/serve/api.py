"""The JSON API under /api: the pages' filters, paged with limit/offset, described in /openapi.json."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel

from storyline.serve.context import Reader
from storyline.serve.documents import analysis_of
from storyline.serve.filters import EntityParam, Limit, Offset, Outlet, Since, Until, day_range, entity_id
from storyline.serve.overview import overview_data
from storyline.serve.search import ModeParam, find, search_filter
from storyline.serve.sources import Source, sources
from storyline.store import browse
from storyline.store.browse_links import statement, statements_page, timeline_entry, timeline_page
from storyline.store.browse_stories import StoryRow, stories_page, story, story_analyses
from storyline.store.export import document_record, event_record, quote_record
from storyline.store.pages import (
    CountRow,
    DocumentRow,
    EntitySummary,
    MonthCount,
    Page,
    SearchHit,
    StatementItem,
    TimelineItem,
    Window,
)
from storyline.store.search import SearchKind
from storyline.summarize.brief import BriefOptions, build_brief
from storyline.summarize.render import brief_json


class ErrorBody(BaseModel):
    code: str
    message: str
    hint: str | None


class ErrorEnvelope(BaseModel):
    """Every error, from every route: {"error": {"code", "message", "hint"}}."""

    error: ErrorBody


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorEnvelope, "description": "a parameter cannot be used (a malformed date or query)"},
    404: {"model": ErrorEnvelope, "description": "no such record"},
    422: {"model": ErrorEnvelope, "description": "a parameter is missing or of the wrong type"},
}
router = APIRouter(tags=["api"], responses=ERRORS)


class Paged(BaseModel):
    total: int
    limit: int
    offset: int


class DocumentList(Paged):
    items: list[DocumentRow]


class EntityList(Paged):
    items: list[EntitySummary]


class TimelineList(Paged):
    items: list[TimelineItem]


class StatementList(Paged):
    items: list[StatementItem]


class SearchList(Paged):
    items: list[SearchHit]


class Overview(BaseModel):
    counts: dict[str, int]
    first_published: str | None
    last_published: str | None
    top: dict[str, list[EntitySummary]]
    outlets: list[CountRow]
    coverage: list[MonthCount]
    stories: list[StoryRow]


class StoryList(Paged):
    items: list[StoryRow]


class StoryDetail(BaseModel):
    story: StoryRow
    brief: dict[str, Any]
    documents: list[str]


class EntityDetail(BaseModel):
    entity: EntitySummary
    aliases: list[str]
    months: list[MonthCount]
    co_occurring: list[CountRow]


class DocumentDetail(BaseModel):
    document: dict[str, Any]
    mentions: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    timexes: list[dict[str, Any]]
    events: list[dict[str, Any]]


def _paged(page: Page[Any]) -> dict[str, Any]:
    return {
        "items": list(page.items),
        "total": page.total,
        "limit": page.window.limit,
        "offset": page.window.offset,
    }


@router.get("/overview", response_model=Overview)
def api_overview(conn: Reader) -> dict[str, Any]:
    """Counts, the publication range, top people/organisations/places and coverage per month and outlet."""
    return overview_data(conn)


@router.get("/documents", response_model=DocumentList)
def api_documents(
    conn: Reader,
    outlet: Outlet = None,
    since: Since = None,
    until: Until = None,
    entity: EntityParam = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Documents, newest first."""
    low, high = day_range(since, until)
    found = browse.documents_page(
        conn,
        Window(limit=limit, offset=offset),
        outlet=outlet,
        since=low,
        until=high,
        entity=entity_id(conn, entity),
    )
    return _paged(found)


@router.get("/documents/{document_id}", response_model=DocumentDetail)
def api_document(document_id: str, conn: Reader) -> dict[str, Any]:
    """One document with its cleaned text and everything extracted from it (offsets into `text`)."""
    analysis = analysis_of(conn, document_id)
    return {
        "document": document_record(analysis.document),
        "mentions": [
            {
                "id": m.id,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "label": m.label,
                "kind": m.kind,
                "entity": m.entity,
            }
            for m in analysis.mentions
        ],
        "quotes": [quote_record(q) for q in analysis.quotes],
        "timexes": [
            {"id": t.id, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            for t in analysis.timexes
        ],
        "events": [event_record(e) for e in analysis.events],
    }


@router.get("/timeline", response_model=TimelineList)
def api_timeline(
    conn: Reader,
    since: Since = None,
    until: Until = None,
    entity: EntityParam = None,
    outlet: Outlet = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Timeline entries in date order, each with its date expressions and reporting documents."""
    low, high = day_range(since, until)
    found = timeline_page(
        conn,
        Window(limit=limit, offset=offset),
        since=low,
        until=high,
        entity=entity_id(conn, entity),
        outlet=outlet,
    )
    return _paged(found)


@router.get("/timeline/{entry_id}", response_model=TimelineItem)
def api_timeline_entry(entry_id: str, conn: Reader) -> TimelineItem:
    return timeline_entry(conn, entry_id)


@router.get("/entities", response_model=EntityList)
def api_entities(
    conn: Reader,
    type: Annotated[str | None, Query(max_length=20)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Entities ranked by the documents they appear in."""
    return _paged(browse.entity_summaries(conn, Window(limit=limit, offset=offset), type=type, name=q))


@router.get("/entities/{entity_id}", response_model=EntityDetail)
def api_entity(entity_id: str, conn: Reader) -> dict[str, Any]:
    return {
        "entity": browse.entity_summary(conn, entity_id),
        "aliases": list(browse.entity_aliases(conn, entity_id)),
        "months": list(browse.entity_months(conn, entity_id)),
        "co_occurring": list(browse.co_occurring(conn, entity_id)),
    }


@router.get("/statements", response_model=StatementList)
def api_statements(
    conn: Reader,
    speaker: EntityParam = None,
    since: Since = None,
    until: Until = None,
    outlet: Outlet = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    kind: Annotated[Literal["direct", "indirect"] | None, Query()] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Statements in the order they were said, each with its first report and every repeat."""
    low, high = day_range(since, until)
    found = statements_page(
        conn,
        Window(limit=limit, offset=offset),
        speaker=entity_id(conn, speaker),
        since=low,
        until=high,
        outlet=outlet,
        text=q,
        kind=kind,
    )
    return _paged(found)


@router.get("/statements/{statement_id}", response_model=StatementItem)
def api_statement(statement_id: str, conn: Reader) -> StatementItem:
    return statement(conn, statement_id)


@router.get("/search", response_model=SearchList)
def api_search(
    q: Annotated[str, Query(min_length=1, max_length=500)],
    conn: Reader,
    kind: SearchKind = "documents",
    mode: ModeParam = "words",
    since: Since = None,
    until: Until = None,
    outlet: Outlet = None,
    entity: EntityParam = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Full-text search; in `snippet` the matched terms stand between \\u0002 and \\u0003.

    With mode=similar: the stored sentences nearest in meaning to `q` (kind "sentences", `score` = cosine
    similarity), after `storyline embed`; 400 (E202) where the optional encoder is not installed."""
    where = search_filter(conn, since, until, outlet, entity)
    return _paged(find(conn, q, Window(limit=limit, offset=offset), kind, mode, where))


@router.get("/sources", response_model=list[Source])
def api_sources(conn: Reader) -> list[Source]:
    """Outlets with their documents, first reports and copies."""
    return sources(conn)


@router.get("/stories", response_model=StoryList)
def api_stories(
    conn: Reader,
    parent: Annotated[str | None, Query(max_length=100, description="sub-stories of this story")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Story clusters (top level, or the sub-stories of `parent`), largest first."""
    return _paged(stories_page(conn, Window(limit=limit, offset=offset), parent=parent))


@router.get("/stories/{story_id}", response_model=StoryDetail)
def api_story(
    story_id: str,
    conn: Reader,
    dates: Annotated[int, Query(ge=1, le=100)] = 10,
    per_date: Annotated[int, Query(ge=1, le=10)] = 1,
) -> dict[str, Any]:
    """A story with its timeline brief: the dates that matter, each with sourced sentences."""
    chosen = story(conn, story_id)
    analyses = list(story_analyses(conn, story_id))
    brief = build_brief(analyses, BriefOptions(dates=dates, per_date=per_date), story=story_id)
    return {"story": chosen, "brief": brief_json(brief), "documents": [a.document.id for a in analyses]}
