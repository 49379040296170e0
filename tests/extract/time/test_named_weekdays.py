"""Unit tests on sentences we wrote: a weekday inside a name ("Super Tuesday", "Black Friday") is no
day of the calendar (lexicon.NAMED_WEEKDAY_WORDS), nor a programme's title ("This Week", "CBS This
Morning"); "this week" told on a Sunday about what is to come is the week ahead."""

from __future__ import annotations

from typing import Any

import pytest

FRIDAY = "2015-11-20"


@pytest.mark.parametrize(
    "text",
    [
        'That could carry him into the "Super Tuesday" primaries.',
        "Shoppers lined up for Black Friday deals.",
        "Retailers expect a record Cyber Monday.",
    ],
)
def test_a_weekday_in_a_name_is_no_date(timex: Any, text: str) -> None:
    assert timex.values(text, FRIDAY) == {}


def test_holidays_and_plain_weekdays_stay(timex: Any) -> None:
    assert timex.values("Good Friday services were held.", FRIDAY) == {"Good Friday": "2015-04-03"}
    assert timex.values("Last Friday, he resigned.", FRIDAY) == {"Last Friday": "2015-11-13"}
    assert timex.values("He spoke on Tuesday.", FRIDAY) == {"Tuesday": "2015-11-17"}


@pytest.mark.parametrize(
    "text",
    [
        'Christie said on ABC\'s "This Week with George Stephanopoulos." He left.',
        'Baker, speaking on ABC News\' "This Week," said the request was fine.',
    ],
)
def test_a_programme_title_is_no_date(timex: Any, text: str) -> None:
    assert timex.values(text, FRIDAY) == {}


def test_this_morning_as_a_programme_leaves_the_weekday(timex: Any) -> None:
    text = "Robby Mook told CBS This Morning on Monday that the campaign expects more."
    assert timex.values(text, FRIDAY) == {"Monday": "2015-11-16"}


SUNDAY = "2016-07-24"  # ISO week 29 ends on this day


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("His exile will extend to this week's convention.", "2016-W30"),
        ('"He is not available this week," she wrote.', "2016-W30"),
        ("If you watch what he said this week, he spoke of grief.", "2016-W29"),  # the week just over
    ],
)
def test_this_week_on_a_sunday_looks_ahead_unless_past(timex: Any, text: str, value: str) -> None:
    assert timex.values(text, SUNDAY)["this week"] == value
