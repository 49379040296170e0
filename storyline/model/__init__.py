"""The central records of storyline; this package imports nothing else of ours."""

from storyline.model.dates import Granularity, PublicationDate, PublishedFrom, TimeValue
from storyline.model.document import Document, OffsetMap, RawDocument, RemovedSpan
from storyline.model.ids import make_id
from storyline.model.outcome import Rejected, Skipped
from storyline.model.records import (
    CorpusLinks,
    Correction,
    DocumentAnalysis,
    Entity,
    Event,
    Mention,
    NearDuplicate,
    Quote,
    Sentence,
    Span,
    Statement,
    TimeExpression,
    TimelineEntry,
)
from storyline.model.stories import Brief, BriefDate, BriefSentence, Copy, CopyKind, Story

__all__ = [
    "Brief",
    "BriefDate",
    "BriefSentence",
    "Copy",
    "CopyKind",
    "CorpusLinks",
    "Correction",
    "Document",
    "DocumentAnalysis",
    "Entity",
    "Event",
    "Granularity",
    "Mention",
    "NearDuplicate",
    "OffsetMap",
    "PublicationDate",
    "PublishedFrom",
    "Quote",
    "RawDocument",
    "Rejected",
    "RemovedSpan",
    "Sentence",
    "Skipped",
    "Span",
    "Statement",
    "Story",
    "TimeExpression",
    "TimeValue",
    "TimelineEntry",
    "make_id",
]
