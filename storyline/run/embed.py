"""Embedding: vectors for the sentences of every document that has none (or stale ones), a few documents
per step, each step its own transaction — an interrupted run keeps what it wrote and the next goes on."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from storyline.errors import NotFound
from storyline.semantic.encoder import Encoder, require_encoder
from storyline.store import Store
from storyline.store.connection import atomic
from storyline.store.pages import Page, SearchHit, Window
from storyline.store.search import SearchFilter
from storyline.store.vectors import (
    DocumentSentences,
    document_sentences,
    save_vectors,
    similar_sentences,
    stale_documents,
    vector_count,
)

Progress = Callable[[int, int], None]  # (documents done, documents to do)


@dataclass(frozen=True, slots=True)
class EmbedSummary:
    """What one `storyline embed` did."""

    model: str
    documents: int
    sentences: int


def embed_sentences(
    store: Store, encoder: Encoder, *, batch_size: int = 256, progress: Progress | None = None
) -> EmbedSummary:
    """Store `encoder`'s vectors for every document whose sentences have none from it (or other spans)."""
    conn = store.conn
    todo = stale_documents(conn, encoder.name)
    done = sentences = 0
    while done < len(todo):
        batch: list[DocumentSentences] = []
        size = 0
        while done + len(batch) < len(todo) and (not batch or size < batch_size):
            batch.append(document_sentences(conn, todo[done + len(batch)]))
            size += len(batch[-1].spans)
        vectors = encoder.encode([text for document in batch for text in document.texts])
        with atomic(conn):
            first = 0
            for document in batch:
                sentences += save_vectors(
                    conn, encoder.name, document, vectors[first : first + len(document.spans)]
                )
                first += len(document.spans)
        done += len(batch)
        if progress:
            progress(done, len(todo))
    return EmbedSummary(model=encoder.name, documents=done, sentences=sentences)


def similar_to(
    conn: sqlite3.Connection,
    text: str,
    window: Window,
    *,
    model: str,
    encoder: Callable[[], Encoder],
    where: SearchFilter | None = None,
    db: str | None = None,
) -> Page[SearchHit]:
    """The stored sentences nearest in meaning to `text` (`search --similar`, the web's mode=similar).

    Says at once when the encoder is not installed, then when `db` holds no vectors from it (run
    `storyline embed`); `encoder` is called only after both checks, since loading it takes seconds."""
    require_encoder(model)
    if vector_count(conn, model) == 0:
        raise NotFound(
            f"{db or 'this database'} holds no sentence vectors from {model!r}",
            hint=f"run `storyline embed --db {db or 'FILE'}` first",
        )
    return similar_sentences(conn, encoder().encode([text])[0], window, model=model, where=where)
