"""Migration 0021: `fold_bands` keyed by sentence. Each stored band key gets its sentence's span, so the
copies fold reads the stored sentences a new sentence's keys meet instead of whole documents.

The rows are computed again from what is stored (every linked document's text: its sentences, their
MinHash band keys, `storyline.sketch.bands.sentence_band_rows`, the function a full relink's rows come
from), so a migrated db holds what a fresh build writes. The keys are the same numbers as before; the
links do not change. Rows are gathered unsorted and inserted in key order (a big table is written page
after page). On PostgreSQL the table is replaced empty and the link state cleared: the next link step
is a full relink, which writes the rows.
"""

from __future__ import annotations

import sqlite3

from storyline.store.select_in import chunks, marks

NAME = "0021_copies8_sentence_bands"
PIECE = 2000  # documents whose sentences are MinHashed at a time
SENTENCE_BANDS_SQL = """
CREATE TABLE fold_sentence_bands (
    band BIGINT NOT NULL,
    document TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    PRIMARY KEY (band, document, sentence_start)
) WITHOUT ROWID
"""
POSTGRES_STEPS = """
DROP TABLE fold_bands;
ALTER TABLE fold_sentence_bands RENAME TO fold_bands;
DELETE FROM link_state;
"""


def fill_sentence_bands(conn: sqlite3.Connection) -> None:
    """Fill `fold_sentence_bands` for every document `fold_bands` lists, then put it in its place."""
    from storyline.sketch.bands import sentence_band_rows  # here: it imports datasketch (CLI startup)

    documents = [row[0] for row in conn.execute("SELECT DISTINCT document FROM fold_bands")]
    conn.execute("CREATE TEMP TABLE unsorted_bands (band, document, sentence_start, sentence_end)")
    for start in range(0, len(documents), PIECE):
        texts: dict[str, str] = {}
        for chunk in chunks(documents[start : start + PIECE]):
            sql = f"SELECT id, text FROM documents WHERE id IN ({marks(chunk)})"
            texts.update((row[0], row[1]) for row in conn.execute(sql, chunk))
        conn.executemany("INSERT INTO unsorted_bands VALUES (?, ?, ?, ?)", sentence_band_rows(texts))
    conn.execute(
        "INSERT OR IGNORE INTO fold_sentence_bands "
        "SELECT * FROM unsorted_bands ORDER BY band, document, sentence_start"
    )
    conn.execute("DROP TABLE unsorted_bands")
    conn.execute("DROP TABLE fold_bands")
    conn.execute("ALTER TABLE fold_sentence_bands RENAME TO fold_bands")
