"""Sentences of a document as offsets into its cleaned text, from the spaCy parse."""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.model import Document, Sentence


def extract_sentences(document: Document, doc: Doc) -> tuple[Sentence, ...]:
    """Every non-blank sentence, trimmed of surrounding whitespace, numbered in order."""
    sentences: list[Sentence] = []
    for sent in doc.sents:
        text = sent.text
        stripped = text.strip()
        if not stripped:
            continue
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = start + len(stripped)
        sentences.append(Sentence(document=document.id, index=len(sentences), start=start, end=end))
    return tuple(sentences)
