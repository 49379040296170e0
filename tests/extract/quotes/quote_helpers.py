"""Helpers for the quote tests: documents from our own sentences, name mentions from spaCy's entities."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from storyline.model import Document, Mention, OffsetMap, PublicationDate, Quote, make_id

Run = Callable[..., tuple[Document, tuple[Mention, ...], tuple[Quote, ...]]]
JUNK_LINES = re.compile(r"(?m)^\s*(?:\[ad_\d\]|Photo of author|By admin|pic\.twitter\.com/\S+)\s*$")


def make_document(text: str, published: str | None = "2021-03-30") -> Document:
    date = PublicationDate(value=published, source="metadata", confidence=0.95) if published else None
    return Document(
        id=make_id("doc", text),
        source="test",
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
        published=date or PublicationDate.unknown(),
    )


def name_mentions(document: Document, doc: object) -> tuple[Mention, ...]:
    return tuple(
        Mention(
            id=make_id("mention", document.id, e.start_char, e.end_char),
            document=document.id,
            start=e.start_char,
            end=e.end_char,
            text=e.text,
            label=e.label_,
        )
        for e in doc.ents  # type: ignore[attr-defined]
    )


def clean_seed(raw: str) -> str:
    """What the cleaner leaves of a seed for our purposes: no date header, ad markers or bare links."""
    text = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s*", "", raw)
    return JUNK_LINES.sub("", text)


def speaker_names(quotes: Sequence[Quote], mentions: Sequence[Mention]) -> list[str | None]:
    by_id = {m.id: m for m in mentions}
    return [by_id[q.speaker_mention].text if q.speaker_mention else None for q in quotes]
