"""The overview page `/`: corpus counts, top people, organisations and places, coverage by outlet."""

from __future__ import annotations

import sqlite3
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from storyline.serve.charts import monthly_chart
from storyline.serve.context import Reader, render
from storyline.store import browse
from storyline.store.browse_stories import stories_page
from storyline.store.pages import Window

router = APIRouter()
OVERVIEW_COUNTS = ("documents", "entities", "statements", "quotes", "timeline", "events", "duplicates")
TOP_TYPES = (("PERSON", "People"), ("ORG", "Organisations"), ("GPE", "Places"))


def overview_data(conn: sqlite3.Connection) -> dict[str, Any]:
    """Counts, the date range, top entities of each type and documents per month by outlet."""
    low, high = conn.execute("SELECT min(published), max(published) FROM documents").fetchone()
    return {
        "counts": browse.counts(conn, OVERVIEW_COUNTS),
        "first_published": low,
        "last_published": high,
        "top": {label: browse.top_entities(conn, type, 10) for type, label in TOP_TYPES},
        "outlets": browse.outlets(conn)[:12],
        "coverage": browse.coverage(conn),
        "stories": list(stories_page(conn, Window(limit=8)).items),
    }


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(request: Request, conn: Reader) -> object:
    data = overview_data(conn)
    return render(request, "overview.html", chart=monthly_chart(data["coverage"]), **data)
