"""Unit tests on sentences we wrote: a part of the day before "of" and a date is that day's part
("the evening of Sept. 30, 1998", "the early morning hours of Thursday"), storyline/extract/time/tagger.py."""

# ruff: noqa: E501  (one sentence per case reads best unbroken)

from __future__ import annotations

from typing import Any

import pytest

REPORT = "1989-10-26"  # a Thursday


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("On the evening of Sept. 30, 1998, he vanished.", "the evening of Sept. 30, 1998", "1998-09-30TEV"),
        ("In the early morning hours of Thursday, police raided the house.", "the early morning hours of Thursday", "1989-10-26TMO"),
        ("On the morning of Oct. 5, the troops left.", "the morning of Oct. 5", "1989-10-05TMO"),
    ],
)  # fmt: skip
def test_a_part_of_the_day_of_a_date_is_that_days_part(timex: Any, text: str, span: str, value: str) -> None:
    assert timex.values(text, REPORT) == {span: value}
