"""build_timeline: folds the dated events of all documents into timeline entries, one per real event.

Two events (from different documents) are the same real-world event when their intervals overlap,
both are precise (a week or less, or the same value) and they share content: two content words, or
one content word and one linked entity. Events dated only to a month or more (same value) need three
shared content words and a shared entity, since a coarse date is weak evidence. Events of one
document are never merged with each other (two sentences about one day usually report two things).
An entry takes its date and summary from its most precise, earliest-reported event and cites every
report.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class _Item:
    event: Event
    words: frozenset[str]
    entities: frozenset[str]
    start: dt.date
    end: dt.date


def build_timeline(
    analyses: Sequence[DocumentAnalysis], entities: Sequence[Entity]
) -> tuple[TimelineEntry, ...]:
    """One entry per real-world event, citing every report of it, sorted by date."""
    entity_of = {mention: entity.id for entity in entities for mention in entity.mentions}
    items = [_item(event, entity_of) for analysis in analyses for event in analysis.events]
    items.sort(key=lambda i: (i.start, i.end, i.event.document, i.event.start))
    clusters: list[list[_Item]] = []
    open_clusters: list[tuple[dt.date, list[_Item]]] = []  # (latest end, cluster) still overlappable
    for item in items:  # sorted by start: a cluster ending before this item can never overlap again
        open_clusters = [(end, c) for end, c in open_clusters if end >= item.start]
        home = next((index for index, (_, c) in enumerate(open_clusters) if _joins(item, c)), None)
        if home is None:
            clusters.append([item])
            open_clusters.append((item.end, clusters[-1]))
        else:
            end, cluster = open_clusters[home]
            cluster.append(item)
            open_clusters[home] = (max(end, item.end), cluster)
    entries = [_entry(cluster) for cluster in clusters]
    return tuple(sorted(entries, key=lambda e: (e.time.start, e.time.end, e.id)))


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of three letters or more, without stop words and calendar words."""
    return frozenset(w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in _STOP)


def _item(event: Event, entity_of: dict[str, str]) -> _Item:
    entities = frozenset(entity_of[m] for m in event.mentions if m in entity_of)
    start, end = dt.date.fromisoformat(event.time.start), dt.date.fromisoformat(event.time.end)
    return _Item(event, content_words(event.summary), entities, start, end)


def _precise(item: _Item) -> bool:
    return (item.end - item.start).days <= 6


def same_event(a: _Item, b: _Item) -> bool:
    """The merge test: overlapping precise dates and shared content, across documents."""
    if a.event.document == b.event.document:
        return False
    if a.start > b.end or b.start > a.end:
        return False
    if a.event.time.value != b.event.time.value and not (_precise(a) and _precise(b)):
        return False
    shared_words = len(a.words & b.words)
    shared_entities = bool(a.entities & b.entities)
    if not (_precise(a) and _precise(b)):  # a month or a year says little: ask for more shared content
        return shared_words >= COARSE_WORDS and shared_entities
    return shared_words >= 2 or (shared_words >= 1 and shared_entities)


def _joins(item: _Item, cluster: list[_Item]) -> bool:
    if any(member.event.document == item.event.document for member in cluster):
        return False
    return any(same_event(item, member) for member in cluster)


def _entry(cluster: list[_Item]) -> TimelineEntry:
    lead = min(cluster, key=lambda i: ((i.end - i.start).days, i.start, i.event.document, i.event.start))
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
