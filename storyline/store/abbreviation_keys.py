"""Migration 0024: each stored abbreviation's `o:` blocking key, which the link step writes since then.

An abbreviation no name resolves keeps its letters as its entity key, and `variant_roots` groups that key
with every organisation name of the same loose key: "XQ" and "Xq Ltd" (a final legal form is no part of
the loose key) are one entity after a full relink. Their blocking keys used to share nothing (a:xq, s:xq
against o:xq), so the entity fold never loaded the other one; an abbreviation now also has the `o:` key
of its letters (storyline/names/keys/blocks.py `abbreviation_keys`).

The migration adds it where a relink writes it, for every document `fold_keys` has entity keys for, in
pieces in id order (fold_mentions.keyed_document_pieces): the abbreviation's row in `fold_mention_keys`
(a document without rows stays without: the fold keys it itself), its document's `fold_keys` and its
entity's `fold_blocks`.
It reads only the name mentions not tagged PERSON (no analysis is loaded) and works on PostgreSQL too (the
store's portable queries). A db whose entities the fold already split this way (an incremental link
that met the hole) keeps that split until a new document meets the block (the fold then loads both
sides and relinks them) or `storyline relink` runs.
"""

from __future__ import annotations

import json
import sqlite3

from storyline.names.keys.blocks import abbreviation_keys
from storyline.names.keys.records import read_record
from storyline.store.fold_mentions import LINKER, keyed_document_pieces, mention_keys_of
from storyline.store.load import mention_from
from storyline.store.select_in import select_in

NAME = "0024_neutral10_abbreviation_keys"

_MENTIONS = (
    "SELECT *, entity AS linked_entity FROM mentions "
    "WHERE document IN ({marks}) AND kind = 'name' AND label != 'PERSON'"
)
_ENTITIES = "SELECT mention, entity FROM entity_mentions WHERE mention IN ({marks})"
_KEY = "INSERT INTO fold_keys (linker, key, document) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
_BLOCK = "INSERT INTO fold_blocks (linker, key, record) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
_MENTION = "UPDATE fold_mention_keys SET keys = ? WHERE document = ? AND mention = ?"


def refill_abbreviation_keys(conn: sqlite3.Connection) -> None:
    """Add every linked abbreviation's keys to the fold state (module docstring)."""
    for piece in keyed_document_pieces(conn):
        _refill(conn, piece)


def _refill(conn: sqlite3.Connection, documents: list[str]) -> None:
    keyed: dict[tuple[str, str], frozenset[str]] = {}  # (document, abbreviation mention) → its keys
    for row in select_in(conn, _MENTIONS, documents):
        record = read_record(mention_from(row))
        if record is not None and record.abbreviation:
            keyed[record.document, record.mention.id] = abbreviation_keys(record)
    stored = mention_keys_of(conn, documents)
    changed = sorted(
        (json.dumps(sorted(keys)), document, mention)
        for (document, mention), keys in keyed.items()
        if mention in stored.get(document, {}) and stored[document][mention] != keys
    )
    conn.executemany(_MENTION, changed)
    rows = sorted({(LINKER, key, document) for (document, _), keys in keyed.items() for key in keys})
    conn.executemany(_KEY, rows)
    entities: dict[str, set[str]] = {}  # abbreviation mention → the entities it is in
    for row in select_in(conn, _ENTITIES, [mention for _, mention in keyed]):
        entities.setdefault(row[0], set()).add(row[1])
    blocks = {
        (LINKER, key, entity)
        for (_, mention), keys in keyed.items()
        for entity in entities.get(mention, ())
        for key in keys
    }
    conn.executemany(_BLOCK, sorted(blocks))
