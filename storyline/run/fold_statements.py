"""Statements folded by index: only the quotes of the speakers that new documents or changed entities touch.

`update_statements` (storyline/link/statement_fold.py) relinks the dirty speakers from their reports
alone; here those reports are read from the store by speaker (the quotes whose speaker mention belongs
to a dirty entity, old record or new, or that name the speaker directly), with the stored statements of
those speakers, instead of every analysis.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.link.statement_fold import changed_entities, update_statements
from storyline.model import DocumentAnalysis, Entity, Quote, Statement
from storyline.store import Store


@dataclass(frozen=True, slots=True)
class StatementFold:
    """The statements of the dirty speakers, and the stored ones they replace."""

    statements: tuple[Statement, ...]
    replaced: tuple[Statement, ...]


def fold_statements(
    store: Store, new: Sequence[DocumentAnalysis], old: Sequence[Entity], fresh: Sequence[Entity]
) -> StatementFold:
    """Fold the quotes of `new` documents into the stored statements; `old` and `fresh` are the stored
    and relinked records of the entities the entity fold redid."""
    owner = {m: e.id for e in fresh for m in e.mentions}
    speakers = {q.speaker or owner.get(q.speaker_mention or "") for a in new for q in a.quotes}
    dirty = changed_entities(old, fresh) | {s for s in speakers if s}
    records = {e.id: e for e in fresh}
    retired = {e.id for e in old} - records.keys()  # still in the store until this fold is written
    records.update((e.id, e) for e in store.reads.entities_by_id(dirty - records.keys() - retired))
    mentions = {m for e in [*old, *records.values()] if e.id in dirty for m in e.mentions}
    quotes: dict[str, Quote] = {q.id: q for q in store.reads.quotes_of(mentions, dirty)}
    quotes.update((q.id, q) for a in new for q in a.quotes)
    holders = store.reads.speakers_holding(quotes) - dirty
    if holders:  # a stored statement holds a quote relinked here under a speaker not dirty: redo it too
        dirty |= holders
        found = store.reads.entities_by_id(holders - records.keys() - retired)
        records.update((e.id, e) for e in found)
        held = store.reads.quotes_of({m for e in found for m in e.mentions}, holders)
        quotes.update((q.id, q) for q in held)
    by_document: dict[str, list[Quote]] = defaultdict(list)
    for quote in sorted(quotes.values(), key=lambda q: q.id):
        by_document[quote.document].append(quote)
    documents = store.documents_of(by_document)
    analyses = [
        DocumentAnalysis(document=documents[d], quotes=tuple(q)) for d, q in sorted(by_document.items())
    ]
    stored = store.reads.statements_of(dirty)
    entities = [records[e] for e in sorted(dirty) if e in records]
    return StatementFold(
        statements=update_statements(analyses, entities, [e for e in old if e.id in dirty], stored),
        replaced=tuple(stored),
    )
