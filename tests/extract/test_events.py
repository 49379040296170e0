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
