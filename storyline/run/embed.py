"""Embedding: vectors for the sentences of every document that has none (or stale ones), a few documents
per step, each step its own transaction — an interrupted run keeps what it wrote and the next goes on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from storyline.semantic.encoder import Encoder
from storyline.store import Store
from storyline.store.connection import atomic
from storyline.store.vectors import DocumentSentences, document_sentences, save_vectors, stale_documents

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
