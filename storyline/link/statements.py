"""Statements across articles: every report of the same thing said by the same speaker, first report first.

Two quotes are one statement when their speakers are the same entity, their content words overlap enough
(verbatim or paraphrased, direct or indirect) and their statement dates do not contradict each other.
Similarity is the larger of the overlap coefficient of normalised content words and rapidfuzz's token-set
ratio of the same words; both need at least MIN_WORDS content words on the shorter side. THRESHOLD was
picked on the seed articles (same statement: 0.67-1.0; different statements by one speaker: <= 0.4).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

from storyline.model import (
    DocumentAnalysis,
    Entity,
    PublicationDate,
    Quote,
    Statement,
    TimeValue,
    make_id,
)


def word_set(words: str) -> frozenset[str]:
    """The space-separated words of `words` as a set."""
    return frozenset(words.split())


THRESHOLD = 0.6
MIN_WORDS = 2
DATE_SLACK_DAYS = 1
NEGATIONS = frozenset({"no", "not", "never", "none", "nothing", "n't", "without"})
STOPWORDS = word_set(
    "a an the of to in on at for by with from and or but is are was were be been being am it its this "
    "that these those there here we our us i me my you your he him his she her they them their as "
    "about into over after before than then so such also very any all some both each which who whom "
    "what when where will would shall should can could may might must do does did has have had having "
    "if while because out up down just only even still more most much many other another same own per "
    "via"
)
SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ness", "ment", "ments", "es", "ed", "s", "ly")
UNKNOWN_DATE = "9999-12-31"


def content_words(text: str) -> frozenset[str]:
    """Lower-cased content words, negations folded to "not", crude suffixes stripped."""
    words = set()
    for word in re.findall(r"[\w']+", text.lower()):
        if word in NEGATIONS:
            words.add("not")
        elif word not in STOPWORDS and not word.isdigit():
            words.add(_stem(word))
    return frozenset(words)


def _stem(word: str) -> str:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of two content-word sets, 0..1 (0 when either is too short to judge)."""
    if min(len(a), len(b)) < MIN_WORDS:
        return 1.0 if a and a == b else 0.0
    overlap = len(a & b) / min(len(a), len(b))
    ratio = fuzz.token_set_ratio(" ".join(sorted(a)), " ".join(sorted(b))) / 100
    return max(overlap, ratio) if len(a & b) >= MIN_WORDS else 0.0


@dataclass(frozen=True, slots=True)
class _Report:
    quote: Quote
    published: PublicationDate
    speaker: str | None
    words: frozenset[str]

    @property
    def order(self) -> tuple[str, str, int]:
        return (self.published.value or UNKNOWN_DATE, self.quote.document, self.quote.start)


def _compatible(a: TimeValue | None, b: TimeValue | None, a_text: bool, b_text: bool) -> bool:
    """Dates read from the text must overlap (a day of slack); a publication date only bounds."""
    if a is None or b is None or not (a_text and b_text):
        return True
    try:
        gap = (date.fromisoformat(b.start) - date.fromisoformat(a.end)).days
        back = (date.fromisoformat(a.start) - date.fromisoformat(b.end)).days
    except ValueError:
        return True
    return gap <= DATE_SLACK_DAYS and back <= DATE_SLACK_DAYS


def _joins(report: _Report, group: list[_Report]) -> bool:
    if report.speaker is None or group[0].speaker != report.speaker:
        return False
    q = report.quote
    if not all(
        _compatible(q.said_on, g.quote.said_on, q.said_on_from == "text", g.quote.said_on_from == "text")
        for g in group
    ):
        return False
    return max(similarity(report.words, g.words) for g in group) >= THRESHOLD


def _reports(analyses: Sequence[DocumentAnalysis], entities: Sequence[Entity]) -> list[_Report]:
    owner = {mention: entity.id for entity in entities for mention in entity.mentions}
    reports = []
    for analysis in analyses:
        for quote in analysis.quotes:
            speaker = quote.speaker or (owner.get(quote.speaker_mention) if quote.speaker_mention else None)
            words = content_words(quote.text)
            reports.append(_Report(quote, analysis.document.published, speaker, words))
    return sorted(reports, key=lambda r: r.order)


def link_statements(
    analyses: Sequence[DocumentAnalysis], entities: Sequence[Entity]
) -> tuple[Statement, ...]:
    """One Statement per thing said, grouping every quote of it; each quote is in exactly one statement."""
    groups: list[list[_Report]] = []
    for report in _reports(analyses, entities):
        target = next((g for g in groups if _joins(report, g)), None)
        if target is None:
            groups.append([report])
        else:
            target.append(report)
    return tuple(_statement(group) for group in groups)


def _statement(group: list[_Report]) -> Statement:
    first = group[0]
    dates = [r.quote.said_on for r in group if r.quote.said_on is not None]
    said_on = min(dates, key=lambda d: (d.start, d.end)) if dates else None
    return Statement(
        id=make_id("statement", first.speaker, first.quote.id),
        speaker=first.speaker,
        quotes=tuple(r.quote.id for r in group),
        first_document=first.quote.document,
        first_published=first.published,
        said_on=said_on,
    )
