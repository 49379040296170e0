"""The precise default view: what is not somebody's statement stays out; speakers credited rightly.

Every sentence here is our own.
"""

from __future__ import annotations

import pytest
from quote_helpers import Run, speaker_names


@pytest.mark.parametrize(
    "text",
    [
        "The mayor has not said whether the bridge will reopen before the winter.",
        "Let's say that the budget doubles over the next three years.",
        "Few expect the talks in Vienna to end with a signed agreement.",
        "No one can know how long the pipeline repairs will take.",
    ],
)
def test_not_a_statement_in_the_default_view(run: Run, text: str) -> None:
    _, _, quotes = run(text)
    assert quotes == ()


def test_attribution_mode_keeps_a_negated_saying(run: Run) -> None:
    _, _, quotes = run(
        "The mayor has not said whether the bridge will reopen before the winter.", attitudes=True
    )
    assert len(quotes) == 1


def test_a_relative_pronoun_credits_its_noun(run: Run) -> None:
    text = "Germany, which has already said it would send more engineers, welcomed the plan on Monday."
    _, mentions, quotes = run(text)
    assert [text[q.start : q.end] for q in quotes] == ["it would send more engineers"]
    assert speaker_names(quotes, mentions) == ["Germany"]


def test_a_spokesman_for_someone_is_not_that_person(run: Run) -> None:
    text = "A spokesman for Angela Merkel told reporters that the chancellor would travel to Paris."
    _, mentions, quotes = run(text)
    assert len(quotes) == 1
    assert speaker_names(quotes, mentions) == [None]
