"""What the incremental linkers keep between runs: each document's blocking keys, each record's blocks.

`fold_keys` lists, per linker, the blocking keys of every linked document, so the documents sharing a
key with new ones are one index read away; `fold_blocks` lists the blocks of every linked record (an
entity's keys), so the records a new document can change are found without loading the corpus;
`fold_data` keeps what a linker reads of each document (a story's keys) as text it encodes itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from storyline.model import DocumentAnalysis
from storyline.store.fold_bands import BandRow, save_bands
from storyline.store.fold_mentions import MentionKeys, save_mention_keys
from storyline.store.fold_reads import save_counts
from storyline.store.load import document_from, load_analysis, mention_from, timex_from
from storyline.store.select_in import select_in

FOLD_SQL = """
CREATE TABLE fold_keys (
    linker TEXT NOT NULL,
    key TEXT NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (linker, key, document)
) WITHOUT ROWID;
CREATE INDEX fold_keys_document ON fold_keys (document);
CREATE TABLE fold_blocks (
    linker TEXT NOT NULL,
    key TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (linker, key, record)
) WITHOUT ROWID;
CREATE INDEX fold_blocks_record ON fold_blocks (linker, record);
CREATE INDEX quotes_speaker_mention ON quotes (speaker_mention)
"""
FOLD_DATA_SQL = """
CREATE TABLE fold_data (
    linker TEXT NOT NULL,
    document TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (linker, document)
) WITHOUT ROWID
"""

Keyed = Mapping[str, frozenset[str]]  # document or record id -> its keys


@dataclass(frozen=True, slots=True)
class FoldRows:
    """Fold state to write with the links: per linker, documents' keys and records' blocks (replacing
    those of the same ids), records gone; `full` replaces all of it (a full relink)."""

    keys: Mapping[str, Keyed] = field(default_factory=dict)
    blocks: Mapping[str, Keyed] = field(default_factory=dict)
    gone: Mapping[str, frozenset[str]] = field(default_factory=dict)
    data: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # linker -> document -> data
    bands: Mapping[str, frozenset[BandRow]] = field(
        default_factory=dict
    )  # document -> its sentences' band rows
    counts: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # linker -> key -> count
    counts_full: bool = False  # `counts` replace every stored count
    mention_keys: MentionKeys = field(default_factory=dict)  # document -> its mentions' entity keys
    full: bool = False


NO_FOLD_ROWS = FoldRows()


def documents_with_keys(conn: sqlite3.Connection, linker: str, keys: Iterable[str]) -> set[str]:
    """Ids of the linked documents with any of `keys` for `linker`."""
    sql = "SELECT document FROM fold_keys WHERE linker = ? AND key IN ({marks})"
    return {row[0] for row in select_in(conn, sql, keys, linker)}


def holders(conn: sqlite3.Connection, linker: str, keys: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each of `keys` that linked documents have for `linker` → those documents."""
    sql = "SELECT key, document FROM fold_keys WHERE linker = ? AND key IN ({marks})"
    return _grouped(select_in(conn, sql, keys, linker))


def keys_of(conn: sqlite3.Connection, linker: str, documents: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each of `documents` → its keys for `linker` (those that have any)."""
    sql = "SELECT document, key FROM fold_keys WHERE linker = ? AND document IN ({marks})"
    return _grouped(select_in(conn, sql, documents, linker))


def _grouped(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """(a, b) rows → each a with the set of its b."""
    found: dict[str, set[str]] = {}
    for first, second in pairs:
        found.setdefault(first, set()).add(second)
    return {first: frozenset(seconds) for first, seconds in found.items()}


def keyed_documents(conn: sqlite3.Connection, documents: Iterable[str]) -> set[str]:
    """Those of `documents` that some linker has keys for (they were linked before)."""
    sql = "SELECT document FROM fold_keys WHERE document IN ({marks})"
    return {row[0] for row in select_in(conn, sql, documents)}


def records_in_blocks(
    conn: sqlite3.Connection, linker: str, keys: Iterable[str]
) -> dict[str, frozenset[str]]:
    """Records of `linker` with a block among `keys`, each with all its blocks."""
    sql = "SELECT record FROM fold_blocks WHERE linker = ? AND key IN ({marks})"
    return blocks_of(conn, linker, {row[0] for row in select_in(conn, sql, keys, linker)})


def blocks_of(conn: sqlite3.Connection, linker: str, records: Iterable[str]) -> dict[str, frozenset[str]]:
    """The blocks of each of `records` (those that have any) for `linker`."""
    sql = "SELECT record, key FROM fold_blocks WHERE linker = ? AND record IN ({marks})"
    return _grouped(select_in(conn, sql, records, linker))


def analyses_of(conn: sqlite3.Connection, documents: Iterable[str]) -> list[DocumentAnalysis]:
    """The stored analyses of `documents` (those that exist), by document id."""
    rows = select_in(conn, "SELECT * FROM documents WHERE id IN ({marks})", documents)
    return [load_analysis(conn, row) for row in sorted(rows, key=lambda r: r["id"])]


def named_analyses_of(
    conn: sqlite3.Connection, documents: Iterable[str], *, organisations: bool = False
) -> list[DocumentAnalysis]:
    """The stored analyses of `documents` with what entity linking reads only: the document without its
    raw text, offset map and removed spans (linking reads the cleaned text and the date), its mentions,
    and the time expressions of a document with a role mention (they date it, role_mentions.py); by id.
    `organisations`: the names not tagged PERSON alone (what an abbreviation's candidates are)."""
    rows = select_in(conn, f"SELECT {_NAMED_COLUMNS} FROM documents WHERE id IN ({{marks}})", documents)
    ids = [row["id"] for row in rows]
    mentions: dict[str, list[Any]] = {}
    only = " AND kind = 'name' AND label != 'PERSON'" if organisations else ""
    sql = "SELECT *, entity AS linked_entity FROM mentions WHERE document IN ({marks})"
    sql += f"{only} ORDER BY document, ord"
    for row in select_in(conn, sql, ids):
        mentions.setdefault(row["document"], []).append(mention_from(row))
    roles = [d for d, found in mentions.items() if any(m.kind == "role" for m in found)]
    timexes: dict[str, list[Any]] = {}
    sql = "SELECT * FROM timexes WHERE document IN ({marks}) ORDER BY document, ord"
    for row in select_in(conn, sql, roles):
        timexes.setdefault(row["document"], []).append(timex_from(row))
    return [
        DocumentAnalysis(
            document=document_from(row),
            mentions=tuple(mentions.get(row["id"], ())),
            timexes=tuple(timexes.get(row["id"], ())),
        )
        for row in sorted(rows, key=lambda r: r["id"])
    ]


_NAMED_COLUMNS = (  # a document row without its raw text and offset map (`named_analyses_of`)
    "id, source, format, title, outlet, author, url, language, published, published_from, "
    "published_confidence, published_evidence, text, '' AS raw_text, '[]' AS offset_map"
)


def save_fold_rows(conn: sqlite3.Connection, rows: FoldRows) -> None:
    """Write `rows` (inside the caller's transaction)."""
    if rows.full:
        for table in ("fold_keys", "fold_blocks", "fold_data"):
            conn.execute(f"DELETE FROM {table}")
    save_bands(conn, rows.bands, full=rows.full)
    save_mention_keys(conn, rows.mention_keys, full=rows.full)
    save_counts(conn, rows.counts, full=rows.full or rows.counts_full)
    for linker, data in rows.data.items():
        conn.executemany(
            "INSERT INTO fold_data (linker, document, data) VALUES (?, ?, ?) "
            "ON CONFLICT (linker, document) DO UPDATE SET data = excluded.data",
            [(linker, document, text) for document, text in sorted(data.items())],
        )
    for linker, keyed in rows.keys.items():
        conn.executemany(
            "DELETE FROM fold_keys WHERE linker = ? AND document = ?", [(linker, d) for d in keyed]
        )
        conn.executemany(
            "INSERT INTO fold_keys (linker, key, document) VALUES (?, ?, ?)",
            sorted((linker, key, document) for document, keys in keyed.items() for key in keys),
        )  # in key order: the rows go where the table's B-tree has them, page after page
    for linker, gone in rows.gone.items():
        conn.executemany(
            "DELETE FROM fold_blocks WHERE linker = ? AND record = ?", [(linker, r) for r in gone]
        )
    for linker, keyed in rows.blocks.items():
        conn.executemany(
            "DELETE FROM fold_blocks WHERE linker = ? AND record = ?", [(linker, r) for r in keyed]
        )
        conn.executemany(
            "INSERT INTO fold_blocks (linker, key, record) VALUES (?, ?, ?)",
            sorted((linker, key, record) for record, keys in keyed.items() for key in keys),
        )


def fold_data(conn: sqlite3.Connection, linker: str, documents: Iterable[str]) -> dict[str, str]:
    """What `linker` kept of each of `documents`."""
    sql = "SELECT document, data FROM fold_data WHERE linker = ? AND document IN ({marks})"
    return {row[0]: row[1] for row in select_in(conn, sql, documents, linker)}


def top_stories(conn: sqlite3.Connection, documents: Iterable[str]) -> dict[str, str]:
    """Each of `documents` → the top-level story it is in (those in one)."""
    sql = (
        "SELECT sd.document, s.id FROM story_documents AS sd JOIN stories AS s ON s.id = sd.story "
        "WHERE s.parent IS NULL AND sd.document IN ({marks})"
    )
    return {row[0]: row[1] for row in select_in(conn, sql, documents)}


def story_members(conn: sqlite3.Connection, stories: Iterable[str]) -> dict[str, str]:
    """Each document of `stories` → its story."""
    sql = "SELECT document, story FROM story_documents WHERE story IN ({marks})"
    return {row[0]: row[1] for row in select_in(conn, sql, stories)}


def story_children(conn: sqlite3.Connection, stories: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each of `stories` that has sub-stories → their ids."""
    children: dict[str, list[str]] = {}
    for row in select_in(conn, "SELECT id, parent FROM stories WHERE parent IN ({marks})", stories):
        children.setdefault(row[1], []).append(row[0])
    return {story: tuple(sorted(ids)) for story, ids in children.items()}
