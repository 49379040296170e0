"""extract_events on texts we wrote: dated clauses become events, modifiers and durations do not."""

from __future__ import annotations

from spacy.language import Language

from storyline.extract.events import extract_events
from storyline.extract.time import extract_times
from storyline.model import Document, Event, Mention, OffsetMap, PublicationDate, make_id


def _events(nlp: Language, text: str, published: str | None = "2021-04-29") -> tuple[Event, ...]:
    pub = (
        PublicationDate(value=published, source="metadata", confidence=0.95)
        if published
        else PublicationDate.unknown()
    )
    document = Document(
        id=make_id("doc", text),
        source="t.txt",
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
        published=pub,
    )
    doc = nlp(text)
    mentions = tuple(
        Mention(
            id=make_id("mention", document.id, e.start_char, e.end_char),
            document=document.id,
            start=e.start_char,
            end=e.end_char,
            text=e.text,
            label=e.label_,
        )
        for e in doc.ents
        if e.label_ in ("PERSON", "ORG", "GPE")
    )
    return extract_events(document, doc, extract_times(document, doc), mentions, ())


def test_dated_clause_is_an_event(nlp: Language) -> None:
    text = "The Danube Accord between Austria and Hungary entered into force on January 26, 2000."
    (event,) = _events(nlp, text)
    assert event.time.value == "2000-01-26" and not event.planned
    assert text[event.start : event.end] == event.summary == text
    assert len(event.mentions) >= 2


def test_durations_sets_and_present_are_not_events(nlp: Language) -> None:
    text = "The strike went on for five weeks. The fair is held every year. The mayor is now in Vienna."
    assert _events(nlp, text) == ()


def test_date_modifying_a_noun_is_not_an_event(nlp: Language) -> None:
    assert _events(nlp, "The mayor criticised last year's budget.") == ()


def test_future_and_quoted_future_are_planned(nlp: Language) -> None:
    text = "“We will sign the deal on May 20,” the minister said. The council approved it on Tuesday."
    events = {e.time.value: e for e in _events(nlp, text)}
    assert events["2021-05-20"].planned
    assert not events["2021-04-27"].planned


def test_unresolved_dates_are_skipped(nlp: Language) -> None:
    assert _events(nlp, "The vote was held on August 9.", published=None) == ()


def test_event_ids_are_unique(nlp: Language) -> None:
    text = "On March 3 the union struck and on March 5 the plant closed."
    events = _events(nlp, text)
    assert len({e.id for e in events}) == len(events) == 2


def test_counterfactuals_are_not_events(nlp: Language) -> None:
    assert _events(nlp, "The firm would have paid no tax in 1995 under the old rules.") == ()


def test_a_reference_point_is_not_the_event_date(nlp: Language) -> None:
    for text in ("The letter surfaced days before April 20.", "Prices have risen since March."):
        assert all(e.time.value not in ("2021-04-20", "2021-03") for e in _events(nlp, text)), text


def test_news_of_the_day_is_dated_by_the_publication_day(nlp: Language) -> None:
    (event,) = _events(nlp, "The health agency has declared a national emergency.")
    assert event.time.value == "2021-04-29" and event.time.granularity == "day"
    assert (event.dated_from, event.timex, event.planned) == ("publication", "", False)
    assert event.confidence < 1.0


def test_a_dated_event_keeps_its_text_provenance(nlp: Language) -> None:
    (event,) = _events(nlp, "The ministers met in Geneva on April 24, 2021.")
    assert (event.dated_from, event.confidence) == ("text", 1.0)


def test_plans_questions_negations_and_quotes_are_not_news_of_the_day(nlp: Language) -> None:
    for text in (
        "The agency will declare a national emergency.",
        "Has the agency declared a national emergency?",
        "The agency has not declared a national emergency.",
        "The agency could have declared an emergency.",
    ):
        assert _events(nlp, text) == (), text


def test_past_tense_news_counts_in_the_lede_only(nlp: Language) -> None:
    text = (
        "The mayor resigned. Councillors met the press. The police closed the city hall. "
        "Protesters gathered outside. The police arrested two men. The council has appointed a deputy."
    )
    events = _events(nlp, text)
    assert [e.summary for e in events] == [
        "The mayor resigned.",
        "Councillors met the press.",
        "The police closed the city hall.",
    ]


def test_states_background_and_personal_voices_are_not_news_of_the_day(nlp: Language) -> None:
    for text in (
        "The state department has been sympathetic to the protesters.",
        "The company has lost more than 40 percent of its value since the crisis began.",
        "Employers have increasingly abandoned traditional pensions.",
        "We have sent them the information over and over again.",
        "It has been reported that the tower was built to withstand tremors.",
        "The fall-out has so far been limited to returning migrant workers.",
    ):
        assert _events(nlp, text) == (), text


def test_a_first_person_piece_gives_no_news_of_the_day(nlp: Language) -> None:
    text = "The minister has resigned. I think my town deserves better. I said so to him."
    assert [e for e in _events(nlp, text) if e.dated_from == "publication"] == []


def test_without_a_publication_day_there_is_no_news_of_the_day(nlp: Language) -> None:
    assert _events(nlp, "The health agency has declared a national emergency.", published=None) == ()


def test_stamps_and_generic_seasons_are_not_events(nlp: Language) -> None:
    assert _events(nlp, "Update 1:16 a.m.") == ()
    assert _events(nlp, "Update 8:55 a.m. in Cairo , 1:55 a.m. ET , the crowds grew.") == ()
    assert _events(nlp, "Flu spreads fastest in winter.") == ()
    (event,) = _events(nlp, "The harbour froze last winter.")
    assert event.time.value == "2020-WI"
