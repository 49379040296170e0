"""Partial dates: an ISO prefix (or TIMEX3 value) with the interval it covers and where it came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Granularity = Literal[
    "day", "week", "month", "quarter", "season", "half", "year", "decade", "century", "unknown"
]
PublishedFrom = Literal["metadata", "path", "byline", "text", "inferred", "none"]


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeValue:
    """A normalized time: `value` like 2021-03-27, 2021-04, 2020, 199 (the 1990s) or 2021-W12.

    `start` and `end` are ISO dates (YYYY-MM-DD), inclusive, for the interval the value covers;
    a fuzzy part ("mid-April") has a narrower interval than its value (2021-04).
    """

    value: str
    start: str
    end: str
    granularity: Granularity
    modifier: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ...


@dataclass(frozen=True, slots=True, kw_only=True)
class PublicationDate:
    """When a document was published, how we know it, and how sure we are."""

    value: str | None  # ISO date YYYY-MM-DD, or None where it cannot be known
    source: PublishedFrom  # metadata | path | byline | text | inferred | none
    confidence: float = 0.0  # 0..1; metadata ~0.95, path/byline ~0.85-0.9, inferred lower
    evidence: str | None = None  # what it was read from: a meta field name or the text used

    @classmethod
    def unknown(cls) -> PublicationDate:
        return cls(value=None, source="none", confidence=0.0, evidence=None)
