"""Another outlets' headline list with ages ("... - 3 hrs ago"), cut whole (clean/news_links.py)."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.clean.news_links import REASON
from storyline.model import Document, RawDocument

ARTICLE = (
    "The county reopened the bridge on Monday after two years of repairs .\n"
    "Officials said the work came in under budget .\n"
)


def cleaned(text: str) -> Document:
    document = clean_document(RawDocument(source="t.txt", format="text", raw_text=text))
    assert isinstance(document, Document)
    return document


def test_a_headline_list_with_ages_and_its_split_domains_is_cut() -> None:
    widget = (
        "River Times Bridge reopens after two years - 2 hrs ago Valley Post .\n"
        "co. uk County bridge back in use - 5 hrs ago Daily Courier Repairs finished early - 1 day ago\n"
        "Hill News Drivers welcome bridge ' 3 hrs ago\n"
    )
    document = cleaned(ARTICLE + widget)
    assert document.text == ARTICLE.strip()
    assert {span.reason for span in document.removed} == {REASON}


def test_an_age_in_prose_stays() -> None:
    line = "The inspectors said the cables had been replaced 15 mins ago , before the bridge reopened ."
    document = cleaned(ARTICLE + line + "\n")
    assert document.text.endswith(line)
    assert not document.removed
