"""Every boilerplate pattern on texts we write: the junk goes, the article sentences around it stay."""

from __future__ import annotations

import pytest

from storyline.clean import clean_document
from storyline.model import Document, RawDocument

BEFORE = "The harbour reopened on Monday after the storm, the port authority said."
AFTER = "Ferries to the islands will run on the winter timetable until March."


def clean(text: str, **fields: str) -> Document:
    document = clean_document(RawDocument(source="t.txt", format="text", raw_text=text, **fields))
    assert isinstance(document, Document)
    return document


def removed_reasons(document: Document) -> set[str]:
    return {span.reason for span in document.removed}


@pytest.mark.parametrize(
    ("junk", "reason"),
    [
        ("[ad_1]", "ad marker"),
        ("[ad_2]", "ad marker"),
        ("ADVERTISEMENT", "ad marker"),
        ("Photo of author", "author photo"),
        ("By admin", "byline"),
        ("By Sam Ortiz", "byline"),
        ("By Sam Ortiz | June 8, 2023", "byline"),
        ("TWITTER", "social buttons"),
        ("Facebook", "social buttons"),
        ("Share", "social buttons"),
        ("Share | Tweet | Email", "social buttons"),
        ("Share this article", "share/subscribe line"),
        ("Follow us on Telegram", "share/subscribe line"),
        ("Subscribe to our newsletter!", "share/subscribe line"),
        ("Sign up for our daily alerts", "share/subscribe line"),
        ("Click here to subscribe to updates", "share/subscribe line"),
        ("Leave a comment", "comments line"),
        ("© 2023 Harbour Times. All rights reserved.", "copyright line"),
        ("pic.twitter.com/Ab12Cd34Ef", "tweet picture link"),
        ("https://pic.twitter.com/Ab12Cd34Ef", "tweet picture link"),
        ("harbourtimes.example", "site name"),
        ("ІІ harbourtimes.eu", "site name"),
        ("www.harbour-times.com", "site name"),
        ("***", "separator"),
        ("* * *", "separator"),
        ("-----", "separator"),
        ("Read more: Storm damage along the coast", "related block"),
        ("See also", "related block"),
        ("2019.07.03 08:44", "timestamp"),
    ],
)
def test_a_junk_line_between_two_paragraphs_goes(junk: str, reason: str) -> None:
    document = clean(f"{BEFORE}\n\n{junk}\n\n{AFTER}\n")
    assert document.text == f"{BEFORE}\n\n{AFTER}"
    assert reason in removed_reasons(document)


def test_related_block_with_teasers_goes() -> None:
    teasers = "Storm closes the bridge\nNew ferry for the islands\n2023.01.04 09:10"
    text = f"{BEFORE}\n\nRelated\n\n{teasers}\n\n{AFTER}\n"
    assert clean(text).text == f"{BEFORE}\n\n{AFTER}"


def test_section_label_headline_and_timestamp_teaser_goes() -> None:
    teaser = "Opinions\nWhy the ferry timetable keeps changing\n2023.01.05 11:02"
    text = f"{BEFORE}\n\n{AFTER}\n\n{teaser}\n\nharbour.example\n\nTWITTER"
    document = clean(text)
    assert document.text == f"{BEFORE}\n\n{AFTER}"
    assert "related teaser" in removed_reasons(document)


def test_inline_junk_in_a_sentence_line() -> None:
    document = clean(f"{BEFORE} [ad_1]\n\nA tweet about the storm. pic.twitter.com/XyZ123\n")
    assert document.text == f"{BEFORE}\n\nA tweet about the storm."


def test_tweet_text_and_signature_stay() -> None:
    tweet = "Our crews worked all night to reopen the harbour. Thank you all! #storm"
    signature = "- Harbour Master (@harbour_master) January 3, 2023"
    text = f"{BEFORE}\n\n{tweet}\n\npic.twitter.com/Ab12Cd34Ef\n\n{signature}\n\n{AFTER}"
    assert clean(text).text == f"{BEFORE}\n\n{tweet}\n\n{signature}\n\n{AFTER}"


@pytest.mark.parametrize(
    "sentence",
    [
        "By the end of June, the bridge will be closed to cars.",
        "By then, the talks had stalled.",
        "Follow the money, the prosecutor told the court.",
        "Share prices in Riga rose by 3% on Friday.",
        "Related talks will be held in Vilnius next week.",
        "Read more about the plan in the council's own report, the mayor said.",
        "Twitter and Facebook were blocked for two days.",
        "Subscribers of the state broadcaster complained about the change.",
        "The site harbour.example was taken offline on Tuesday.",
        "At 08:44 on 2019.07.03 the first ferry left.",
        "Attitude of the opposition to the plan",
        "Copyright rules for news sites will change next year, the ministry said.",
        "Follow the Twitter account of the council and you will get the new timetable there.",
    ],
)
def test_article_lines_that_look_like_junk_stay(sentence: str) -> None:
    assert clean(f"{BEFORE}\n\n{sentence}\n\n{AFTER}").text == f"{BEFORE}\n\n{sentence}\n\n{AFTER}"


def test_outlet_name_alone_on_a_line_goes() -> None:
    document = clean(f"{BEFORE}\n\nHarbour Times\n\n{AFTER}", outlet="Harbour Times")
    assert document.text == f"{BEFORE}\n\n{AFTER}"


def test_title_repeated_as_first_line_goes() -> None:
    title = "Harbour reopens after the storm"
    document = clean(f"{title}\n{BEFORE}\n{AFTER}", title=title)
    assert document.text == f"{BEFORE}\n{AFTER}"
    assert removed_reasons(document) == {"title"}
