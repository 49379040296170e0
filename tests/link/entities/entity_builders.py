"""Builders of small hand-made analyses for the entity-linking tests (no spaCy model needed)."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.model import (
    Document,
    DocumentAnalysis,
    Entity,
    Mention,
    OffsetMap,
    PublicationDate,
    make_id,
)
from storyline.run.fold import link_new
from storyline.settings import Settings
from storyline.store import open_store


def analysis(
    names: Sequence[tuple[str, str]], *, published: str | None = None, text: str | None = None
) -> DocumentAnalysis:
    """A document whose text holds each (surface, label) once, in order, with a name mention for each.

    With `text`, the names are looked up in it (first occurrence after the previous one)."""
    body = text if text is not None else ". ".join(surface for surface, _ in names) + "."
    doc_id = make_id("doc", body)
    mentions: list[Mention] = []
    cursor = 0
    for surface, label in names:
        start = body.index(surface, cursor)
        end = start + len(surface)
        cursor = end
        mentions.append(
            Mention(
                id=make_id("mention", doc_id, start, end),
                document=doc_id,
                start=start,
                end=end,
                text=surface,
                label=label,
                sentence=0,
            )
        )
    date = PublicationDate(value=published, source="metadata", confidence=0.95) if published else None
    document = Document(
        id=doc_id,
        source=f"test:{doc_id}",
        format="text",
        text=body,
        raw_text=body,
        offset_map=OffsetMap.identity(len(body)),
        published=date or PublicationDate.unknown(),
    )
    return DocumentAnalysis(document=document, mentions=tuple(mentions))


def people(*surfaces: str) -> DocumentAnalysis:
    """One document naming each surface form as a PERSON."""
    return analysis([(surface, "PERSON") for surface in surfaces])


def entity_with(entities: Sequence[Entity], alias: str) -> Entity:
    """The one entity listing `alias` (fails the test if none or several do)."""
    found = [entity for entity in entities if alias in entity.aliases]
    assert len(found) == 1, f"{alias!r} is in {len(found)} entities: {[e.aliases for e in found]}"
    return found[0]


def folded_aliases(batches: list[list[DocumentAnalysis]]) -> set[tuple[str, ...]]:
    """The entities' alias tuples after storing `batches` one after the other, each folded by `link_new`."""
    with open_store(":memory:") as store:
        for batch in batches:
            for item in batch:
                store.save_analysis(item)
            link_new(store, Settings())
        return {e.aliases for e in store.load_links().entities}
