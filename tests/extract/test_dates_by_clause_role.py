"""Dates whose clause role the tense alone misreads (shapes read on Timeline17 articles, sentences
written here): habits, conjoined contract months, promised times, participles under a general present,
a past plan of a noun, a bare clock after a planned day, "that same day" after a month, and a clock
before the next sentence's day. Published Thursday 2021-04-29 unless said."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from storyline.extract.time import times_in
from tests.extract.test_events import _events

THURSDAY = dt.date(2021, 4, 29)


def _values(nlp: Language, text: str, published: str = "2021-04-29") -> list[str]:
    return sorted(e.time.value for e in _events(nlp, text, published))


def _times(nlp: Language, text: str, anchor: dt.date = THURSDAY) -> dict[str, str]:
    return {t.text: t.value for t in times_in(text, nlp(text), anchor)}


def test_a_habit_is_no_event(nlp: Language) -> None:
    assert _values(nlp, "Usually held in the week before Christmas, the fair drew 3,000 people in 2019.") == [
        "2019"
    ]
    assert _values(nlp, "The index is normally published on the first Monday of the month.") == []
    assert _values(nlp, "The fair was held at Christmas.") == ["2020-12-25"]


def test_conjoined_months_of_contracts_are_no_events(nlp: Language) -> None:
    assert _values(nlp, "Prices rose for both the expiring June and July contracts, traders said.") == []


def test_a_month_after_the_object_of_a_promise_in_force_is_ahead(nlp: Language) -> None:
    assert _times(nlp, "The governor has promised a referendum in February.")["February"] == "2022-02"
    assert _values(nlp, "The governor has promised a referendum in February.") == ["2022-02"]
    # a simple past promise may be dated by the promising
    assert _times(nlp, "The governor promised reforms in February.")["February"] == "2021-02"


def test_a_season_of_a_participle_under_a_general_present_is_no_event(nlp: Language) -> None:
    assert _values(nlp, "The vaccine given to pensioners over the winter months protects them well.") == []
    assert _values(nlp, "The vaccine given over the winter protected them well.") == ["2020-WI"]


def test_a_past_plan_of_a_noun_for_a_weekday_is_the_nearest_weekday(nlp: Language) -> None:
    sunday = dt.date(2021, 5, 2)
    assert _times(nlp, "A march planned for Saturday was called off.", sunday)["Saturday"] == "2021-05-01"
    assert _times(nlp, "A march planned for Saturday will go ahead.", sunday)["Saturday"] == "2021-05-08"
    assert _times(nlp, "Unions are organizing a strike for Saturday.", sunday)["Saturday"] == "2021-05-08"


def test_a_bare_clock_after_the_planned_day_of_its_sentence_is_on_that_day(nlp: Language) -> None:
    text = (
        "The minister will open the bridge on Friday afternoon. "
        "The next day, she will meet the mayors in the town hall at 10:30 a.m."
    )
    times = _times(nlp, text)
    assert times["The next day"] == "2021-05-01"
    assert times["10:30 a.m."] == "2021-05-01T10:30"
    assert _times(nlp, "The crew will launch the probe at 2100 GMT.")["2100 GMT"] == "2021-04-29T21:00"


def test_a_clock_ending_its_sentence_is_not_joined_to_the_next_sentences_day(nlp: Language) -> None:
    text = "The minister will open the bridge at 3 p.m. The next day, she will fly home."
    times = _times(nlp, text)
    assert times["3 p.m."] == "2021-04-29T15:00"
    assert times["The next day"] == "2021-04-30"
    assert _times(nlp, "The blast came at 10 p.m. Wednesday.")["10 p.m. Wednesday"] == "2021-04-28T22:00"


def test_that_same_day_after_a_month_is_a_day_of_that_month(nlp: Language) -> None:
    text = "Last October, when the judge was attacked, his office was closed that same day."
    assert _times(nlp, text)["that same day"] == "2020-10-XX"  # TimeML: a day of a known month
    text = "In March the army moved north. On March 3, the rebels fled. The same day, the town fell."
    assert _times(nlp, text)["The same day"] == "2021-03-03"


def test_today_for_nowadays_is_no_event_of_the_day(nlp: Language) -> None:
    text = '"That was the story in 1968. The town is a very different place today," the mayor said.'
    assert _values(nlp, text) == ["1968"]
    assert _values(nlp, '"Even today, prisoners in the north are beaten," the lawyer said.') == []
    # a same-day observation in a quote keeps its day
    assert _values(nlp, '"One of the patients has died today," the hospital said.') == [THURSDAY.isoformat()]
    assert _values(nlp, '"Today I started to feel better," she said.') == [THURSDAY.isoformat()]


def test_years_back_is_years_ago(nlp: Language) -> None:
    times = _times(nlp, "We had a very wet summer a couple of years back and the river flooded.")
    assert times["a couple of years back"] == "2019"
    assert times["summer"] == "2019-SU"
    assert "two weeks back" not in _times(nlp, "They pushed the vote two weeks back to the spring.")


def test_a_past_shift_forward_past_the_publication_is_unknown(nlp: Language) -> None:
    text = "Raised by his aunt, the doctor enrolled at a college in Texas. He graduated three years later."
    assert _times(nlp, text)["three years later"] == "XXXX"
    text = "In 2003 the firm bought the field. Three years later it struck a deal."
    assert _times(nlp, text)["Three years later"] == "2006"


def test_past_before_a_month_without_the_is_a_preposition(nlp: Language) -> None:
    assert _times(nlp, "The strike could go on past August.")["past August"] == "2021-08"
    assert _times(nlp, "Sales fell in the past August.")["the past August"] == "2020-08"


def test_an_anniversary_and_a_progressive_today_keep_the_day(nlp: Language) -> None:
    text = (
        "Ninety years ago today the troops landed on the beach. Ceremonies are being held today in the town."
    )
    assert THURSDAY.isoformat() in _values(nlp, text)
