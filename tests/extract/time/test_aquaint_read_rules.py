"""Unit tests on sentences we wrote for the fifth round of value rules, taken from the kinds of error
read on AQUAINT-read: whole words only ("nowhere" holds no "now"), spoken clock hours ("4 in the
morning"), a bare clock on the day of a dated clock after it, a deadline weekday ahead."""

# ruff: noqa: E501  (one sentence per case reads best unbroken)

from __future__ import annotations

from typing import Any

import pytest

ANCHOR = "2000-04-03"  # a Monday


def test_a_rule_matches_whole_words_only(timex: Any) -> None:
    values = timex.values("The questioning had led nowhere. Right now the evidence is scant.", ANCHOR)
    assert values == {"Right now": "PRESENT_REF"}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He will leave at 4 in the morning, Castro said.", "4 in the morning", "2000-04-03T04:00"),
        ("The talks ended at 10 o'clock at night.", "10 o'clock at night", "2000-04-03T22:00"),
        ("They met at seven in the evening.", "seven in the evening", "2000-04-03T19:00"),
        ("The flight left at 11 at night.", "11 at night", "2000-04-03T23:00"),
        ("The raid began at 2 at night.", "2 at night", "2000-04-03T02:00"),
        ("He called at 12 in the morning.", "12 in the morning", "2000-04-03T00:00"),
        # a bracketed clock with its own day gives the spoken clock its day
        ("This father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.", "4 in the morning", "2000-04-06T04:00"),
    ],
)  # fmt: skip
def test_spoken_clock_hours(timex: Any, text: str, span: str, value: str) -> None:
    assert timex.values(text, ANCHOR)[span] == value


@pytest.mark.parametrize(
    "text", ["Two in the afternoon session were hurt.", "One in the morning show said so."]
)
def test_a_count_before_a_part_of_the_day_is_no_hour(timex: Any, text: str) -> None:
    assert not any(value.endswith(":00") for value in timex.values(text, ANCHOR).values())


@pytest.mark.parametrize(
    ("anchor", "text", "span", "value"),
    [
        # a deadline weekday a day ahead is the coming one, even under a past or perfect verb
        (ANCHOR, "The service has given the relatives until 9 a.m. Tuesday to sign a paper.", "9 a.m. Tuesday", "2000-04-04T09:00"),
        (ANCHOR, "It gave them until Tuesday to sign.", "Tuesday", "2000-04-04"),
        # a deadline weekday just behind stays behind
        ("2000-04-05", "He stayed in hospital until Tuesday.", "Tuesday", "2000-04-04"),
    ],
)  # fmt: skip
def test_a_deadline_weekday_looks_ahead_when_that_is_much_closer(
    timex: Any, anchor: str, text: str, span: str, value: str
) -> None:
    assert timex.values(text, anchor)[span] == value


@pytest.mark.parametrize(
    ("anchor", "text", "span", "value"),
    [
        ("2000-02-10", "The boy was found clinging to an inner tube last Thanksgiving.", "last Thanksgiving", "1999-11-25"),
        ("2000-02-10", "Stores will open on Easter Monday.", "Easter Monday", "2000-04-24"),
        ("2000-02-10", "Good Friday services will be held.", "Good Friday", "2000-04-21"),
        ("2000-02-10", "He will speak on Labor Day.", "Labor Day", "2000-09-04"),
        ("1998-10-20", "Voters go to the polls on Election Day.", "Election Day", "1998-11-03"),
        ("2000-02-10", "Memorial Day 1999 was rainy.", "Memorial Day 1999", "1999-05-31"),
        ("2000-02-10", "They celebrated the Fourth of July.", "the Fourth of July", "1999-07-04"),
        ("2000-02-10", "Christmas Eve 2010 was cold.", "Christmas Eve 2010", "2010-12-24"),
    ],
)  # fmt: skip
def test_holidays_fixed_and_moving(timex: Any, anchor: str, text: str, span: str, value: str) -> None:
    assert timex.values(text, anchor)[span] == value


@pytest.mark.parametrize(
    "text",
    [
        "The Good Friday Agreement was signed.",
        "The statues of Easter Island are old.",
        "She led the ``March of the Combatant Mothers'' along the boulevard.",
        "The poster showed Gary Cooper in ``High Noon.''",
    ],
)
def test_names_holding_a_date_word_are_not_dates(timex: Any, text: str) -> None:
    assert timex.values(text, ANCHOR) == {}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("A weeklong strike ended.", "weeklong", "P1W"),
        ("The decade-long war ended.", "decade-long", "P10Y"),
        ("A two-year-long fight ended.", "two-year-long", "P2Y"),
        ("It was a decades-long battle.", "decades-long", "PXDE"),
        ("An hour-long talk followed.", "hour-long", "PT1H"),
    ],
)
def test_long_compounds_are_durations(timex: Any, text: str, span: str, value: str) -> None:
    assert timex.values(text, ANCHOR) == {span: value}


def test_a_surname_is_no_holiday(timex: Any) -> None:
    assert timex.values("18-Tom Palmer, 19-Nick Easter, 20-Richard Wigglesworth", ANCHOR) == {}


def test_spoken_years_of_the_2000s(timex: Any) -> None:
    text = (
        "By the year two thousand, the plan ends. Two thousand people came in the year two thousand and ten."
    )
    assert timex.values(text, "1998-02-10") == {
        "the year two thousand": "2000",
        "the year two thousand and ten": "2010",
    }
