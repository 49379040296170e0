"""Per-document facts (mentions, times, quotes, events) and the cross-document records built on them.

Every fact carries its document id and character offsets into that document's cleaned text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from storyline.model.dates import PublicationDate, TimeValue
from storyline.model.document import Document
from storyline.model.stories import Copy, Story

MentionKind = Literal["name", "pronoun", "role"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "indirect"]
SaidOnFrom = Literal["text", "published", "none"]
EventDatedFrom = Literal["text", "publication"]
PUBLICATION_DAY_CONFIDENCE = 0.5  # an event dated by its document's publication day, not by a date word
DuplicateKind = Literal["exact", "near"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A character span [start, end) of a document's cleaned text."""

    document: str
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """A sentence of a document's cleaned text."""

    document: str
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A reference to a person, organisation or place in one document.

    `kind` is "name" for a proper name ("Dmitry Peskov", "Peskov"), "pronoun" ("he", "she") or
    "role" ("the Kremlin spokesman"). `refers_to` is the id of the mention in the same document that
    this one stands for (in-document coreference), if resolved. `entity` is filled by linking.
    """

    id: str  # make_id("mention", document, start, end)
    document: str
    start: int
    end: int
    text: str
    label: str  # PERSON | ORG | GPE | LOC | NORP | FAC | EVENT | ...
    kind: MentionKind = "name"
    sentence: int = -1
    refers_to: str | None = None
    entity: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpression:
    """A temporal expression (TIMEX3 semantics) found in a document and normalized against an anchor.

    `value` is the TIMEX3 value (2021-03-27, 2021-04, 2020, P5W, PRESENT_REF, XXXX-XX-27, ...);
    `time` is the interval it covers, None for durations, sets and unresolvable values.
    `anchor` is the ISO date the expression was resolved against and `anchor_rule` names the rule
    (publication date, narrative reference time, ...).
    """

    id: str  # make_id("timex", document, start, end)
    document: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    time: TimeValue | None
    anchor: str | None
    anchor_rule: str  # "publication" | "narrative" | "absolute" | "none" | ...
    sentence: int = -1


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """What someone said, as one article reports it.

    `start`/`end` span the quoted (direct) or reported (indirect) content; `cue_*` span the reporting
    verb or phrase; `speaker_*` span the words that name the speaker in this article. `speaker_mention`
    is the id of the name mention the speaker resolves to in this document (through pronouns and
    roles), `speaker` the entity id after linking. `relay` names the outlet or agency the quote is
    credited to ("RIA Novosti quoted him as saying"). `said_on` is when it was said (not published).
    `fragments` are spans of partial/scare quotes inside reported speech that belong to this quote.
    """

    id: str  # make_id("quote", document, start, end)
    document: str
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_mention: str | None = None
    speaker: str | None = None
    cue_text: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    relay: str | None = None
    said_on: TimeValue | None = None
    said_on_from: SaidOnFrom = "none"
    fragments: tuple[tuple[int, int], ...] = ()
    statement: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """A clause in one document that reports something happening at a normalized time."""

    id: str  # make_id("event", document, start, end)
    document: str
    start: int  # the clause (or sentence) reporting the event
    end: int
    summary: str
    timex: str  # id of the TimeExpression that dates it ("" when dated from the publication day)
    time: TimeValue
    planned: bool = False  # a future/planned event (e.g. a date inside a quote about the future)
    mentions: tuple[str, ...] = ()  # ids of entity mentions inside the clause
    # "text": dated by a date expression in the clause; "publication": the clause reports news of the
    # day without a date word ("The WHO has declared a pandemic"), dated by the publication day.
    dated_from: EventDatedFrom = "text"
    confidence: float = 1.0  # 1.0 from a date expression, lower when dated by the publication day


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentAnalysis:
    """Everything extracted from one document, before any cross-document linking."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[TimeExpression, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """One real person, organisation or place across all documents."""

    id: str
    name: str  # the preferred display name
    type: str  # PERSON | ORG | GPE | LOC | ...
    aliases: tuple[str, ...]  # every surface form seen, the display name included
    mentions: tuple[str, ...]  # mention ids


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    """One thing one speaker said, with every article's report of it; first report = earliest."""

    id: str
    speaker: str | None  # entity id
    quotes: tuple[str, ...]  # quote ids, first report first
    first_document: str
    first_published: PublicationDate
    said_on: TimeValue | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry:
    """One real-world event on the timeline, citing every report of it."""

    id: str
    time: TimeValue
    summary: str
    summary_span: Span  # where the summary text comes from
    events: tuple[str, ...]  # event ids (each carries its document span)
    mentions: tuple[Span, ...]
    entities: tuple[str, ...] = ()
    planned: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class NearDuplicate:
    """Two passages (in two documents) that say nearly the same thing.

    `a` is the passage in the origin (the earlier published document), `b` the passage in the copy;
    `origin` is `a.document`. `kind` is "exact" when the words are the same, else "near";
    `similarity` is the share of the shorter passage's word shingles found in the other.
    """

    a: Span
    b: Span
    similarity: float
    origin: str | None = None
    kind: DuplicateKind = "near"


@dataclass(frozen=True, slots=True, kw_only=True)
class Correction:
    """A user's correction of entity identity, kept in the db so later ingests respect it.

    `merge`: the names/entity ids in `targets` are one entity. `split`: the alias `targets[0]` is not
    the entity `targets[1]` (it becomes an entity of its own).
    """

    id: str  # make_id("correction", action, targets)
    action: Literal["merge", "split"]
    targets: tuple[str, ...]
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CorpusLinks:
    """What cross-document linking builds over all stored analyses."""

    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    duplicates: tuple[NearDuplicate, ...] = ()
    copies: tuple[Copy, ...] = ()
    stories: tuple[Story, ...] = ()
