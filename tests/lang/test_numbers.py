"""Number words (storyline/lang/en/numbers.py): one table for the tagger's durations and the linker's
figures."""

from __future__ import annotations

import pytest

from storyline.extract.time.lexicon import number_value
from storyline.lang.en.numbers import cardinal_value, spell_figures


@pytest.mark.parametrize(
    ("text", "value"),
    [("fifteen", 15), ("twenty-two", 22), ("one hundred and five", 105), ("a hundred", 100),
     ("three thousand", 3000), ("two hundred thousand", 200_000), ("five six", None), ("twenty twenty", None),
     ("several", None)],
)  # fmt: skip
def test_cardinal_values(text: str, value: int | None) -> None:
    assert cardinal_value(text) == value


def test_written_numbers_become_digits_but_one_a_scale_or_a_known_group_stay_words() -> None:
    text = "Fifteen new cases, twenty-two deaths, three million doses; one of them; a million; the two sides"
    assert (
        spell_figures(text)
        == "15 new cases, 22 deaths, 3 million doses; one of them; a million; the two sides"
    )
    assert spell_figures("a forty-year-old") == "a forty-year-old"


def test_the_tagger_reads_the_same_cardinals() -> None:
    assert (number_value("twenty-one"), number_value("a dozen"), number_value("several")) == (21, 12, "X")
    assert number_value("one hundred") is None  # durations count below a hundred
