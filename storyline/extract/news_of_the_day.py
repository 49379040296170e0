"""News of the day: the undated sentences of a lede that report what happened, and the day they are told of.

With a parse and a publication day, a sentence of the lede (the first LEDE_SENTENCES sentences with a
verb) with no time expression of its own that reports news (past tense or present perfect: "The WHO
has declared a pandemic", see event_reading.news_tense) is an event dated by the day it is told on:
the publication day (`dated_from="publication"`, `timex=""`), or a later post's or text's day
(extract/time/posts.py); a past-tense sentence after the lede has told of an earlier day takes that day
and the expression that named it ("The minister resigned yesterday ... She told reporters ...":
`dated_from="text"`); after a lede set in an earlier year ("killed in 1982 ... were executed") none.
Confidence PUBLICATION_DAY_CONFIDENCE either way. Later sentences are mostly background ("has lost 40
percent since ..."), and a piece written in the first person (a column, a blog, a letter:
FIRST_PERSON_PIECE or more "I/me/my" outside quotations) is opinion, so neither gives such events.
Plans and futures never do (they are not news of something that happened).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from storyline.extract.event_reading import NewsTense, news_tense
from storyline.extract.time.posts import Post, post_at
from storyline.model import Document, Event, Mention, Quote, TimeExpression, TimeValue, make_id
from storyline.model.records import PUBLICATION_DAY_CONFIDENCE

LEDE_SENTENCES = 3  # news without a date word counts in the first sentences only
FIRST_PERSON_PIECE = 3  # this many "I/me/my" outside quotations make a piece a first-person voice
_FIRST_PERSON = frozenset({"i", "me", "my"})


@dataclass(frozen=True, slots=True)
class Told:
    """The events dated by the text so far, and the ids of the expressions inside direct quotations."""

    events: tuple[Event, ...]
    quoted: frozenset[str]
    posts: tuple[Post, ...] = ()

    def day_at(self, start: int, published: str) -> str:
        """The day a sentence at `start` is told on: its post's (or text's) day when later than the
        filing day (posts.py), else the publication day."""
        post = post_at(self.posts, start)
        return post.day.isoformat() if post is not None and post.day.isoformat() > published else published

    def story_before(self, start: int, day: str, tense: NewsTense) -> tuple[bool, Event | None]:
        """How the story told before `start` dates an undated news sentence: (True, None) by the
        publication day; (True, event) a past-tense sentence by the earlier day of that event ("X
        said yesterday ... He added ..."; a present perfect is news as of the publication: "has
        pledged"); (False, None) not at all, when the story so far is set in an earlier year ("killed
        in 1982 ... were executed")."""
        before = [
            e
            for e in self.events
            if e.end <= start and not e.planned and e.confidence == 1.0 and e.timex not in self.quoted
        ]
        if not before:
            return True, None
        story = max(before, key=lambda e: (e.start, e.time.granularity == "day"))  # "last year ... yesterday"
        last = story.time
        if last.start <= day <= last.end:
            return True, None
        if last.granularity == "day" and last.start < day:
            return True, story if tense == "past" else None
        earlier_year = last.granularity in ("year", "decade", "century") and last.end[:4] < day[:4]
        return not earlier_year, None


def inside_any(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def news_of_the_day(
    document: Document,
    doc: Doc | None,
    timexes: Sequence[TimeExpression],
    mentions: Sequence[Mention],
    quotes: Sequence[Quote],
    told: Told,
) -> list[Event]:
    """Events dated by the publication day: undated sentences that report news (see the module doc),
    or by the earlier day the lede's story is told of (`Told.story_before`)."""
    day = document.published.value
    if doc is None or day is None or not doc.has_annotation("DEP"):
        return []
    used = used_ids(list(told.events))
    events: list[Event] = []
    for start, end, tense in _news_sentences(document, doc, timexes, quotes):
        event_id = make_id("event", document.id, start, end)
        told_on = told.day_at(start, day)
        published = TimeValue(value=told_on, start=told_on, end=told_on, granularity="day")
        dated, story = told.story_before(start, told_on, tense)
        if event_id in used or not dated:
            continue
        events.append(
            Event(
                id=event_id,
                document=document.id,
                start=start,
                end=end,
                summary=document.text[start:end],
                timex=story.timex if story else "",
                time=story.time if story else published,
                mentions=inside(document, mentions, start, end),
                dated_from="text" if story else "publication",
                confidence=PUBLICATION_DAY_CONFIDENCE,
            )
        )
    return events


def _news_sentences(
    document: Document, doc: Doc, timexes: Sequence[TimeExpression], quotes: Sequence[Quote]
) -> list[tuple[int, int, NewsTense]]:
    """Spans of the sentences without a time expression of any kind that report news of the day.

    A duration or a set in the sentence ("went on for five weeks", "every year") says the clause is
    about a stretch of time, not news of one day; a date gives it its own date (or none, on purpose).
    """
    dated = [t.start for t in timexes]
    direct = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    if _first_person_piece(doc, direct):
        return []
    spans: list[tuple[int, int, NewsTense]] = []
    lede = 0  # sentences with a verb so far: headlines, datelines and captions do not count
    for sentence in doc.sents:
        if lede >= LEDE_SENTENCES:
            break
        lede += any(token.pos_ in ("VERB", "AUX") for token in sentence)
        start, end = trim(document.text, sentence.start_char, sentence.end_char)
        tense = news_tense(sentence)
        if end <= start or any(start <= t_start < end for t_start in dated) or tense is None:
            continue
        if not any(q_start <= sentence.root.idx < q_end for q_start, q_end in direct):
            spans.append((start, end, tense))
    return spans


def _first_person_piece(doc: Doc, direct: list[tuple[int, int]]) -> bool:
    """Whether the piece is written in the first person: FIRST_PERSON_PIECE "I/me/my" outside quotes."""
    found = 0
    for token in doc:
        if token.lower_ in _FIRST_PERSON and not any(s <= token.idx < e for s, e in direct):
            found += 1
            if found >= FIRST_PERSON_PIECE:
                return True
    return False


def used_ids(events: list[Event]) -> set[str]:
    return {event.id for event in events}


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    start += len(chunk) - len(chunk.lstrip())
    end = start + len(chunk.strip())
    return start, end


def inside(document: Document, mentions: Sequence[Mention], start: int, end: int) -> tuple[str, ...]:
    return tuple(m.id for m in mentions if m.document == document.id and start <= m.start and m.end <= end)
