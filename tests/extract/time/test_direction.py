"""Unit tests on sentences we wrote: forward cues that put a yearless date ahead of the anchor, time
adverbs ("recently", "soon", …) and narrative days without a number ("the day before")."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.extract.time.cues import forward_cue

PUBLISHED = "2020-06-04"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The cabinet was reshuffled two months before the presidential election on August 9.",
            "August 9",
            "2020-08-09",
        ),
        ("Delegates gathered ahead of the party's annual congress on August 9.", "August 9", "2020-08-09"),
        ("Critics were jailed in the run-up to the referendum on July 12.", "July 12", "2020-07-12"),
        ("The museum stayed shut until August 30.", "August 30", "2020-08-30"),
        ("Delegates gathered ahead of the August 9 vote.", "August 9", "2020-08-09"),
        ("The hearing was scheduled for July 2.", "July 2", "2020-07-02"),
        ("The summit was set to take place on August 20.", "August 20", "2020-08-20"),
        ("The upcoming vote on August 9 drew little interest.", "August 9", "2020-08-09"),
        ("Parties registered candidates by the deadline on July 15.", "July 15", "2020-07-15"),
        ("The envoys met before the talks in August.", "August", "2020-08"),
    ],
)
def test_forward_cue_picks_the_upcoming_occurrence(timex: Any, text: str, span: str, value: str) -> None:
    found = timex.one(text, PUBLISHED, span)
    assert (found.value, found.anchor_rule) == (value, "publication")


@pytest.mark.parametrize(
    ("anchor", "text", "span", "value"),
    [
        # past-tense reports of past events keep the past occurrence
        ("2019-07-03", "On December 25, they met.", "December 25", "2018-12-25"),
        (PUBLISHED, "The vote was held on August 9.", "August 9", "2019-08-09"),
        (PUBLISHED, "The fire was set on August 9.", "August 9", "2019-08-09"),
        # "by" as the agent of a passive is not a cue
        (PUBLISHED, "Marchers were beaten by police at the rally on August 9.", "August 9", "2019-08-09"),
        # a cue, but the past occurrence is recent: the plan was for a day already gone
        (PUBLISHED, "The vote, scheduled for May 20, was postponed.", "May 20", "2020-05-20"),
        # a cue, but the next occurrence is more than three months ahead
        (
            PUBLISHED,
            "The cabinet was reshuffled before the election on December 6.",
            "December 6",
            "2019-12-06",
        ),
        # the year written in the sentence wins over the cue
        (
            PUBLISHED,
            "In 2019, the cabinet was reshuffled before the election on August 9.",
            "August 9",
            "2019-08-09",
        ),
    ],
)
def test_past_events_keep_resolving_to_the_past(
    timex: Any, anchor: str, text: str, span: str, value: str
) -> None:
    assert timex.one(text, anchor, span).value == value


def test_a_cued_upcoming_date_does_not_move_the_narrative(timex: Any) -> None:
    text = (
        "On June 1, the cabinet was reshuffled ahead of the vote on August 9. A day later, a minister quit."
    )
    found = timex.values(text, PUBLISHED)
    assert (found["August 9"], found["A day later"]) == ("2020-08-09", "2020-06-02")


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("Ministers met before the election on ", True),
        ("Ministers met ahead of ", True),
        ("The talks were scheduled to be held on ", True),
        ("The next summit on ", True),
        ("Ministers met on ", False),
        ("The vote was held on ", False),
        ("The fire was set on ", False),
        ("Ministers were praised by the press on ", False),
        ("Ministers met before the election; on ", False),
    ],
)
def test_forward_cue_words(text: str, cued: bool) -> None:
    assert forward_cue(text + "May 3.", len(text), 0) is cued


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The mayor was recently re-elected.", "recently", "PAST_REF"),
        ("Recently, prices rose again.", "Recently", "PAST_REF"),
        ("The mayor will soon resign.", "soon", "FUTURE_REF"),
    ],
)
def test_time_adverbs_are_references(timex: Any, text: str, span: str, value: str) -> None:
    found = timex.one(text, PUBLISHED, span)
    assert (found.type, found.value, found.time) == ("DATE", value, None)


@pytest.mark.parametrize(
    "text",
    [
        "The results will be read as soon as the count ends.",
        "Soon after the storm, the bridge reopened.",
        "The prisoner was soon freed.",
        "The recently opened bridge collapsed.",
        "The firm repeated a previously announced target.",
        "Once the count ends, the board will meet.",
        "The alarm rang once again.",
        "The committee meets once a month.",
        "Guards were once a month short of pay.",
        "He said it once and left.",
        # TimeML leaves these adverbs out (TimeBank marks 3 of 19 "previously", 1 of 15 "once")
        "She previously ran a bakery.",
        "The hall, formerly a barracks, is now a school.",
        "He once owned the mill.",
        "She was once a judge.",
    ],
)
def test_time_adverbs_inside_other_phrases_are_not_tagged(timex: Any, text: str) -> None:
    tagged = {t.text.lower() for t in timex.run(text, PUBLISHED)}
    assert not tagged & {"soon", "recently", "previously", "once", "formerly"}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("On March 27, the strike began. The day before, talks had failed.", "The day before", "2021-03-26"),
        ("On March 27, the strike began. Talks had failed the day before.", "the day before", "2021-03-26"),
        (
            "On March 27, the strike began. The previous day, talks had failed.",
            "The previous day",
            "2021-03-26",
        ),
        (
            "On March 27, the strike began. The following day, police moved in.",
            "The following day",
            "2021-03-28",
        ),
        ("On March 27, the strike began. Police moved in the day after.", "the day after", "2021-03-28"),
        (
            "On March 27, the strike began. The night before, talks had failed.",
            "The night before",
            "2021-03-26",
        ),
    ],
)
def test_narrative_days_without_a_number(timex: Any, text: str, span: str, value: str) -> None:
    found = timex.one(text, "2021-03-30", span)
    assert (found.value, found.anchor_rule) == (value, "narrative")


def test_the_day_before_an_event_is_not_a_narrative_day(timex: Any) -> None:
    text = "On March 27, the strike began. The day before the strike, talks had failed."
    assert "The day before" not in timex.values(text, "2021-03-30")


@pytest.mark.parametrize(
    ("anchor", "text", "span", "value"),
    [
        # without a tense, a day over a quarter ahead must be more than twice as close as the one behind
        ("2010-11-04", "The period leading up to April 20 is under review.", "April 20", "2010-04-20"),
        ("2011-01-27", "The election is set for February 22.", "February 22", "2011-02-22"),
        # a plan in the present tense looks ahead; a past-tense report looks back
        ("1989-11-02", "The sale is scheduled to close Monday.", "Monday", "1989-11-06"),
        ("2010-01-17", "The earthquake struck on Tuesday.", "Tuesday", "2010-01-12"),
        ("2010-01-17", "He will speak on Tuesday.", "Tuesday", "2010-01-19"),
        # a year after a PTB-spaced comma belongs to the date
        ("2008-12-31", "On March 14 , 2005 , he stepped down.", "March 14 , 2005", "2005-03-14"),
        ("2010-01-26", "On Saturday , Jan 30 there was a concert.", "Saturday , Jan 30", "2010-01-30"),
    ],
)
def test_news_direction_for_days_without_a_year(
    timex: Any, anchor: str, text: str, span: str, value: str
) -> None:
    assert timex.one(text, anchor, span).value == value


def test_a_future_weekday_of_the_publication_weekday_is_today(timex: Any) -> None:
    assert (
        timex.one("She is set to travel later on Wednesday.", "2009-06-24", "Wednesday").value == "2009-06-24"
    )
    assert timex.one("They meet next Wednesday.", "2009-06-24", "next Wednesday").value == "2009-07-01"


def test_a_time_of_day_far_from_the_narrative_day_is_the_publication_day(timex: Any) -> None:
    text = (
        "The rig exploded on April 20. Crews fought the fire. Oil spread. Boats came. "
        "Birds died. Shares dropped 5 percent in the morning."
    )
    assert timex.one(text, "2010-06-17", "the morning").value.startswith("2010-06-17")
    near = "The rig exploded on April 20. It sank at 10 am."
    assert timex.one(near, "2010-06-17", "10 am").value.startswith("2010-04-20")
