"""A probe on a store's reads of stored named analyses, for the fold tests that count what it reads."""

from __future__ import annotations

from collections.abc import Iterable

from storyline.model import DocumentAnalysis
from storyline.store import Store


def record_named_reads(store: Store, *, in_part: bool) -> list[str]:
    """From now on, the id of every document `store.named_analyses_of` returns read in part (`in_part`
    True: only its names not tagged PERSON, `organisations=True`) or read whole (`in_part` False) is
    appended to the list returned, once per read."""
    read: list[str] = []
    original = store.named_analyses_of

    def counted(documents: Iterable[str], organisations: bool = False) -> list[DocumentAnalysis]:
        found = original(documents, organisations=organisations)
        if organisations == in_part:
            read.extend(a.document.id for a in found)
        return found

    store.named_analyses_of = counted  # type: ignore[method-assign]
    return read
