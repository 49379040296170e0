"""Entity pages: `/entities` ranked by documents, `/entities/{id}` with aliases, charts and corrections.

The merge and split forms write corrections (as `storyline entities merge/split` do) and relink.
"""

from __future__ import annotations

import secrets
from typing import Annotated
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from storyline.errors import InputError
from storyline.run.ingest import relink
from storyline.serve.charts import monthly_chart
from storyline.serve.context import Reader, config_of, page_url, render, window
from storyline.serve.filters import PageNumber
from storyline.settings import load_settings
from storyline.store import browse, open_store
from storyline.store.browse_links import statements_page
from storyline.store.corrections import record_merge, record_split
from storyline.store.pages import Window

router = APIRouter()
TypeParam = Annotated[str | None, Query(max_length=20, description="PERSON, ORG, GPE, ...")]
NameParam = Annotated[str | None, Query(max_length=200, description="part of a name or alias")]


@router.get("/entities", response_class=HTMLResponse, include_in_schema=False)
def entity_list(
    request: Request,
    conn: Reader,
    type: TypeParam = None,
    q: NameParam = None,
    page: PageNumber = 1,
) -> object:
    found = browse.entity_summaries(conn, window(page), type=type, name=q)
    types = [r[0] for r in conn.execute("SELECT DISTINCT type FROM entities ORDER BY type")]
    return render(
        request,
        "entities.html",
        entities=found,
        types=types,
        filters={"type": type, "q": q},
        page=page,
        next_url=page_url(request, page + 1) if found.has_next else None,
        previous_url=page_url(request, page - 1) if page > 1 else None,
    )


@router.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
def entity_page(request: Request, entity_id: str, conn: Reader) -> object:
    summary = browse.entity_summary(conn, entity_id)
    return render(
        request,
        "entity.html",
        entity=summary,
        aliases=browse.entity_aliases(conn, entity_id),
        chart=monthly_chart(browse.entity_months(conn, entity_id)),
        statements=statements_page(conn, Window(limit=20), speaker=entity_id),
        neighbours=browse.co_occurring(conn, entity_id),
        documents=browse.documents_page(conn, Window(limit=30), entity=entity_id),
        message=request.query_params.get("message"),
    )


async def _form(request: Request) -> dict[str, str]:
    body = (await request.body()).decode("utf-8", "replace")
    return {key: values[0] for key, values in parse_qs(body, keep_blank_values=True).items()}


def _check_token(request: Request, given: str | None) -> None:
    if not given or not secrets.compare_digest(given, config_of(request).token):
        raise InputError(
            "the correction was not recorded: wrong or missing token",
            hint="give the token `storyline serve` printed",
        )


def _apply(request: Request) -> None:
    config = config_of(request)
    settings = load_settings()
    with open_store(config.db) as store:
        relink(store, settings.with_overrides(model=config.model))


def _back(entity_id: str, message: str) -> RedirectResponse:
    return RedirectResponse(f"/entities/{entity_id}?message={quote(message)}", status_code=303)


@router.post("/entities/{entity_id}/merge", include_in_schema=False)
async def merge_form(request: Request, entity_id: str) -> RedirectResponse:
    form = await _form(request)
    _check_token(request, form.get("token"))
    other = form.get("other", "").strip()
    if not other:
        raise InputError("say which entity to merge with", hint="type a name, alias or entity id")
    with open_store(config_of(request).db) as store:
        correction = record_merge(store, entity_id, other, form.get("note") or None)
    if correction is None:
        return _back(entity_id, f"already one entity with {other}")
    _apply(request)
    return _entity_after(request, correction.targets[0], f"merged with {correction.targets[1]}")


@router.post("/entities/{entity_id}/split", include_in_schema=False)
async def split_form(request: Request, entity_id: str) -> RedirectResponse:
    form = await _form(request)
    _check_token(request, form.get("token"))
    with open_store(config_of(request).db) as store:
        correction = record_split(store, form.get("alias", ""), entity_id, form.get("note") or None)
    _apply(request)
    return _entity_after(request, correction.targets[1], f"split {correction.targets[0]} off")


def _entity_after(request: Request, name: str, message: str) -> RedirectResponse:
    """After a relink ids may change: go to the entity that now carries `name`."""
    with open_store(config_of(request).db) as store:
        found = store.match_entities(name, exact=True)
    if len(found) == 1:
        return _back(found[0].id, message)
    return RedirectResponse(f"/entities?q={quote(name)}", status_code=303)
