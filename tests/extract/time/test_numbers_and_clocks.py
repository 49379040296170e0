"""Numbers that are not years, times of day and durations, decided by context (issue 10)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.time.conftest import values

ANCHOR = "2009-05-01"


@pytest.mark.parametrize(
    "text",
    [
        "There are now over 1500 cases in Mexico.",
        "The figure rose to more than 1600 confirmed cases.",
        "A further 1800 suspected infections were reported.",
        "Some 1500 pupils stayed at home.",
        "Flight 1900 landed safely.",
        "About 1700 of them were children.",
        "There were 1500 infections in the region.",
    ],
)
def test_counts_and_identifiers_are_not_years(timex: Any, text: str) -> None:
    assert not [t for t in timex.run(text, ANCHOR) if t.value[:2] in ("15", "16", "17", "18", "19")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The hospital was founded in 1995.", "1995", "1995"),
        ("By 1995 the firm had grown.", "1995", "1995"),
        ("The 1918 pandemic killed millions.", "1918", "1918"),
        ("The 2008 elections were close.", "2008", "2008"),
        ("The plague came back in 1665.", "1665", "1665"),  # a year cue beats plausibility
        ("Fiscal 2008 sales rose.", "Fiscal 2008", "2008"),
        ("Spain ruled the region in the 1500s.", "the 1500s", "15"),
        ("Prices rose in the 2000s.", "the 2000s", "200"),
    ],
)
def test_years_in_context(timex: Any, text: str, span: str, value: str) -> None:
    assert timex.one(text, ANCHOR, span).value == value


def test_without_a_parse_count_nouns_still_decide() -> None:
    assert values(None, "Officials counted 1500 cases by Friday.", ANCHOR) == {"Friday": "2009-05-01"}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("At 1700 BST the alert was raised.", "1700 BST", "2009-05-01T17:00"),
        ("The comment was posted at 9:03 pm.", "9:03 pm", "2009-05-01T21:03"),
        ("Trading closed at 18.00 GMT.", "18.00 GMT", "2009-05-01T18:00"),
        ("The polls closed at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2009-04-29T22:00"),
        ("Offers are due by 5 p.m. EST, May 6.", "5 p.m. EST, May 6", "2009-05-06T17:00"),
        ("The talks ended at noon Thursday.", "noon Thursday", "2009-04-30T12:00"),
        ("He called this morning.", "this morning", "2009-05-01TMO"),
        ("The storm hit in mid-afternoon.", "mid-afternoon", "2009-05-01TAF"),
        ("The riots began on Tuesday night.", "Tuesday night", "2009-04-28TNI"),
        ("The ferry leaves tomorrow at 9 am.", "tomorrow at 9 am", "2009-05-02T09:00"),
    ],
)
def test_times_of_day(timex: Any, text: str, span: str, value: str) -> None:
    found = timex.one(text, ANCHOR, span)
    assert (found.type, found.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The siege lasted 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("The siege lasted two and a half years.", "two and a half years", "P2Y6M"),
        ("It took a minute and a half.", "a minute and a half", "PT1M30S"),
        ("The meeting took 1.5 hours.", "1.5 hours", "PT1H30M"),
        ("They waited half an hour.", "half an hour", "PT30M"),
        ("Shares fell for eight trading days.", "eight trading days", "P8D"),
        ("The plant will run at least 20 more years.", "at least 20 more years", "P20Y"),
    ],
)
def test_durations(timex: Any, text: str, span: str, value: str) -> None:
    found = timex.one(text, ANCHOR, span)
    assert (found.type, found.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The plant closed in 1988. Sales fell that year.", "that year", "1988"),
        ("The war began in 2005; the previous year was calm.", "the previous year", "2004"),
        ("The vote was moved to this September.", "this September", "2009-09"),
    ],
)
def test_years_from_the_narrative_and_this_month(timex: Any, text: str, span: str, value: str) -> None:
    assert timex.one(text, ANCHOR, span).value == value
