"""Round 2 forms (issue 4): colon clauses, relays, Russian attribution, transcripts, labels, carried dates.

Every sentence here is our own.
"""

from __future__ import annotations

import pytest
from quote_helpers import Run, speaker_names

from storyline.model import Quote, TimeExpression, TimeValue, make_id


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


def _one(quotes: tuple[Quote, ...], kind: str) -> Quote:
    (quote,) = [q for q in quotes if q.kind == kind]
    return quote


# (a) A clause ending in a colon gives the following quote its speaker.

BLUNT_NAME = (
    "Finance minister Ivan Sorel met the union leaders on Tuesday. "
    "Sorel put it bluntly: “There is no money left for new bonuses this year.”"
)
BLUNT_ROLE = (
    "Finance minister Ivan Sorel met the union leaders on Tuesday. "
    "The minister put it bluntly: “There is no money left for new bonuses this year.”"
)


def test_colon_clause_with_a_name_as_subject(run: Run) -> None:
    _, mentions, quotes = run(BLUNT_NAME)
    (quote,) = quotes
    assert quote.kind == "direct"
    assert quote.text == "There is no money left for new bonuses this year."
    assert quote.speaker_text == "Sorel" and quote.cue_text == "put"
    assert speaker_names(quotes, mentions) == ["Ivan Sorel"]


def test_colon_clause_with_a_role_as_subject_resolves_to_the_person(run: Run) -> None:
    _, mentions, quotes = run(BLUNT_ROLE)
    (quote,) = quotes
    assert quote.text == "There is no money left for new bonuses this year."
    assert speaker_names(quotes, mentions) == ["Ivan Sorel"]


def test_colon_clause_with_a_role_as_subject_names_only_the_role(run: Run) -> None:
    _, _, quotes = run(BLUNT_ROLE)
    (quote,) = quotes
    assert quote.speaker_text == "The minister"
    assert quote.cue_text == "put"


TWO_PARAGRAPHS = (
    "“The water level is now under control.\n\n"
    "“The villages downstream are safe, and the repairs will be finished by autumn.”\n\n"
    "The dam was built in 1974."
)


def _assert_two_paragraph_quote(text: str, quotes: tuple[Quote, ...]) -> Quote:
    (quote,) = quotes
    assert quote.kind == "direct"
    assert quote.text.startswith("The water level is now under control.\n\n")
    assert quote.text.endswith("the repairs will be finished by autumn.")
    assert text[quote.start : quote.end] == quote.text
    return quote


def test_colon_clause_before_a_quote_over_two_paragraphs(run: Run) -> None:
    text = "Governor Elena Varga spoke at the opening of the dam. She put it plainly: " + TWO_PARAGRAPHS
    _, mentions, quotes = run(text)
    quote = _assert_two_paragraph_quote(text, quotes)
    assert quote.speaker_text == "She"
    assert speaker_names(quotes, mentions) == ["Elena Varga"]


def test_colon_clause_ending_the_paragraph_before_a_quote_over_two_paragraphs(run: Run) -> None:
    text = "Governor Elena Varga spoke at the opening of the dam. Varga put it plainly:\n\n" + TWO_PARAGRAPHS
    _, mentions, quotes = run(text)
    quote = _assert_two_paragraph_quote(text, quotes)
    assert quote.speaker_text == "Varga"
    assert speaker_names(quotes, mentions) == ["Elena Varga"]


def test_role_colon_clause_ending_the_paragraph_before_a_quote_over_two_paragraphs(run: Run) -> None:
    text = (
        "Governor Elena Varga spoke at the opening of the dam. The governor put it plainly:\n\n"
        + TWO_PARAGRAPHS
    )
    _, mentions, quotes = run(text)
    _assert_two_paragraph_quote(text, quotes)
    assert speaker_names(quotes, mentions) == ["Elena Varga"]


def test_two_paragraph_quote_with_the_attribution_at_the_end(run: Run) -> None:
    text = (
        "Governor Elena Varga spoke at the opening of the dam.\n\n"
        "“The water level is now under control.\n\n"
        "“The villages downstream are safe, and the repairs will be finished by autumn,” she said.\n\n"
        "The dam was built in 1974."
    )
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.text.startswith("The water level is now under control.\n\n")
    assert quote.text.endswith("finished by autumn,")
    assert quote.speaker_text == "she" and quote.cue_text == "said"
    assert speaker_names(quotes, mentions) == ["Elena Varga"]


# (b) Relays: the outlet a quote is credited to, recorded apart from the speaker.


def test_agency_quoted_a_named_speaker_as_saying(run: Run) -> None:
    text = "TASS quoted Tomas Berg as saying: “The border crossing will reopen next week.”"
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.text == "The border crossing will reopen next week."
    assert quote.relay == "TASS"
    assert quote.speaker_text == "Tomas Berg" and quote.cue_text == "quoted"
    assert speaker_names(quotes, mentions) == ["Tomas Berg"]


def test_agency_quoted_him_as_saying_after_the_quote(run: Run) -> None:
    text = (
        "Mayor Tomas Berg spoke after the storm.\n\n"
        "“The roads will be cleared by Friday,” RIA Novosti quoted him as saying."
    )
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.text == "The roads will be cleared by Friday,"
    assert quote.relay == "RIA Novosti"
    assert quote.speaker_text == "him"
    assert speaker_names(quotes, mentions) == ["Tomas Berg"]


def test_according_to_an_agency_with_a_pronoun_speaker_calling(run: Run) -> None:
    text = (
        "Mayor Tomas Berg spoke after the storm. "
        "According to Interfax, he called the merger plan far-fetched."
    )
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.kind == "indirect"
    assert quote.relay == "Interfax"
    assert quote.speaker_text == "he" and quote.cue_text == "called"
    assert quote.text.rstrip(".") == "the merger plan far-fetched"
    assert speaker_names(quotes, mentions) == ["Tomas Berg"]


def test_according_to_an_agency_with_a_named_speaker_saying_that(run: Run) -> None:
    text = (
        "Mayor Tomas Berg spoke after the storm. "
        "According to Interfax, Berg said that the damage reports were exaggerated."
    )
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.relay == "Interfax"
    assert quote.text == "the damage reports were exaggerated"
    assert speaker_names(quotes, mentions) == ["Tomas Berg"]


def test_according_to_an_agency_with_a_named_speaker_calling(run: Run) -> None:
    text = (
        "Mayor Tomas Berg spoke after the storm. "
        "According to Interfax, Tomas Berg called the idea of a merger far-fetched."
    )
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.relay == "Interfax"
    assert quote.speaker_text == "Tomas Berg"
    assert speaker_names(quotes, mentions)[0] == "Tomas Berg"


def test_writes_outlet_after_reported_speech(run: Run) -> None:
    text = "Governor Elena Varga said that the new hospital would open in the spring, writes Gazeta.ru."
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.relay == "Gazeta.ru"
    assert quote.text == "the new hospital would open in the spring"
    assert speaker_names(quotes, mentions) == ["Elena Varga"]


def test_lowercase_site_quotes_the_leader_resolves_the_speaker(run: Run) -> None:
    text = (
        "Russian President Oleg Marin met the governors on Monday. "
        "kremlin.ru quotes the Russian leader as saying: “Every region will get new schools.”"
    )
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.text == "Every region will get new schools."
    assert quote.speaker_text == "the Russian leader" and quote.cue_text == "quotes"
    assert speaker_names(quotes, mentions) == ["Oleg Marin"]


def test_lowercase_site_quotes_the_leader_is_the_relay(run: Run) -> None:
    text = (
        "Russian President Oleg Marin met the governors on Monday. "
        "kremlin.ru quotes the Russian leader as saying: “Every region will get new schools.”"
    )
    _, _, quotes = run(text)
    (quote,) = quotes
    assert quote.relay == "kremlin.ru"


def test_lowercase_site_quotes_the_leader_after_the_quote(run: Run) -> None:
    text = (
        "Russian President Oleg Marin met the governors on Monday.\n\n"
        "“Every region will get new schools,” kremlin.ru quotes the Russian leader."
    )
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert speaker_names(quotes, mentions) == ["Oleg Marin"]
    assert quote.relay == "kremlin.ru"


@pytest.mark.parametrize(
    "attributed",
    [
        "The website kremlin.ru quotes the Russian leader as saying: “Every region will get new schools.”",
        "“Every region will get new schools,” the website kremlin.ru quotes the Russian leader.",
    ],
)
def test_the_website_before_a_site_name_is_not_part_of_the_relay(run: Run, attributed: str) -> None:
    text = "Russian President Oleg Marin met the governors on Monday.\n\n" + attributed
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.relay == "kremlin.ru"
    assert speaker_names(quotes, mentions) == ["Oleg Marin"]


# (c) Cyrillic guillemets with a Russian attribution after the quote.


def test_guillemets_with_comma_space_dash_said(run: Run) -> None:
    text = "Мэр Томас Берг выступил в понедельник.\n\n«Мост откроют уже в июне», — сказал Берг."
    _, _, quotes = run(text)
    (quote,) = quotes
    assert quote.text == "Мост откроют уже в июне"
    assert quote.speaker_text == "Берг" and quote.cue_text == "сказал"


def test_guillemets_with_comma_dash_said(run: Run) -> None:
    text = "Мэр Томас Берг выступил в понедельник.\n\n«Мост откроют уже в июне»,— сказал Берг."
    _, _, quotes = run(text)
    (quote,) = quotes
    assert quote.kind == "direct"
    assert quote.text == "Мост откроют уже в июне"
    assert quote.speaker_text == "Берг" and quote.cue_text == "сказал"
    assert quote.speaker_mention is not None


# (d) Interview transcripts: speaker labels and question/answer paragraphs.

LABELLED = (
    "Minister Rasa Jurgaitė spoke to our reporter about the coastal plan.\n\n"
    "Reporter: Why did the plan take so long?\n\n"
    "Jurgaitė: The towns needed time to agree on the budget. "
    "The mayors said that the old plan was too expensive.\n\n"
    "Reporter: Will the fishermen get help?\n\n"
    "Jurgaitė: Yes. Every boat owner will get support from the fund."
)


def test_labelled_transcript_answers_go_to_the_interviewee(run: Run) -> None:
    _, mentions, quotes = run(LABELLED)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == [
        "The towns needed time to agree on the budget. The mayors said that the old plan was too expensive.",
        "Yes. Every boat owner will get support from the fund.",
    ]
    assert [q.speaker_text for q in direct] == ["Jurgaitė", "Jurgaitė"]
    assert speaker_names(direct, mentions) == ["Rasa Jurgaitė", "Rasa Jurgaitė"]
    assert not any("Why did the plan" in q.text or "fishermen" in q.text for q in quotes)


def test_reported_speech_inside_a_labelled_answer_is_still_extracted(run: Run) -> None:
    _, _, quotes = run(LABELLED)
    inner = _one(quotes, "indirect")
    assert inner.text == "the old plan was too expensive"
    assert inner.speaker_text == "The mayors" and inner.cue_text == "said"


QA = (
    "Harbour plans\n\n"
    "Our conversation with the director of the port, Marta Kowalczyk.\n\n"
    "How many ships came this year?\n\n"
    "More than last year. The harbour pilots told me that the new pier saved them hours.\n\n"
    "Watch the full conversation on our site."
)


def test_question_answer_paragraphs_go_to_the_interviewee(run: Run) -> None:
    _, mentions, quotes = run(QA)
    answer = _one(quotes, "direct")
    assert (
        answer.text == "More than last year. The harbour pilots told me that the new pier saved them hours."
    )
    assert speaker_names([answer], mentions) == ["Marta Kowalczyk"]


def test_reported_speech_inside_a_question_answer_paragraph_is_still_extracted(run: Run) -> None:
    _, _, quotes = run(QA)
    inner = _one(quotes, "indirect")
    assert inner.text == "the new pier saved them hours"
    assert inner.speaker_text == "The harbour pilots"


# (e) "called X far-fetched": the label is the content.


def test_called_something_far_fetched_is_the_content(run: Run) -> None:
    text = "Mayor Tomas Berg spoke on Monday. Berg called the merger plan far-fetched."
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.kind == "indirect"
    assert quote.cue_text == "called"
    assert quote.text.rstrip(".") == "the merger plan far-fetched"
    assert speaker_names(quotes, mentions) == ["Tomas Berg"]


def test_called_a_longer_object_far_fetched_is_the_content(run: Run) -> None:
    text = "Mayor Tomas Berg called the idea of a merger of the two towns far-fetched."
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.text.rstrip(".") == "the idea of a merger of the two towns far-fetched"
    assert speaker_names(quotes, mentions) == ["Tomas Berg"]


# (f) An undated quote takes the date of the same speaker's dated quote just before it.

CARRIED = (
    "On March 12, Mayor Tomas Berg said that the bridge would reopen in June. "
    "“We have the money and the builders,” Berg told reporters."
)


def test_undated_quote_takes_the_date_of_the_speakers_previous_quote(run: Run) -> None:
    document, _, _ = run(CARRIED)
    _, mentions, quotes = run(CARRIED, timexes=[_timex(document.id, CARRIED, "March 12", "2021-03-12")])
    assert [q.kind for q in quotes] == ["indirect", "direct"]
    assert speaker_names(quotes, mentions) == ["Tomas Berg", "Tomas Berg"]
    assert [q.said_on.value if q.said_on else None for q in quotes] == ["2021-03-12", "2021-03-12"]
    assert [q.said_on_from for q in quotes] == ["text", "text"]


def test_another_speakers_undated_quote_keeps_the_publication_date(run: Run) -> None:
    text = (
        "On March 12, Mayor Tomas Berg said that the bridge would reopen in June. "
        "Governor Elena Varga visited the site as well. "
        "“We will watch the costs closely,” Varga told reporters."
    )
    document, _, _ = run(text)
    _, mentions, quotes = run(text, timexes=[_timex(document.id, text, "March 12", "2021-03-12")])
    assert speaker_names(quotes, mentions) == ["Tomas Berg", "Elena Varga"]
    assert quotes[0].said_on_from == "text"
    assert quotes[1].said_on_from == "published"
    assert quotes[1].said_on is not None and quotes[1].said_on.value == "2021-03-30"


def test_a_dated_quote_far_before_does_not_lend_its_date(run: Run) -> None:
    filler = "The council then discussed the harbour budget, the ferry timetable and the new school. " * 4
    text = (
        "On March 12, Mayor Tomas Berg said that the bridge would reopen in June. "
        + filler
        + "“We have the money and the builders,” Berg told reporters."
    )
    document, _, _ = run(text)
    _, mentions, quotes = run(text, timexes=[_timex(document.id, text, "March 12", "2021-03-12")])
    last = quotes[-1]
    assert speaker_names([last], mentions) == ["Tomas Berg"]
    assert last.said_on_from == "published"
