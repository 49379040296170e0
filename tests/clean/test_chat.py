"""A live chat's reader questions are cut, the guest's answers kept (clean/chat.py)."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.clean.chat import REASON
from storyline.model import Document, RawDocument

CHAT = (
    "River levels : what to expect this week\n"
    "Jo Lane , a hydrologist at the county , was online Monday to take questions .\n"
    "Jo Lane : Hello , I am here to answer questions about the river .\n"
    "Silver Spring , Md. : Will the river reach the bridge ?\n"
    "I plan to drive over it on Friday .\n"
    "Jo Lane : The river will crest below the bridge on Thursday .\n"
    "Worried about the dock : Should I move my boat ?\n"
    "Jo Lane : Yes , the docks will flood .\n"
    "Tired of rain .\n"
    ": When will it stop ? I moved here in 2009 .\n"
    "Fairfax , Va. : Is the water safe ? '' Jo Lane : Boil it for now .\n"
    "Jo Lane : Thanks for all the questions .\n"
)


def cleaned(text: str) -> Document:
    document = clean_document(RawDocument(source="t.txt", format="text", raw_text=text))
    assert isinstance(document, Document)
    return document


def test_reader_turns_go_and_the_guests_answers_stay() -> None:
    document = cleaned(CHAT)
    kept = document.text.split("\n")
    assert kept == [
        "River levels : what to expect this week",
        "Jo Lane , a hydrologist at the county , was online Monday to take questions .",
        "Jo Lane : Hello , I am here to answer questions about the river .",
        "Jo Lane : The river will crest below the bridge on Thursday .",
        "Jo Lane : Yes , the docks will flood .",
        "Jo Lane : Boil it for now .",
        "Jo Lane : Thanks for all the questions .",
    ]
    assert {span.reason for span in document.removed} == {REASON}


def test_a_transcript_or_a_labelled_list_is_no_chat() -> None:
    for text in (
        "LANE : The river will crest on Thursday .\nKING , CNN : Thank you .\nREED , CNN : And the dock ?\n",
        "Pluses : The docks are new .\nMinuses : The river floods .\nVerdict : Move the boat .\n",
        "Silver Spring , Md. : The county opened a shelter .\nThe shelter has 40 beds .\n",
        'Jo Lane , Twitter : "Is this the end of the drought ? Yes ."\nAl Reed , Fox News : "Why now ?"\n',
    ):
        document = cleaned(text)
        assert document.text == text.strip(), text
