"""Speakers read from the parse: the subject of the reporting verb, however far from the quote; parentheses
("X, he said, Y") and colon labels ("Name: …") as attributions."""

from __future__ import annotations

from quote_helpers import Run, speaker_names


def test_subject_of_the_verb_not_a_noun_near_the_cue(run: Run) -> None:
    _, mentions, quotes = run(
        'Mayor Erik Vang, asked about the ferry on Friday, blurted out, "Oh, no," at the mention of '
        "Ingrid Solberg's name."
    )
    assert [(q.speaker_text, q.cue_text, q.text) for q in quotes] == [
        ("Mayor Erik Vang", "blurted out", "Oh, no,")
    ]
    assert speaker_names(quotes, mentions) == ["Erik Vang"]


def test_subject_with_an_apposition_before_or_after_the_quote(run: Run) -> None:
    _, mentions, quotes = run(
        '"We are not worried about the ferry," Ingrid Solberg, the top spokeswoman for the port, said.\n\n'
        '"Prices will fall soon," said Erik Vang, chief economist at the Tromvik bank.'
    )
    assert [q.speaker_text for q in quotes] == [
        "Ingrid Solberg, the top spokeswoman for the port",
        "Erik Vang, chief economist at the Tromvik bank",
    ]
    assert speaker_names(quotes, mentions) == ["Ingrid Solberg", "Erik Vang"]


def test_a_continuation_keeps_its_own_speaker(run: Run) -> None:
    _, _, quotes = run('"We will go on," the mayor added. "Nobody can stop us," Ingrid Solberg said.')
    assert [q.speaker_text for q in quotes] == ["the mayor", "Ingrid Solberg"]


def test_parenthetical_attribution_reports_the_whole_clause(run: Run) -> None:
    _, _, quotes = run("Many of the ferries, Erik Vang said, have stopped running since May.")
    assert [(q.speaker_text, q.text) for q in quotes] == [
        ("Erik Vang", "Many of the ferries, Erik Vang said, have stopped running since May")
    ]


def test_colon_label_attributes_a_headline(run: Run) -> None:
    _, _, quotes = run("Solberg: The Ferry Era Is Over.\n\nNote: this story was updated on Monday.")
    assert [(q.speaker_text, q.cue_text, q.text) for q in quotes] == [
        ("Solberg", ":", "The Ferry Era Is Over")
    ]
