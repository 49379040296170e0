"""Unit tests on sentences we wrote for the sixth round of value rules (general news mechanisms): a wire
dateline's day is the story's own day, "today's youth" is the present age, a weekday after "a"/"any"
is no calendar day, a bracketed "m:ss" is a running time, "the early hours" is no span of hours."""

# ruff: noqa: E501  (one sentence per case reads best unbroken)

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from storyline.extract.time.dateline import dateline_day

ANCHOR = "2001-05-05"  # a Saturday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ROME, May 4 (Xinhua) --\n\nThe talks ended.", "2001-05-04"),
        ("GENEVA , May 4 (Reuters) - The talks ended.", "2001-05-04"),
        ("NAIROBI, Kenya, May 6 (AP) _ The talks ended.", "2001-05-06"),
        ("OSLO, May 4, 2001 (AFP) -- The talks ended.", "2001-05-04"),
    ],
)  # fmt: skip
def test_a_wire_dateline_gives_the_story_day(text: str, day: str) -> None:
    assert dateline_day(text, dt.date.fromisoformat(ANCHOR)) == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    "text",
    [
        "ROME, April 2 (Xinhua) -- The talks ended.",  # a month away: a reprint's dateline, not this story's day
        "NAIROBI, Kenya (AP) _ The talks ended.",  # no day in the dateline
        "May 4 - The talks ended.",  # no place: a date that opens a line
        "Rome, May 4 was the day the talks ended.",  # no agency and no dash
    ],
)
def test_no_dateline_day(text: str) -> None:
    assert dateline_day(text, dt.date.fromisoformat(ANCHOR)) is None


def test_no_dateline_day_without_a_publication_date() -> None:
    assert dateline_day("ROME, May 4 (Xinhua) -- The talks ended.", None) is None


def test_weekdays_and_today_count_from_the_dateline_day(timex: Any) -> None:
    text = "ROME, May 4 (Xinhua) --\n\nThe minister said today he would fly home on Saturday. He arrived on Thursday."
    values = timex.values(text, ANCHOR)  # stamped the next morning
    assert values["today"] == "2001-05-04"
    assert values["Saturday"] == "2001-05-05"
    assert values["Thursday"] == "2001-05-03"


@pytest.mark.parametrize(
    "text",
    [
        "The exhibit shows what matters to today's youth.",
        "It is hard to find work in today's highly competitive world.",
        "Those are questions many of today's young people ask.",
    ],
)
def test_today_before_the_present_age_is_present_ref(timex: Any, text: str) -> None:
    assert timex.values(text, ANCHOR)["today"] == "PRESENT_REF"


@pytest.mark.parametrize(
    "text", ["The offer ran in today's editions of the paper.", "Today's meeting of world leaders was short."]
)
def test_today_before_a_thing_of_the_day_is_the_day(timex: Any, text: str) -> None:
    assert timex.values(text, ANCHOR)[next(w for w in ("today", "Today") if w in text)] == ANCHOR


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The square was quieter than on a normal Friday afternoon.", "Friday afternoon", "XXXX-WXX-5TAF"),
        ("The fire broke out on a Sunday, when the shops were shut.", "Sunday", "XXXX-WXX-7"),
        # a weekday that modifies a noun is that day's: "a Sunday night service"
        ("Hundreds attended a Sunday night memorial service.", "Sunday night", "2001-04-29TNI"),
        ("The board held a Friday meeting.", "Friday", "2001-05-04"),
        # only a kind-of-day adjective may stand between: here "a" belongs to the noun before the day
        ("Work on the bridge came to a standstill Thursday, officials said.", "Thursday", "2001-05-03"),
        ("The market is full on any given Sunday.", "Sunday", "XXXX-WXX-7"),
    ],
)  # fmt: skip
def test_a_weekday_after_an_indefinite_article(timex: Any, text: str, span: str, value: str) -> None:
    assert timex.values(text, ANCHOR)[span] == value


def test_a_bracketed_running_time_is_no_clock(timex: Any) -> None:
    values = timex.values("Singer sends his piano to the US (2:17) The singer bought it in 2000.", ANCHOR)
    assert "2:17" not in values
    assert (
        timex.values("The blast came at 10:35 a.m. (0735 GMT).", ANCHOR)["10:35 a.m."] == "2001-05-05T10:35"
    )


def test_the_early_hours_is_no_span_of_hours(timex: Any) -> None:
    values = timex.values("Police arrested him in the early hours of Thursday morning.", ANCHOR)
    assert values == {"Thursday morning": "2001-05-03TMO"}


@pytest.mark.parametrize(
    "text", ["The faith will one day be the largest in the land.", "She hopes to one day fly to the moon."]
)
def test_one_day_after_a_modal_is_future_ref(timex: Any, text: str) -> None:
    assert timex.values(text, ANCHOR)["one day"] == "FUTURE_REF"


@pytest.mark.parametrize("text", ["The strike lasted one day.", "He had to wait one day for a visa."])
def test_one_day_as_a_span_stays_a_duration(timex: Any, text: str) -> None:
    assert timex.values(text, ANCHOR)["one day"] == "P1D"


EARNINGS = "1989-11-02"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Net income in the third quarter rose to $5 million from $4 million a year earlier.", "a year earlier", "1988-Q3"),
        ("The firm posted a fourth-quarter loss. A year ago, it earned $2 million.", "A year ago", "1988-Q4"),
        ("It lost money in the third quarter, compared with a year-earlier loss of $26,000.", "year-earlier", "1988-Q3"),
        ("It earned $10 million in the year-ago quarter. The year-ago results were restated.", "year-ago", "1988-Q3"),
        ("In the year-earlier third quarter, the bank had net income of $2 million.", "the year-earlier third quarter", "1988-Q3"),
        # another period in between ends the quarter's reach; no quarter at all: the year
        ("Profit rose in the third quarter. For the nine months, net fell from $9 million a year earlier.", "a year earlier", "1988"),
        ("Prices are higher than a year ago.", "a year ago", "1988"),
    ],
)  # fmt: skip
def test_a_year_back_in_a_report_on_a_quarter_is_that_quarter(
    timex: Any, text: str, span: str, value: str
) -> None:
    assert timex.values(text, EARNINGS)[span] == value


def test_a_year_earlier_adjective_is_no_duration(timex: Any) -> None:
    assert timex.values("Sales beat the year-earlier level.", EARNINGS) == {"year-earlier": "1988"}


def test_the_weeks_ahead_is_a_vague_duration(timex: Any) -> None:
    assert timex.values("Traders expect more selling in the weeks ahead.", ANCHOR) == {
        "the weeks ahead": "PXW"
    }
    assert "the days ahead" not in timex.values("Talks stalled in the days ahead of the vote.", ANCHOR)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Prices may fall in the near term.", "the near term"),
        ("Talks resume at a later date.", "a later date"),
    ],
)
def test_the_near_term_and_a_later_date_are_future_ref(timex: Any, text: str, span: str) -> None:
    assert timex.values(text, ANCHOR) == {span: "FUTURE_REF"}


def test_the_short_term_modifying_a_noun_is_no_reference(timex: Any) -> None:
    assert timex.values("Rates for the short term loans rose.", ANCHOR) == {}
