"""Unit tests on sentences we wrote for the third round of value rules: present and passive plans look
ahead, payment/effective dates are cued, rates and fractions are not durations, "the (full) year",
"the future" at the end of a phrase, and "months ago" without a number."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.extract.time import times_in
from storyline.extract.time.cues import forward_cue

ANCHOR = "1989-10-26"
MONTH_NAMES = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a passive infinitive takes the tense of the verb it complements ("expect … to be completed")
        ("They expect the sale to be completed by Dec. 15.", "Dec. 15", "1989-12-15"),
        # a plan in the present passive looks ahead ("is scheduled for completion by")
        ("The merger is scheduled for completion by Dec. 10.", "Dec. 10", "1989-12-10"),
        ("The talks that are supposed to conclude by May resumed.", "May", "1990-05"),
        # a past-tense report of a past day keeps the past occurrence
        ("The bridge was closed on Dec. 3.", "Dec. 3", "1988-12-03"),
        ("The bridge has been closed since Dec. 3.", "Dec. 3", "1988-12-03"),
    ],
)
def test_present_and_passive_plans_look_ahead(timex: Any, text: str, span: str, value: str) -> None:
    assert timex.one(text, ANCHOR, span).value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Oneida declared a stock dividend, payable Dec. 15 to holders.", "Dec. 15", "1989-12-15"),
        ("The bank created a new office, effective Feb. 1.", "Feb. 1", "1990-02-01"),
        ("Lenders have extended loans through January.", "January", "1990-01"),
        # a cue does not pull a date that is close behind: "sales through August" is the past August
        ("Sales were flat this year through August.", "August", "1989-08"),
        # nor one whose next occurrence is more than about four months ahead
        ("The rule took effect, effective April 1.", "April 1", "1989-04-01"),
    ],
)
def test_payment_and_effective_dates_are_cued(timex: Any, text: str, span: str, value: str) -> None:
    assert timex.one(text, ANCHOR, span).value == value


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("A dividend payable ", True),
        ("The new pact, effective ", True),
        ("Prices are frozen starting ", True),
        ("Loans were extended through ", True),
        ("The pact was signed in ", False),
    ],
)
def test_payment_cue_words(text: str, cued: bool) -> None:
    assert forward_cue(text + "Dec. 1.", len(text), 0) is cued


@pytest.mark.parametrize(
    "text",
    [
        "The plan will save $500 million a year in costs.",
        "The route adds 700 seats a week.",
        "The stock pays a dividend of $1.76 a year.",
        "Iraq imports about three-quarters of its food.",
        "A quarter of the voters stayed home.",
        "The 8-month-old boy was found.",
    ],
)
def test_rates_fractions_and_ages_are_not_durations(timex: Any, text: str) -> None:
    assert [t.text for t in timex.run(text, ANCHOR) if t.type == "DURATION"] == []


def test_a_plain_stretch_of_time_is_still_a_duration(timex: Any) -> None:
    assert timex.one("He stayed a year in Paris.", ANCHOR, "a year").value == "P1Y"
    assert timex.one("Sales fell in the first three quarters.", ANCHOR, "the first three quarters").value == (
        "P9M"
    )


@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        ("Sales for the full year were flat.", "the full year", "DATE", "1989"),
        ("The stock hit its high for the year, $42, in June.", "the year", "DATE", "1989"),
        ("It earned $5 million in the fiscal year ended Jan. 31.", "the fiscal year", "DURATION", "P1Y"),
        ("Revenue for the year ending June 30 will fall.", "the year", "DURATION", "P1Y"),
    ],
)
def test_the_year(timex: Any, text: str, span: str, type_: str, value: str) -> None:
    found = timex.one(text, ANCHOR, span)
    assert (found.type, found.value) == (type_, value)


@pytest.mark.parametrize(
    "text",
    [
        "She was named Person of the Year.",
        "In the year 2000 we will fly.",
        "Profit fell from the year-earlier quarter.",
        "The year of the dragon began.",
    ],
)
def test_the_year_inside_other_phrases_is_not_the_anchor_year(timex: Any, text: str) -> None:
    assert "1989" not in {t.value for t in timex.run(text, ANCHOR)}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Whether it helps in the future is yet to be seen.", "the future"),
        ("Strikes may continue well into the future if talks fail.", "the future"),
        ("Villagers worry about the future and fear war.", "the future"),
        ("Such crimes were rarely reported in the past.", "the past"),
    ],
)
def test_the_future_and_the_past_at_the_end_of_a_phrase(timex: Any, text: str, span: str) -> None:
    assert timex.one(text, ANCHOR, span).value in {"FUTURE_REF", "PAST_REF"}


@pytest.mark.parametrize("text", ["The future king spoke.", "They debated the future of the port."])
def test_the_future_as_a_modifier_is_not_tagged(timex: Any, text: str) -> None:
    assert "the future" not in {t.text.lower() for t in timex.run(text, ANCHOR)}


def test_ago_without_a_number_and_ago_or_so(timex: Any) -> None:
    assert timex.one("Just months ago it was losing money.", ANCHOR, "months ago").value == "PAST_REF"
    found = timex.one("A week or so ago, he chose a date.", "1991-02-25", "A week or so ago")
    assert found.value == "1991-W08"


@given(
    anchor=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2090, 12, 31)),
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
)
def test_a_cued_day_is_never_far_ahead_nor_over_a_year_back(anchor: dt.date, month: int, day: int) -> None:
    text = f"The board declared a dividend, payable {MONTH_NAMES[month - 1]} {day}."
    value = next(t.value for t in times_in(text, None, anchor) if t.type == "DATE")
    gap = (dt.date.fromisoformat(value) - anchor).days
    assert -366 <= gap <= 122


@given(anchor=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_the_full_year_is_the_anchor_year(anchor: dt.date) -> None:
    found = times_in("Sales for the full year were flat.", None, anchor)
    assert [(t.text, t.value) for t in found] == [("the full year", f"{anchor.year:04d}")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Exports rose in the first half of this year.", "the first half of this year", "1989-H1"),
        ("Sales rose in the second half of last year.", "the second half of last year", "1988-H2"),
        ("Earnings for the last half of 1989 fell.", "the last half of 1989", "1989-H2"),
        ("Sales rose in the first quarter of this year.", "the first quarter of this year", "1989-Q1"),
        ("The spin-off may come in next year's first quarter.", "next year's first quarter", "1990-Q1"),
        ("Sales in this year's third quarter fell.", "this year's third quarter", "1989-Q3"),
        ("A charge in the 1988 second quarter hurt.", "the 1988 second quarter", "1988-Q2"),
    ],
)
def test_halves_and_quarters_of_a_relative_or_written_year(
    timex: Any, text: str, span: str, value: str
) -> None:
    assert timex.one(text, ANCHOR, span).value == value


def test_a_bare_first_half_is_not_a_date(timex: Any) -> None:
    assert timex.run("Rovers scored twice in the first half.", ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In March, the firm got an offer. Others urged a sale. The following month, it gave in.", "1989-04"),
        ("On March 3, they met. The following month, they split.", "1989-04"),
        ("The previous month was calm. In June, riots began.", "1989-09"),
    ],
)
def test_the_following_month_counts_from_the_last_month_reported(timex: Any, text: str, value: str) -> None:
    found = [t for t in timex.run(text, ANCHOR) if "month" in t.text.lower()]
    assert [t.value for t in found] == [value]
