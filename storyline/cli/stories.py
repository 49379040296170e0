"""`storyline stories`: the story clusters, with sub-stories under their story."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from storyline.cli.base import DEFAULT_DB, DbOption, read_store
from storyline.cli.base import app as cli_app
from storyline.model import Story
from storyline.store.stories import story_record


@cli_app.command("stories")
def stories_command(
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per story, one per line.")] = False,
) -> None:
    """List the story clusters: id, label, date range, documents; sub-stories indented under theirs."""
    with read_store(db) as store:
        stories = list(store.load_links().stories)
    ordered = story_order(stories)
    if as_json:
        for story in ordered:
            typer.echo(json.dumps(story_record(story), ensure_ascii=False))
        return
    table = Table(
        "story", "label", "from", "to", "documents", title=f"{sum(s.parent is None for s in stories)} stories"
    )
    for story in ordered:
        indent = "  └ " if story.parent else ""
        table.add_row(
            indent + story.id, story.label, story.start or "?", story.end or "?", str(len(story.documents))
        )
    Console().print(table)


def story_order(stories: list[Story]) -> list[Story]:
    """Largest stories first, each followed by its sub-stories (largest first)."""
    children: dict[str | None, list[Story]] = {}
    for story in stories:
        children.setdefault(story.parent, []).append(story)
    ordered: list[Story] = []
    for story in sorted(children.get(None, []), key=lambda s: (-len(s.documents), s.id)):
        ordered.append(story)
        ordered.extend(sorted(children.get(story.id, []), key=lambda s: (-len(s.documents), s.id)))
    return ordered
