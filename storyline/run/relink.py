"""Relinking: cross-document records from the stored analyses, with publication dates the corpus infers.

The result is a function of the stored documents and the corrections, whatever order the documents
arrived in: a document the corpus dated in an earlier run is taken back in its undated form before the
corpus infers dates again, since a later arrival may date it differently (or not at all).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from storyline.extract.nlp import load_pipeline, parse_documents
from storyline.link.dating import infer_publication_dates
from storyline.model import CorpusLinks, Document, DocumentAnalysis, PublicationDate, Rejected
from storyline.run.analyze import analyze_or_reject
from storyline.run.fold_copies import all_copy_rows
from storyline.run.fold_entities import entity_fold_rows
from storyline.run.fold_stories import GROUPS, all_story_keys
from storyline.run.fold_stories import LINKER as STORIES
from storyline.run.fold_timeline import all_timeline_rows
from storyline.run.link import link_corpus_with_rows
from storyline.run.side import Beside
from storyline.settings import Settings
from storyline.store import FoldRows, Store

LINK_STATE = {"linkers": "fold-8"}  # what made the stored links (run/fold.py; 8: timeline limit at doublings)


def relink(store: Store, settings: Settings) -> set[str]:
    """Rebuild every cross-document record from the stored analyses and the user's corrections.

    Each analysis is saved with a pending marker that only the links' own transaction clears, so a run
    killed anywhere in here leaves the marker, and the next `ingest` or `relink` completes the links.

    Documents whose publication date only the corpus can tell (storyline/link/dating.py) are analysed
    again with that date, and the corpus is linked once more. Returns their ids.
    """
    stored = {a.document.id: a for a in store.load_analyses()}
    undated = _undated_forms([stored[i] for i in sorted(store.corpus_dated() & stored.keys())], settings)
    base = [undated.get(key, analysis) for key, analysis in stored.items()]
    links, copy_rows = _link(store, settings, base)
    dated = infer_publication_dates(base, links.timeline, links.entities)
    final: list[DocumentAnalysis] = []
    for analysis in base:
        key = analysis.document.id
        if key in dated:
            analysis = _dated_form(stored[key], analysis.document, dated[key], settings)
        if analysis != stored[key] or (key in dated) != (key in undated):
            store.save_analysis(analysis, corpus_dated=key in dated)
        final.append(analysis)
    if dated:
        links, copy_rows = _link(store, settings, final)
    store.save_links(links, LINK_STATE, all_fold_rows(final, links, copy_rows=copy_rows))
    return set(dated)


def all_fold_rows(
    analyses: Sequence[DocumentAnalysis],
    links: CorpusLinks,
    *,
    cores: int = 1,
    copy_rows: FoldRows | None = None,
) -> FoldRows:
    """The whole fold state of every linker for `analyses` linked as `links` (what a full relink writes);
    `copy_rows`: the copy linkers' part if the linking made it (`link_corpus_with_rows`), else computed
    here, with `cores` > 1 in a forked child beside the rest."""
    known = copy_rows
    beside = Beside(
        lambda: known if known is not None else all_copy_rows(analyses), fork=cores > 1 and known is None
    )
    rows = entity_fold_rows(analyses, links.entities)
    names, data, groups = all_story_keys(analyses)
    timeline = all_timeline_rows(analyses, links.entities)
    copy_rows = beside.result()
    keys = {**rows.keys, **copy_rows.keys, STORIES: names, GROUPS: groups}
    return replace(rows, keys=keys, data={**copy_rows.data, STORIES: data}, bands=copy_rows.bands,
                   blocks={**rows.blocks, **timeline.blocks}, counts=timeline.counts)  # fmt: skip


def _link(
    store: Store, settings: Settings, analyses: Sequence[DocumentAnalysis]
) -> tuple[CorpusLinks, FoldRows]:
    return link_corpus_with_rows(
        analyses, store.corrections(), settings.min_near_duplicate, cores=settings.n_process
    )


def _undated_forms(analyses: Sequence[DocumentAnalysis], settings: Settings) -> dict[str, DocumentAnalysis]:
    """The analyses of corpus-dated documents as they were before the corpus dated them."""
    forms = {}
    for analysis in analyses:
        outcome = _analyze(replace(analysis.document, published=PublicationDate.unknown()), settings)
        if outcome is not None:
            forms[analysis.document.id] = outcome
    return forms


def _dated_form(
    stored: DocumentAnalysis, undated: Document, published: PublicationDate, settings: Settings
) -> DocumentAnalysis:
    """The analysis of `undated` with the inferred date (the stored one when it already has that date)."""
    if stored.document.published == published:
        return stored
    return _analyze(replace(undated, published=published), settings) or stored


def _analyze(document: Document, settings: Settings) -> DocumentAnalysis | None:
    doc, _ = next(parse_documents(load_pipeline(settings.model), [document]))
    outcome = doc if isinstance(doc, Rejected) else analyze_or_reject(document, doc)
    return None if isinstance(outcome, Rejected) else outcome
