"""Wire photo credits printed inside the text are cut; the caption or story around them stays."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.model import Document, RawDocument

BODY = (
    "Crews resumed work on the bridge after a two-day pause .\n"
    "The county expects the repairs to finish soon .\n"
)


def cleaned(text: str) -> Document:
    document = clean_document(RawDocument(source="t.txt", format="text", raw_text=text))
    assert isinstance(document, Document)
    return document


def credits(document: Document) -> list[str]:
    return [document.raw_text[s.start : s.end] for s in document.removed if s.reason == "photo credit"]


def test_a_bracketed_credit_and_the_photographer_credit_after_it_are_cut_where_they_stand() -> None:
    line = "( AP Photo/Dana Kellerman ) ( Dana Kellerman - AP ) The mayor walks across the closed bridge ."
    document = cleaned(BODY + line + "\n")
    assert credits(document) == ["( AP Photo/Dana Kellerman ) ( Dana Kellerman - AP )"]
    assert document.text.endswith("The mayor walks across the closed bridge .")


def test_a_bracketed_credit_inside_a_line_and_its_picture_stamp_are_cut() -> None:
    line = "The span was closed on Friday ( AP Photo/River News , Lee Park ) AP2009 Engineers found a crack ."
    document = cleaned(BODY + line + "\n")
    assert credits(document) == ["( AP Photo/River News , Lee Park ) AP2009"]
    assert "The span was closed on Friday" in document.text and "Engineers found a crack ." in document.text


def test_an_unbracketed_credit_opening_a_line_keeps_every_word_of_the_story() -> None:
    for line, credit in (
        ("AP Photo/Lee Park The bridge carries 40,000 cars a day .", "AP Photo/Lee Park"),
        ("AP Photo/River Works BP crews inspected the span .", "AP Photo/River Works"),
        ("AP2010 The bridge carries 40,000 cars a day .", "AP2010"),
        ("( AP ) The bridge carries 40,000 cars a day .", "( AP )"),
    ):
        document = cleaned(line + "\n" + BODY)
        assert credits(document) == [credit], line
        assert document.text.startswith(line[len(credit) :].strip())


def test_a_wire_dateline_is_the_story_s_own() -> None:
    document = cleaned("( AP ) -- The bridge carries 40,000 cars a day .\n" + BODY)
    assert credits(document) == []
