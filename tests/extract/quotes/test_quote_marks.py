"""Pairing quotation marks: every convention and the broken ones news text uses."""

from __future__ import annotations

from storyline.extract.quotes.marks import find_quoted_spans


def contents(text: str, depth: int | None = 0) -> list[str]:
    return [text[s.start : s.end] for s in find_quoted_spans(text) if depth is None or s.depth == depth]


def test_curly_straight_single_and_guillemets() -> None:
    text = '“One two.” Then "three four." And ‘five six’ and «seven eight».'
    assert contents(text) == ["One two.", "three four.", "five six", "seven eight"]


def test_apostrophes_are_not_single_quotes() -> None:
    text = "She called it ‘the mayor’s best plan’ and the council’s staff agreed; Jones’ aide did not."
    assert contents(text) == ["the mayor’s best plan"]


def test_multi_paragraph_quote_with_an_opening_mark_per_paragraph() -> None:
    text = "“The port will reopen soon.\n\n“The ferries come back in May,” the mayor said.\n\nNext."
    assert contents(text) == ["The port will reopen soon.\n\n“The ferries come back in May,"]


def test_multi_paragraph_quote_without_marks_between_paragraphs() -> None:
    text = "“The port will reopen soon.\n\nThe ferries come back in May, ”the mayor said.\n\nNext paragraph."
    assert contents(text) == ["The port will reopen soon.\n\nThe ferries come back in May, "]


def test_mismatched_curly_then_straight_closing() -> None:
    text = '“We keep the bridge open.\n\nAnd the tolls stay low, "the Tribune quoted him as saying.\n\nEnd.'
    assert contents(text) == ["We keep the bridge open.\n\nAnd the tolls stay low, "]


def test_closing_mark_after_a_space_and_opening_mark_before_one() -> None:
    text = "“Prices will fall, ”Lena Ortiz said on the air of“ Radio 7 ”."
    assert contents(text) == ["Prices will fall, ", " Radio 7 "]


def test_nested_quotes_are_inside_the_outer_quote() -> None:
    text = '“Some ask: "Why pay now?" We answer them,” Ortiz said.'
    spans = find_quoted_spans(text)
    assert [s.depth for s in spans] == [0, 1]
    assert contents(text, 1) == ["Why pay now?"]


def test_an_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "“We will build it all\n\nThe council met later."
    assert contents(text) == ["We will build it all"]


def test_wire_and_treebank_marks_are_reported_whole() -> None:
    text = "`` The markets are like oil , '' he said . ''We are told,'' Mr. Putin said."
    spans = find_quoted_spans(text)
    assert [text[s.open : s.close] for s in spans] == ["`` The markets are like oil , ''", "''We are told,''"]
    assert contents(text) == [" The markets are like oil , ", "We are told,"]


def test_treebank_single_quotes_and_split_contractions() -> None:
    text = "`` About him , ` with such friends who needs enemies ' , they 're sure , '' he writes ."
    assert contents(text, depth=1) == [" with such friends who needs enemies "]
    assert contents(text) == [" About him , ` with such friends who needs enemies ' , they 're sure , "]
    assert contents("It 's been the lawyers ' year , and they 're done .") == []


def test_low_high_and_single_guillemets() -> None:
    assert contents("„Wir schaffen das“, sagte sie. ‹ Non › dit-il.") == ["Wir schaffen das", " Non "]
