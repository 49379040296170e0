"""Small analyses built from name lists, for the translit and speed benchmarks (no spaCy needed)."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.model import Document, DocumentAnalysis, Mention, OffsetMap, make_id


def names_analysis(names: Sequence[tuple[str, str]], salt: str = "") -> DocumentAnalysis:
    """A document whose text lists the (surface, label) names, one name mention each."""
    text = ". ".join(surface for surface, _ in names) + "." + salt
    doc_id = make_id("doc", text)
    mentions, cursor = [], 0
    for surface, label in names:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        mentions.append(
            Mention(
                id=make_id("mention", doc_id, start, cursor),
                document=doc_id,
                start=start,
                end=cursor,
                text=surface,
                label=label,
                sentence=0,
            )
        )
    document = Document(
        id=doc_id,
        source=doc_id,
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
    )
    return DocumentAnalysis(document=document, mentions=tuple(mentions))
