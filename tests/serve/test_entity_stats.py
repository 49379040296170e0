"""The entity_stats / entity_documents tables the web ranks by stay equal to counting from scratch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storyline.store import open_store


def counted(conn: sqlite3.Connection) -> set[tuple[str, int, int]]:
    rows = conn.execute(
        "SELECT em.entity, count(DISTINCT m.document), count(*) FROM entity_mentions AS em "
        "JOIN mentions AS m ON m.id = em.mention GROUP BY em.entity"
    )
    return {tuple(r) for r in rows}  # type: ignore[misc]


def test_stats_follow_every_relink(web_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(web_db.read_bytes())
    with open_store(copy) as store:
        stored = {
            tuple(r) for r in store.conn.execute("SELECT entity, documents, mentions FROM entity_stats")
        }
        assert stored == counted(store.conn) and stored
        links = store.load_links()
        store.save_links(links)  # every link row deleted and written again
        again = {tuple(r) for r in store.conn.execute("SELECT entity, documents, mentions FROM entity_stats")}
        assert again == counted(store.conn) == stored
