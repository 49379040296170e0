"""Incremental statement linking: only the speakers that new reports or changed entities touch are relinked.

A statement's quotes all have one speaker, and `link_statements` scores a pair with the statistics of
that speaker's reports alone, so the statements of one speaker are a function of that speaker's reports.
`update_statements` finds the dirty speakers (those of the new documents' quotes, every entity whose
record changed, and the old speakers of quotes whose speaker changed), relinks their reports and keeps
every other stored statement as it is: the result equals `link_statements` over the whole corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from storyline.link.statements import link_statements
from storyline.model import DocumentAnalysis, Entity, Quote, Statement


def quote_speakers(analyses: Sequence[DocumentAnalysis], entities: Sequence[Entity]) -> dict[str, str | None]:
    """Each quote's speaker entity as `link_statements` reads it (None: no linked speaker)."""
    owner = {mention: entity.id for entity in entities for mention in entity.mentions}
    return {
        quote.id: quote.speaker or (owner.get(quote.speaker_mention) if quote.speaker_mention else None)
        for analysis in analyses
        for quote in analysis.quotes
    }


def changed_entities(old: Sequence[Entity], new: Sequence[Entity]) -> set[str]:
    """Ids of the entities that are new, gone, or whose record (name, aliases, mentions, type) changed."""
    return {entity.id for entity in set(old) ^ set(new)}


def update_statements(
    analyses: Sequence[DocumentAnalysis],
    entities: Sequence[Entity],
    old_entities: Sequence[Entity],
    old_statements: Sequence[Statement],
) -> tuple[Statement, ...]:
    """Every statement of the corpus, computed again only for the dirty speakers (module docstring)."""
    speaker = quote_speakers(analyses, entities)
    old_speaker = {quote: s.speaker for s in old_statements for quote in s.quotes}
    changed = changed_entities(old_entities, entities)
    dirty_quotes = {
        quote
        for quote, who in speaker.items()
        if quote not in old_speaker or who in changed or old_speaker[quote] != who
    }
    gone = old_speaker.keys() - speaker.keys()  # quotes of a document analysed again
    dirty = changed | {speaker[q] for q in dirty_quotes} | {old_speaker.get(q) for q in dirty_quotes | gone}
    dirty.discard(None)

    def relinked(quote: Quote) -> bool:
        return quote.id in dirty_quotes or speaker[quote.id] in dirty

    subset = [replace(a, quotes=tuple(q for q in a.quotes if relinked(q))) for a in analyses]
    fresh = link_statements([a for a in subset if a.quotes], entities)
    moved = {quote.id for a in subset for quote in a.quotes}
    kept = [
        s
        for s in old_statements
        if s.speaker not in dirty and not moved.intersection(s.quotes) and not gone.intersection(s.quotes)
    ]
    return tuple(sorted([*kept, *fresh], key=lambda s: s.id))
