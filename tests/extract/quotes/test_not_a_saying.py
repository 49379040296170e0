"""The default view leaves out what nobody said: imagined, wished or predicted speech, the writer's own
thinking and works that were published; attribution mode keeps them. Every sentence here is our own."""

from __future__ import annotations

import pytest
from quote_helpers import Run


@pytest.mark.parametrize(
    "text",
    [
        "If the mayor were to say that the ferry is finished, the harbour would close.",
        "One might argue that the harbour was never meant for large ships.",
        "I would like to hear the mayor say that publicly before the vote.",
        "The port authorities are likely to argue that the fees protect the fishermen.",
        "The council needs members who will say no to bad contracts.",
        "The unions want to tell the minister that the plan is unfair.",
        "The two mayors will meet with the minister on Friday to discuss the harbour fees.",
        "The harbour master was found by his wife in the boat shed.",
    ],
)
def test_hypothetical_speech_is_not_a_saying(run: Run, text: str) -> None:
    assert run(text)[2] == ()


def test_attribution_mode_keeps_hypothetical_speech(run: Run) -> None:
    text = "One might argue that the harbour was never meant for large ships."
    (quote,) = run(text, attitudes=True)[2]
    assert quote.cue_text == "argue"


@pytest.mark.parametrize(
    "text",
    [
        "I think the ferry will keep running through the winter.",
        "The bridge, which I believe opened in 1998, needs repairs.",
        "We know the harbour budget was cut twice last year.",
    ],
)
def test_own_thinking_is_not_a_saying(run: Run, text: str) -> None:
    assert run(text)[2] == ()


def test_a_third_person_belief_is_still_reported(run: Run) -> None:
    (quote,) = run("The mayor believes the ferry will keep running through the winter.")[2]
    assert quote.speaker_text == "The mayor" and quote.cue_text == "believes"


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, Harbourtimes.com published a special interactive on the history of the ferry.",
        "An earlier series in the Tromvik Post detailed the collapse of the fishing fleet.",
    ],
)
def test_a_published_work_is_not_a_saying(run: Run, text: str) -> None:
    assert run(text)[2] == ()


def test_a_body_that_details_something_still_reports_it(run: Run) -> None:
    text = "In a news release, the fishermen's union detailed two dozen breaches of the contract."
    (quote,) = run(text)[2]
    assert quote.cue_text == "detailed" and "two dozen breaches" in quote.text


def test_the_addressee_of_a_telling_is_not_the_speaker(run: Run) -> None:
    assert run("Vang returned to the harbour office and was told he was being dismissed.")[2] == ()
