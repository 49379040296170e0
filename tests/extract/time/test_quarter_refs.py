"""Unit tests on sentences we wrote: "the quarter", "the latest period" and "the 1988 quarter" refer
back to the quarter under discussion (storyline/extract/time/quarter_refs.py)."""

# ruff: noqa: E501  (one sentence per case reads best unbroken)

from __future__ import annotations

from typing import Any

import pytest

REPORT = "1989-10-26"  # a Thursday in the fourth quarter: the last quarter over is 1989-Q3


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a fiscal quarter named once is the quarter the report goes on about
        ("Sun earned $5 million in the fiscal first quarter. Sales for the quarter rose 39%.", "the quarter", "1989-Q1"),
        ("The unit posted fiscal second-quarter net of $8 million. The latest period includes a gain.", "The latest period", "1989-Q2"),
        ("Net rose in the third quarter. Kirschner earned $376,000 in the 1988 quarter.", "the 1988 quarter", "1988-Q3"),
        ("Net rose in the third quarter. Interest costs were lower in the 1989 period.", "the 1989 period", "1989-Q3"),
        # and the year-earlier comparison follows it (year_earlier.py)
        ("Sun earned $5 million in the fiscal first quarter. Sales for the quarter rose from $388 million a year earlier.", "a year earlier", "1988-Q1"),
    ],
)  # fmt: skip
def test_a_reference_back_takes_the_quarter_under_discussion(
    timex: Any, text: str, span: str, value: str
) -> None:
    assert timex.values(text, REPORT)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # nothing named before: the last quarter over, or a quarter of that year with its number unsaid
        ("Sales for the quarter rose 39%.", "the quarter", "1989-Q3"),
        ("Kirschner earned $376,000 in the 1988 quarter.", "the 1988 quarter", "1988-QX"),
        ("Profit rose in the 1988 period.", "the 1988 period", "1988"),
        # a forecast for a quarter not over yet does not make it the latest one
        ("It expects a fourth-quarter charge. Net rose in the latest quarter.", "the latest quarter", "1989-Q3"),
        # a quarter mentioned in passing ("after a flat second quarter") is not the one under discussion
        ("Third-quarter net rose 20%. After a flat second quarter, the gain came from diapers. In the 1989 period, taxes were lower.", "the 1989 period", "1989-Q3"),
        # another period in between ends the quarter's reach
        ("It expects a fourth-quarter charge. In the first nine months, net was $306 million, against a loss in the 1988 period.", "the 1988 period", "1988"),
    ],
)  # fmt: skip
def test_a_reference_back_without_a_quarter_under_discussion_keeps_its_reading(
    timex: Any, text: str, span: str, value: str
) -> None:
    assert timex.values(text, REPORT)[span] == value


def test_a_hyphenated_fiscal_quarter_is_a_quarter(timex: Any) -> None:
    assert timex.values("Net fell in the fiscal-first quarter.", REPORT) == {
        "the fiscal-first quarter": "1989-Q1"
    }


def test_a_year_back_in_the_quarters_own_sentence_is_that_quarter_whatever_the_narrative_year(
    timex: Any,
) -> None:
    text = (
        "Earnings remain below the 1987 level. In this year's third quarter, net was $10.5 million, "
        "compared with $10.3 million a year earlier."
    )
    assert timex.values(text, REPORT)["a year earlier"] == "1988-Q3"
