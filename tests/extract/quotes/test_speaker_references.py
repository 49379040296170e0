"""Quote speakers through relative pronouns and possessors: `who` after an employer credits the person, a
possessor inside a speaker phrase is not the speaker. Our own sentences."""

from __future__ import annotations

from quote_helpers import Run, speaker_names


def test_who_after_an_employer_credits_the_person(run: Run) -> None:
    text = (
        '"The fees are too high," said Erik Vang, an economist at Nordbank Capital, who nonetheless said '
        "the harbour needs the money."
    )
    _, mentions, quotes = run(text)
    indirect = [q for q in quotes if q.kind == "indirect"]
    assert [q.speaker_text for q in indirect] == ["who"]
    assert speaker_names(indirect, mentions) == ["Erik Vang"]


def test_a_possessor_is_not_the_speaker_of_the_phrase(run: Run) -> None:
    text = "Erik Vang ran the harbour office for ten years. His colleagues said he never took a day off."
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.speaker_text == "His colleagues"
    assert speaker_names([quote], mentions) == [None]
