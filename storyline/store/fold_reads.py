"""Reads of the incremental link step by index: the stored records a fold needs, never the whole corpus.

Entities, statements, timeline entries and stories by id or by what they hold, the documents of given
entities' mentions, events by id with their document's publication date, the quotes of given speakers,
the owners of given mentions, and the timeline's stored counts (`fold_counts`: per linker, how many
timeline events have each word or entity, and the number of events under the empty key). Since
migration 0025 `fold_counts` is a view of the counts' base table and its tiers: a batch's counts are
written into a small tier, merged down in key order (storyline/store/tiers.py), so they touch pages in
proportion to their number, not at random places of a table that grows with the corpus.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from storyline.model import Entity, Event, Mention, Quote, Statement, Story, TimelineEntry
from storyline.store.load import (
    event_from,
    load_entities,
    load_timeline,
    mention_from,
    quote_from,
    statement_from,
)
from storyline.store.select_in import chunks, marks, select_in
from storyline.store.stories import story_from
from storyline.store.tiers import Tiered, delete, insert, rewrite, view_sql

COUNTS_SQL = """
CREATE TABLE fold_counts (
    linker TEXT NOT NULL,
    key TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (linker, key)
) WITHOUT ROWID;
CREATE INDEX fold_counts_count ON fold_counts (linker, count);
CREATE INDEX quotes_speaker ON quotes (speaker)
"""
COUNTS = Tiered(
    base="fold_counts_base",
    tiers="fold_count_tiers",
    columns=("linker", "key", "count"),
    key=2,
    by=2,  # slices are runs of (linker, key); the count index's rows of one count follow the same order
    bounds=tuple(20_000 * 4**tier for tier in range(4)),  # ~6 batches of 100 documents' changed counts
    budget=20_000,
    indexed=True,  # fold_count_tiers_count
)
COUNT_TIERS_SQL = f"""
ALTER TABLE fold_counts RENAME TO fold_counts_base;
CREATE TABLE fold_count_tiers (
    tier INTEGER NOT NULL,
    linker TEXT NOT NULL,
    key TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (tier, linker, key)
) WITHOUT ROWID;
CREATE INDEX fold_count_tiers_count ON fold_count_tiers (tier, linker, count);
{view_sql(COUNTS, "fold_counts")}
"""  # migration 0025: `fold_counts` is read as before, a view of the base and the tiers


def entities_by_id(conn: sqlite3.Connection, ids: Iterable[str]) -> list[Entity]:
    """The stored entities among `ids`, by id."""
    found: list[Entity] = []
    for chunk in chunks(ids):
        found.extend(load_entities(conn, f"WHERE e.id IN ({marks(chunk)})", tuple(chunk)))
    return sorted(found, key=lambda e: e.id)


def aliases_of(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The aliases of each stored entity among `ids` (in their stored order), without its mentions."""
    found: dict[str, list[str]] = {}
    sql = "SELECT entity, alias FROM entity_aliases WHERE entity IN ({marks}) ORDER BY entity, ord"
    for row in select_in(conn, sql, ids):
        found.setdefault(row[0], []).append(row[1])
    return {entity: tuple(aliases) for entity, aliases in found.items()}


def named_candidates(
    conn: sqlite3.Connection, ids: Iterable[str], letters: Iterable[str], names: Iterable[str]
) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Entity id → (name, aliases) of the stored entities with an id among `ids`, an alias whose letters
    and digits (the folded alias without its spaces) are among `letters`, or a name among `names`."""
    found = set(ids)  # kept only if stored: the last SELECT reads stored entities alone
    found |= {row[0] for row in select_in(conn, "SELECT id FROM entities WHERE name IN ({marks})", names)}
    sql = "SELECT DISTINCT entity FROM entity_aliases WHERE replace(folded, ' ', '') IN ({marks})"
    found |= {row[0] for row in select_in(conn, sql, letters)}
    rows = select_in(conn, "SELECT id, name FROM entities WHERE id IN ({marks})", found)
    aliases = aliases_of(conn, found)
    return {row[0]: (row[1], aliases.get(row[0], ())) for row in rows}


def aliases_in_blocks(conn: sqlite3.Connection, linker: str, keys: Iterable[str]) -> dict[str, set[str]]:
    """Each of `keys` → the aliases of the stored entities with that block (those with any)."""
    sql = (
        "SELECT b.key, a.alias FROM fold_blocks AS b JOIN entity_aliases AS a ON a.entity = b.record"
        " WHERE b.linker = ? AND b.key IN ({marks})"
    )
    found: dict[str, set[str]] = {}
    for row in select_in(conn, sql, keys, linker):
        found.setdefault(row[0], set()).add(row[1])
    return found


def owners_of(conn: sqlite3.Connection, mentions: Iterable[str]) -> dict[str, str]:
    """Each of `mentions` in a stored entity → that entity's id."""
    sql = "SELECT mention, entity FROM entity_mentions WHERE mention IN ({marks})"
    return {row[0]: row[1] for row in select_in(conn, sql, mentions)}


def documents_of_entities(conn: sqlite3.Connection, entities: Iterable[str]) -> set[str]:
    """The documents of the mentions of the stored entities among `entities`."""
    sql = (
        "SELECT DISTINCT m.document FROM entity_mentions AS em JOIN mentions AS m ON m.id = em.mention"
        " WHERE em.entity IN ({marks})"
    )
    return {row[0] for row in select_in(conn, sql, entities)}


def mentions_by_id(conn: sqlite3.Connection, ids: Iterable[str]) -> list[Mention]:
    """The stored mentions among `ids` (without their links), by id."""
    sql = "SELECT *, NULL AS linked_entity FROM mentions WHERE id IN ({marks})"
    return sorted((mention_from(row) for row in select_in(conn, sql, ids)), key=lambda m: m.id)


def events_by_id(conn: sqlite3.Connection, ids: Iterable[str]) -> list[tuple[Event, str | None]]:
    """The stored events among `ids`, each with its document's publication date value."""
    sql = (
        "SELECT e.*, d.published AS published FROM events AS e JOIN documents AS d ON d.id = e.document "
        "WHERE e.id IN ({marks})"
    )
    return [(event_from(row), row["published"]) for row in select_in(conn, sql, ids)]


def quotes_of(conn: sqlite3.Connection, mentions: Iterable[str], speakers: Iterable[str]) -> list[Quote]:
    """The stored quotes whose speaker mention is among `mentions` or whose speaker is among `speakers`."""
    select = "SELECT *, speaker AS linked_speaker, statement AS linked_statement FROM quotes WHERE"
    rows = select_in(conn, select + " speaker_mention IN ({marks})", mentions)
    rows += select_in(conn, select + " speaker IN ({marks})", speakers)
    return sorted({quote_from(row) for row in rows}, key=lambda q: q.id)


def statements_of(conn: sqlite3.Connection, speakers: Iterable[str]) -> list[Statement]:
    """The stored statements of `speakers`."""
    rows = select_in(conn, "SELECT * FROM statements WHERE speaker IN ({marks})", speakers)
    quotes: dict[str, list[Any]] = {}
    sql = "SELECT statement, quote FROM statement_quotes WHERE statement IN ({marks}) ORDER BY statement, ord"
    for row in select_in(conn, sql, [r["id"] for r in rows]):
        quotes.setdefault(row[0], []).append(row)
    return [statement_from(r, quotes.get(r["id"], [])) for r in rows]


def speakers_holding(conn: sqlite3.Connection, quotes: Iterable[str]) -> set[str]:
    """The speakers of the stored statements that hold any of `quotes`."""
    sql = (
        "SELECT DISTINCT s.speaker FROM statement_quotes q JOIN statements s ON s.id = q.statement"
        " WHERE q.quote IN ({marks})"
    )
    return {row[0] for row in select_in(conn, sql, quotes) if row[0] is not None}


def entries_with_events(conn: sqlite3.Connection, events: Iterable[str]) -> list[TimelineEntry]:
    """The stored timeline entries citing any of `events`."""
    ids = {
        row[0]
        for row in select_in(conn, "SELECT entry FROM timeline_events WHERE event IN ({marks})", events)
    }
    found: list[TimelineEntry] = []
    for chunk in chunks(ids):
        found.extend(load_timeline(conn, f"WHERE t.id IN ({marks(chunk)})", tuple(chunk)))
    return found


def stories_by_id(conn: sqlite3.Connection, ids: Iterable[str]) -> list[Story]:
    """The stored stories among `ids`."""
    rows = select_in(conn, "SELECT * FROM stories WHERE id IN ({marks})", ids)
    members: dict[str, list[str]] = {}
    sql = "SELECT story, document FROM story_documents WHERE story IN ({marks}) ORDER BY story, ord"
    for row in select_in(conn, sql, [r["id"] for r in rows]):
        members.setdefault(row[0], []).append(row[1])
    return [story_from(r, members.get(r["id"], [])) for r in rows]


def counts_of(conn: sqlite3.Connection, linker: str, keys: Iterable[str]) -> dict[str, int]:
    """The stored counts of `keys` for `linker` (those with a row)."""
    sql = "SELECT key, count FROM fold_counts WHERE linker = ? AND key IN ({marks})"
    return {row[0]: row[1] for row in select_in(conn, sql, keys, linker)}


def keys_counted_between(conn: sqlite3.Connection, linker: str, low: float, high: float) -> set[str]:
    """Keys of `linker` whose count is above `low` and at most `high`."""
    sql = "SELECT key FROM fold_counts WHERE linker = ? AND count > ? AND count <= ?"
    return {row[0] for row in conn.execute(sql, (linker, low, high))}


def save_counts(conn: sqlite3.Connection, counts: Mapping[str, Mapping[str, int]], *, full: bool) -> None:
    """Write counts (linker → key → count; 0 deletes), in the caller's transaction; `full` replaces all.
    A batch's counts replace the stored ones wherever they are and go into the newest tier (COUNTS,
    storyline/store/tiers.py); `full` writes the base afresh."""
    rows = sorted((linker, k, n) for linker, found in counts.items() for k, n in found.items() if n > 0)
    if full:
        rewrite(conn, COUNTS, rows)
        return
    delete(
        conn,
        COUNTS,
        ("linker", "key"),
        sorted((linker, k) for linker, found in counts.items() for k in found),
    )
    insert(conn, COUNTS, rows)


def document_count(conn: sqlite3.Connection) -> int:
    """How many documents are stored."""
    return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])


def has_undated(conn: sqlite3.Connection) -> bool:
    """Whether a stored document has no publication date (the corpus may date it: a full pass)."""
    return conn.execute("SELECT 1 FROM documents WHERE published IS NULL LIMIT 1").fetchone() is not None


class FoldReads:
    """The reads above on one connection (`Store.reads`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def entities_by_id(self, ids: Iterable[str]) -> list[Entity]:
        return entities_by_id(self.conn, ids)

    def aliases_of(self, ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
        return aliases_of(self.conn, ids)

    def named_candidates(
        self, ids: Iterable[str], letters: Iterable[str], names: Iterable[str]
    ) -> dict[str, tuple[str, tuple[str, ...]]]:
        return named_candidates(self.conn, ids, letters, names)

    def aliases_in_blocks(self, linker: str, keys: Iterable[str]) -> dict[str, set[str]]:
        return aliases_in_blocks(self.conn, linker, keys)

    def owners_of(self, mentions: Iterable[str]) -> dict[str, str]:
        return owners_of(self.conn, mentions)

    def documents_of_entities(self, entities: Iterable[str]) -> set[str]:
        return documents_of_entities(self.conn, entities)

    def mentions_by_id(self, ids: Iterable[str]) -> list[Mention]:
        return mentions_by_id(self.conn, ids)

    def events_by_id(self, ids: Iterable[str]) -> list[tuple[Event, str | None]]:
        return events_by_id(self.conn, ids)

    def quotes_of(self, mentions: Iterable[str], speakers: Iterable[str]) -> list[Quote]:
        return quotes_of(self.conn, mentions, speakers)

    def statements_of(self, speakers: Iterable[str]) -> list[Statement]:
        return statements_of(self.conn, speakers)

    def speakers_holding(self, quotes: Iterable[str]) -> set[str]:
        return speakers_holding(self.conn, quotes)

    def entries_with_events(self, events: Iterable[str]) -> list[TimelineEntry]:
        return entries_with_events(self.conn, events)

    def stories_by_id(self, ids: Iterable[str]) -> list[Story]:
        return stories_by_id(self.conn, ids)

    def counts_of(self, linker: str, keys: Iterable[str]) -> dict[str, int]:
        return counts_of(self.conn, linker, keys)

    def keys_counted_between(self, linker: str, low: float, high: float) -> set[str]:
        return keys_counted_between(self.conn, linker, low, high)

    def document_count(self) -> int:
        return document_count(self.conn)

    def has_undated(self) -> bool:
        return has_undated(self.conn)
