"""Unit tests on sentences we wrote for the fourth round of value rules: a bare clock takes the day
named after it, a participle of a noun is past, a date before a noun names an event, a progressive
above the date's verb is no arrangement, a "since" date does not move the story, names ending in a
month and ordinal "a second" are not expressions."""

# ruff: noqa: E501  (one sentence per case reads best unbroken)

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.extract.time import times_in

ANCHOR = "1998-08-12"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a bare clock takes the day that follows it, over "local time" and a bracketed second clock
        (
            "The bomb exploded at 10:30 a.m. local time (0730 GMT) on Friday.",
            {
                "10:30 a.m. local time": "1998-08-07T10:30",
                "0730 GMT": "1998-08-07T07:30",
                "Friday": "1998-08-07",
            },
        ),
        ("The first blast came at 10:40 a.m. on Aug. 7.", {"10:40 a.m. on Aug. 7": "1998-08-07T10:40"}),
        # a day further on in another clause does not date the clock
        ("He left at noon, and on Friday he returned.", {"noon": "1998-08-12T12:00", "Friday": "1998-08-07"}),
        # a "since" date is a reference point: the clock after it stays on the day reported
        (
            "Shares plunged this morning. They have lost a third since 20 April, when the rig exploded. By 10am the shares had recovered.",
            {"this morning": "1998-08-12TMO", "20 April": "1998-04-20", "10am": "1998-08-12T10:00"},
        ),
    ],
)
def test_a_bare_clock_takes_the_day_named_after_it(timex: Any, text: str, values: dict[str, str]) -> None:
    assert timex.values(text, ANCHOR) == values


@pytest.mark.parametrize(
    ("anchor", "text", "span", "value"),
    [
        # a participle of a noun is past ("bought", "issued"), nearest under a future verb
        ("1989-10-30", "Crane holds 504,200 shares, including 254,200 bought from Sept. 14 to Thursday.", "Thursday", "1989-10-26"),
        ("1989-10-27", "It will offer 1,800 francs each for a block of shares issued July 1.", "July 1", "1989-07-01"),
        # a date between a determiner and a noun names an event; a progressive above the verb is no plan
        ("1989-10-27", "The bank said it is continuing to try to sell itself, under a June agreement with a group.", "June", "1989-06"),
        # a present progressive the date belongs to is still an arrangement
        ("2011-02-17", "Opposition groups are calling for mass protests on Saturday.", "Saturday", "2011-02-19"),
        # a participle used as a preposition ("following", "including") is no clause: the verb above it dates
        ("2010-01-17", "Estimates of how many people died following the quake on Tuesday have varied.", "Tuesday", "2010-01-12"),
    ],
)  # fmt: skip
def test_participles_and_progressives(timex: Any, anchor: str, text: str, span: str, value: str) -> None:
    assert timex.one(text, anchor, span).value == value


@pytest.mark.parametrize(
    "text",
    [
        "The failure of the Long March by the lawyers prompted debate.",
        "Theresa May said the talks had failed. Mrs. May left early.",
        "The Women's March drew large crowds.",
        "A second front sprouted as protesters filled the city.",
        "He won a second term.",
    ],
)
def test_names_ending_in_a_month_and_ordinals_are_not_expressions(timex: Any, text: str) -> None:
    assert timex.values(text, ANCHOR) == {}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Since March, rates rose. Until June the plan held.", {"March": "1998-03", "June": "1998-06"}),
        ("A second later, the bomb went off.", {"A second": "PT1S"}),
        ("Protesters gathered in Tahrir Square in late March.", {"late March": "1998-03"}),
    ],
)
def test_months_after_a_lead_word_and_seconds_of_time_stay(
    timex: Any, text: str, values: dict[str, str]
) -> None:
    assert timex.values(text, ANCHOR) == values


@given(
    hour=st.integers(min_value=1, max_value=12),
    minute=st.integers(min_value=0, max_value=59),
    day=st.integers(min_value=1, max_value=28),
)
def test_any_clock_before_a_written_date_is_on_that_date(hour: int, minute: int, day: int) -> None:
    text = f"The blast came at {hour}:{minute:02d} p.m. local time on Aug. {day}, a witness said."
    found = times_in(text, None, dt.date(1998, 8, 12))
    clock = 12 if hour == 12 else hour + 12
    assert [t.value for t in found if t.type == "TIME"] == [f"1998-08-{day:02d}T{clock:02d}:{minute:02d}"]


@pytest.mark.parametrize(
    ("anchor", "text", "span", "value"),
    [
        # a quantified "ago" is a date, not a duration followed by "ago"
        ("2015-11-24", "But less than a dozen years ago, the bureau provided the data.", "less than a dozen years ago", "2003"),
        ("1998-08-12", "More than two weeks ago the rebels left.", "More than two weeks ago", "1998-W31"),
        # decades written with an apostrophe
        ("2016-02-17", "He helped Jackson win the state in the '80s.", "the '80s", "198"),
        ("2016-02-17", "The music of the '90s was loud.", "the '90s", "199"),
        # trying under a past verb is dated with it; a commitment still looks ahead
        ("2016-02-17", "Both candidates sought to appeal to younger voters on Tuesday.", "Tuesday", "2016-02-16"),
        ("2011-02-03", "The mayor agreed on Tuesday not to seek re-election in September.", "September", "2011-09"),
    ],
)  # fmt: skip
def test_quantified_ago_short_decades_and_attempts(
    timex: Any, anchor: str, text: str, span: str, value: str
) -> None:
    assert timex.one(text, anchor, span).value == value


def test_a_title_ending_in_today_is_not_a_date(timex: Any) -> None:
    found = timex.values("He sits on USA TODAY's board. This is VOA Today. Today, the law stands.", ANCHOR)
    assert found == {"Today": "1998-08-12"}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a weekday after "ahead of" is the next one after the day the story has reached
        ("Lawmakers blasted the firms on Tuesday. He offered little ahead of Thursday's testimony.", "Thursday", "2010-06-17"),
        ("Shares rose on Thursday ahead of Friday's results.", "Friday", "2010-06-11"),
        # a month after "ahead of" in a clause that is not past is the next one
        ("It is a tradition, especially ahead of November elections.", "November", "2010-11"),
        # "that today" is the complementizer and the deictic day
        ("BP said that today would be the last day for claims.", "today", "2010-06-15"),
    ],
)  # fmt: skip
def test_strong_forward_cues_and_that_today(timex: Any, text: str, span: str, value: str) -> None:
    assert timex.one(text, "2010-06-15", span).value == value
