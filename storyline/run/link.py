"""Cross-document linking over every stored analysis: entities, statements, timeline, copies, stories."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.link.copies import link_copies
from storyline.link.duplicates import find_near_duplicates
from storyline.link.entities import link_entities
from storyline.link.statements import link_statements
from storyline.link.stories import build_stories
from storyline.link.timeline import build_timeline
from storyline.model import Copy, CorpusLinks, Correction, DocumentAnalysis, NearDuplicate
from storyline.run.fold_copies import copies_with_rows
from storyline.run.side import Beside
from storyline.store import FoldRows

Copies = tuple[tuple[NearDuplicate, ...], tuple[Copy, ...]]
CopiesAndRows = tuple[tuple[NearDuplicate, ...], tuple[Copy, ...], FoldRows | None]


def link_corpus(
    analyses: Sequence[DocumentAnalysis],
    corrections: Sequence[Correction],
    near_duplicate: float,
    *,
    cores: int = 1,
) -> CorpusLinks:
    """Build every cross-document record from the analyses; the same input always gives the same links.

    With `cores` > 1 the copied passages and copies (which need no entity) are found in a forked child
    while this process links entities, statements, timeline and stories: the same links, sooner."""
    copies: Beside[CopiesAndRows] = Beside(
        lambda: (*copies_of(analyses, near_duplicate), None), fork=cores > 1
    )
    return _linked(analyses, corrections, copies)[0]


def link_corpus_with_rows(
    analyses: Sequence[DocumentAnalysis],
    corrections: Sequence[Correction],
    near_duplicate: float,
    *,
    cores: int = 1,
) -> tuple[CorpusLinks, FoldRows]:
    """`link_corpus`'s links and the copy linkers' whole fold state (their MinHash band keys and quote
    facts, `all_copy_rows`), each sentence's MinHash computed once for both (a full relink)."""
    copies: Beside[CopiesAndRows] = Beside(lambda: copies_with_rows(analyses, near_duplicate), fork=cores > 1)
    links, rows = _linked(analyses, corrections, copies)
    assert rows is not None
    return links, rows


def _linked(
    analyses: Sequence[DocumentAnalysis],
    corrections: Sequence[Correction],
    copies: Beside[CopiesAndRows],
) -> tuple[CorpusLinks, FoldRows | None]:
    """The links, the copy linkers' from `copies` (started beside) with their fold rows if it has them."""
    entities = link_entities(analyses, corrections)
    statements = link_statements(analyses, entities)
    timeline = build_timeline(analyses, entities)
    stories = build_stories(analyses)
    duplicates, copied, rows = copies.result()
    links = CorpusLinks(
        entities=entities,
        statements=statements,
        timeline=timeline,
        duplicates=duplicates,
        copies=copied,
        stories=stories,
    )
    return links, rows


def copies_of(analyses: Sequence[DocumentAnalysis], near_duplicate: float) -> Copies:
    """The copied passages between the documents, and the document copies and rewrites they make."""
    duplicates = find_near_duplicates([a.document for a in analyses], near_duplicate)
    return duplicates, link_copies(analyses, duplicates)
