"""Forms added in the third round: frames learned on PolNeAR train (attribution mode only)."""

from __future__ import annotations

from quote_helpers import Run, make_document, name_mentions
from spacy.language import Language

from storyline.extract.quotes import extract_quotes
from storyline.model import Quote


def _rows(quotes: tuple[Quote, ...]) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker_text, q.cue_text, q.text) for q in quotes]


def _with_attitudes(nlp: Language, text: str) -> tuple[Quote, ...]:
    document, doc = make_document(text), nlp(text)
    return extract_quotes(document, doc, name_mentions(document, doc), (), attitudes=True)


def test_trained_frame_only_in_attribution_mode(run: Run, nlp: Language) -> None:
    text = "Senator Ingrid Holm disavowed the advertisement on Tuesday."
    assert run(text)[2] == ()
    assert _rows(_with_attitudes(nlp, text)) == [("Senator Ingrid Holm", "disavowed", "the advertisement")]


def test_quote_signed_with_a_dash_and_a_name(run: Run) -> None:
    text = (
        "Readers wrote to us after the debate.\n\n"
        "“The candidates ignored the harbour and everyone who works there.” ― Carla Sanchez\n\n"
        "“Nobody talked about the ferry that we need every day.”— Oscar P. Quintero."
    )
    quotes = run(text)[2]
    assert [(q.kind, *row) for q, row in zip(quotes, _rows(quotes), strict=True)] == [
        ("direct", "Carla Sanchez", "―", "The candidates ignored the harbour and everyone who works there."),
        ("direct", "Oscar P. Quintero", "—", "Nobody talked about the ferry that we need every day."),
    ]


def test_quoted_transcript_with_labels_in_capitals(run: Run) -> None:
    text = (
        "Partial transcript as follows:\n\n"
        '"HOLM: Will the ferry run in winter? The harbour needs an answer.\n\n'
        '"BERG: It will run every day. We have ordered a second boat.\n\n'
        'The crews start training in May."'
    )
    assert _rows(run(text)[2]) == [
        ("HOLM", ":", "Will the ferry run in winter? The harbour needs an answer."),
        (
            "BERG",
            ":",
            "It will run every day. We have ordered a second boat.\n\nThe crews start training in May.",
        ),
    ]


def test_signature_after_a_no_break_space(run: Run) -> None:
    text = "“We were not asked once about the harbour or the ferry.” ―\u00a0Julie A. Diaz Martinez."
    assert _rows(run(text)[2]) == [
        ("Julie A. Diaz Martinez", "―", "We were not asked once about the harbour or the ferry.")
    ]


def test_one_attribution_per_word_in_attribution_mode(run: Run, nlp: Language) -> None:
    text = "Councillor Berg said the mayor plans to close the harbour in May."
    assert ("the mayor", "plans", "to close the harbour in May") not in _rows(_with_attitudes(nlp, text))
    assert ("Councillor Berg", "said", "the mayor plans to close the harbour in May") in _rows(
        _with_attitudes(nlp, text)
    )


def test_stance_adjective_after_a_copula(run: Run, nlp: Language) -> None:
    text = "The harbour workers have been critical of the new ferry contract."
    assert run(text)[2] == ()
    assert _rows(_with_attitudes(nlp, text)) == [
        ("The harbour workers", "have been critical of", "the new ferry contract")
    ]


def test_relay_verb_with_as_saying_credits_its_object(run: Run) -> None:
    quotes = run("Radio Nordland later cited unnamed harbour officials as saying that the ferry had sunk.")[2]
    assert [(q.speaker_text, q.cue_text, q.relay, q.text) for q in quotes] == [
        ("unnamed harbour officials", "saying", "Radio Nordland", "the ferry had sunk")
    ]


def test_call_for_needs_the_preposition_after_the_verb(run: Run) -> None:
    assert run("Residents can call 0800 151 351 for recorded information about the ferry.")[2] == ()
    assert run("Residents can call 08001513513 for recorded information about the ferry.")[2] == ()
    assert _rows(run("The council called for a ban on cars in the harbour.")[2]) == [
        ("The council", "called for", "a ban on cars in the harbour")
    ]


def test_noun_subject_of_a_verb_before_a_colon(run: Run) -> None:
    quotes = run(
        'On the club website, one fan ponders: "Surely the council will not close the harbour now."'
    )[2]
    assert _rows(quotes) == [("one fan", "ponders", "Surely the council will not close the harbour now.")]


def test_a_clause_before_a_colon_is_no_label(run: Run) -> None:
    quotes = run('The reason is simple: "We have no money left for the ferry at all."')[2]
    assert [q.speaker_text for q in quotes] == [None]


def test_according_to_and_a_poll_opening_in_attribution_mode(run: Run, nlp: Language) -> None:
    text = "According to lawyers for the family, police have said the ferry was late."
    assert _rows(run(text)[2]) == [("police", "said", "the ferry was late")]
    assert _rows(_with_attitudes(nlp, text)) == [
        ("lawyers for the family", "According to", "police have said the ferry was late.")
    ]
    assert _rows(_with_attitudes(nlp, "In the latest poll, Holm led Berg by five points among voters.")) == [
        ("the latest poll", "In", "Holm led Berg by five points among voters.")
    ]
