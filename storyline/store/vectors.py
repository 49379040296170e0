"""Stored sentence vectors (migration 0014) and the nearest-sentence search over them.

One row per (encoder, document): the document's sentence spans in order and one float16 unit vector per
span (768 bytes for 384 dimensions). A search reads them once into a VectorIndex kept per process until
`vector_versions` says they changed (the web app answers from memory, as float32: 10,000 documents of
16 sentences take ~250 MB), scores them with one matrix product, and filters by document. A row whose
spans no longer match the document's sentences (it was analysed again differently) is stale: the search
skips hits that are no longer sentences, and the next `storyline embed` encodes the document again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from storyline.store.pages import Page, SearchHit, Window
from storyline.store.postgres import is_postgres
from storyline.store.search import SearchFilter, filter_conditions

VECTORS_SQL = """
CREATE TABLE document_vectors (
    model TEXT NOT NULL,
    document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    spans BLOB NOT NULL,
    vectors BLOB NOT NULL,
    PRIMARY KEY (model, document)
) WITHOUT ROWID;
CREATE TABLE vector_versions (model TEXT PRIMARY KEY, version INTEGER NOT NULL)
"""  # spans: int32 start, end pairs of the document's sentences; vectors: float16 rows in that order;
# vector_versions: bumped by every write, so a process may keep an index in memory until it changes
MIN_SIMILARITY = (
    0.3  # cosine below this is not "like" the query (all-MiniLM-L6-v2's unrelated pairs ~0.0-0.2)
)
CHUNK = 2_000  # documents read per step
Span = tuple[int, int]
Vectors = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class DocumentSentences:
    """A document whose sentences need vectors: its id, their spans and texts, in order."""

    document: str
    spans: tuple[Span, ...]
    texts: tuple[str, ...]


def spans_blob(spans: Sequence[Span]) -> bytes:
    return np.asarray(spans, dtype=np.int32).reshape(-1).tobytes()


def stale_documents(conn: sqlite3.Connection, model: str) -> list[str]:
    """Documents with sentences whose stored vectors from `model` are missing or for other spans."""
    rows = conn.execute("SELECT document, spans FROM document_vectors WHERE model = ?", (model,))
    stored = {document: bytes(spans) for document, spans in rows}
    current: dict[str, list[Span]] = {}
    for document, start, end in conn.execute(
        "SELECT document, start, end FROM sentences ORDER BY document, ord"
    ):
        current.setdefault(document, []).append((start, end))
    return sorted(key for key, spans in current.items() if stored.get(key) != spans_blob(spans))


def document_sentences(conn: sqlite3.Connection, document: str) -> DocumentSentences:
    rows = conn.execute(
        "SELECT s.start, s.end, substr(d.text, s.start + 1, s.end - s.start) FROM sentences AS s "
        "JOIN documents AS d ON d.id = s.document WHERE s.document = ? ORDER BY s.ord",
        (document,),
    ).fetchall()
    return DocumentSentences(document, tuple((r[0], r[1]) for r in rows), tuple(r[2] for r in rows))


def save_vectors(conn: sqlite3.Connection, model: str, document: DocumentSentences, vectors: Vectors) -> int:
    """Store (replace) a document's sentence vectors; returns how many sentences they cover."""
    if len(vectors) != len(document.spans):
        raise ValueError(f"{len(vectors)} vectors for {len(document.spans)} sentences of {document.document}")
    blob = np.asarray(vectors, dtype=np.float16).tobytes()
    conn.execute(
        "INSERT INTO document_vectors VALUES (?, ?, ?, ?) ON CONFLICT (model, document) "
        "DO UPDATE SET spans = excluded.spans, vectors = excluded.vectors",
        (model, document.document, spans_blob(document.spans), blob),
    )
    conn.execute(
        "INSERT INTO vector_versions VALUES (?, 1) ON CONFLICT (model) DO UPDATE SET version = version + 1",
        (model,),
    )
    return len(document.spans)


def vector_count(conn: sqlite3.Connection, model: str) -> int:
    """How many documents have vectors from `model`."""
    row = conn.execute("SELECT count(*) FROM document_vectors WHERE model = ?", (model,)).fetchone()
    return int(row[0])


@dataclass(frozen=True, slots=True)
class VectorIndex:
    """Every stored vector of one encoder, in memory: row i is sentence (documents[owner[i]], spans[i])."""

    version: int
    documents: tuple[str, ...]
    owner: npt.NDArray[np.int32]
    spans: npt.NDArray[np.int32]  # (n, 2)
    matrix: Vectors  # (n, dimensions), float32: scoring is one BLAS product


_CACHE: dict[tuple[str, str], VectorIndex] = {}  # (database file, model) -> its index at some version


def vector_index(conn: sqlite3.Connection, model: str) -> VectorIndex:
    """The index of `model`'s vectors, read once per version of them per process (file databases)."""
    row = conn.execute("SELECT version FROM vector_versions WHERE model = ?", (model,)).fetchone()
    version = int(row[0]) if row else 0
    path = _database_name(conn)
    cached = _CACHE.get((path, model))
    if cached is not None and cached.version == version:
        return cached
    index = _read_index(conn, model, version)
    if path:
        _CACHE[(path, model)] = index
    return index


def _database_name(conn: sqlite3.Connection) -> str:
    """The file (or PostgreSQL URL) behind `conn`; "" for an in-memory database (never cached)."""
    if is_postgres(conn):
        return str(getattr(conn, "url", ""))
    return next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")


def _read_index(conn: sqlite3.Connection, model: str, version: int) -> VectorIndex:
    documents: list[str] = []
    owners, spans, blocks = [], [], []
    cursor = conn.execute("SELECT document, spans, vectors FROM document_vectors WHERE model = ?", (model,))
    while rows := cursor.fetchmany(CHUNK):
        for document, span_blob, vector_blob in rows:
            pairs = np.frombuffer(span_blob, dtype=np.int32).reshape(-1, 2)
            owners.append(np.full(len(pairs), len(documents), dtype=np.int32))
            documents.append(document)
            spans.append(pairs)
            blocks.append(vector_blob)
    if not documents:
        empty = np.zeros((0, 2), dtype=np.int32)
        return VectorIndex(
            version, (), np.zeros(0, dtype=np.int32), empty, np.zeros((0, 0), dtype=np.float32)
        )
    span_rows = np.concatenate(spans)
    matrix = np.frombuffer(b"".join(blocks), dtype=np.float16).reshape(len(span_rows), -1).astype(np.float32)
    return VectorIndex(version, tuple(documents), np.concatenate(owners), span_rows, matrix)


def similar_sentences(
    conn: sqlite3.Connection, query: Vectors, window: Window, *, model: str, where: SearchFilter | None = None
) -> Page[SearchHit]:
    """The stored sentences nearest to `query` (a unit vector), most similar first, above MIN_SIMILARITY.

    Each hit's snippet is the whole sentence and `score` its cosine similarity to the query."""
    index = vector_index(conn, model)
    scores = _scores(index, query.astype(np.float32))
    allowed = _allowed(conn, index, where or SearchFilter())
    if allowed is not None:
        scores = np.where(allowed[index.owner], scores, -1.0)
    candidates = np.flatnonzero(scores >= MIN_SIMILARITY)
    total = len(candidates)
    wanted = window.offset + window.limit
    if len(candidates) > wanted:
        candidates = candidates[np.argpartition(-scores[candidates], wanted - 1)[:wanted]]
    order = sorted(candidates.tolist(), key=lambda i: (-float(scores[i]), i))[window.offset : wanted]
    hits = tuple(hit for i in order if (hit := _hit(conn, index, i, float(scores[i]))) is not None)
    return Page(items=hits, total=total, window=window)


def _scores(index: VectorIndex, query: Vectors) -> Vectors:
    return index.matrix @ query if len(index.matrix) else np.zeros(0, dtype=np.float32)


def _allowed(
    conn: sqlite3.Connection, index: VectorIndex, where: SearchFilter
) -> npt.NDArray[np.bool_] | None:
    """Which of the index's documents pass the filter (None: no filter)."""
    conditions, params = filter_conditions(where, "d.id")
    if not conditions:
        return None
    passing = {row[0] for row in conn.execute(f"SELECT d.id FROM documents AS d WHERE 1{conditions}", params)}
    return np.fromiter((d in passing for d in index.documents), dtype=np.bool_, count=len(index.documents))


def _hit(conn: sqlite3.Connection, index: VectorIndex, row: int, score: float) -> SearchHit | None:
    document = index.documents[int(index.owner[row])]
    start, end = (int(x) for x in index.spans[row])
    found = conn.execute(
        "SELECT d.title, d.outlet, d.published, substr(d.text, s.start + 1, s.end - s.start) "
        "FROM sentences AS s JOIN documents AS d ON d.id = s.document "
        "WHERE s.document = ? AND s.start = ? AND s.end = ?",
        (document, start, end),
    ).fetchone()
    if found is None:  # the document was analysed again since its vectors were stored
        return None
    title, outlet, published, text = found
    return SearchHit(kind="sentences", document=document, title=title, outlet=outlet, published=published,
                     start=start, end=end, snippet=text, score=round(score, 4))  # fmt: skip
