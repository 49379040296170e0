"""Token ranges of a character range, found by spaCy's own alignment instead of a walk over the Doc.

A walk over every token per quote made quote extraction quadratic in the length of the document
(a 300,000-character text spent most of its quote time creating Token objects).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def tokens_starting_in(doc: Doc, start: int, end: int) -> range:
    """Indices of the tokens whose first character lies in [start, end)."""
    start, end = max(start, 0), min(end, _text_length(doc))
    if start >= end:
        return range(0)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return range(0)
    first = span.start + (1 if doc[span.start].idx < start else 0)
    return range(first, span.end)


def tokens_within(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens lying wholly inside [start, end)."""
    return [doc[i] for i in tokens_starting_in(doc, start, end) if doc[i].idx + len(doc[i]) <= end]


def _text_length(doc: Doc) -> int:
    """len(doc.text) without building the text (Doc.text joins every token on each call)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
