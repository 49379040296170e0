"""Transcript and live-chat turns: a `NAME :` label starts a direct quote running to the next label, the
interviewer and the audience give none, a first person inside a turn is the turn's speaker. Our own text."""

from __future__ import annotations

from quote_helpers import Run

SHOW = (
    "HOLM : Welcome back to the harbour hour .\n"
    "We turn now to the ferry strike .\n"
    "What happens next ?\n"
    "BERG : The crews will stay out until Friday .\n"
    "I think the council will give way .\n"
    "The mayor told me that the money is there .\n"
    "HOLM : Will the ferry run on Sunday ?\n"
    "BERG : Only the morning boat , as far as I know .\n"
    "HOLM : And the tourists ?\n"
    "INGRID SOLBERG , PORT DIRECTOR : They will wait a little longer this summer .\n"
)


def test_a_turn_is_one_direct_quote_to_the_next_label(run: Run) -> None:
    quotes = run(SHOW)[2]
    turns = [q for q in quotes if q.cue_text == ":"]
    assert [(q.kind, q.speaker_text) for q in turns] == [
        ("direct", "BERG"),
        ("direct", "BERG"),
        ("direct", "INGRID SOLBERG"),
    ]
    assert turns[0].text == (
        "The crews will stay out until Friday .\nI think the council will give way .\n"
        "The mayor told me that the money is there ."
    )


def test_the_interviewer_and_first_person_frames_give_no_quote(run: Run) -> None:
    quotes = run(SHOW)[2]
    assert not any(q.speaker_text == "HOLM" for q in quotes)
    assert not any(q.speaker_text == "I" for q in quotes)


def test_reported_speech_of_someone_else_inside_a_turn_stays(run: Run) -> None:
    quotes = run(SHOW)[2]
    (inner,) = [q for q in quotes if q.kind == "indirect"]
    assert inner.speaker_text == "The mayor" and inner.text == "the money is there"


CHAT = (
    "Tromvik , Norway : Why did the harbour fees double this year ?\n"
    "Erik Vang : The fees paid for the new pier .\n"
    "The council voted for it in March .\n"
    "Anonymous : I think the fishermen were never asked .\n"
    "Erik Vang : They were asked twice , and most of them agreed .\n"
    "Bergen , Norway : The politicians know that nobody reads the budget .\n"
    "Erik Vang : The budget is public , and we wrote about it twice .\n"
)


def test_chat_answers_are_quotes_of_the_host_and_readers_are_no_speakers(run: Run) -> None:
    quotes = run(CHAT)[2]
    assert {q.speaker_text for q in quotes} == {"Erik Vang"}
    assert len(quotes) == 3
    assert not any("politicians" in q.text or "fishermen" in q.text for q in quotes)


def test_quotation_marks_inside_an_interviewer_turn_quote_nobody(run: Run) -> None:
    text = SHOW.replace(
        "HOLM : And the tourists ?\n",
        'HOLM : If the mayor were to say , " The ferry is finished for this summer , " what then ?\n',
    )
    assert not any("finished" in q.text for q in run(text)[2])
