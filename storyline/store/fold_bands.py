"""The near-duplicate and copy linkers' fold state and reads: each stored sentence's MinHash band keys,
and the stored duplicates, copies and publication dates of given documents, by index.

`fold_bands` lists the band keys of every sentence of every linked document with the sentence's span
(storyline/sketch/bands.py, `document_bands`; since migration 0021, storyline/store/sentence_bands.py),
so the stored sentences that may share a passage with new ones are one index read away instead of a pass
over the corpus; duplicates and copies are read by document through their indexes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping

from storyline.model import Copy, Document, NearDuplicate, Span
from storyline.store.load import document_from
from storyline.store.select_in import chunks, marks
from storyline.store.stories import copy_from

BANDS_SQL = """
CREATE TABLE fold_bands (
    band BIGINT NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (band, document)
) WITHOUT ROWID;
CREATE INDEX duplicates_a_document ON duplicates (a_document);
CREATE INDEX duplicates_b_document ON duplicates (b_document)
"""


Sentence = tuple[int, int]  # a stored sentence's [start, end) in its document's text
BandRow = tuple[int, int, int]  # (band key, sentence start, sentence end) of one document


def band_sentences(conn: sqlite3.Connection, bands: Iterable[int]) -> dict[str, dict[Sentence, set[int]]]:
    """The linked documents with a sentence holding any of the band keys `bands`: per document, each
    such sentence's span with the keys of `bands` it holds."""
    found: dict[str, dict[Sentence, set[int]]] = {}
    for chunk in chunks(bands):
        sql = (
            "SELECT band, document, sentence_start, sentence_end FROM fold_bands "
            f"WHERE band IN ({marks(chunk)})"
        )
        for band, document, start, end in conn.execute(sql, chunk):
            found.setdefault(document, {}).setdefault((start, end), set()).add(band)
    return found


def save_bands(conn: sqlite3.Connection, bands: Mapping[str, frozenset[BandRow]], *, full: bool) -> None:
    """Write the sentences' band keys of documents (`full`: replacing every document's), in the caller's
    transaction."""
    if full:
        conn.execute("DELETE FROM fold_bands")
    conn.executemany(
        "INSERT OR IGNORE INTO fold_bands (band, document, sentence_start, sentence_end) VALUES (?, ?, ?, ?)",
        sorted(
            (band, document, start, end) for document, found in bands.items() for band, start, end in found
        ),
    )  # in key order (band, document, start): inserted page after page, not at random places of a big table


def duplicates_of(conn: sqlite3.Connection, documents: Iterable[str]) -> set[NearDuplicate]:
    """The stored shared passages with a side in one of `documents`."""
    found: set[NearDuplicate] = set()
    for chunk in chunks(documents):
        for side in ("a", "b"):
            sql = f"SELECT * FROM duplicates WHERE {side}_document IN ({marks(chunk)})"
            found.update(_duplicate(row) for row in conn.execute(sql, chunk))
    return found


def _duplicate(r: sqlite3.Row) -> NearDuplicate:
    return NearDuplicate(
        a=Span(document=r["a_document"], start=r["a_start"], end=r["a_end"]),
        b=Span(document=r["b_document"], start=r["b_start"], end=r["b_end"]),
        similarity=r["similarity"],
        origin=r["origin"],
        kind=r["kind"],
    )


def copies_of(conn: sqlite3.Connection, documents: Iterable[str]) -> dict[str, Copy]:
    """The stored copies with `documents` as origin or copy, by id."""
    found: dict[str, Copy] = {}
    for chunk in chunks(documents):
        for side in ("origin", "copy"):
            sql = f"SELECT * FROM copies WHERE {side} IN ({marks(chunk)})"
            found.update((row["id"], copy_from(row)) for row in conn.execute(sql, chunk))
    return found


def texts_of(conn: sqlite3.Connection, documents: Iterable[str]) -> dict[str, str]:
    """The cleaned text of each of the stored `documents`, by id (the text column alone)."""
    found: dict[str, str] = {}
    for chunk in chunks(documents):
        found.update(conn.execute(f"SELECT id, text FROM documents WHERE id IN ({marks(chunk)})", chunk))
    return found


def documents_of(conn: sqlite3.Connection, documents: Iterable[str]) -> dict[str, Document]:
    """The stored documents (text, dates; no removed spans) of `documents`, by id."""
    found: dict[str, Document] = {}
    for chunk in chunks(documents):
        sql = f"SELECT * FROM documents WHERE id IN ({marks(chunk)})"
        found.update((row["id"], document_from(row)) for row in conn.execute(sql, chunk))
    return found
