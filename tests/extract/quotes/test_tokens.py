"""The token ranges found by alignment equal the ones a walk over every token gives."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.quotes.tokens import tokens_starting_in, tokens_within

NLP = spacy.blank("en")
DOC = NLP('He said: "We will not  go back," and left.\n\nShe told reporters it was over (for now).')


@settings(max_examples=300, deadline=None)
@given(st.integers(-3, len(DOC.text) + 3), st.integers(-3, len(DOC.text) + 3))
def test_same_tokens_as_a_walk(start: int, end: int) -> None:
    starting = [t.i for t in DOC if start <= t.idx < end]
    within = [t.i for t in DOC if t.idx >= start and t.idx + len(t) <= end]
    assert list(tokens_starting_in(DOC, start, end)) == starting
    assert [t.i for t in tokens_within(DOC, start, end)] == within
