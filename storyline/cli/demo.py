"""`storyline demo`: ingest the bundled demo corpus and print a short, sourced briefing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

import storyline
from storyline.cli.base import WriteDbOption, read_store
from storyline.cli.base import app as cli_app
from storyline.cli.ingest import print_summary, run_ingest
from storyline.errors import InputError
from storyline.settings import load_settings
from storyline.summarize.briefing import Briefing, build_briefing, top_aliases

DEMO_CORPUS = Path(storyline.__file__).resolve().parents[1] / "examples" / "demo"


@cli_app.command("demo")
def demo_command(
    db: WriteDbOption = Path("demo.db"),
    corpus: Annotated[Path, typer.Option(help="Folder to ingest instead of the bundled demo.")] = DEMO_CORPUS,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Ingest the bundled demo corpus (examples/demo) and print who, what, when and who said it first."""
    if not corpus.is_dir():
        raise InputError(
            f"demo corpus not found at {corpus}", hint="pass --corpus FOLDER or run from a checkout"
        )
    console = Console()
    summary = run_ingest([str(corpus)], db, load_settings(), quiet=quiet)
    print_summary(summary, console)
    with read_store(db) as store:
        briefing = build_briefing(list(store.load_analyses(with_links=True)), store.load_links())
    print_briefing(briefing, console)
    console.print(f"\nExplore further: storyline timeline --db {db} · quotes --db {db} · entities --db {db}")
    if summary.failed:
        raise typer.Exit(1)


def print_briefing(briefing: Briefing, console: Console) -> None:
    """Render the briefing as three tables."""
    console.rule("briefing")
    console.print(
        f"{briefing.documents} articles from {briefing.outlets} outlets, "
        f"published {briefing.first_published or '?'} to {briefing.last_published or '?'}"
    )
    people = Table("person", "mentions", "also written as", title="who is who")
    for entity in briefing.people:
        people.add_row(entity.name, str(len(entity.mentions)), ", ".join(top_aliases(entity)))
    console.print(people)
    timeline = Table("date", "what happened", "reports", title="most-reported events")
    for entry in briefing.timeline:
        summary = entry.summary if len(entry.summary) < 110 else entry.summary[:107] + "..."
        timeline.add_row(entry.time.value, summary, str(len({m.document for m in entry.mentions})))
    console.print(timeline)
    repeated = Table(
        "speaker", "said", "first reported", "reports", title="statements reported more than once"
    )
    for item in briefing.repeated:
        text = item.text if len(item.text) < 90 else item.text[:87] + "..."
        repeated.add_row(
            item.speaker, text, f"{item.first_source} {item.first_published or ''}", str(item.reports)
        )
    console.print(repeated)
