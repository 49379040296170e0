"""Quoted tweets, interview transcripts and the statement date."""

from __future__ import annotations

from quote_helpers import Run, speaker_names

from storyline.model import TimeExpression, TimeValue, make_id


def test_tweet_signature_names_the_author(run: Run) -> None:
    text = (
        "Minister Rasa Jurgaitė wrote about the meeting.\n\n"
        "Today I met the mayors of the coastal towns.\n\n"
        "We agreed on a joint plan for the summer season.\n\n"
        "- Rasa Jurgaite (@RasaJurgaite) June 3, 2021\n\nThe plan is due next month."
    )
    _, _, quotes = run(text)
    (tweet,) = [q for q in quotes if q.relay == "Twitter"]
    assert tweet.text.startswith("Today I met") and tweet.text.endswith("summer season.")
    assert tweet.speaker_text == "Rasa Jurgaite"
    assert tweet.said_on is not None and tweet.said_on.value == "2021-06-03"
    assert tweet.said_on_from == "text"


def test_interview_answers_go_to_the_interviewee(run: Run) -> None:
    text = (
        "Harbour plans\n\n"
        "Our conversation with the director of the port, Marta Kowalczyk.\n\n"
        "How many ships came this year?\n\n"
        "More than last year. The new pier helped a lot.\n\n"
        "And next year?\n\n"
        "We expect even more, if the weather is kind.\n\n"
        "Watch the full conversation on our site."
    )
    _, mentions, quotes = run(text)
    assert [q.text for q in quotes] == [
        "More than last year. The new pier helped a lot.",
        "We expect even more, if the weather is kind.",
    ]
    assert speaker_names(quotes, mentions) == ["Marta Kowalczyk", "Marta Kowalczyk"]


def _timex(document_id: str, text: str, phrase: str, day: str) -> TimeExpression:
    start = text.index(phrase)
    value = TimeValue(value=day, start=day, end=day, granularity="day")
    return TimeExpression(
        id=make_id("timex", document_id, start, start + len(phrase)),
        document=document_id,
        start=start,
        end=start + len(phrase),
        text=phrase,
        type="DATE",
        value=day,
        time=value,
        anchor=None,
        anchor_rule="publication",
    )


def test_said_on_from_the_attribution_clause(run: Run) -> None:
    text = "On March 12, Mayor Tomas Berg said that the bridge would reopen in June."
    document, _, _ = run(text)
    timex = _timex(document.id, text, "March 12", "2021-03-12")
    _, _, quotes = run(text, timexes=[timex])
    (quote,) = quotes
    assert quote.said_on is not None and quote.said_on.value == "2021-03-12"
    assert quote.said_on_from == "text"


def test_a_date_inside_the_content_is_not_the_statement_date(run: Run) -> None:
    text = "Mayor Tomas Berg said that the bridge would reopen on June 5."
    document, _, _ = run(text)
    _, _, quotes = run(text, timexes=[_timex(document.id, text, "June 5", "2021-06-05")])
    (quote,) = quotes
    assert quote.said_on_from == "published"
    assert quote.said_on is not None and quote.said_on.value == "2021-03-30"


def test_no_date_at_all(run: Run) -> None:
    _, mentions, quotes = run("“We are ready,” Tomas Berg said.", published=None)
    assert quotes[0].said_on is None and quotes[0].said_on_from == "none"
    assert speaker_names(quotes, mentions) == ["Tomas Berg"]


def test_live_post_stamp_is_not_part_of_the_speaker(run: Run) -> None:
    text = (
        "The mayor spoke for ten minutes and left without questions . \n"
        "1938 : Tomas Berg from Malmo , Sweden , writes : I find it strange that the council finds it fair "
        "to close the pier . \n"
        "1937 : The mayor will speak again on Monday .\n"
    )
    _, _, quotes = run(text)
    (reader,) = [q for q in quotes if q.cue_text == "writes"]
    assert reader.speaker_text == "Tomas Berg from Malmo , Sweden"
    assert reader.text.startswith("I find it strange")


def test_reported_speech_after_a_colon_starts_at_its_first_word(run: Run) -> None:
    text = "The port authority tweets : The northern pier will stay closed for repairs until the spring .\n"
    _, _, quotes = run(text)
    (tweet,) = quotes
    assert tweet.text.startswith("The northern pier")
    assert tweet.speaker_text == "The port authority"
