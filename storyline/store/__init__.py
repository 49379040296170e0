"""SQLite storage: schema, migrations, the one write path, read queries and exports."""

from storyline.store.fold_state import FoldRows
from storyline.store.rows import EntityRow, Report, Run, RunCounts, StatementRow, TimelineRow
from storyline.store.store import Store, open_store

__all__ = [
    "EntityRow",
    "FoldRows",
    "Report",
    "Run",
    "RunCounts",
    "StatementRow",
    "Store",
    "TimelineRow",
    "open_store",
]
