"""Cross-document records about copies and stories: who copied whom, and which documents tell one story."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from storyline.model.records import NearDuplicate

CopyKind = Literal["document", "passage", "rewrite"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Copy:
    """One document that copies another: whole, in passages, or rewritten with the same quotes and facts.

    `origin` is the earlier published document (by publication date, then by id when both dates are the
    same or unknown), `copy` the later one. `passages` are the shared passages (origin span in `a`, copy
    span in `b`); `similarity` is the share of the copy's sentences found in the origin, or for a
    rewrite the Jaccard overlap of the two documents' facts; `shared` lists, for a rewrite, the shared
    quotes, numbers, dates and names.
    """

    id: str  # make_id("copy", *sorted((origin, copy))): arrival order cannot change it
    origin: str
    copy: str
    kind: CopyKind
    similarity: float
    passages: tuple[NearDuplicate, ...] = ()
    shared: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """A cluster of documents about one story, or (with `parent`) a sub-story of one.

    `label` joins the top entities and terms; `start`/`end` are the earliest and latest publication
    dates of its documents (ISO, None when none is dated).
    """

    id: str  # make_id("story", smallest member document id, parent): arrival order cannot change it
    label: str
    entities: tuple[str, ...]  # top entity names, most documents first
    terms: tuple[str, ...]  # top content words, most documents first
    documents: tuple[str, ...]  # document ids, sorted
    start: str | None = None
    end: str | None = None
    parent: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class BriefSentence:
    """One sentence of a timeline summary, with where it comes from."""

    text: str
    document: str
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class BriefDate:
    """One date of a timeline summary: the best sourced sentences and how many documents report it.

    `planned` is True for a date that was only announced (a plan or a schedule), never one that happened.
    """

    date: str  # YYYY-MM-DD
    sentences: tuple[BriefSentence, ...]
    reports: int
    planned: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Brief:
    """A timeline summary: the dates that matter, each with its best sentences; planned dates apart."""

    story: str | None
    dates: tuple[BriefDate, ...]
    planned: tuple[BriefDate, ...] = ()
    documents: int = 0
