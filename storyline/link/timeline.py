"""build_timeline: folds the dated events of all documents into timeline entries, one per real event.

Two events are one real-world event only when every one of these named tests holds (the incremental
linker calls the same predicates):

- `other_documents`: events of one document are never merged (two sentences about one day usually
  report two things);
- `dates_agree`: their intervals overlap, and both are precise (a week or less) or have the same value;
- `shares_event_content`: they share content beyond the date and beyond the topic's common vocabulary
  (words and entities found in more than COMMON_SHARE of the corpus's events, the event count rounded
  to a power of two so that the limit moves only at doublings: `vocabulary_limit`) and beyond the names of
  the entities they share: three distinctive content words, or two with a distinctive shared entity,
  or two on the same date value when the summaries say mostly the same (`word_overlap`: the same day
  alone is not the same event); events dated only to a month or more need three shared words and a
  shared entity, since a coarse date is weak evidence;
- `figures_agree`: they never give different figures in the same words ("the toll to 15" and "to 16"
  are two updates);
- `reported_after`: neither is dated after its own document's publication unless it is planned (a
  report is not older than what it reports).

An event joins an entry only when it is the same event as most of the entry's reports
(`joins_entry`), so one loose match cannot chain unrelated reports into one entry. An entry takes its
date and summary from its most precise, earliest-reported event and cites every report.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from storyline.link.figures import Context, figure_contexts, figures_differ
from storyline.model import DocumentAnalysis, Entity, Event, Span, TimelineEntry, make_id

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_STOP_WORDS = """
the and that this with from were was have has had for are but not its his her their they them which
who whom whose what when where will would could should can may might been being also into over than
then there these those about after before during said says told according other more most some such
only very just even out off our your you she him one two three all any each new january february
march april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday day week month year today yesterday morning last next same earlier
later time
"""
_STOP = frozenset(_STOP_WORDS.split())
COARSE_WORDS = 3  # shared content words needed (with a shared entity) to merge month- or year-dated events
PRECISE_WORDS = 3  # shared content words that alone make two day- or week-dated events one
SAME_DAY_OVERLAP = 0.4  # two shared words on one day need this much of the shorter summary in common
NAMED_DAY_OVERLAP = 0.3  # … or this much when both sentences name that day (an explicit date is evidence)


COMMON_SHARE = 0.02  # a word or entity in more than this share of the events (and MIN_COMMON) is common
MIN_COMMON = 5


@dataclass(frozen=True, slots=True)
class _Item:
    event: Event
    words: frozenset[str]
    entities: frozenset[str]
    start: dt.date
    end: dt.date
    published: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The corpus's common words and entities: shared, they say nothing about being one event."""

    words: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()
    names: dict[str, frozenset[str]] = field(default_factory=dict)  # entity id -> words of its aliases


def build_timeline(
    analyses: Sequence[DocumentAnalysis], entities: Sequence[Entity]
) -> tuple[TimelineEntry, ...]:
    """One entry per real-world event, citing every report of it, sorted by date."""
    items, common = timeline_items(analyses, entities)
    return sort_entries(_entry(cluster) for cluster in sweep(items, common))


def timeline_items(
    analyses: Sequence[DocumentAnalysis], entities: Sequence[Entity]
) -> tuple[list[_Item], Vocabulary]:
    """Every dated event as an item, sorted by start (the sweep's order), and the corpus vocabulary."""
    entity_of = {mention: entity.id for entity in entities for mention in entity.mentions}
    items = [
        _item(event, entity_of, _published(analysis)) for analysis in analyses for event in analysis.events
    ]
    items.sort(key=lambda i: (i.start, i.end, i.event.document, i.event.start))
    names = {entity.id: content_words(" ".join(entity.aliases)) for entity in entities}
    return items, vocabulary(items, names)


def sweep(items: Sequence[_Item], common: Vocabulary, start: Sequence[list[_Item]] = ()) -> list[list[_Item]]:
    """Clusters of `items` (sorted by start), each joined only by an event `joins_entry` accepts; `start`:
    the clusters of the events before `items`, in the order they were made (a sweep picked up midway)."""
    clusters: list[list[_Item]] = [list(c) for c in start]
    for _ in sweep_steps(items, common, clusters):
        pass
    return clusters


def sweep_steps(
    items: Sequence[_Item], common: Vocabulary, clusters: list[list[_Item]]
) -> Iterator[tuple[_Item, list[list[_Item]]]]:
    """The sweep of `items` into `clusters` (those of the events before them, in the order made; extended
    in place), yielding before each item is placed the item and the clusters still open at its start,
    in the order made (a caller may stop the sweep there). A cluster none of whose reports shares a
    word beyond the common vocabulary with the item cannot take it (`shares_event_content` wants two
    such words), so `joins_entry` is asked only of the others: the same clusters, far fewer tests."""
    open_clusters = [_Open(c) for c in clusters]
    for item in items:  # sorted by start: a cluster ending before this item can never overlap again
        open_clusters = [o for o in open_clusters if o.end >= item.start]
        yield item, [o.cluster for o in open_clusters]
        distinctive = item.words - common.words
        home = next(
            (
                o
                for o in open_clusters
                if not o.words.isdisjoint(distinctive) and joins_entry(item, o.cluster, common)
            ),
            None,
        )
        if home is None:
            clusters.append([item])
            open_clusters.append(_Open(clusters[-1]))
        else:
            home.add(item)


class _Open:
    """A cluster still open in a sweep: its reports, their latest end and every word they have."""

    __slots__ = ("cluster", "end", "words")

    def __init__(self, cluster: list[_Item]) -> None:
        self.cluster = cluster
        self.end = max(i.end for i in cluster)
        self.words: set[str] = set().union(*(i.words for i in cluster))

    def add(self, item: _Item) -> None:
        self.cluster.append(item)
        self.end = max(self.end, item.end)
        self.words |= item.words


def sort_entries(entries: Iterable[TimelineEntry]) -> tuple[TimelineEntry, ...]:
    """Entries in timeline order: by date, then id."""
    return tuple(sorted(entries, key=lambda e: (e.time.start, e.time.end, e.id)))


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of three letters or more, without stop words and calendar words."""
    return frozenset(w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in _STOP)


def _published(analysis: DocumentAnalysis) -> dt.date | None:
    return published_day(analysis.document.published.value)


def published_day(value: str | None) -> dt.date | None:
    """The day of a publication date value (None: unknown or coarser than a day)."""
    try:
        return dt.date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def _item(event: Event, entity_of: dict[str, str], published: dt.date | None = None) -> _Item:
    entities = frozenset(entity_of[m] for m in event.mentions if m in entity_of)
    start, end = dt.date.fromisoformat(event.time.start), dt.date.fromisoformat(event.time.end)
    return _Item(event, content_words(event.summary), entities, start, end, published)


def vocabulary(items: Sequence[_Item], names: dict[str, frozenset[str]] | None = None) -> Vocabulary:
    """Words and entities in more than COMMON_SHARE of the events (and in more than MIN_COMMON)."""
    limit = vocabulary_limit(len(items))
    words: Counter[str] = Counter(w for item in items for w in item.words)
    found: Counter[str] = Counter(e for item in items for e in item.entities)
    return Vocabulary(
        words=frozenset(w for w, n in words.items() if n > limit),
        entities=frozenset(e for e, n in found.items() if n > limit),
        names=names or {},
    )


def vocabulary_limit(events: int) -> float:
    """How many of `events` events a word or entity must be in, strictly more, to be common: COMMON_SHARE
    of `events` rounded to the nearest power of two (in log scale, so the share stays within a factor
    sqrt(2) of COMMON_SHARE). A limit that moved with every event would make the keys near it flip at
    every added batch (each flip changes every event holding the key); rounded, it moves only when the
    corpus grows past a doubling, and a full link of N events uses the limit an incremental one reaching
    N does."""
    return max(float(MIN_COMMON), COMMON_SHARE * events_quantum(events))


def events_quantum(events: int) -> int:
    """The power of two nearest to `events` in log scale (2**k with 2**(k-1/2) <= events < 2**(k+1/2))."""
    return 2 ** ((events * events).bit_length() // 2) if events > 0 else 0


def _precise(item: _Item) -> bool:
    return (item.end - item.start).days <= 6


def other_documents(a: _Item, b: _Item) -> bool:
    """The two events come from different documents."""
    return a.event.document != b.event.document


def dates_agree(a: _Item, b: _Item) -> bool:
    """Overlapping intervals, both precise or of the same value."""
    if a.start > b.end or b.start > a.end:
        return False
    return a.event.time.value == b.event.time.value or (_precise(a) and _precise(b))


def reported_after(item: _Item) -> bool:
    """The event does not start after its document was published, unless it is announced as planned."""
    return item.event.planned or item.published is None or item.start <= item.published


def word_overlap(a: _Item, b: _Item) -> float:
    """Share of the shorter summary's content words that the other has too (0..1)."""
    smaller = min(len(a.words), len(b.words))
    return len(a.words & b.words) / smaller if smaller else 0.0


def shares_event_content(a: _Item, b: _Item, common: Vocabulary = Vocabulary()) -> bool:
    """Shared content beyond the date, the topic's common vocabulary and the shared entities' own names:
    three words, or two with a distinctive shared entity, or two on the same date value when the two
    summaries say mostly the same (`word_overlap` at least SAME_DAY_OVERLAP, NAMED_DAY_OVERLAP when both
    sentences name the day): the same day alone, above all a publication day, is not the same event."""
    entities = (a.entities & b.entities) - common.entities
    named = frozenset().union(*(common.names.get(e, frozenset()) for e in a.entities & b.entities))
    shared_words = len((a.words & b.words) - common.words - named)
    if not (_precise(a) and _precise(b)):  # a month or a year says little: ask for more shared content
        return shared_words >= COARSE_WORDS and bool(entities)
    if shared_words >= PRECISE_WORDS or (shared_words >= 2 and bool(entities)):
        return True
    if shared_words < 2 or a.event.time.value != b.event.time.value:
        return False
    both_named = a.event.dated_from == "text" and b.event.dated_from == "text"
    return word_overlap(a, b) >= (NAMED_DAY_OVERLAP if both_named else SAME_DAY_OVERLAP)


def figures_agree(a: _Item, b: _Item) -> bool:
    """The two summaries never give different figures in the same words ("the toll to 15" / "to 16")."""
    return not figures_differ(_figures(a.event.summary), _figures(b.event.summary))


@lru_cache(maxsize=2**16)
def _figures(summary: str) -> dict[Context, frozenset[str]]:
    """`figure_contexts` of a summary, read once (a sweep asks for each summary's figures at every pair)."""
    return figure_contexts(summary)


def same_event(a: _Item, b: _Item, common: Vocabulary = Vocabulary()) -> bool:
    """The merge test for two events: every predicate above holds."""
    return (
        other_documents(a, b)
        and dates_agree(a, b)
        and reported_after(a)
        and reported_after(b)
        and shares_event_content(a, b, common)
        and figures_agree(a, b)
    )


def joins_entry(item: _Item, cluster: Sequence[_Item], common: Vocabulary = Vocabulary()) -> bool:
    """The event is the same event as most of the entry's reports (a strict majority), none from its
    document."""
    if any(not other_documents(member, item) for member in cluster):
        return False
    matches = sum(1 for member in cluster if same_event(item, member, common))
    return 2 * matches > len(cluster)


def entry_lead(cluster: Sequence[_Item]) -> _Item:
    """The event an entry takes its date and summary from: the most precise, earliest one that does not
    start after the entry's first unplanned report (a first report is never dated before what it
    reports: "later this year" read on 4 May, not the narrower window of a 5 May report)."""
    ranked = sorted(cluster, key=lambda i: ((i.end - i.start).days, i.start, i.event.document, i.event.start))
    first = min((i.published for i in cluster if i.published and not i.event.planned), default=None)
    return next((i for i in ranked if first is None or i.start <= first), ranked[0])


def _entry(cluster: list[_Item]) -> TimelineEntry:
    lead = entry_lead(cluster)
    event_ids = tuple(i.event.id for i in cluster)
    spans = tuple(Span(document=i.event.document, start=i.event.start, end=i.event.end) for i in cluster)
    entities = tuple(sorted(set().union(*(i.entities for i in cluster))))
    return TimelineEntry(
        id=make_id("timeline", min(event_ids)),  # the smallest member: one more report keeps the id
        time=lead.event.time,
        summary=lead.event.summary,
        summary_span=Span(document=lead.event.document, start=lead.event.start, end=lead.event.end),
        events=event_ids,
        mentions=spans,
        entities=entities,
        planned=all(i.event.planned for i in cluster),
    )
