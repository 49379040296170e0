"""Unit tests of the temporal tagger and normalizer on sentences we wrote, one phenomenon each."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

ANCHOR = "2021-04-29"  # a Thursday


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The accord took effect on January 26, 2000.", "January 26, 2000", "2000-01-26"),
        ("The accord took effect on 26 January 2000.", "26 January 2000", "2000-01-26"),
        ("Posted 2019.07.03 by the desk.", "2019.07.03", "2019-07-03"),
        ("The vote is planned in March 2022.", "March 2022", "2022-03"),
        ("The mine closed in 2019.", "2019", "2019"),
        ("The report is due by 21 June.", "21 June", "2021-06-21"),
        ("Prices rose sharply in the 1990s.", "the 1990s", "199"),
        ("It was the bloodiest war of the 20th century.", "the 20th century", "19"),
        ("Sales fell in the third quarter of 2020.", "the third quarter of 2020", "2020-Q3"),
        ("The lake froze in the winter of 2012.", "the winter of 2012", "2012-WI"),
    ],
)
def test_absolute_and_partial_dates(timex: Any, text: str, span: str, value: str) -> None:
    assert timex.one(text, ANCHOR, span).value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The mayor resigned on Tuesday.", "Tuesday", "2021-04-27"),
        ("The mayor will resign on Tuesday.", "Tuesday", "2021-05-04"),
        ("The mayor spoke on Thursday.", "Thursday", "2021-04-29"),
        ("The council meets next Friday.", "next Friday", "2021-04-30"),
        ("She left last Monday.", "last Monday", "2021-04-26"),
        ("The bridge opened yesterday.", "yesterday", "2021-04-28"),
        ("The bridge opens today.", "today", "2021-04-29"),
        ("The bridge opens tomorrow.", "tomorrow", "2021-04-30"),
        ("Turnout fell last year.", "last year", "2020"),
        ("Turnout will rise this year.", "this year", "2021"),
        ("The fund shrank last week.", "last week", "2021-W16"),
        ("Talks resume next month.", "next month", "2021-05"),
        ("The plant closed two weeks ago.", "two weeks ago", "2021-W15"),
        ("The plant closed three days ago.", "three days ago", "2021-04-26"),
        ("Rationing will start next winter.", "next winter", "2021-WI"),
        ("The bank cut rates earlier this month.", "earlier this month", "2021-04"),
    ],
)
def test_weekdays_and_relative_expressions(timex: Any, text: str, span: str, value: str) -> None:
    assert timex.one(text, ANCHOR, span).value == value


def test_weekday_date_pair_fixes_the_year_without_anchor(timex: Any) -> None:
    found = timex.one("The ministers met on Wednesday, April 28, in Kazan.", None, "Wednesday, April 28")
    assert (found.value, found.anchor_rule) == ("2021-04-28", "weekday-date")


def test_month_day_without_anchor_keeps_its_unknown_year(timex: Any) -> None:
    found = timex.one("The protest was banned on March 27.", None, "March 27")
    assert (found.value, found.time, found.anchor_rule) == ("XXXX-03-27", None, "none")


@pytest.mark.parametrize(
    ("anchor", "text", "span", "value"),
    [
        ("2021-04-28", "On February 11, the council voted.", "February 11", "2021-02-11"),
        ("2019-07-03", "On December 25, the two leaders agreed on a plan.", "December 25", "2018-12-25"),
        ("2019-07-03", "On May 29, the envoys signed it.", "May 29", "2019-05-29"),
        ("2021-03-30", "Supporters were urged to rally on March 27.", "March 27", "2021-03-27"),
        ("2021-03-10", "The summit will take place on March 27.", "March 27", "2021-03-27"),
        ("2021-03-10", "The summit opened on December 3.", "December 3", "2020-12-03"),
    ],
)
def test_month_without_year_uses_tense_and_nearest_occurrence(
    timex: Any, anchor: str, text: str, span: str, value: str
) -> None:
    assert timex.one(text, anchor, span).value == value


def test_narrative_year_sets_the_year_of_following_months(timex: Any) -> None:
    text = "At the end of 2018, relations soured. In late December, the ministers met again."
    found = timex.values(text, "2019-07-03")
    assert found["the end of 2018"] == "2018"
    assert found["late December"] == "2018-12"


@pytest.mark.parametrize(
    ("text", "span", "value", "start", "end", "granularity", "mod"),
    [
        ("Prices peaked in mid-April.", "mid-April", "2021-04", "2021-04-11", "2021-04-20", "month", "MID"),
        (
            "Prices peaked in early April.",
            "early April",
            "2021-04",
            "2021-04-01",
            "2021-04-10",
            "month",
            "START",
        ),
        (
            "Prices fell in late December.",
            "late December",
            "2020-12",
            "2020-12-22",
            "2020-12-31",
            "month",
            "END",
        ),
        (
            "Ties soured at the end of 2018.",
            "the end of 2018",
            "2018",
            "2018-09-02",
            "2018-12-31",
            "year",
            "END",
        ),
        (
            "A plan is due by the end of June.",
            "the end of June",
            "2021-06",
            "2021-06-21",
            "2021-06-30",
            "month",
            "END",
        ),
    ],
)
def test_fuzzy_parts_are_intervals(
    timex: Any, text: str, span: str, value: str, start: str, end: str, granularity: str, mod: str
) -> None:
    time = timex.one(text, ANCHOR, span).time
    assert time is not None
    assert (time.value, time.start, time.end, time.granularity, time.modifier) == (
        value,
        start,
        end,
        granularity,
        mod,
    )


@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        ("The strike has gone on for five weeks.", "five weeks", "DURATION", "P5W"),
        ("The siege lasted more than a month.", "more than a month", "DURATION", "P1M"),
        ("The fair is held every year.", "every year", "SET", "P1Y"),
        ("The report is published annually.", "annually", "SET", "P1Y"),
        ("The mayor is now in Brussels.", "now", "DATE", "PRESENT_REF"),
        ("The mayor is currently in Brussels.", "currently", "DATE", "PRESENT_REF"),
    ],
)
def test_durations_sets_and_present_are_not_points(
    timex: Any, text: str, span: str, type_: str, value: str
) -> None:
    found = timex.one(text, ANCHOR, span)
    assert (found.type, found.value, found.time) == (type_, value, None)


def test_more_than_sets_the_modifier(timex: Any) -> None:
    assert timex.one("The siege lasted more than a month.", ANCHOR, "more than a month").value == "P1M"


def test_narrative_reference_time_moves_with_the_story(timex: Any) -> None:
    text = (
        "On March 27, the police dispersed a march. On the morning of the same day, a court jailed two "
        "activists. A day earlier, the organisers had been warned."
    )
    found = {t.text: t for t in timex.run(text, "2021-03-30")}
    assert found["the morning of the same day"].value == "2021-03-27TMO"
    assert found["the morning of the same day"].anchor_rule == "narrative"
    assert found["A day earlier"].value == "2021-03-26"


def test_relative_day_with_explicit_date_is_one_expression(timex: Any) -> None:
    text = "The envoy arrived on September 20, 2020. The next day, September 21, she met the mayor."
    found = timex.one(text, None, "The next day, September 21")
    assert found.value == "2020-09-21"


def test_month_day_with_relative_year(timex: Any) -> None:
    assert timex.one(
        "The vote on August 9 last year was disputed.", "2021-03-30", "August 9 last year"
    ).value == ("2020-08-09")


def test_quoted_future_dates_do_not_move_the_narrative(timex: Any) -> None:
    text = "“The talks will be held on July 18,” the aide said. A day earlier, the minister resigned."
    assert timex.one(text, "2019-07-03", "A day earlier").value == "2019-07-02"


def test_lowercase_may_is_not_a_month(timex: Any) -> None:
    assert "may" not in timex.values("Officials said the plan may change.", ANCHOR)


def test_counts_are_not_years(timex: Any) -> None:
    assert "2000" not in timex.values("Police detained 2000 people.", ANCHOR)


def test_every_expression_has_offsets_into_the_text(timex: Any) -> None:
    text = "On Tuesday, the mayor said the bridge would open next month."
    for found in timex.run(text, ANCHOR):
        assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("anchor", "text", "span", "type_", "value"),
    [
        ("2021-04-26", "Thousands marched over the weekend.", "the weekend", "DATE", "2021-W16-WE"),
        ("2021-04-29", "The polls closed at 8 p.m.", "8 p.m.", "TIME", "2021-04-29T20:00"),
        ("2021-04-29", "The riots began on Sunday night.", "Sunday night", "TIME", "2021-04-25TNI"),
        ("2021-04-29", "The rally was held every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("2021-04-29", "It happened in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
    ],
)
def test_weekends_clock_times_and_sets(
    timex: Any, anchor: str, text: str, span: str, type_: str, value: str
) -> None:
    found = timex.one(text, anchor, span)
    assert (found.type, found.value) == (type_, value)


def test_works_without_a_parse() -> None:
    from storyline.extract.time import times_in

    found = times_in("The mayor resigned yesterday, two weeks after the vote.", None, dt.date(2021, 4, 29))
    assert [(t.text, t.value) for t in found] == [("yesterday", "2021-04-28"), ("two weeks", "P2W")]
