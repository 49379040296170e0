"""Statements across articles: every report of the same thing said by the same speaker, first report first.

Two quotes can be one statement only when every one of these named tests holds (the incremental linker
calls the same predicates):

- `same_speaker`: their speakers are the same entity;
- `dates_compatible`: the times they were said can overlap (a date read from the text is an interval, a
  publication date only says "on or before"; a text date after the report's own publication is no
  saying date and is ignored);
- `shares_content`: they share words that are not the topic's common vocabulary (at least MIN_WORDS
  content words used by at most COMMON_SHARE of the corpus's reports), or one repeats the other
  (`verbatim`: a partial quote of one found in the other, or the same words both ways, one of them
  beyond the common vocabulary — a short quote of topic words, "swine flu pandemic", repeats nothing);
  a quote of MIN_WORDS content words or fewer joins only a report with the same words or its fragment;
- not `numbers_conflict`: when both state figures, they share one (18 case-count updates are 18
  statements, not one), and never give two figures in the same words (`link.figures`).

Among those pairs, evidence is scored: the idf-weighted overlap of content words (stems, with shared
prefixes for derivations: "unifying"/"unification"), plus strong evidence for a partial quote or a
number ("$1.5 billion") that both reports share. Pairs at or above THRESHOLD are merged best first, and
two groups join only when `may_join` holds for every pair across them (no incompatible dates, no
conflicting figures), so a bridging report cannot chain different statements together. The first report
is the earliest publication (on one day: dates read from the document before inferred ones, then direct
before indirect); a statement's `said_on` is never after its first report.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations

from storyline.lang.en.numbers import spell_figures
from storyline.link.figures import Context, figure_contexts, figures_differ
from storyline.link.statement_words import MIN_WORDS, content_words, shared_words, similarity
from storyline.model import (
    DocumentAnalysis,
    Entity,
    PublicationDate,
    Quote,
    Statement,
    TimeValue,
    make_id,
)

THRESHOLD = 0.5
FRAGMENT_BONUS = 0.5  # a partial quote of one report found in the other
NUMBER_BONUS = 0.4  # the same figure in both
DATE_SLACK_DAYS = 1
COMMON_SHARE = 0.05  # a word in more than this share of the reports (and MIN_COMMON) is topic vocabulary
MIN_COMMON = 10
VERBATIM = 0.9  # similarity at which one report repeats the other
NUMBER = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])(?:\s*(?:per cent|percent|%|billion|million|thousand|trillion))?"
)  # a whole figure, not the digits of a name like "H1N1"
PROVENANCE = {"metadata": 0, "path": 1, "byline": 1, "text": 2, "inferred": 3, "none": 4}
INFERRED = PROVENANCE["inferred"]
UNKNOWN_DATE = "9999-12-31"
NEVER = date.min
ALWAYS = date.max


@dataclass(frozen=True, slots=True)
class _Report:
    quote: Quote
    published: PublicationDate
    speaker: str | None
    words: frozenset[str]
    fragments: tuple[str, ...]  # partial quotes, lower-cased
    numbers: frozenset[str]
    figures: dict[Context, frozenset[str]]  # figures by the words beside them
    window: tuple[date, date]  # when it can have been said

    @property
    def order(self) -> tuple[str, bool, int, int, str, int]:
        """Earliest publication first; on one day a date read from the document before an inferred one,
        then a direct quote before an indirect one."""
        direct = 0 if self.quote.kind == "direct" else 1
        provenance = PROVENANCE.get(self.published.source, 4)
        value = self.published.value or UNKNOWN_DATE
        return (value, provenance >= INFERRED, direct, provenance, self.quote.document, self.quote.start)


def _day(value: str, default: date) -> date:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return default


def _window(quote: Quote, published: PublicationDate) -> tuple[date, date]:
    """The interval a statement can have been said in: its date from the text, else up to publication."""
    latest = _day(published.value, ALWAYS) if published.value else ALWAYS
    said: TimeValue | None = quote.said_on
    if said is not None and quote.said_on_from == "text" and _day(said.start, NEVER) <= latest:
        return _day(said.start, NEVER), min(_day(said.end, ALWAYS), latest)
    return NEVER, latest


def same_speaker(a: _Report, b: _Report) -> bool:
    """Both reports attributed to one known speaker entity."""
    return a.speaker is not None and a.speaker == b.speaker


def dates_compatible(a: _Report, b: _Report) -> bool:
    """The intervals in which the two can have been said overlap (within DATE_SLACK_DAYS)."""
    slack = timedelta(days=DATE_SLACK_DAYS)
    (a0, a1), (b0, b1) = a.window, b.window
    return (a0 == NEVER or b1 == ALWAYS or a0 - slack <= b1) and (
        b0 == NEVER or a1 == ALWAYS or b0 - slack <= a1
    )


def _numbers(text: str) -> frozenset[str]:
    found = (re.sub(r"\s+", " ", m.group()).replace(",", "") for m in NUMBER.finditer(spell_figures(text)))
    return frozenset(n for n in found if not re.fullmatch(r"(?:19|20)\d\d", n))


def _fragments(quote: Quote) -> tuple[str, ...]:
    start = quote.start
    pieces = (quote.text[s - start : e - start].lower().strip(" ,.") for s, e in quote.fragments)
    return tuple(p for p in pieces if len(content_words(p)) >= 2 or "-" in p)


def _fragment_shared(a: _Report, b: _Report) -> bool:
    return any(f in b.quote.text.lower() for f in a.fragments) or any(
        f in a.quote.text.lower() for f in b.fragments
    )


def verbatim(a: _Report, b: _Report, common: frozenset[str] = frozenset()) -> bool:
    """One report repeats the other: a marked partial quote of one is in the other, or the same words
    both ways (neither only a few words of the other: "swine flu pandemic" is not every WHO statement
    about the pandemic) with at least one of them beyond the topic's common vocabulary."""
    if _fragment_shared(a, b):
        return True
    if min(len(a.words), len(b.words)) <= MIN_WORDS:  # "a pandemic" repeats nothing
        return False
    shared = shared_words(a.words, b.words)
    return len(shared) >= VERBATIM * max(len(a.words), len(b.words)) and bool(shared - common)


def numbers_conflict(a: _Report, b: _Report) -> bool:
    """Both state figures and none is shared, or they give different figures in the same words ("at
    least 109 confirmed" / "at least 141 confirmed"): different updates, not one statement."""
    if bool(a.numbers) and bool(b.numbers) and not a.numbers & b.numbers:
        return True
    return figures_differ(a.figures, b.figures)


def shares_content(a: _Report, b: _Report, common: frozenset[str]) -> bool:
    """Shared words beyond the corpus's common vocabulary (MIN_WORDS of them), or a verbatim repeat; a
    quote of MIN_WORDS content words or fewer ("its first case") only by repeating the other's words, not
    only topic words ("a flu pandemic")."""
    if min(len(a.words), len(b.words)) <= MIN_WORDS:  # "27 new cases" only repeats, never paraphrases
        return _fragment_shared(a, b) or (a.words == b.words and bool(a.words - common))
    shared = shared_words(a.words - common, b.words - common)
    return len(shared) >= MIN_WORDS or verbatim(a, b, common)


def may_join(a: _Report, b: _Report) -> bool:
    """Two members of groups about to merge may stand in one statement: dates and figures agree."""
    return dates_compatible(a, b) and (not numbers_conflict(a, b) or _fragment_shared(a, b))


def _evidence(a: _Report, b: _Report, idf: dict[str, float]) -> float:
    score = similarity(a.words, b.words, idf)
    if _fragment_shared(a, b):
        score += FRAGMENT_BONUS
    if a.numbers & b.numbers:
        score += NUMBER_BONUS
    return score


def _reports(analyses: Sequence[DocumentAnalysis], entities: Sequence[Entity]) -> list[_Report]:
    owner = {mention: entity.id for entity in entities for mention in entity.mentions}
    reports = []
    for analysis in analyses:
        published = analysis.document.published
        for quote in analysis.quotes:
            speaker = quote.speaker or (owner.get(quote.speaker_mention) if quote.speaker_mention else None)
            reports.append(_Report(quote, published, speaker, content_words(quote.text), _fragments(quote),
                                   _numbers(quote.text), figure_contexts(quote.text),
                                   _window(quote, published)))  # fmt: skip
    return sorted(reports, key=lambda r: r.order)


def _counts(reports: Sequence[_Report]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for report in reports:
        for word in report.words:
            counts[word] = counts.get(word, 0) + 1
    return counts


def idf_weights(counts: dict[str, int], n: int) -> dict[str, float]:
    """Inverse document frequency of each word over `n` reports."""
    n = max(n, 1)
    return {word: math.log((n + 1) / (count + 0.5)) for word, count in counts.items()}


def common_words(counts: dict[str, int], n: int) -> frozenset[str]:
    """The topic's common vocabulary: words in more than COMMON_SHARE of `n` reports and MIN_COMMON."""
    limit = max(float(MIN_COMMON), COMMON_SHARE * n)
    return frozenset(word for word, count in counts.items() if count > limit and word != "not")


def same_statement(a: _Report, b: _Report, idf: dict[str, float], common: frozenset[str]) -> float | None:
    """The evidence that two reports are one statement, or None when a predicate rules it out."""
    if not same_speaker(a, b) or not dates_compatible(a, b) or not shares_content(a, b, common):
        return None
    if numbers_conflict(a, b) and not _fragment_shared(a, b):
        return None
    return _evidence(a, b, idf)


def speaker_blocks(reports: Sequence[_Report]) -> list[list[int]]:
    """Report indexes by speaker (reports without a speaker are in no block): the only pairs
    `same_speaker` can accept, so the work is the sum of the squares of the block sizes."""
    blocks: dict[str, list[int]] = {}
    for index, report in enumerate(reports):
        if report.speaker is not None:
            blocks.setdefault(report.speaker, []).append(index)
    return list(blocks.values())


def _blocked_pairs(reports: Sequence[_Report]) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) by one speaker."""
    for members in speaker_blocks(reports):
        yield from combinations(members, 2)


def _pair_idf(a: _Report, b: _Report, counts: dict[str, int], n: int) -> dict[str, float]:
    """Idf of the pair's words over the speaker's other reports: what the speaker says often weighs little."""
    words = a.words | b.words
    others = {w: counts[w] - (w in a.words) - (w in b.words) for w in words}
    return idf_weights(others, n - 2)


def _candidates(reports: Sequence[_Report]) -> list[tuple[float, int, int]]:
    """(score, i, j) for every pair that may be one statement with enough evidence, best first.

    Word weights and the common vocabulary are the speaker's own (idf over the speaker's reports, the
    words most of them use), so one speaker's statements depend on that speaker's reports alone: the
    incremental linker relinks only the speakers new reports touch and gets the full relink's result.
    """
    pairs = []
    for members in speaker_blocks(reports):
        block = [reports[i] for i in members]
        counts = _counts(block)
        common = common_words(counts, len(block))
        for i, j in combinations(members, 2):
            idf = _pair_idf(reports[i], reports[j], counts, len(block))
            score = same_statement(reports[i], reports[j], idf, common)
            if score is not None and score >= THRESHOLD:
                pairs.append((score, i, j))
    return sorted(pairs, key=lambda p: (-p[0], p[1], p[2]))


def link_statements(
    analyses: Sequence[DocumentAnalysis], entities: Sequence[Entity]
) -> tuple[Statement, ...]:
    """One Statement per thing said, grouping every quote of it; each quote is in exactly one statement.

    Sorted by id (a statement's id is its smallest quote id), so the order is the same however the
    statements were computed."""
    reports = _reports(analyses, entities)
    group = list(range(len(reports)))
    members = {i: [i] for i in group}
    for _, i, j in _candidates(reports):
        gi, gj = group[i], group[j]
        if gi == gj or not all(may_join(reports[x], reports[y]) for x in members[gi] for y in members[gj]):
            continue
        keep, gone = min(gi, gj), max(gi, gj)
        members[keep] = sorted(members[keep] + members.pop(gone))
        for x in members[keep]:
            group[x] = keep
    statements = (_statement([reports[i] for i in members[g]]) for g in members)
    return tuple(sorted(statements, key=lambda s: s.id))


def _statement(group: list[_Report]) -> Statement:
    first = group[0]
    dates = _said_dates(group, first)
    said_on = min(dates, key=lambda d: (_span_days(d), d.start)) if dates else None
    return Statement(
        id=make_id("statement", min(r.quote.id for r in group)),  # not the first report: arrival moves it
        speaker=first.speaker,
        quotes=tuple(r.quote.id for r in group),
        first_document=first.quote.document,
        first_published=first.published,
        said_on=said_on,
    )


def _said_dates(group: list[_Report], first: _Report) -> list[TimeValue]:
    """Dates the group's reports give for the saying (text first), none after the first report."""
    latest = _day(first.published.value, ALWAYS) if first.published.value else ALWAYS
    dated = [(r.quote.said_on, r.quote.said_on_from) for r in group if r.quote.said_on is not None]
    usable = [(d, how) for d, how in dated if _day(d.start, NEVER) <= latest]
    return [d for d, how in usable if how == "text"] or [d for d, _ in usable]


def _span_days(value: TimeValue) -> int:
    return (_day(value.end, ALWAYS) - _day(value.start, NEVER)).days if value.end and value.start else 0
