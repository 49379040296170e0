"""`storyline search QUERY`: full-text search over documents, quotes or events, with snippets."""

from __future__ import annotations

import json
import re
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.text import Text

from storyline.cli.base import DEFAULT_DB, ChangeDbOption, DbOption, app, change_store
from storyline.cli.tables import JsonOption, SinceOption, UntilOption, open_db
from storyline.run.embed import embed_sentences, similar_to
from storyline.semantic.encoder import DEFAULT_ENCODER, ENCODERS, QUERY_THREADS, load_encoder
from storyline.store import Store
from storyline.store.pages import Page, SearchHit, Window
from storyline.store.read import date_bound
from storyline.store.search import KINDS, SearchFilter, SearchKind, marked_parts, search

KindOption = Annotated[
    str, typer.Option("--kind", help=f"What to search: {', '.join(KINDS)}.", case_sensitive=False)
]
LimitOption = Annotated[int, typer.Option("--limit", min=1, max=500, help="At most this many results.")]
EncoderOption = Annotated[
    str, typer.Option("--encoder", help=f"Sentence encoder for --similar: {', '.join(ENCODERS)}.")
]
SimilarOption = Annotated[
    bool,
    typer.Option(
        "--similar",
        help="Sentences LIKE the query (meaning, not words): needs storyline[semantic], `storyline embed`.",
    ),
]


@app.command("search")
def search_command(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", prefix*, AND / OR / NOT.')],
    db: DbOption = DEFAULT_DB,
    kind: KindOption = "documents",
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only documents of this outlet.")] = None,
    entity: Annotated[str | None, typer.Option("--entity", help="Only documents mentioning it.")] = None,
    limit: LimitOption = 20,
    similar: SimilarOption = False,
    encoder: EncoderOption = DEFAULT_ENCODER,
    as_json: JsonOption = False,
) -> None:
    """Search the knowledge base (case- and accent-insensitive); best matches first, with snippets.

    With --similar, the sentences nearest in meaning to the query, scored by cosine similarity."""
    if kind.lower() not in KINDS:
        raise typer.BadParameter(f"{kind!r} is not one of {', '.join(KINDS)}", param_hint="--kind")
    with open_db(db) as store:
        where = SearchFilter(
            since=date_bound(since, last=False) if since else None,
            until=date_bound(until, last=True) if until else None,
            outlet=outlet,
            entity=store.find_entity(entity).id if entity else None,
        )
        if similar:
            hits = _similar(store, db, query, encoder, Window(limit=limit), where)
        else:
            hits = search(store.conn, query, Window(limit=limit), kind=_kind(kind), where=where)
    if as_json:
        typer.echo(json.dumps(_json(hits), ensure_ascii=False, indent=2))
    else:
        _print(hits, sys.stdout.isatty())


def _similar(
    store: Store, db: object, query: str, name: str, window: Window, where: SearchFilter
) -> Page[SearchHit]:
    if not query.strip():
        raise typer.BadParameter("the query is empty", param_hint="QUERY")
    encoder = lambda: load_encoder(name, threads=QUERY_THREADS)  # noqa: E731
    return similar_to(store.conn, query, window, model=name, encoder=encoder, where=where, db=str(db))


@app.command("embed")
def embed_command(
    db: ChangeDbOption = DEFAULT_DB,
    encoder: EncoderOption = DEFAULT_ENCODER,
    batch_size: Annotated[
        int,
        typer.Option("--batch-size", min=1, max=4096, help="Sentences encoded per step (whole documents)."),
    ] = 256,
) -> None:
    """Store a sentence vector for every sentence that has none, for `search --similar` (storyline[semantic]).

    Incremental: run it again after an ingest and only the new sentences are encoded."""
    model = load_encoder(encoder)
    store = change_store(db)
    columns = (TextColumn("embedding documents"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    progress = Progress(*columns, console=Console(stderr=True), transient=True)
    try:
        with progress:
            task = progress.add_task("embed", total=None)
            advance = lambda done, todo: progress.update(task, completed=done, total=todo)  # noqa: E731
            summary = embed_sentences(store, model, batch_size=batch_size, progress=advance)
    finally:
        store.close()
    Console().print(
        f"{summary.sentences} sentences of {summary.documents} documents encoded ({summary.model})"
    )


def _kind(text: str) -> SearchKind:
    for kind in KINDS:
        if kind == text.lower():
            return kind
    raise typer.BadParameter(text)


def _json(hits: Page[SearchHit]) -> dict[str, object]:
    items = [
        {"kind": h.kind, "document": h.document, "title": h.title, "outlet": h.outlet,
         "published": h.published, "start": h.start, "end": h.end, "record": h.record, "score": h.score,
         "snippet": "".join(f"[{t}]" if hit else t for t, hit in marked_parts(h.snippet))}
        for h in hits.items
    ]  # fmt: skip
    return {"total": hits.total, "items": items}


def _print(hits: Page[SearchHit], terminal: bool) -> None:
    console = Console(highlight=False, soft_wrap=not terminal)
    console.print(f"{hits.total} match{'es' if hits.total != 1 else ''}; showing {len(hits.items)}")
    for hit in hits.items:
        head = " · ".join(x for x in ((hit.published or "")[:10], hit.outlet or "", hit.title or "") if x)
        score = f"  {hit.score:.2f}" if hit.score is not None else ""
        console.print(
            Text(f"{head or hit.document}  [{hit.document} {hit.start}-{hit.end}]{score}", style="bold")
        )
        snippet = Text("  ")
        for text, matched in marked_parts(hit.snippet):
            part = re.sub(r"\s+", " ", text)
            snippet.append(
                part if terminal or not matched else f"[{part}]", style="reverse" if matched else ""
            )
        console.print(snippet)
