"""Row records of the paged read queries (store/browse.py, store/browse_links.py, store/search.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
U = TypeVar("U")

MAX_LIMIT = 500


@dataclass(frozen=True, slots=True, kw_only=True)
class Window:
    """Which slice of a list to return: at most `limit` rows after skipping `offset`."""

    limit: int = 50
    offset: int = 0

    def __post_init__(self) -> None:
        if not 1 <= self.limit <= MAX_LIMIT:
            raise ValueError(f"limit must be between 1 and {MAX_LIMIT}")
        if self.offset < 0:
            raise ValueError("offset must not be negative")


@dataclass(frozen=True, slots=True, kw_only=True)
class Page(Generic[T]):
    """One page of a longer list, with the size of the whole list."""

    items: tuple[T, ...]
    total: int
    window: Window

    def map(self, function: Callable[[T], U]) -> Page[U]:
        return Page(items=tuple(function(item) for item in self.items), total=self.total, window=self.window)

    @property
    def has_next(self) -> bool:
        return self.window.offset + len(self.items) < self.total


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentRow:
    """A document as lists show it: no text, just what identifies and dates it."""

    id: str
    title: str | None
    outlet: str | None
    source: str
    url: str | None
    published: str | None
    published_from: str
    characters: int


@dataclass(frozen=True, slots=True, kw_only=True)
class EntitySummary:
    """An entity with the number of documents and mentions it has."""

    id: str
    name: str
    type: str
    documents: int
    mentions: int


@dataclass(frozen=True, slots=True, kw_only=True)
class CountRow:
    """A key (an id or a name), how to show it, and a count."""

    key: str
    label: str
    count: int


@dataclass(frozen=True, slots=True, kw_only=True)
class MonthCount:
    """A count in one month (YYYY-MM) for one series (an outlet, "mentions", ...)."""

    month: str
    label: str
    count: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportRow:
    """One document reporting a statement or an event: where and when it was published, and the span."""

    document: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    start: int
    end: int
    text: str
    kind: str = ""  # direct | indirect for quotes; the date expression for events
    relay: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineItem:
    """A timeline entry for lists: its date, summary and sourcing, the date expressions that dated it."""

    id: str
    date: str
    start: str
    end: str
    granularity: str
    planned: bool
    summary: str
    summary_document: str
    summary_start: int
    summary_end: int
    expressions: tuple[str, ...]
    reports: tuple[ReportRow, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementItem:
    """A statement for lists: speaker, when said, its first report and every repeat."""

    id: str
    speaker: str | None
    speaker_name: str | None
    said_on: str | None
    first_published: str | None
    text: str
    reports: tuple[ReportRow, ...]  # first report first


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchHit:
    """One search result: what kind, where (document and span), a snippet with marked terms."""

    kind: str  # documents | quotes | events | sentences (semantic search)
    document: str
    title: str | None
    outlet: str | None
    published: str | None
    start: int
    end: int
    snippet: str  # matched terms between \x02 and \x03
    record: str | None = None  # quote or event id
    score: float | None = None  # cosine similarity to the query (semantic search)
