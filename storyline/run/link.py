"""Cross-document linking over every stored analysis: entities, statements, timeline, copies, stories."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.link.copies import link_copies
from storyline.link.duplicates import find_near_duplicates
from storyline.link.entities import link_entities
from storyline.link.statements import link_statements
from storyline.link.stories import build_stories
from storyline.link.timeline import build_timeline
from storyline.model import CorpusLinks, Correction, DocumentAnalysis


def link_corpus(
    analyses: Sequence[DocumentAnalysis], corrections: Sequence[Correction], near_duplicate: float
) -> CorpusLinks:
    """Build every cross-document record from the analyses; the same input always gives the same links."""
    entities = link_entities(analyses, corrections)
    duplicates = find_near_duplicates([a.document for a in analyses], near_duplicate)
    return CorpusLinks(
        entities=entities,
        statements=link_statements(analyses, entities),
        timeline=build_timeline(analyses, entities),
        duplicates=duplicates,
        copies=link_copies(analyses, duplicates),
        stories=build_stories(analyses),
    )
