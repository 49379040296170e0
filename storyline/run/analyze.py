"""Per-document analysis: composes the extract stages over one cleaned document and its parse."""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.extract.coref import resolve_references
from storyline.extract.events import extract_events
from storyline.extract.mentions import extract_mentions
from storyline.extract.quotes import extract_quotes
from storyline.extract.sentences import extract_sentences
from storyline.extract.time import extract_times, resolve_publication_date
from storyline.model import Document, DocumentAnalysis, Rejected


def analyze_document(document: Document, doc: Doc) -> DocumentAnalysis:
    """Run every extract stage over one document, in dependency order."""
    document = resolve_publication_date(document, doc)
    sentences = extract_sentences(document, doc)
    names = extract_mentions(document, doc)
    mentions = resolve_references(document, doc, names)
    timexes = extract_times(document, doc)
    quotes = extract_quotes(document, doc, mentions, timexes)
    events = extract_events(document, doc, timexes, mentions, quotes)
    return DocumentAnalysis(
        document=document,
        sentences=sentences,
        mentions=mentions,
        timexes=timexes,
        quotes=quotes,
        events=events,
    )


def analyze_or_reject(document: Document, doc: Doc) -> DocumentAnalysis | Rejected:
    """Like analyze_document, but a failure in any stage rejects this document and spares the batch."""
    try:
        return analyze_document(document, doc)
    except Exception as error:  # a bug in a stage must not stop the batch; it is reported per file
        return Rejected(
            stage="extract",
            source=document.source,
            reason=f"internal error while extracting ({type(error).__name__}: {error}); please report it",
            code="E900",
        )
