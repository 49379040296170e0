"""Read-side records the store returns besides the model's own: runs, counts and joined views."""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.model import Entity, Quote, Statement, TimelineEntry, TimeValue


@dataclass(frozen=True, slots=True, kw_only=True)
class RunCounts:
    """What one ingest run did, and how big the linked corpus was when it finished."""

    documents_added: int = 0
    documents_skipped: int = 0
    documents_rejected: int = 0
    entities: int = 0
    quotes: int = 0
    events: int = 0
    statements: int = 0
    timeline: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Run:
    """One row of the `runs` table: an ingest (or relink) with its paths, times and counts."""

    id: str
    paths: tuple[str, ...]
    started_at: str
    finished_at: str | None
    counts: RunCounts = field(default_factory=RunCounts)
    model: str | None = None  # the spaCy pipeline package, its version, and storyline's version
    model_version: str | None = None
    storyline_version: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EntityRow:
    """An entity with how often it is mentioned, in how many documents, and how many quotes it has."""

    entity: Entity
    mentions: int
    documents: int
    quotes: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """One document that reports a statement or timeline entry: id, outlet, source and publication date."""

    document: str
    source: str
    outlet: str | None
    published: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementRow:
    """A statement with its speaker's name, its quotes (speaker/statement filled) and the reports."""

    statement: Statement
    speaker_name: str | None
    quotes: tuple[Quote, ...]  # first report first
    reports: tuple[Report, ...]  # one per distinct document, first report first

    @property
    def text(self) -> str:
        return self.quotes[0].text if self.quotes else ""

    @property
    def said_on(self) -> TimeValue | None:
        """When it was said: the statement's date, else its first report's."""
        if self.statement.said_on is not None or not self.quotes:
            return self.statement.said_on
        return self.quotes[0].said_on

    @property
    def interval(self) -> tuple[str, str] | None:
        """The days it was said on, else its first publication day, else None."""
        if self.said_on is not None:
            return self.said_on.start, self.said_on.end
        day = self.statement.first_published.value
        return (day, day) if day else None

    @property
    def repeats(self) -> int:
        """How many further reports repeat the first one."""
        return max(len(self.quotes) - 1, 0)


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineRow:
    """A timeline entry with the documents that report it and its entities' display names."""

    entry: TimelineEntry
    reports: tuple[Report, ...]
    entity_names: tuple[str, ...]
