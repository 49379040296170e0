"""Unit tests on sentences we wrote: a weekday inside a name ("Super Tuesday", "Black Friday") is no
day of the calendar (lexicon.NAMED_WEEKDAY_WORDS); the holiday and plain weekdays are kept."""

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
