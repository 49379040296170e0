"""Which occurrence a yearless date takes from its clause and its narrative (issue 10, timeline noise):
commitments and modals look ahead, a "since" phrase looks back, "the April 20 explosion" names a known
event, a list of dates shares its closing year, and a year of a noun or a reference point does not set
the narrative year. Sentences we wrote."""

# ruff: noqa: E501  (one sentence per case reads best unbroken)

from __future__ import annotations

from typing import Any

import pytest

from storyline.extract.time.context import tense_of


@pytest.mark.parametrize(
    ("anchor", "text", "span", "value"),
    [
        # commitments and modals: the date is ahead of the publication, whatever the tense of the verb
        ("2011-02-03", "The mayor agreed on Tuesday not to seek re-election in September.", "September", "2011-09"),
        ("2011-01-31", "The council should meet the unions and hold a vote in September, he said.", "September", "2011-09"),
        ("2005-03-16", "The minister announced that he would begin withdrawing the ferries in September.", "September", "2005-09"),
        ("2010-01-29", "Shelters are needed, with the storm season expected to start around June.", "June", "2010-06"),
        # a past plan stays the nearest occurrence ("was supposed to", "was scheduled for")
        ("2010-06-23", "Her appointment was announced on 4 June but was supposed to take effect in August.", "August", "2010-08"),
        ("2020-06-04", "The vote, scheduled for May 20, was postponed.", "May 20", "2020-05-20"),
        # a "since" phrase and a known event are in the past, even in a future clause
        ("2010-08-04", "The mayor will visit the harbour Friday, her third trip since the dock fire on April 20.", "April 20", "2010-04-20"),
        ("2010-06-16", "Currents will carry the slick to the list of beaches hit by the April 20 dock fire.", "April 20", "2010-04-20"),
    ],
)  # fmt: skip
def test_clause_direction(timex: Any, anchor: str, text: str, span: str, value: str) -> None:
    assert timex.one(text, anchor, span).value == value


@pytest.mark.parametrize(
    ("anchor", "text", "span", "value"),
    [
        ("2010-07-15", "The firm was founded in 2007. Its chief was lobbied on 15 October and 9 November that year.", "15 October", "2007-10-15"),
        ("2010-07-15", "The firm was founded in 2007. Its chief was lobbied on 15 October and 9 November that year.", "9 November", "2007-11-09"),
        ("2008-09-17", "Markets became turbulent in July and August of last year, he said.", "July", "2007-07"),
        ("2009-04-30", "The plague struck in 1918. It was only around October in the same year that deaths rose.", "October", "1918-10"),
    ],
)  # fmt: skip
def test_a_list_of_dates_shares_its_closing_year(
    timex: Any, anchor: str, text: str, span: str, value: str
) -> None:
    found = timex.one(text, anchor, span)
    assert (found.value, found.anchor_rule) == (value, "narrative-year")


@pytest.mark.parametrize(
    ("anchor", "text", "span", "value"),
    [
        ("2009-04-06", "That money included a year-end bonus of $2 million for work in 2008, which the bank paid him in January.", "January", "2009-01"),
        ("2012-04-18", "About 900 have died since the strikes began in March 2011. In February, the union put the toll at 383.", "February", "2012-02"),
        # a year that dates the clause still sets the narrative year
        ("2019-03-01", "At the end of 2018 the firm was sold. In late December the new owners fired the board.", "late December", "2018-12"),
    ],
)  # fmt: skip
def test_a_year_of_a_noun_or_a_reference_point_is_not_the_narrative_year(
    timex: Any, anchor: str, text: str, span: str, value: str
) -> None:
    assert timex.one(text, anchor, span).value == value


@pytest.mark.parametrize(
    ("text", "span", "tense"),
    [
        ("The outbreak is being watched for lessons for the winter.", "the winter", "present"),
        ("The jab given to the elderly over the winter works well.", "the winter", "present"),
        ("The outbreak was watched closely over the winter.", "the winter", "past"),
    ],
)
def test_present_passives_and_participles_of_a_noun_are_not_past(
    timex: Any, text: str, span: str, tense: str
) -> None:
    start = text.index(span)
    assert tense_of(text, timex.nlp(text), start, start + len(span), (0, len(text))) == tense


@pytest.mark.parametrize(
    ("anchor", "text", "span", "value"),
    [
        ("2009-04-30", "Back in 1918 the plague began in March. Many died. And over the winter the towns emptied.", "the winter", "1918-WI"),
        ("2022-03-10", "In 2018 the firm was sold. In late December the new owners fired the board.", "late December", "2018-12"),
        # a year inside the sentence is no story opener; a story ends after STORY_REACH sentences
        ("2022-03-10", "The firm, sold in 2018, fired the board in late December.", "late December", "2021-12"),
        ("2010-03-10", "In 1990 the firm was founded. It grew. It hired. It moved. Its shares fell in May.", "May", "2009-05"),
    ],
)  # fmt: skip
def test_a_year_that_opens_a_sentence_dates_the_past_months_after_it(
    timex: Any, anchor: str, text: str, span: str, value: str
) -> None:
    assert timex.one(text, anchor, span).value == value


@pytest.mark.parametrize(
    ("anchor", "text", "span", "value"),
    [
        # a present progressive with a date is an arrangement; a weekday after "for" is a target
        ("2011-02-17", "Opposition groups are calling for mass protests on Saturday.", "Saturday", "2011-02-19"),
        ("2011-01-31", "Protesters said Monday that they were organizing a march around the city for Tuesday.", "Tuesday", "2011-02-01"),
        ("2011-02-17", "He was arrested for Tuesday's attack.", "Tuesday", "2011-02-15"),
    ],
)  # fmt: skip
def test_arrangements_and_targets_look_ahead(
    timex: Any, anchor: str, text: str, span: str, value: str
) -> None:
    assert timex.one(text, anchor, span).value == value


def test_a_name_ending_in_a_season_is_not_a_season(timex: Any) -> None:
    found = timex.values(
        "Protests in Tunisia launched the Arab Spring, and in Spring the movement grew.", "2011-06-10"
    )
    assert found == {"Spring": "2011-SP"}
