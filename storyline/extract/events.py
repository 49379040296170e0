"""extract_events: the clauses of a document that report something happening at a normalized time.

An event is the sentence around a resolved DATE/TIME expression when a verb governs that expression
(with a parse) or the sentence has a finite verb (without one). Not events: durations, sets,
PRESENT_REF and unresolved values; stamps (a line of little more than its time: "Update 1:16 a.m.",
or the time of an "Update" stamp opening the line). In a live blog (extract/time/posts.py) a post's
stamp dates a clause only when the clause has no date of its own, and then by the post's day, not its
clock, with confidence PUBLICATION_DAY_CONFIDENCE: it tells when the post reported it;
a bare season outside a past-tense clause ("flu spreads in winter"); a date that only modifies a
noun ("last year's budget", "the 2020 campaign", conjoined ones too: "the September and October
contracts"); a habit ("Normally held in the run up to Christmas"); verbless lines such as datelines;
counterfactuals
("would have paid no tax in 1995") and dates that are only reference points ("days before Nov. 8",
"since March") — see event_reading.py.
An event is `planned` when its clause is in the future tense (a quote about what will happen
included) or its date lies after the publication date (after its post's day in a live blog).

Undated sentences of the lede that report news become events dated by the day they are told of: see
news_of_the_day.py. A date that is no date of its clause (an open series of times, "today" as a
subject, a comparison, a date naming an event noun: event_reading.py) and the dates of a clause with a
set ("airs at 10:40 every Saturday": a schedule) give no event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.extract.event_reading import (
    generic_today,
    governing_verb,
    in_time_series,
    is_comparison,
    is_counterfactual,
    is_habitual,
    is_reference_point,
    names_an_event,
    nowadays_today,
    reference_clause,
)
from storyline.extract.news_of_the_day import Told, inside, inside_any, news_of_the_day, trim, used_ids
from storyline.extract.time.anchoring import parse_day
from storyline.extract.time.clause_roles import general_present_participle, promised_time
from storyline.extract.time.context import layout, tense_of
from storyline.extract.time.posts import Post, post_anchors, post_at
from storyline.model import Document, Event, Mention, Quote, TimeExpression, TimeValue, make_id
from storyline.model.records import PUBLICATION_DAY_CONFIDENCE

STAMP_WORDS = 3  # a clause needs this many words besides its time expression to report something
_WORD = re.compile(r"[A-Za-z]{2,}")
_STAMP_OPENER = re.compile(
    r"(?i)\s*\(?\s*(?:last\s+)?(?:update[ds]?|updated at|posted(?:\s+at|\s+on)?)\s*:?\s*\d{1,2}(?:[:.]\d{2})?"
)
_STAMP_BREAK = re.compile(r"[()]|\b(?!in\b)[a-z]{3,}\b")  # a bracket or a lower-case word ends a stamp
_SEASON_VALUE = re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$")
_PLACED = re.compile(r"(?i)\b(?:this|last|next|coming|past|previous|that|the same)\b|\d")

_NOUN_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "nummod"})
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|said|\w{3,}ed|\w{3,}s)\b", re.IGNORECASE)


def extract_events(
    document: Document,
    doc: Doc | None,
    timexes: Sequence[TimeExpression],
    mentions: Sequence[Mention],
    quotes: Sequence[Quote],
) -> tuple[Event, ...]:
    """One event per dated clause (the first expression wins when a clause has several of one date)."""
    frame = layout(document.text, doc)
    posts = post_anchors(document.text, parse_day(document.published.value))
    events: list[Event] = []
    seen: set[tuple[int, int, str]] = set()
    direct = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or timex.time is None:
            continue
        index = frame.sentence_of(timex.start)
        starts = frame.sentence_starts
        bounds = (starts[index], starts[index + 1] if index + 1 < len(starts) else len(document.text))
        start, end = trim(document.text, *bounds)
        reports = _reports(document.text, doc, timex, start, end, timexes)
        if (start, end, timex.time.value) in seen or not reports:
            continue
        posted = post_at(posts, start)
        if timex.anchor_rule == "post-stamp":
            if (
                posted is None
                or _dated_apart(timexes, timex, start, end)
                or _stamp_line(document.text, posted, end)
            ):
                continue  # the stamp is evidence of when the post was written: the clause's own date wins
            timex = _on_post_day(timex, posted)
        elif (
            _stamp_only(document.text, timex, start, end)
            or _generic_season(document.text, doc, timex, start, end)
            or _habitual(timex, timexes, start, end)
        ):
            continue
        seen.add((start, end, timex.time.value if timex.time else ""))
        events.append(_event(document, doc, timex, start, end, mentions, used_ids(events), posted))
    told = Told(tuple(events), frozenset(t.id for t in timexes if inside_any(t.start, direct)), posts)
    events.extend(news_of_the_day(document, doc, timexes, mentions, quotes, told))
    return tuple(events)


def _stamp_only(text: str, timex: TimeExpression, start: int, end: int) -> bool:
    """A line that is little more than its time, or the time of an "Update"/"Posted" stamp opening the
    line ("Update 1:16 a.m.", "( Update 8:55 a.m. in Cairo , 1:55 a.m. ET )"): a stamp."""
    rest = text[start : timex.start] + " " + text[timex.end : end]
    if len(_WORD.findall(rest)) < STAMP_WORDS:
        return True
    opener = _STAMP_OPENER.match(text[start:end])
    if opener is None:
        return False
    between = text[start + opener.end() : timex.start]  # "a.m. in Cairo , " before a stamp's second clock
    return timex.start < start + opener.end() or (len(between) <= 30 and not _STAMP_BREAK.search(between))


def _habitual(timex: TimeExpression, timexes: Sequence[TimeExpression], start: int, end: int) -> bool:
    """A clock time in a clause with a set ("every Saturday", "daily") tells a schedule ("It airs at
    10:40 every Saturday"), not an event; a date there keeps its event ("attended every year but
    missed one, in 2002")."""
    return timex.type == "TIME" and any(t.type == "SET" and start <= t.start < end for t in timexes)


def _dated_apart(timexes: Sequence[TimeExpression], stamp: TimeExpression, start: int, end: int) -> bool:
    """Whether the clause holds a resolved date or time besides its post's stamp."""
    return any(
        t.anchor_rule != "post-stamp"
        and t.time is not None
        and t.type in ("DATE", "TIME")
        and start <= t.start < end
        for t in timexes
    )


def _on_post_day(stamp: TimeExpression, post: Post) -> TimeExpression:
    """A post's stamp as the date of a clause with no date of its own: the post's day, not its clock
    (the clause reports what the post tells that day; a second zone's clock may lie a day apart)."""
    day = post.day.isoformat()
    return replace(stamp, time=TimeValue(value=day, start=day, end=day, granularity="day"))


def _stamp_line(text: str, post: Post, end: int) -> bool:
    """Whether the clause is little more than the post's stamp ("( Update 12:44 p.m. ( 1944 in Egypt ) )")."""
    return len(_WORD.findall(text[post.stamp_end : end])) < STAMP_WORDS


def _generic_season(text: str, doc: Doc | None, timex: TimeExpression, start: int, end: int) -> bool:
    """A season without a year or "this/last/next" outside a past-tense clause, or on a participle under
    a simple present: a habit or an outlook ("flu spreads in winter", "as we go into winter", "the jab
    given over the winter months works well"), not a dated event."""
    if not _SEASON_VALUE.match(timex.value) or _PLACED.search(timex.text):
        return False
    if promised_time(doc, timex.start, timex.end):
        return False  # "promises a new constitution in the spring": a plan
    if general_present_participle(doc, timex.start, timex.end):
        return True  # "the jab given over the winter months works well"
    return tense_of(text, doc, timex.start, timex.end, (start, end)) != "past"


def _main_dated(
    doc: Doc, others: Sequence[TimeExpression], timex: TimeExpression, start: int, end: int
) -> bool:
    """Whether the clause holds another date of its own, not in a reference clause or link."""
    for other in others:
        if other.time is None or other.type not in ("DATE", "TIME") or not start <= other.start < end:
            continue
        if other.value == timex.value or other.anchor_rule == "post-stamp":
            continue
        span = doc.char_span(other.start, other.end, alignment_mode="expand")
        if span is not None and len(span) and reference_clause(span.root) is None:
            return True
    return False


def _reports(
    text: str,
    doc: Doc | None,
    timex: TimeExpression,
    start: int,
    end: int,
    others: Sequence[TimeExpression] = (),
) -> bool:
    """Whether the clause reports something happening at the expression's time."""
    if doc is None or not doc.has_annotation("DEP"):
        return bool(_FINITE.search(text[start:end])) and not in_time_series(text, timex.start, timex.end)
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    role = _first_conjunct(root)
    if role.dep_ in _NOUN_MODIFIER_DEPS and role.head.pos_ in ("NOUN", "PROPN"):
        return False
    if is_reference_point(text, timex.start) or _no_date_of_the_clause(text, root, timex):
        return False
    if nowadays_today(root, _older_time_near(root, timex, others)):
        return False
    kind = reference_clause(root)
    if kind == "link" or (kind == "clause" and _main_dated(doc, others, timex, start, end)):
        return False
    verb = governing_verb(root)
    if verb is not None and (is_counterfactual(verb) or is_habitual(verb)):
        return False
    sentence = span.sent
    return any(token.pos_ in ("VERB", "AUX") for token in sentence)


def _older_time_near(root: Token, timex: TimeExpression, others: Sequence[TimeExpression]) -> bool:
    """Whether the sentence of `root` or the one before names a time over a year before `timex`."""
    if timex.time is None:
        return False
    sentence = root.sent
    earlier = root.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    year_before = f"{int(timex.time.start[:4]) - 1}{timex.time.start[4:]}"
    return any(
        other.time is not None
        and earlier.start_char <= other.start < sentence.end_char
        and other.time.end < year_before
        for other in others
    )


def _first_conjunct(token: Token) -> Token:
    """The first of conjoined dates, whose role the others share ("the September and October
    contracts": October modifies "contracts" as September does)."""
    for _ in range(6):
        if token.dep_ != "conj" or token.head is token:
            break
        token = token.head
    return token


def _no_date_of_the_clause(text: str, root: Token, timex: TimeExpression) -> bool:
    """An open series of times, a generic "today", a comparison or a date naming an event noun (see
    event_reading.py): the expression does not date its clause."""
    return (
        in_time_series(text, timex.start, timex.end)
        or generic_today(root)
        or is_comparison(root)
        or names_an_event(root)
    )


def _event(
    document: Document,
    doc: Doc | None,
    timex: TimeExpression,
    start: int,
    end: int,
    mentions: Sequence[Mention],
    used: set[str],
    post: Post | None = None,
) -> Event:
    assert timex.time is not None
    tense = tense_of(document.text, doc, timex.start, timex.end, (start, end))
    published = document.published.value
    if post is not None and (published is None or post.day.isoformat() > published):
        published = post.day.isoformat()  # a post of a later day than the filing day tells of that day
    planned = tense == "future" or (published is not None and timex.time.start > published)
    event_id = make_id("event", document.id, start, end)
    if event_id in used:
        event_id = make_id("event", document.id, start, end, timex.id)
    within = inside(document, mentions, start, end)
    return Event(
        id=event_id,
        document=document.id,
        start=start,
        end=end,
        summary=document.text[start:end],
        timex=timex.id,
        time=timex.time,
        planned=planned,
        mentions=within,
        confidence=PUBLICATION_DAY_CONFIDENCE if timex.anchor_rule == "post-stamp" else 1.0,
    )
