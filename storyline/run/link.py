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
from storyline.run.side import Beside

Copies = tuple[tuple[NearDuplicate, ...], tuple[Copy, ...]]


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
    copies = Beside(lambda: copies_of(analyses, near_duplicate), fork=cores > 1)
    entities = link_entities(analyses, corrections)
    statements = link_statements(analyses, entities)
    timeline = build_timeline(analyses, entities)
    stories = build_stories(analyses)
    duplicates, copied = copies.result()
    return CorpusLinks(
        entities=entities,
        statements=statements,
        timeline=timeline,
        duplicates=duplicates,
        copies=copied,
        stories=stories,
    )


def copies_of(analyses: Sequence[DocumentAnalysis], near_duplicate: float) -> Copies:
    """The copied passages between the documents, and the document copies and rewrites they make."""
    duplicates = find_near_duplicates([a.document for a in analyses], near_duplicate)
    return duplicates, link_copies(analyses, duplicates)
