"""Unit tests on sentences we wrote for the eighth round of value rules: the second end of a range
("1996-1998", "the 1957-58 season", "Nov. 30-Dec. 2") is an expression of its own, as TimeML annotates
a range's ends apart; "a year earlier" / "that year" count from a day or month reported after the last
written year; "that same day" after a month is a day of that month whose day is unsaid (YYYY-MM-XX)."""

# ruff: noqa: E501  (one sentence per case reads best unbroken)

from __future__ import annotations

from typing import Any

import pytest

ANCHOR = "2004-10-06"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output doubled in 1996-1998 and fell in 2001–2003.", {"1996": "1996", "1998": "1998", "2001": "2001", "2003": "2003"}),
        ("The club was relegated after the 1957-58 season.", {"1957": "1957", "58": "1958"}),
        ("Lebanon's 1975-90 civil war left the city in ruins.", {"1975": "1975", "90": "1990"}),
        ("The budget for the 1999-00 school year was cut.", {"1999": "1999", "00": "2000"}),
        ("The 2003-04 budget was passed.", {"2003": "2003", "04": "2004"}),
        ("The summit will be held Nov. 30-Dec. 2 in Lima.", {"Nov. 30": "2004-11-30", "Dec. 2": "2004-12-02"}),
    ],
)  # fmt: skip
def test_a_range_has_both_ends(timex: Any, text: str, expected: dict[str, str]) -> None:
    assert timex.values(text, ANCHOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The figures for 2003-12 were revised.", {"2003": "2003"}),  # an end up to 12 that is not the next year: a month, no range
        ("Figures for 1998-05 came in late.", {"1998": "1998"}),
        ("Sales fell in 1998-97 terms.", {"1998": "1998"}),  # an end before the start: no year
        ("He flew an F-16 and a Boeing 747-400 over Route 9.", {}),  # a hyphen after a letter still ends no date
        ("The score was 3-2 after the mid-1998 rally.", {"the mid-1998": "1998"}),
    ],
)  # fmt: skip
def test_no_range_end_where_there_is_no_range(timex: Any, text: str, expected: dict[str, str]) -> None:
    assert timex.values(text, ANCHOR) == expected


def test_a_year_earlier_counts_from_the_day_reported_after_the_last_written_year(timex: Any) -> None:
    text = (
        "Mr. Lortie joined the grocer in 1985 and led its drive into drugstores. "
        "Investors applauded the news. Analysts said the move was overdue. "
        "For the six months ended Aug. 12, the grocer earned $6.5 million, against $18.1 million a year earlier."
    )
    assert timex.values(text, ANCHOR)["a year earlier"] == "2003"
    # the year written after that day still wins
    text = "On Aug. 12, the grocer reported its results. In 1985 it earned $2 million, and a year earlier $1 million."
    assert timex.values(text, ANCHOR)["a year earlier"] == "1984"
    # and with no day reported since, the last written year
    text = "The grocer was founded in 1985. Investors liked it. That year, it opened 30 stores."
    assert timex.values(text, ANCHOR)["That year"] == "1985"


def test_that_same_day_after_a_month_leaves_the_day_unsaid(timex: Any) -> None:
    text = "The doctor was shot last October. His name was crossed off the list that same day."
    assert timex.values(text, ANCHOR)["that same day"] == "2003-10-XX"
    expression = timex.one(text, ANCHOR, "that same day")
    assert expression.time is not None and expression.time.start[:7] == "2003-10"
    assert expression.anchor_rule == "narrative-month"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city was sacked in A.D. 410 and rebuilt in 1066 A.D.", {"A.D. 410": "0410", "1066 A.D.": "1066"}),
        ("The fort fell in 52 B.C. to the legions.", {"52 B.C.": "BC0052"}),
        ("The temple dates to 300 BCE and was rebuilt in AD 70.", {"300 BCE": "BC0300", "AD 70": "0070"}),
        ("The king ruled from 1792 to 1750 BC, the annals say.", {"1792": "BC1792", "1750 BC": "BC1750"}),
        ("Rome burned in 64 AD, the historian wrote.", {"64 AD": "0064"}),
    ],
)  # fmt: skip
def test_a_year_with_its_era(timex: Any, text: str, expected: dict[str, str]) -> None:
    assert timex.values(text, ANCHOR) == expected


def test_an_era_year_before_christ_has_no_calendar_interval(timex: Any) -> None:
    assert timex.one("The fort fell in 52 B.C. to the legions.", ANCHOR, "52 B.C.").time is None
    expression = timex.one("The city was sacked in A.D. 410.", ANCHOR, "A.D. 410")
    assert expression.time is not None and expression.time.start == "0410-01-01"


@pytest.mark.parametrize(
    "text",
    [
        "The guard scored 20 AD points for the team.",  # initials, not an era: no cue before, a word after
        "There were 1500 BC students on the campus.",
    ],
)
def test_initials_after_a_number_are_no_era(timex: Any, text: str) -> None:
    assert timex.values(text, ANCHOR) == {}


SUMMER_DAY = "2011-06-29"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Officials drew up three plans for this autumn and winter.", "winter", "2011-WI"),
        ("Officials drew up three plans for this autumn and winter.", "this autumn", "2011-FA"),
        ("Rents rose sharply last March and April.", "April", "2011-04"),
        ("The talks will resume next Monday or Tuesday.", "Tuesday", "2011-07-05"),
    ],
)
def test_a_bare_month_season_or_weekday_joined_to_a_shifted_one_shares_its_shift(
    timex: Any, text: str, span: str, value: str
) -> None:
    assert timex.values(text, SUMMER_DAY)[span] == value


def test_no_shift_is_shared_without_a_shift_word_or_across_kinds(timex: Any) -> None:
    # the winter after a plain month keeps its own reading (the last winter, in a past clause)
    assert timex.values("He was hired in March and fired in winter.", SUMMER_DAY)["winter"] == "2010-WI"
    # a weekday after a shifted month is no month
    assert timex.values("Prices rose last March and on Tuesday.", SUMMER_DAY)["Tuesday"] == "2011-06-28"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The minister said the government hoped to get the first doses of vaccine in August.", "August", "2011-08"),
        ("The ministry aimed to finish the bridge by October.", "October", "2011-10"),
        ("The rebels sought to take the port in May.", "May", "2011-05"),  # the nearest May is behind
    ],
)  # fmt: skip
def test_a_month_hoped_or_aimed_for_is_the_nearest_one(timex: Any, text: str, span: str, value: str) -> None:
    assert timex.values(text, SUMMER_DAY)[span] == value


def test_a_weekday_of_a_past_attempt_and_a_plain_past_month_stay_behind(timex: Any) -> None:
    assert (
        timex.values("Both candidates sought to appeal to voters on Tuesday.", SUMMER_DAY)["Tuesday"]
        == "2011-06-28"
    )
    assert timex.values("The government got the first doses in August.", SUMMER_DAY)["August"] == "2010-08"


def test_a_silent_e_cut_by_the_lemmatizer_is_mended(nlp: Any) -> None:
    from storyline.extract.time.clause_roles import verb_lemma

    doc = nlp("They hoped to win, hopped on a bus, opened the door and aimed high.")
    lemmas = {t.lower_: verb_lemma(t) for t in doc if t.pos_ == "VERB"}
    assert lemmas["hoped"] == "hope"
    assert lemmas["hopped"] == "hop"
    assert lemmas["opened"] == "open"
    assert lemmas["aimed"] == "aim"


SPEECH_DAY = "2010-06-15"  # a Tuesday


@pytest.mark.parametrize(
    "text",
    [
        "Executives said the well blew out on April 20. The speech is set for 8 p.m. EDT.",
        "The rig exploded on April 20. The president will speak at 8 p.m.",
    ],
)
def test_a_bare_clock_still_to_come_is_on_the_day_it_is_told(timex: Any, text: str) -> None:
    clock = next(t for t in timex.run(text, SPEECH_DAY) if t.type == "TIME")
    assert clock.value == "2010-06-15T20:00"
    assert clock.anchor_rule == "publication"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("On April 20, officials said the crews would arrive at 9 a.m.", "9 a.m.", "2010-04-20T09:00"),  # ahead of a past day
        ("On April 20, the crews arrived at 9 a.m.", "9 a.m.", "2010-04-20T09:00"),
        ("The next day, the president will meet them at 10:30 a.m.", "10:30 a.m.", "2010-06-16T10:30"),  # the planned day
    ],
)  # fmt: skip
def test_a_bare_clock_of_a_reported_or_planned_day_keeps_that_day(
    timex: Any, text: str, span: str, value: str
) -> None:
    assert timex.values(text, SPEECH_DAY)[span] == value


@pytest.mark.parametrize(
    "text",
    [
        "Mexico retaliated against Christmas trees from Oregon.",
        "The children hunted for Easter eggs in the park.",
        "Stores sold out of Halloween costumes.",
    ],
)
def test_a_thing_named_after_a_holiday_is_no_date(timex: Any, text: str) -> None:
    assert timex.values(text, ANCHOR) == {}


def test_a_holiday_before_other_words_stays_a_date(timex: Any) -> None:
    values = timex.values("Shops expect strong Christmas shopping, and Christmas Eve is a Friday.", ANCHOR)
    assert values["Christmas"] == "2004-12-25"
    assert values["Christmas Eve"] == "2004-12-24"


FRIDAY = "2016-09-30"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The impact of Monday's debate is still small, the pollster wrote.", "Monday", "2016-09-26"),
        ("It is his latest effort to bounce back from Monday night's panned debate.", "Monday night", "2016-09-26TNI"),
        ("The bonds carry a premium over Thursday's closing price.", "Thursday", "2016-09-29"),
        ("The family asked for a rehearing after Friday's ruling.", "Friday", "2016-09-30"),  # the day itself
        ("Millions will watch Monday's debate on television.", "Monday", "2016-10-03"),  # a future clause
    ],
)  # fmt: skip
def test_a_weekday_owning_a_noun_is_a_known_day_unless_the_clause_looks_ahead(
    timex: Any, text: str, span: str, value: str
) -> None:
    assert timex.values(text, FRIDAY)[span] == value


def test_a_period_described_is_no_quarter(timex: Any) -> None:
    assert "the period" not in timex.values(
        "The week overlapped with the period for voter registration.", FRIDAY
    )
    assert "the period" not in timex.values("The country observed the period of mourning.", FRIDAY)
    assert timex.values("Sales for the period rose 5 percent.", FRIDAY)["the period"] == "2016-Q2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She started traveling in February of '09 and was calling in '06, '07 for reform.", {"February of '09": "2009-02", "'06": "2006", "'07": "2007"}),
        ("The girl was taken from a parking lot in '88, police said.", {"'88": "1988"}),
        ("The '98 plan failed, as did the one of Oct. '97.", {"'98": "1998", "Oct. '97": "1997-10"}),
    ],
)  # fmt: skip
def test_a_year_written_with_two_digits_after_a_word_of_time(
    timex: Any, text: str, expected: dict[str, str]
) -> None:
    assert timex.values(text, ANCHOR) == expected


def test_two_digits_after_an_apostrophe_and_no_word_of_time_are_no_year(timex: Any) -> None:
    assert timex.values("He wore number '23 on his shirt.", ANCHOR) == {}
