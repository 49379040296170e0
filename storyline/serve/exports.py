"""Downloads: the whole knowledge base as JSON, one table as CSV, and a Markdown briefing."""

from __future__ import annotations

import io
import json

from fastapi import APIRouter
from fastapi.responses import Response

from storyline.errors import NotFound
from storyline.serve.context import Reader
from storyline.store import Store
from storyline.store.export import KINDS, build_export, iter_records, write_csv
from storyline.summarize.briefing import Briefing, build_briefing

router = APIRouter()


def _download(body: str, media: str, name: str) -> Response:
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(body, media_type=media, headers=headers)


@router.get("/export/storyline.json", include_in_schema=False)
def export_json(conn: Reader) -> Response:
    body = json.dumps(build_export(Store(conn)), ensure_ascii=False, indent=1)
    return _download(body, "application/json", "storyline.json")


@router.get("/export/{kind}.csv", include_in_schema=False)
def export_csv(kind: str, conn: Reader) -> Response:
    if kind not in KINDS:
        raise NotFound(f"no table {kind!r} to export", hint=f"one of {', '.join(KINDS)}")
    records = [record for k, record in iter_records(Store(conn)) if k == kind]
    out = io.StringIO()
    write_csv(out, kind, records)
    return _download("\ufeff" + out.getvalue(), "text/csv; charset=utf-8", f"{kind}.csv")


@router.get("/export/briefing.md", include_in_schema=False)
def export_briefing(conn: Reader) -> Response:
    store = Store(conn)
    briefing = build_briefing(list(store.load_analyses(with_links=True)), store.load_links())
    return _download(briefing_markdown(briefing), "text/markdown; charset=utf-8", "briefing.md")


def briefing_markdown(briefing: Briefing) -> str:
    """The briefing as Markdown: every timeline line and statement cites document id and offsets."""
    lines = [
        "# storyline briefing",
        "",
        f"{briefing.documents} documents from {briefing.outlets} outlets, "
        f"{briefing.first_published or '?'} to {briefing.last_published or '?'}.",
        "",
        "## People",
        *(f"- {person.name}" for person in briefing.people),
        "",
        "## Timeline",
    ]
    for entry in briefing.timeline:
        span = entry.summary_span
        lines.append(f"- **{entry.time.value}** {entry.summary} [{span.document} {span.start}–{span.end}]")
    lines += ["", "## Repeated statements"]
    for item in briefing.repeated:
        quote = item.quote
        lines.append(
            f"- {item.speaker}: “{item.text}” — first {item.first_source} {item.first_published or ''}, "
            f"{item.reports} reports [{quote.document} {quote.start}–{quote.end}]"
        )
    return "\n".join(lines) + "\n"
