"""Teasers cut short mid-word are a page's links to other stories; a writer's own ellipsis stays."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.model import Document, RawDocument

BODY = (
    "Engineers found a crack in the bridge on Monday , and the county closed it to traffic .\n"
    "The county said the environmental review of the repairs would take a month , and the "
    "mayor said the bridge would reopen in the spring .\n"
)
# Two teasers of other stories, each a lede cut after about 160 characters, inside a word.
FIRST = (
    "RIVERTON -- The county council approved new rules on Tuesday for the river crossings it owns , "
    "after a report found that three of them had not been inspected since 1998 and needed environ ..."
)
SECOND = (
    "Storms closed the harbour for a second day on Friday as crews worked to clear the channel of the "
    "debris that the floods carried down the river from the old mill sites above th . . ."
)


def cleaned(text: str) -> Document:
    document = clean_document(RawDocument(source="t.txt", format="text", raw_text=text))
    assert isinstance(document, Document)
    return document


def teasers(document: Document) -> list[str]:
    return [document.raw_text[s.start : s.end] for s in document.removed if s.reason == "related teaser"]


def test_a_line_of_teasers_cut_inside_a_word_is_cut_whole() -> None:
    document = cleaned(BODY + FIRST + " " + SECOND + "\n")
    assert teasers(document) == [FIRST + " " + SECOND]
    assert document.text == BODY.strip()


def test_an_article_sentence_before_the_teasers_on_the_line_stays() -> None:
    document = cleaned(BODY + "The bridge reopens in May . " + FIRST + "\n")
    assert teasers(document) == [FIRST]
    assert document.text.endswith("The bridge reopens in May .")


def test_a_writer_s_ellipsis_after_whole_words_stays() -> None:
    line = "`` If we wait ... the bridge will fall , '' the engineer said of the crack ."
    document = cleaned(BODY + line + "\n")
    assert teasers(document) == []
    assert document.text.endswith(line)


def test_a_word_the_text_uses_with_an_ending_is_a_whole_word() -> None:
    line = FIRST.replace("needed environ ...", "needed to inspect ...")  # beside "inspected"
    document = cleaned(BODY + line + "\n")
    assert teasers(document) == []


def test_short_teasers_next_to_a_run_and_a_line_between_two_runs_are_teasers_too() -> None:
    lines = [FIRST, "The crossing was clos ... Crews reopened it on Monday .", SECOND]
    document = cleaned(BODY + "\n".join(lines) + "\n")
    assert teasers(document) == lines
    between = [FIRST, "Storms closed the harbour , the port said ... It reopened on Monday .", SECOND]
    assert teasers(cleaned(BODY + "\n".join(between) + "\n")) == between
