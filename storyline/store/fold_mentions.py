"""Migration 0022 and the table it makes: each linked document's mentions' entity blocking keys.

`fold_mention_keys` holds, per linked document, every mention of it that has entity blocking keys
(storyline/names/keys/blocks.py `mention_keys`) with those keys, so the entity fold reads a stored
document's keys instead of computing them again. The link step writes them with the documents' keys
(a full relink all of them, a fold the new documents'); a document the table has no row for is keyed
by the reader as before (`mention_keys` on the stored analysis), so a missing row costs time, never a
different link.

The migration fills the table for every document `fold_keys` has entity keys for, from the stored
analyses, in pieces of PIECE documents in id order (the rows go where the table's B-tree has them;
memory bounded by a piece); on PostgreSQL too (its queries are the store's portable ones).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping

from storyline.names.keys.blocks import mention_keys
from storyline.store.select_in import select_in

NAME = "0022_ekeys9_mention_keys"
PIECE = 500  # documents read and keyed at a time by the migration
LINKER = "entities"  # the fold_keys linker whose documents have mention keys
MENTION_KEYS_SQL = """
CREATE TABLE fold_mention_keys (
    document TEXT NOT NULL,
    mention TEXT NOT NULL,
    keys TEXT NOT NULL,
    PRIMARY KEY (document, mention)
) WITHOUT ROWID
"""

_INSERT = "INSERT INTO fold_mention_keys (document, mention, keys) VALUES (?, ?, ?)"

MentionKeys = Mapping[str, Mapping[str, frozenset[str]]]  # document → mention → its keys


def mention_keys_of(
    conn: sqlite3.Connection, documents: Iterable[str]
) -> dict[str, dict[str, frozenset[str]]]:
    """Each of `documents` with stored mention keys → its mentions' keys."""
    sql = "SELECT document, mention, keys FROM fold_mention_keys WHERE document IN ({marks})"
    found: dict[str, dict[str, frozenset[str]]] = {}
    for row in select_in(conn, sql, documents):
        found.setdefault(row[0], {})[row[1]] = frozenset(json.loads(row[2]))
    return found


def save_mention_keys(conn: sqlite3.Connection, keyed: MentionKeys, *, full: bool) -> None:
    """Replace the rows of each document of `keyed` (inside the caller's transaction); `full`: all."""
    if full:
        conn.execute("DELETE FROM fold_mention_keys")
    else:
        conn.executemany("DELETE FROM fold_mention_keys WHERE document = ?", [(d,) for d in sorted(keyed)])
    conn.executemany(_INSERT, _rows(keyed))


def _rows(keyed: MentionKeys) -> list[tuple[str, str, str]]:
    """The rows of `keyed`, in key order."""
    return sorted(
        (document, mention, json.dumps(sorted(keys)))
        for document, found in keyed.items()
        for mention, keys in found.items()
        if keys
    )


def fill_mention_keys(conn: sqlite3.Connection) -> None:
    """Key every document with entity keys in `fold_keys` from its stored analysis (module docstring)."""
    from storyline.store.fold_state import named_analyses_of

    for piece in keyed_document_pieces(conn):
        analyses = named_analyses_of(conn, piece)
        conn.executemany(_INSERT, _rows({a.document.id: mention_keys(a) for a in analyses}))


def keyed_document_pieces(conn: sqlite3.Connection) -> Iterator[list[str]]:
    """The documents `fold_keys` has entity keys for, in id order, PIECE at a time (what a migration
    refilling entity keys goes over)."""
    sql = "SELECT DISTINCT document FROM fold_keys WHERE linker = ? ORDER BY document"
    documents = [row[0] for row in conn.execute(sql, (LINKER,))]
    for start in range(0, len(documents), PIECE):
        yield documents[start : start + PIECE]
