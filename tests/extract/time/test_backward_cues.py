"""Unit tests on sentences we wrote: "since" before a date puts it before the anchor whatever the
clause's tense (storyline/extract/time/cues.since_cue), and a clause after "since" keeps its own tense."""

from __future__ import annotations

from typing import Any

import pytest

FRIDAY = "2016-09-30"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Clinton has not mentioned her since the Monday night debate.", "Monday night", "2016-09-26TNI"),
        (
            "Hopes dimmed for the workers missing since the blast Tuesday night would be rescued.",
            "Tuesday night",
            "2016-09-27TNI",
        ),
        ("Prices have risen since Tuesday.", "Tuesday", "2016-09-27"),
    ],
)
def test_a_date_after_since_is_behind_the_anchor(timex: Any, text: str, span: str, value: str) -> None:
    assert timex.values(text, FRIDAY)[span] == value


def test_a_clause_after_since_keeps_its_tense(timex: Any) -> None:
    text = "He has been in hospital since he said he would resign on Monday."
    assert timex.values(text, FRIDAY)["Monday"] == "2016-10-03"
