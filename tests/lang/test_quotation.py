"""Quotations and speaker labels read without a parse: one definition (storyline/lang/en/quotation.py)."""

from __future__ import annotations

import pytest

from storyline.lang.en.quotation import QUOTATION, SPEAKER_LABEL, only_title_periods, opens_with_name_label


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("The mayor said `` we will rebuild '' on Monday .", "The mayor said @ on Monday ."),
        ('He said "we will rebuild" on Monday.', "He said @ on Monday."),
        ("He said “we will rebuild” on Monday.", "He said @ on Monday."),
        ("He said «we will rebuild» on Monday.", "He said @ on Monday."),
        ("we will rebuild , '' the mayor said .", "@ the mayor said ."),  # opened a sentence before
        ("The mayor said: “we will rebuild", "The mayor said: @"),  # runs on in the next paragraph
    ],
)
def test_quotation_spans_in_a_sentence_read_alone(text: str, left: str) -> None:
    assert QUOTATION.sub("@", text) == left


def test_a_sentence_without_marks_holds_no_quotation() -> None:
    assert QUOTATION.search("The mayor's office said the bridge would reopen.") is None


def test_speaker_label_reads_who_speaks_and_what_they_say() -> None:
    match = SPEAKER_LABEL.match("Dr. Ana Ruiz: The rains will come early this year")
    assert match is not None
    assert (match.group("label"), match.group("content")) == (
        "Dr. Ana Ruiz",
        "The rains will come early this year",
    )
    headline = SPEAKER_LABEL.match("Ruiz to U.S.: Rains come early")
    assert headline is not None and not only_title_periods(headline.group("label"))  # a headline, no label
    assert only_title_periods("Sen. Ana Ruiz")
    assert SPEAKER_LABEL.match("The meeting starts at 10:30 tomorrow") is None


def test_a_name_alone_before_the_colon_is_a_turn() -> None:
    assert opens_with_name_label("MORALES : Do you expect more rain ?")
    assert opens_with_name_label("Ana Ruiz : Thanks for having me .")
    assert not opens_with_name_label("The council's view on the rain : more money")
    assert not opens_with_name_label("You know what : I never liked it")
