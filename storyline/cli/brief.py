"""`storyline brief`: a sourced timeline summary of a story, a search or the whole database."""

from __future__ import annotations

from typing import Annotated

import typer

from storyline.cli.base import DEFAULT_DB, DbOption, read_store
from storyline.cli.base import app as cli_app
from storyline.errors import InputError, NotFound
from storyline.model import DocumentAnalysis
from storyline.store import Store
from storyline.summarize.brief import DEFAULT_DATES, DEFAULT_PER_DATE, BriefOptions, build_brief
from storyline.summarize.render import brief_text

FORMATS = ("md", "html", "json")


@cli_app.command("brief")
def brief_command(
    db: DbOption = DEFAULT_DB,
    story: Annotated[str | None, typer.Option("--story", help="A story id (`storyline stories`).")] = None,
    query: Annotated[str | None, typer.Option("--query", help="Only documents matching this search.")] = None,
    since: Annotated[str | None, typer.Option(help="First date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Last date (YYYY-MM-DD).")] = None,
    dates: Annotated[int, typer.Option("--dates", min=1, help="How many dates.")] = DEFAULT_DATES,
    per_date: Annotated[int, typer.Option("--per-date", min=1, help="Sentences a date.")] = DEFAULT_PER_DATE,
    fmt: Annotated[str, typer.Option("--format", help="md, html or json.")] = "md",
) -> None:
    """The dates that matter, each with its best sourced sentences; planned dates listed apart."""
    if fmt not in FORMATS:
        raise InputError(f"unknown brief format {fmt!r}", hint="use md, html or json")
    if story and query:
        raise InputError("--story and --query both given", hint="use one of them")
    with read_store(db) as store:
        analyses = _selected(store, story, query)
        options = BriefOptions(dates=dates, per_date=per_date, since=since, until=until)
        brief = build_brief(analyses, options, story=story)
        typer.echo(brief_text(brief, fmt, {a.document.id: a.document for a in analyses}), nl=False)


def _selected(store: Store, story: str | None, query: str | None) -> list[DocumentAnalysis]:
    analyses = list(store.load_analyses())
    if story:
        stories = {s.id: s for s in store.load_links().stories}
        if story not in stories:
            raise NotFound(f"no story {story}", hint="`storyline stories` lists the story ids")
        members = set(stories[story].documents)
        return [a for a in analyses if a.document.id in members]
    if query:
        found = {doc_id for doc_id, _ in store.search(query, limit=100_000)}
        return [a for a in analyses if a.document.id in found]
    return analyses
