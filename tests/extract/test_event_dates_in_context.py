"""Event dates their sentence supports, on sentences we wrote (shapes read on real articles): open series
of times, "today" as a subject, comparisons, dates naming an event, prepositional participles, schedules,
a lede told of an earlier day, and anaphoric days after a planned one. Published Thursday 2021-04-29."""

from __future__ import annotations

from spacy.language import Language

from storyline.extract.time import times_in
from storyline.model.records import PUBLICATION_DAY_CONFIDENCE
from tests.extract.test_events import _events

THURSDAY = "2021-04-29"


def _values(nlp: Language, text: str) -> list[str]:
    return sorted(e.time.value for e in _events(nlp, text))


def test_an_open_series_of_times_dates_nothing(nlp: Language) -> None:
    for text in (
        "The envoy said the soldiers would stay today, tomorrow and in the years ahead.",
        "The mayor said the city stood ready to help today, tomorrow or at any moment.",
    ):
        assert not any(v.startswith(("2021-04-29", "2021-04-30")) for v in _values(nlp, text)), text


def test_two_named_days_stay_dates(nlp: Language) -> None:
    assert _values(nlp, "The court will sit today and tomorrow.") == ["2021-04-29", "2021-04-30"]


def test_today_as_the_subject_of_a_copula_is_no_event(nlp: Language) -> None:
    assert _values(nlp, "Today is a very different story for the traders.") == []
    assert _values(nlp, "Today marks the opening of the new bridge.") == [THURSDAY]


def test_the_other_side_of_a_comparison_is_no_event(nlp: Language) -> None:
    assert "2021-04-26" not in _values(nlp, "The queues were as long as they were on Monday.")
    assert "2021-04-26" not in _values(nlp, "Fewer people marched than on Monday.")


def test_a_date_naming_an_event_noun_does_not_date_the_clause(nlp: Language) -> None:
    assert _values(nlp, "The lessons of the floods of April 20 are studied in every school.") == []
    assert _values(nlp, "Police raided the house on the night of April 20.")[0].startswith("2021-04-20")


def test_a_participle_preposition_leaves_the_tense_to_the_verb_above(nlp: Language) -> None:
    # Saturday is two days ahead and five days back: "died" looks back
    assert _values(nlp, "Dozens of people died following the landslide on Saturday.") == ["2021-04-24"]


def test_a_schedule_is_no_event(nlp: Language) -> None:
    assert _values(nlp, "The programme airs at 10:40 every Saturday.") == []
    assert _values(nlp, "The senator came every year but missed one, in 2002.") == ["2002"]


def test_a_lede_told_of_yesterday_dates_its_undated_past_sentences(nlp: Language) -> None:
    text = "The minister resigned yesterday after a row. She told reporters the decision was final."
    first, second = sorted(_events(nlp, text), key=lambda e: e.start)
    assert first.time.value == second.time.value == "2021-04-28"
    assert second.timex == first.timex and second.confidence == PUBLICATION_DAY_CONFIDENCE


def test_a_lede_sentence_with_a_year_and_a_day_is_told_of_the_day(nlp: Language) -> None:
    text = "Exports nearly doubled last year, an official said yesterday. He told reporters it would go on."
    second = max(_events(nlp, text), key=lambda e: e.start)
    assert second.time.value == "2021-04-28"


def test_a_present_perfect_after_it_is_news_of_the_publication_day(nlp: Language) -> None:
    text = "The minister resigned yesterday after a row. Her deputy has taken over the office."
    second = max(_events(nlp, text), key=lambda e: e.start)
    assert (second.time.value, second.dated_from) == (THURSDAY, "publication")


def test_a_lede_set_in_an_earlier_year_gives_no_news_of_the_day(nlp: Language) -> None:
    text = "The villagers were killed in 1982 by the army. At least forty men were executed."
    assert [e.time.value for e in _events(nlp, text)] == ["1982"]


def test_an_anaphoric_day_in_a_future_clause_counts_from_the_planned_day(nlp: Language) -> None:
    text = "The president will speak on Tuesday night. The next day, he will meet the board."
    values = _values(nlp, text)
    assert "2021-05-05" in values and "2021-04-30" not in values


def test_a_programme_named_today_is_no_date(nlp: Language) -> None:
    for text in (
        "The minister told the `` Today '' programme that taxes would rise.",
        "She spoke on the Today programme.",
    ):
        found = times_in(text, nlp(text), None)
        assert all(t.text != "Today" for t in found), text
