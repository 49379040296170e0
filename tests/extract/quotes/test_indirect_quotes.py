"""Indirect speech: reported content span, speaker, partial quotes kept as fragments, relays."""

from __future__ import annotations

from quote_helpers import Run, make_document, name_mentions, speaker_names
from spacy.language import Language

from storyline.extract.quotes import extract_quotes


def test_said_that(run: Run) -> None:
    text = "Mayor Tomas Berg said that the bridge would reopen in June."
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.kind == "indirect"
    assert quote.text == "the bridge would reopen in June"
    assert quote.cue_text == "said"
    assert speaker_names(quotes, mentions) == ["Tomas Berg"]


def test_stressed_noted_recalled_with_pronoun(run: Run) -> None:
    text = (
        "Mayor Tomas Berg spoke after the vote. He stressed that the budget was balanced. "
        "He also recalled that the city had no debt in 2019."
    )
    _, mentions, quotes = run(text)
    assert [q.cue_text for q in quotes] == ["stressed", "recalled"]
    assert speaker_names(quotes, mentions) == ["Tomas Berg", "Tomas Berg"]


def test_according_to(run: Run) -> None:
    text = "Governor Elena Varga visited the dam. According to her, the repairs will take a year."
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.text == "the repairs will take a year."
    assert speaker_names(quotes, mentions) == ["Elena Varga"]


def test_expressed_confidence_with_partial_quote_fragment(run: Run) -> None:
    text = "Ivan Sorel expressed confidence that the “right answers” would be found by the council."
    document, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.text.startswith("the “right answers”")
    assert [document.text[a:b] for a, b in quote.fragments] == ["right answers"]
    assert speaker_names(quotes, mentions) == ["Ivan Sorel"]


def test_label_with_scare_quote_is_a_fragment_not_a_statement(run: Run) -> None:
    text = "Elena Varga called the new port ‘the heart of the region’ during her visit."
    document, _, quotes = run(text)
    (quote,) = quotes
    assert quote.kind == "indirect"
    assert [document.text[a:b] for a, b in quote.fragments] == ["the heart of the region"]


def test_anaphoric_this_was_announced_by(run: Run) -> None:
    text = (
        "The new ferry line will open in May. "
        "This was announced on Monday by the harbour director Marta Kowalczyk."
    )
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.text == "The new ferry line will open in May."
    assert speaker_names(quotes, mentions) == ["Marta Kowalczyk"]


def test_relay_named_at_the_end_of_reported_speech(run: Run) -> None:
    text = "Ivan Sorel also said that the tax would stay at ten percent, writes “Nordpress”."
    _, _, quotes = run(text)
    (quote,) = quotes
    assert quote.relay == "Nordpress"
    assert quote.text == "the tax would stay at ten percent"


def test_in_her_opinion_with_partial_quotes(run: Run) -> None:
    text = 'Elena Varga spoke at length. In her opinion, the plan "will work for everyone" in the end.'
    document, mentions, quotes = run(text)
    (quote,) = quotes
    assert [document.text[a:b] for a, b in quote.fragments] == ["will work for everyone"]
    assert speaker_names(quotes, mentions) == ["Elena Varga"]


def test_reported_speech_inside_a_direct_quote_is_not_extracted(run: Run) -> None:
    text = "“The port is safe, and this was confirmed by the inspectors,” Ivan Sorel said."
    _, _, quotes = run(text)
    assert [q.kind for q in quotes] == ["direct"]


def test_reporting_verb_frames_beyond_that_clauses(run: Run) -> None:
    _, _, quotes = run(
        "Mayor Erik Vang vowed to rebuild the pier. Ingrid Solberg called for a new ferry line to Tromvik. "
        "The council announced plans for a second bridge."
    )
    assert [(q.speaker_text, q.cue_text, q.text) for q in quotes] == [
        ("Mayor Erik Vang", "vowed", "to rebuild the pier"),
        ("Ingrid Solberg", "called for", "a new ferry line to Tromvik"),
        ("The council", "announced", "plans for a second bridge"),
    ]


def test_attitudes_only_when_asked(run: Run, nlp: Language) -> None:
    text = "Mayor Erik Vang endorsed Ingrid Solberg in June. Most fishermen want to keep the old harbour."
    assert run(text)[2] == ()
    document = make_document(text)
    doc = nlp(text)
    quotes = extract_quotes(document, doc, name_mentions(document, doc), (), attitudes=True)
    assert [(q.speaker_text, q.cue_text, q.text) for q in quotes] == [
        ("Mayor Erik Vang", "endorsed", "Ingrid Solberg"),
        ("Most fishermen", "want", "to keep the old harbour"),
    ]


def test_the_head_of_reported_content_is_not_a_statement_of_its_own(run: Run) -> None:
    _, _, quotes = run("Erik Vang said he believes the bridge will open in May.")
    assert [(q.speaker_text, q.text) for q in quotes] == [
        ("Erik Vang", "he believes the bridge will open in May")
    ]


def test_it_and_who_can_be_sources(run: Run) -> None:
    _, _, quotes = run(
        "The ministry said in March that the port would close. It said the ferries would stop."
    )
    assert [q.speaker_text for q in quotes] == ["The ministry", "It"]
