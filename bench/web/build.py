"""Build a large storyline database for the web latency benchmark by systematic variation of a small one.

Every row of every table is copied N times; each copy gets its own ids (a "~k" suffix on every id and
reference) and its documents are published k days later, so the big db has the small one's shape at
N times its size. The copies are not linked to each other (each copy keeps its own entities and
statements), which is the worst case for list sizes. Said so in the results.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

ID_COLUMNS = {
    "id", "document", "entity", "mention", "statement", "quote", "event", "entry", "speaker",
    "speaker_mention", "refers_to", "first_document", "summary_document", "a_document", "b_document",
    "timex", "run", "story", "origin", "copy", "parent",
}  # fmt: skip
SKIP = {
    "migrations",
    "corrections",
    "sqlite_sequence",
    "links_pending",
    "link_state",
    "entity_documents",
    "entity_stats",  # kept by triggers as entity_mentions rows are copied
    "fold_keys",  # the incremental linker's blocking state: keyed by names, not ids (not varied)
    "fold_blocks",
    "fold_counts_base",  # the timeline's counts and their tiers (keyed by words, not ids)
    "fold_count_tiers",
    "fold_tier_state",  # per tiered table and tier: its rows and merge cursor
    "vector_versions",
}


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    )
    return [r[0] for r in rows if r[0] not in SKIP and "_fts" not in r[0]]


def _copy_rows(conn: sqlite3.Connection, table: str, rows: list[sqlite3.Row], copy: int) -> None:
    if not rows:
        return
    columns = rows[0].keys()
    suffix = f"~{copy}"
    out = []
    for row in rows:
        values = []
        for name in columns:
            value = row[name]
            if name in ID_COLUMNS and isinstance(value, str):
                value += suffix
            elif table == "duplicates" and name == "ord":
                value = value + copy * 1_000_000
            values.append(value)
        out.append(values)
    names = ", ".join(columns)
    conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})", out)


def build(small: Path, big: Path, copies: int) -> int:
    """Write `big` with `copies` variations of every row of `small`; returns the documents in `big`."""
    shutil.copy(small, big)
    conn = sqlite3.connect(big, isolation_level=None)
    conn.row_factory = sqlite3.Row
    originals = {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in _tables(conn)}
    conn.execute("BEGIN")
    for copy in range(1, copies):
        for table, rows in originals.items():
            _copy_rows(conn, table, rows, copy)
        conn.execute(
            "UPDATE documents SET published = date(substr(published, 1, 10), ?) "
            "WHERE id LIKE ? AND length(published) >= 10",
            (f"+{copy} days", f"%~{copy}"),
        )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    total = int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    conn.close()
    return total
