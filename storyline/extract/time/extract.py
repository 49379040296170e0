"""extract_times: tags a document's temporal expressions and normalizes each against its anchor."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import partial

from spacy.tokens import Doc

from storyline.extract.time.anchoring import (
    STORY_OPENER,
    Anchor,
    Narrative,
    advance,
    anchor_for,
    old_story_year,
    parse_day,
    with_story_year,
)
from storyline.extract.time.calendar import time_value
from storyline.extract.time.clause_roles import (
    dates_a_past_event,
    future_in_the_past,
    intended_time,
    promised_time,
)
from storyline.extract.time.clock_day import is_bare_clock, with_clock_days
from storyline.extract.time.context import (
    Layout,
    background_year,
    layout,
    names_known_event,
    since_point,
    tense_of,
)
from storyline.extract.time.cues import forward_cue, since_cue, strong_forward_cue
from storyline.extract.time.dateline import dateline_day
from storyline.extract.time.normalize import Context, Tense, resolve
from storyline.extract.time.overnight import without_manner_overnight
from storyline.extract.time.posts import Post, post_anchors, post_at
from storyline.extract.time.quarter_refs import with_quarter_referents
from storyline.extract.time.reading import Reading
from storyline.extract.time.shared_year import closing_year, month_level
from storyline.extract.time.spacy_source import with_spacy_spans
from storyline.extract.time.tagger import Candidate, tag
from storyline.extract.time.year_earlier import with_quarter_years
from storyline.extract.time.years import without_non_years
from storyline.model import Document, TimeExpression, TimeValue, make_id


def extract_times(document: Document, doc: Doc | None) -> tuple[TimeExpression, ...]:
    """Every temporal expression of `document`, anchored on its publication date, or inside a live
    blog's post on that post's day (see anchoring and posts)."""
    anchor = parse_day(document.published.value)
    return tuple(times_in(document.text, doc, anchor, document=document.id))


def times_in(
    text: str,
    doc: Doc | None,
    anchor: dt.date | None,
    *,
    document: str = "",
    today: dt.date | None = None,
    posts: bool = True,
) -> list[TimeExpression]:
    """The expressions of a bare text, given its publication date (or None) and optional parse; with
    `posts`, a live blog's posts are anchored on their own days (posts.py); a wire dateline's day
    near the publication date is the story's own day (dateline.py)."""
    anchor = dateline_day(text, anchor) or anchor
    frame = layout(text, doc)
    state = Narrative(publication=anchor)
    found: list[TimeExpression] = []
    tagged = without_manner_overnight(without_non_years(text, tag(text), anchor, doc), doc)
    candidates = list(with_spacy_spans(text, doc, tagged))
    blog = post_anchors(text, anchor) if posts else ()
    current: Post | None = None
    for index, candidate in enumerate(candidates):
        post = post_at(blog, candidate.start)
        if post is not None and post is not current:
            state = Narrative(publication=post.day)  # each post is told from its own day
        if post is not None and candidate.start >= post.stamp_end:
            state = replace(state, publication=post.earliest if _deictic(candidate.reading) else post.day)
        current = post or current
        shared = closing_year(text, candidates, index, partial(_own_year, state=state, frame=frame))
        expression, state = _normalize(text, doc, frame, candidate, state, document, today, shared)
        found.append(_in_post(expression, post))
    found = with_clock_days(text, found, [is_bare_clock(c.reading) for c in candidates], doc)
    return with_quarter_years(with_quarter_referents(text, found))


def _deictic(reading: Reading) -> bool:
    """Whether `reading` is "today", "tonight", "yesterday", "this morning": the writer's own day,
    which in a post stamped in two zones may be the second zone's (a weekday or a date names its day
    itself)."""
    named = reading.weekday is not None or reading.month is not None or reading.value is not None
    clock = reading.clock is not None and reading.clock[:1].isdigit()  # "10:00 am ET": the zone is unsaid
    return reading.unit == "day" and not named and not clock


def _in_post(expression: TimeExpression, post: Post | None) -> TimeExpression:
    """An expression anchored on its post's day names the post's rule ("post-weekday", ...); the
    stamp's own clock is "post-stamp": evidence of when the post was written."""
    if post is None:
        return expression
    if post.start <= expression.start < post.stamp_end:
        return replace(expression, anchor_rule="post-stamp")
    if expression.anchor_rule == "publication":
        return replace(expression, anchor_rule=post.rule)
    return expression


def _own_year(candidate: Candidate, state: Narrative, frame: Layout) -> int | None:
    """The year an expression fixes by itself: written ("2008", "March 2008"), relative to the
    publication ("last year", "August of last year") or to the narrative ("that year")."""
    reading = candidate.reading
    if reading.value is not None:
        return int(reading.value[:4]) if re.match(r"\d{4}(?:-|$)", reading.value) else None
    if reading.year_offset is not None and state.publication is not None:
        return state.publication.year + reading.year_offset
    if reading.unit == "year":
        anchor = anchor_for(reading, state, frame.sentence_of(candidate.start))
        value, _ = resolve(reading, Context(anchor.day))
        return int(value) if value.isdigit() and len(value) == 4 else None
    return None


def _cued_ahead(
    reading: Reading, tense: Tense | None, anchor: Anchor, state: Narrative
) -> tuple[Tense | None, Anchor]:
    """After "ahead of", "in the run-up to", "upcoming": a weekday is the next one after the day the
    story has reached ("did not offer much new ahead of Thursday's testimony", told on Tuesday; "rose on
    Thursday ahead of Friday's results", told on Monday, is the Friday before); a month in a clause that
    is not past is the next one ("especially ahead of November elections", told in June)."""
    if reading.weekday is not None and reading.month is None:
        day = state.reference or anchor.day
        return "future", Anchor(day, anchor.rule if day == anchor.day else "narrative", anchor.year_hint)
    if reading.month is not None and tense != "past":
        return "future", anchor
    return tense, anchor


def _week_ahead_on_sunday(reading: Reading, tense: Tense | None, anchor: Anchor) -> Reading:
    """ "this week" told on a Sunday, the last day of its ISO week, about what is still to come ("will
    extend to this week's convention", "is not available this week") is the week ahead: the days it
    speaks of lie after the Sunday (and the US week, Sunday to Saturday, has just begun)."""
    ahead = tense in ("future", "present") and anchor.day is not None and anchor.day.weekday() == 6
    own = reading.unit == "week" and reading.offset == 0 and reading.relative_to == "publication"
    if ahead and own and reading.until_anchor is None:
        return replace(reading, offset=1)
    return reading


_UNKNOWN = {"year": "XXXX", "month": "XXXX-XX", "decade": "XXX", "century": "XX"}


def _past_after_publication(
    reading: Reading, tense: Tense | None, time: TimeValue | None, state: Narrative
) -> bool:
    """A shift forward from the narrative ("three years later", "five months later") in a past clause
    that lands after the publication day: the story's reference lies further back than any date the
    text gave, so the value is unknown ("He enrolled at the university. He graduated three years later",
    with no year written, is not three years after a year named paragraphs away)."""
    if tense != "past" or time is None or state.publication is None or reading.relative_to != "narrative":
        return False
    return reading.offset > 0 and time.start > state.publication.isoformat()


def _possessive_weekday(text: str, candidate: Candidate, reading: Reading) -> bool:
    """A weekday owning a noun ("Monday's debate", "Thursday's closing price"): outside a future clause it
    names an event the reader knows, on or before the day it is told (all such weekdays in TimeBank and
    AQUAINT-read are)."""
    owns = text[candidate.end : candidate.end + 2] in ("'s", "’s")
    return owns and reading.weekday is not None and reading.direction is None and not reading.weekend


def _clock_told_ahead(
    reading: Reading, tense: Tense | None, anchor: Anchor, state: Narrative, sentence: int
) -> bool:
    """A bare clock in a future clause whose sentence names no planned day, anchored on a reported day
    before the publication: what is still to come happens from the day it is told on ("... blew out on
    April 20. The speech is set for 8 p.m. EDT.", told on June 15, is June 15's evening)."""
    if not is_bare_clock(reading) or tense != "future" or anchor.rule != "narrative":
        return False
    before = anchor.day is not None and state.publication is not None and anchor.day < state.publication
    return before and state.planned_sentence != sentence


def _sentence_bounds(frame: Layout, index: int, length: int) -> tuple[int, int]:
    starts = frame.sentence_starts
    return starts[index], starts[index + 1] if index + 1 < len(starts) else length


def _normalize(
    text: str,
    doc: Doc | None,
    frame: Layout,
    candidate: Candidate,
    state: Narrative,
    document: str,
    today: dt.date | None,
    shared_year: int | None = None,
) -> tuple[TimeExpression, Narrative]:
    reading = candidate.reading
    sentence = frame.sentence_of(candidate.start)
    bounds = _sentence_bounds(frame, sentence, len(text))
    tense = tense_of(text, doc, candidate.start, candidate.end, bounds)
    if month_level(reading) and promised_time(doc, candidate.start, candidate.end):
        tense = "future"  # "has promised a parliamentary election in February"
    if tense == "past" and month_level(reading) and intended_time(doc, candidate.start, candidate.end):
        tense = "present"  # "hoped to get the first doses in August": the nearest August
    if _possessive_weekday(text, candidate, reading) and tense in (None, "present"):
        tense = "past"  # "The impact of Monday's debate is still small", told on a Friday: that Monday
    if reading.partial and since_cue(text, candidate.start, bounds[0]):
        tense = "past"  # "has not mentioned her since the Monday night debate", told on a Friday
    anchor = anchor_for(reading, state, sentence, tense)
    if _clock_told_ahead(reading, tense, anchor, state, sentence) and not future_in_the_past(
        doc, candidate.start, candidate.end
    ):
        anchor = Anchor(state.publication, "publication")  # "The speech is set for 8 p.m. EDT."
    reading = _week_ahead_on_sunday(reading, tense, anchor)
    if reading.partial and strong_forward_cue(text, candidate.start, bounds[0]):
        tense, anchor = _cued_ahead(reading, tense, anchor, state)
    dated = reading.month is not None or reading.weekday is not None or reading.holiday is not None
    ahead = reading.partial and dated and forward_cue(text, candidate.start, bounds[0])
    if shared_year is None and tense == "past" and month_level(reading):
        shared_year = old_story_year(state, sentence)  # "Back in 1918 ... over the winter period"
    if shared_year is not None:  # "on 15 October and 9 November that year": the list's closing year
        anchor = Anchor(state.publication, "narrative-year", shared_year)
        value, time = resolve(reading, Context(None, tense, shared_year, today))
    else:
        behind = tense == "past" and dates_a_past_event(doc, candidate.start, candidate.end)
        value, time = resolve(reading, Context(anchor.day, tense, anchor.year_hint, today, ahead, behind))
    if _past_after_publication(reading, tense, time, state):
        value, time = _UNKNOWN.get(reading.unit or "", "XXXX-XX-XX"), None  # "graduated three years later"
    if anchor.rule == "narrative-month" and time is not None:
        value, time = value[:7] + "-XX", time_value(value[:7])  # a day of that month: which one is unsaid
    known = "X" not in value or reading.type in ("DURATION", "SET") or anchor.rule == "narrative-month"
    rule = anchor.rule if known else "none"
    if anchor.day is None and rule == "none" and "X" not in value and reading.weekday is not None:
        rule = "weekday-date"
    expression = TimeExpression(
        id=make_id("timex", document, candidate.start, candidate.end),
        document=document,
        start=candidate.start,
        end=candidate.end,
        text=text[candidate.start : candidate.end],
        type=reading.type,
        value=value,
        time=time,
        anchor=anchor.day.isoformat() if anchor.day else None,
        anchor_rule=rule,
        sentence=sentence,
    )
    quoted = frame.quoted(candidate.start, candidate.end)
    if ahead and anchor.day is not None and time is not None and time.start > anchor.day.isoformat():
        tense = "future"  # a cued upcoming date is a plan: it does not move the story
    sets_year = not (reading.explicit_year and background_year(doc, candidate.start, candidate.end))
    moves = not since_point(doc, candidate.start, candidate.end) and not names_known_event(
        doc, candidate.start, candidate.end
    )
    state = advance(state, reading, time, sentence, tense, quoted, sets_year, moves)
    opens = sets_year and bool(STORY_OPENER.search(text[bounds[0] : candidate.start]))
    return expression, with_story_year(state, reading, time, sentence, opens)
