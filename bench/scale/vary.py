"""Systematic variation of stored analyses: many distinct articles from a few real ones, offsets kept.

Copy k of an analysis gets new ids (every document, mention, quote and event id suffixed), a letter
substitution shared by its group of GROUP copies (the same permutation of the Latin and of the Cyrillic
alphabet applied to the text and to every name, quote and summary, so names and words are new but every
length and offset is kept: a group is GROUP outlets reporting one set of stories in their own words) and
dates shifted by SHIFT_DAYS per group (publication dates and every date the analysis read). Copy 0 is
the original. No parsing: the analysis records are rewritten and written through the store.

`Variation(copy, group=1, shift=SCALE_SHIFT_DAYS, keep=kept_words(base))` is the scale benches' form
(bench/scale/build.py): every copy is its own outlet world (its own letter table), dates move
SCALE_SHIFT_DAYS per copy (so the events per day stay about the same as the corpus grows; years and
weeks move by the whole years that makes), and the base's common vocabulary is kept as it is (the
words in more than KEEP_SHARE of the base's events that are in no name), so a word common in the base
is common in every copy and at every size, as in a real corpus, instead of every copy's words growing
rarer as copies are added.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from storyline.link.timeline import content_words
from storyline.model import DocumentAnalysis, Event, Mention, Quote, TimeExpression, TimeValue

GROUP = 4
SHIFT_DAYS = 7
SCALE_SHIFT_DAYS = 35
KEEP_SHARE = 0.03  # above the timeline's 2% with a margin: a kept word is common at every size
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})(?!\d)")
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)
_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюя"


def _table(group: int) -> dict[int, int]:
    """One letter permutation per group (lower and upper case alike); group 0 keeps the letters."""
    if group == 0:
        return {}
    rng = random.Random(group)
    table: dict[int, int] = {}
    for alphabet in (string.ascii_lowercase, _CYRILLIC):
        shuffled = list(alphabet)
        rng.shuffle(shuffled)
        for a, b in zip(alphabet, shuffled, strict=True):
            table[ord(a)], table[ord(a.upper())] = ord(b), ord(b.upper())
    return table


def shift_value(value: str, days: int) -> str:
    """An ISO day (with any time part) or month moved by `days`; other values (years, XXXX-…) as they are."""
    if days == 0:
        return value
    day = _DAY.match(value)
    if day:
        moved = dt.date.fromisoformat(day.group(1)) + dt.timedelta(days=days)
        return moved.isoformat() + value[10:]
    month = _MONTH.match(value)
    if month:
        moved = dt.date(int(month.group(1)), int(month.group(2)), 15) + dt.timedelta(days=days)
        return moved.isoformat()[:7]
    year = _YEAR.match(value)
    if year:
        return f"{int(year.group(1)) + round(days / 365.25):04d}" + value[4:]
    return value


def kept_words(base: Sequence[DocumentAnalysis]) -> frozenset[str]:
    """The base's common vocabulary: content words in more than KEEP_SHARE of its events, in no name."""
    events = [e for a in base for e in a.events]
    found = Counter(w for e in events for w in content_words(e.summary))
    named = {w.lower() for a in base for m in a.mentions for w in _LETTERS.findall(m.text)}
    return frozenset(w for w, n in found.items() if n > KEEP_SHARE * len(events) and w not in named)


def _time(time: TimeValue | None, days: int) -> TimeValue | None:
    if time is None:
        return None
    return replace(
        time,
        value=shift_value(time.value, days),
        start=shift_value(time.start, days),
        end=shift_value(time.end, days),
    )


class Variation:
    """The rewriting of one copy: its id suffix, letter table and date shift."""

    def __init__(
        self, copy: int, group: int = GROUP, shift: int = SHIFT_DAYS, keep: frozenset[str] = frozenset()
    ) -> None:
        self.suffix = f".{copy}" if copy else ""
        self.table = _table(copy // group)
        self.days = shift * (copy // group)
        self.keep = keep

    def text(self, value: str) -> str:
        if not self.keep:
            return value.translate(self.table)
        return _LETTERS.sub(self._word, value)

    def _word(self, match: re.Match[str]) -> str:
        word = match.group(0)
        return word if word.lower() in self.keep else word.translate(self.table)

    def maybe(self, value: str | None) -> str | None:
        return None if value is None else self.text(value)

    def id(self, value: str) -> str:
        return value + self.suffix

    def maybe_id(self, value: str | None) -> str | None:
        return None if value is None else self.id(value)

    def analysis(self, analysis: DocumentAnalysis) -> DocumentAnalysis:
        doc = analysis.document
        published = doc.published
        if published.value is not None:
            published = replace(published, value=shift_value(published.value, self.days))
        document = replace(
            doc,
            id=doc.id + self.suffix,
            text=self.text(doc.text),
            raw_text=self.text(doc.raw_text),
            title=self.maybe(doc.title),
            published=published,
        )
        return replace(
            analysis,
            document=document,
            sentences=tuple(replace(s, document=document.id) for s in analysis.sentences),
            mentions=tuple(self._mention(m, document.id) for m in analysis.mentions),
            timexes=tuple(self._timex(t, document.id) for t in analysis.timexes),
            quotes=tuple(self._quote(q, document.id) for q in analysis.quotes),
            events=tuple(self._event(e, document.id) for e in analysis.events),
        )

    def _mention(self, m: Mention, document: str) -> Mention:
        return replace(
            m,
            id=self.id(m.id),
            document=document,
            text=self.text(m.text),
            refers_to=self.maybe_id(m.refers_to),
        )

    def _timex(self, t: TimeExpression, document: str) -> TimeExpression:
        return replace(
            t,
            id=self.id(t.id),
            document=document,
            text=self.text(t.text),
            value=shift_value(t.value, self.days),
            time=_time(t.time, self.days),
            anchor=shift_value(t.anchor, self.days) if t.anchor else None,
        )

    def _quote(self, q: Quote, document: str) -> Quote:
        return replace(
            q,
            id=self.id(q.id),
            document=document,
            text=self.text(q.text),
            speaker_text=self.maybe(q.speaker_text),
            speaker_mention=self.maybe_id(q.speaker_mention),
            cue_text=self.maybe(q.cue_text),
            relay=self.maybe(q.relay),
            said_on=_time(q.said_on, self.days),
        )

    def _event(self, e: Event, document: str) -> Event:
        return replace(
            e,
            id=self.id(e.id),
            document=document,
            summary=self.text(e.summary),
            timex=self.id(e.timex) if e.timex else e.timex,
            time=_time(e.time, self.days) or e.time,
            mentions=tuple(self.id(m) for m in e.mentions),
        )


def varied(analysis: DocumentAnalysis, copy: int) -> DocumentAnalysis:
    """Copy number `copy` of `analysis` (module docstring); copy 0 is `analysis` itself."""
    return analysis if copy == 0 else Variation(copy).analysis(analysis)
