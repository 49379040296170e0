"""Query parameters shared by pages and API routes, checked once: dates, entities, pages."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import Query

from storyline.store.read import date_bound, find_entity

Since = Annotated[str | None, Query(description="first day: YYYY, YYYY-MM or YYYY-MM-DD", max_length=10)]
Until = Annotated[str | None, Query(description="last day: YYYY, YYYY-MM or YYYY-MM-DD", max_length=10)]
EntityParam = Annotated[str | None, Query(description="an entity id, name or alias", max_length=200)]
StoryParam = Annotated[str | None, Query(description="a story id (/stories)", max_length=100)]
Outlet = Annotated[str | None, Query(description="an outlet name as stored", max_length=200)]
PageNumber = Annotated[int, Query(ge=1, le=100_000, description="page number, from 1")]
Limit = Annotated[int, Query(ge=1, le=500, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")]


def day_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """[since, until] as whole days (YYYY-MM-DD), from partial dates; InputError when malformed."""
    low = date_bound(since, last=False) if since else None
    high = date_bound(until, last=True) if until else None
    return low, high


def entity_id(conn: sqlite3.Connection, value: str | None) -> str | None:
    """The entity an id, name or alias designates (NotFound / InputError when none or several)."""
    if not value:
        return None
    if conn.execute("SELECT 1 FROM entities WHERE id = ?", (value,)).fetchone():
        return value  # an id (what the pages link with): no name matching over every alias
    return find_entity(conn, value).id
