"""The incremental link step: the stored links with the pending documents folded in, only changes written.

`link_new` is what an ingest calls after storing new analyses (and what completes a run that died before
its links were written: the pending documents are exactly those). Statements are folded per speaker
(storyline/link/statement_fold.py): only the speakers the new documents or changed entities touch are
relinked. Entities are folded by block (storyline/run/fold_entities.py): only the stored documents that
share a blocking key with the new ones are loaded and linked again. Stories are folded from the story
keys kept per document (storyline/run/fold_stories.py). The timeline is redone only in the stretches of
time new events or a changed vocabulary touch (storyline/link/timeline_fold.py). Near-duplicates are
looked up by stored MinHash band keys and copies decided again only for the documents new passages or
quote facts touch (storyline/run/fold_copies.py). Only the records that differ from the stored ones are
written. The result equals a full `relink`, which stays available and is used
instead when the fold cannot give the same result: links written by another linker version, a
corpus-dated document (its undated form must be analysed again), or an undated document the corpus can
now date.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from storyline.link.dating import infer_publication_dates
from storyline.link.statement_fold import update_statements
from storyline.link.timeline_fold import update_timeline
from storyline.model import CorpusLinks, DocumentAnalysis, Entity, NearDuplicate, Span
from storyline.run.fold_copies import CopyFold, fold_copies, merged_copies
from storyline.run.fold_entities import EntityFold, fold_entities, fold_rows, merged_entities
from storyline.run.fold_statements import fold_statements
from storyline.run.fold_stories import GROUPS, StoryFold, fold_stories, merged_stories
from storyline.run.fold_stories import LINKER as STORIES
from storyline.run.fold_timeline import LINKER as TIMELINE
from storyline.run.fold_timeline import all_timeline_rows, fold_timeline
from storyline.run.relink import LINK_STATE, relink
from storyline.settings import Settings
from storyline.store import FoldRows, Store


def link_new(store: Store, settings: Settings) -> set[str]:
    """Fold the pending documents into the stored links; returns the ids the corpus dated (as `relink`)."""
    pending = store.pending_documents()
    if not pending:
        return set()
    if store.link_state() != LINK_STATE or store.corpus_dated() or store.keyed_documents(pending):
        return relink(store, settings)  # links of another version, or a document analysed again
    new = store.analyses_of(pending)
    entities = fold_entities(store, new, store.corrections())
    stories = fold_stories(store, new)
    copies = fold_copies(store, new, settings.min_near_duplicate, stories.keys)  # story keys made once
    folds = _Folds(entities=entities, stories=stories, copies=copies)
    old_entities, fresh = _differing(store.reads.entities_by_id(folds.entities.replaced), folds.entities)
    if store.reads.has_undated():
        return _fold_reading_all(store, settings, new, folds)  # the corpus may date an undated document
    timeline = fold_timeline(store, new, old_entities, fresh)
    statements = fold_statements(store, new, old_entities, fresh)
    changed = {s.id for s in folds.stories.stories} | folds.stories.removed
    old = CorpusLinks(
        entities=old_entities,
        statements=statements.replaced,
        timeline=timeline.replaced,
        copies=folds.copies.replaced,
        stories=tuple(store.reads.stories_by_id(changed)),
    )
    links = CorpusLinks(
        entities=fresh,
        statements=statements.statements,
        timeline=timeline.entries,
        duplicates=folds.copies.duplicates,
        copies=folds.copies.copies,
        stories=folds.stories.stories,
    )
    rows = replace(folds.rows(new), blocks={**folds.rows(new).blocks, TIMELINE: timeline.blocks})
    store.save_link_changes(old, links, LINK_STATE, replace(rows, counts=timeline.counts))
    return set()


@dataclass(frozen=True, slots=True)
class _Folds:
    """The folds that read the store by index whatever the corpus: entities, stories, copies."""

    entities: EntityFold
    stories: StoryFold
    copies: CopyFold

    def rows(self, new: Sequence[DocumentAnalysis]) -> FoldRows:
        rows = fold_rows(self.entities, new)
        copy_rows = self.copies.rows
        keys = {**rows.keys, **copy_rows.keys, STORIES: self.stories.names, GROUPS: self.stories.groups}
        data = {**copy_rows.data, STORIES: self.stories.data}
        return replace(rows, keys=keys, data=data, bands=copy_rows.bands)


def _fold_reading_all(
    store: Store, settings: Settings, new: Sequence[DocumentAnalysis], folds: _Folds
) -> set[str]:
    """The fold over every stored analysis (a corpus with undated documents: the corpus may date one)."""
    analyses = list(store.load_analyses())
    old = store.load_links()
    entities = merged_entities(old.entities, folds.entities)
    pending = {a.document.id for a in new}
    links = replace(
        fold_links(analyses, pending, old, entities, folds.copies),
        stories=merged_stories(old.stories, folds.stories),
    )
    if _corpus_dates(analyses, links):
        return relink(store, settings)
    timeline = all_timeline_rows(analyses, entities)
    new_blocks = {
        k: v for k, v in timeline.blocks[TIMELINE].items() if k in {e.id for a in new for e in a.events}
    }
    rows = folds.rows(new)
    rows = replace(
        rows, blocks={**rows.blocks, TIMELINE: new_blocks}, counts=timeline.counts, counts_full=True
    )
    store.save_link_changes(old, links, LINK_STATE, rows)
    return set()


def _differing(stored: Sequence[Entity], fold: EntityFold) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """The stored and relinked records of the entities the fold redid, but those it gave back unchanged
    (nothing that reads entities can change through them: the same mentions, aliases, name and type)."""
    same = set(stored) & set(fold.entities)
    return tuple(e for e in stored if e not in same), tuple(e for e in fold.entities if e not in same)


def fold_links(
    analyses: Sequence[DocumentAnalysis],
    new_documents: Collection[str],
    old: CorpusLinks,
    entities: tuple[Entity, ...],
    copies: CopyFold,
) -> CorpusLinks:
    """The links of `analyses` but stories, given the stored links `old` of an earlier subset, the
    folded entities and the folded copies (equal to `link_corpus`'s)."""
    return CorpusLinks(
        entities=entities,
        statements=update_statements(analyses, entities, old.entities, old.statements),
        timeline=update_timeline(analyses, new_documents, entities, old.entities, old.timeline),
        duplicates=merged_duplicates(old.duplicates, copies.duplicates),
        copies=merged_copies(old.copies, copies),
    )


def merged_duplicates(
    stored: Sequence[NearDuplicate], fresh: Sequence[NearDuplicate]
) -> tuple[NearDuplicate, ...]:
    """The stored passages and the new documents' ones, in `find_near_duplicates`'s order."""
    return tuple(sorted({*stored, *fresh}, key=lambda d: (_span(d.a), _span(d.b))))


def _span(span: Span) -> tuple[str, int, int]:
    return (span.document, span.start, span.end)


def _corpus_dates(analyses: Sequence[DocumentAnalysis], links: CorpusLinks) -> bool:
    """The corpus can now date an undated document: it is analysed again with that date (a relink)."""
    if all(a.document.published.value is not None for a in analyses):
        return False
    return bool(infer_publication_dates(analyses, links.timeline, links.entities))
