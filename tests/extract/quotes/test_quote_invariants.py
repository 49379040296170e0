"""The invariant every quote keeps: non-empty content, speaker and cue spans, in order, inside the text."""

from __future__ import annotations

import pytest
from quote_helpers import Run

from storyline.extract.quotes.draft import Draft, sound
from storyline.model import Quote

TEXTS = (
    "Supporters said the recording appeared to have been made under pressure; the authorities have not "
    "commented on that claim.",
    "Clinton said she thinks America is strongest when people work together.",
    "“We will win,” he said. “And we will keep going.”\n\n“Nobody,” said Vang, “can stop us.”",
    "`` This is a nightmare .\nI tried to do it , '' said Robert Baer , a former operative .",
)


def assert_sound(quote: Quote, text: str) -> None:
    assert 0 <= quote.start < quote.end <= len(text) and text[quote.start : quote.end].strip(" ,.")
    for start, end in ((quote.speaker_start, quote.speaker_end), (quote.cue_start, quote.cue_end)):
        assert (start is None) == (end is None)
        if start is not None and end is not None:
            assert 0 <= start < end <= len(text) and text[start:end].strip()


@pytest.mark.parametrize("text", TEXTS)
def test_every_quote_is_sound(run: Run, text: str) -> None:
    document, _, quotes = run(text)
    assert quotes
    for quote in quotes:
        assert_sound(quote, document.text)


def test_an_inverted_or_empty_draft_is_dropped_and_a_bad_speaker_cleared() -> None:
    text = "He said it. They agreed."
    assert not sound(Draft(kind="indirect", start=8, end=3), text)
    assert not sound(Draft(kind="indirect", start=10, end=12), text)
    draft = Draft(kind="indirect", start=8, end=10, speaker=(3, 0), cue=(3, 7))
    assert sound(draft, text) and draft.speaker is None and draft.cue == (3, 7)
