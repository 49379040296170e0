"""The near-duplicate and copy linkers' fold state and reads: each stored sentence's MinHash band keys,
and the stored duplicates, copies and publication dates of given documents, by index.

`fold_bands` lists the band keys of every sentence of every linked document with the sentence's span
(storyline/sketch/bands.py, `document_bands`; since migration 0021, storyline/store/sentence_bands.py),
so the stored sentences that may share a passage with new ones are one index read away instead of a pass
over the corpus; duplicates and copies are read by document through their indexes.

The keys are random 64-bit numbers, so a batch's rows written into one big index land on about as many
pages as rows. A batch's rows go instead into the newest of a few small tiers (`fold_band_tiers`, one
range of its index per tier), a tier over its bound is merged in key order into the next, the last into
`fold_bands` (migration 0023), by slices of a bounded number of rows per batch (storyline/store/tiers.py,
migration 0025): a batch writes pages in proportion to its rows whatever the table's size, each row is
written again once per tier, page after page, and no batch rewrites a whole tier. Reads ask
`fold_bands` and every tier.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from storyline.model import Copy, Document, NearDuplicate, Span
from storyline.store.load import document_from
from storyline.store.select_in import chunks, marks
from storyline.store.stories import copy_from
from storyline.store.tiers import STATE_SQL, Move, Tiered, insert, rewrite

BANDS_SQL = """
CREATE TABLE fold_bands (
    band BIGINT NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (band, document)
) WITHOUT ROWID;
CREATE INDEX duplicates_a_document ON duplicates (a_document);
CREATE INDEX duplicates_b_document ON duplicates (b_document)
"""
TIERS_SQL = """
CREATE TABLE fold_band_tiers (
    tier INTEGER NOT NULL,
    band BIGINT NOT NULL,
    document TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    PRIMARY KEY (tier, band, document, sentence_start)
) WITHOUT ROWID
"""  # migration 0023: the newer band rows, by tier; `fold_bands` is the oldest and biggest tier
BASE_ROWS = 100_000  # the newest tier's bound: ~2 batches of 100 documents (~445 rows each)
GROWTH = 4  # each tier's bound is GROWTH times the one before
TIERS = 5  # tiers 0 (newest) to 4; reads ask each
TIER_BOUNDS = tuple(BASE_ROWS * GROWTH**tier for tier in range(TIERS))  # 100k ... 25.6M rows, then fold_bands
SLICE_ROWS = BASE_ROWS  # rows a tier in a merge moves per batch at least (storyline/store/tiers.py)
_TIERS = ", ".join(str(tier) for tier in range(TIERS))
_COLUMNS = "band, document, sentence_start, sentence_end"
TIER_STATE_SQL = f"""{STATE_SQL};
INSERT INTO fold_tier_state (tiered, tier, held, cursor_key)
SELECT 'fold_bands', tier, count(*), NULL FROM fold_band_tiers GROUP BY tier
"""  # migration 0025: each tier's rows counted once, no merge in flight
BANDS = Tiered(
    base="fold_bands",
    tiers="fold_band_tiers",
    columns=tuple(_COLUMNS.split(", ")),
    key=3,
    by=1,  # slices are runs of band keys: random numbers, spread evenly over every tier
    bounds=TIER_BOUNDS,
    budget=SLICE_ROWS,
)


Sentence = tuple[int, int]  # a stored sentence's [start, end) in its document's text
BandRow = tuple[int, int, int]  # (band key, sentence start, sentence end) of one document


def band_sentences(conn: sqlite3.Connection, bands: Iterable[int]) -> dict[str, dict[Sentence, set[int]]]:
    """The linked documents with a sentence holding any of the band keys `bands`: per document, each
    such sentence's span with the keys of `bands` it holds."""
    found: dict[str, dict[Sentence, set[int]]] = {}
    for chunk in chunks(bands):
        within = f"band IN ({marks(chunk)})"
        sql = f"SELECT {_COLUMNS} FROM fold_bands WHERE {within}"
        tiers = f"SELECT {_COLUMNS} FROM fold_band_tiers WHERE tier IN ({_TIERS}) AND {within}"
        # each tier's rows are one range of the index: with the tiers listed, the index seeks each
        for query in (sql, tiers):
            for band, document, start, end in conn.execute(query, chunk):
                found.setdefault(document, {}).setdefault((start, end), set()).add(band)
    return found


def save_bands(
    conn: sqlite3.Connection,
    bands: Mapping[str, frozenset[BandRow]],
    *,
    full: bool,
    bounds: Sequence[int] | None = None,
    budget: int | None = None,
) -> list[Move]:
    """Write the sentences' band keys of documents (`full`: replacing every document's), in the caller's
    transaction. A full relink writes `fold_bands` afresh; a batch writes into the newest tier and moves
    a slice of each tier in a merge (`bounds`, `budget`: the tiers' bounds and the rows a slice moves at
    least, BANDS's when None); the slices moved."""
    rows = sorted(
        (band, document, start, end) for document, found in bands.items() for band, start, end in found
    )  # in key order (band, document, start): inserted page after page, not at random places of a table
    if full:
        rewrite(conn, BANDS, rows)
        return []
    table = replace(
        BANDS,
        bounds=tuple(TIER_BOUNDS if bounds is None else bounds)[:TIERS],
        budget=SLICE_ROWS if budget is None else budget,
    )
    return insert(conn, table, rows)


def all_bands(conn: sqlite3.Connection) -> list[tuple[int, str, int, int]]:
    """Every stored band row (band, document, sentence start, end), sorted: the union of the tiers and
    `fold_bands`, whatever tier holds a row (an incremental build and a full relink compare equal)."""
    sql = f"SELECT {_COLUMNS} FROM fold_bands UNION SELECT {_COLUMNS} FROM fold_band_tiers"
    return sorted(tuple(row) for row in conn.execute(sql))


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
