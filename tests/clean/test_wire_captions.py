"""Wire photo captions ("FILE - In this ... file photo , ...") are cut to their first sentence's end."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.clean.wire_captions import wire_caption_cuts
from storyline.model import Document, RawDocument


def _cut_texts(text: str) -> list[str]:
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    return [text[a:b] for a, b, _ in wire_caption_cuts(lines)]


def test_a_dated_file_photo_caption_opening_the_text_is_cut_and_the_lede_after_it_kept() -> None:
    text = (
        "In this March 3 , 2011 file photo , a ferry leaves the pier at Oban . Ferry fares rose on Monday .\n"
    )
    assert _cut_texts(text) == ["In this March 3 , 2011 file photo , a ferry leaves the pier at Oban ."]


def test_file_marks_a_caption_after_a_headline_on_the_same_line() -> None:
    text = (
        "Ferry fares rise again FILE - In this May 9 photo , a ferry docks.\nThe company said fares rose.\n"
    )
    assert _cut_texts(text) == ["FILE - In this May 9 photo , a ferry docks."]


def test_a_provided_photo_caption_later_in_the_text_is_cut() -> None:
    text = "One .\nTwo .\nThree .\nIn this photo provided by the harbour board , tugs pull the ferry free .\n"
    assert _cut_texts(text) == ["In this photo provided by the harbour board , tugs pull the ferry free ."]


def test_a_writers_sentence_about_a_photo_stays() -> None:
    assert _cut_texts("In this photo at the top , you can see the old pier .\n") == []
    late = "One .\nTwo .\nThree .\nFour .\nIn this picture , the pier looks new .\n"
    assert _cut_texts(late) == []  # bare and far from the head: the writer's sentence
    assert _cut_texts("He said that in this photo , the pier looks new .\n") == []


def test_the_cleaned_text_has_no_caption_date_left() -> None:
    raw = "In this June 2 , 2011 photo , divers search the bay .\nDivers found the wreck on Friday .\n"
    document = clean_document(RawDocument(source="a.txt", format="text", raw_text=raw))
    assert isinstance(document, Document)
    assert document.text.strip() == "Divers found the wreck on Friday ."
    assert [s.reason for s in document.removed] == ["photo caption"]
