"""Reported speech whose source is no plain subject: after a quote, participles, passives, raising."""

from __future__ import annotations

from quote_helpers import Run, make_document, name_mentions
from spacy.language import Language

from storyline.extract.quotes import extract_quotes
from storyline.model import Quote


def _rows(quotes: tuple[Quote, ...]) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker_text, q.cue_text, q.text) for q in quotes if q.kind == "indirect"]


def _with_attitudes(nlp: Language, text: str) -> tuple[Quote, ...]:
    document, doc = make_document(text), nlp(text)
    return extract_quotes(document, doc, name_mentions(document, doc), (), attitudes=True)


def test_adding_that_after_a_direct_quote(run: Run) -> None:
    _, _, quotes = run(
        "“The bridge is safe,” Mayor Tomas Berg said, adding that repairs would start in June."
    )
    assert _rows(quotes) == [("Mayor Tomas Berg", "adding", "repairs would start in June")]


def test_subject_of_a_participle_after_a_preposition(run: Run) -> None:
    _, _, quotes = run("After saying that the budget was balanced, Ivan Sorel left the hall.")
    assert _rows(quotes) == [("Ivan Sorel", "saying", "the budget was balanced")]


def test_noun_qualified_by_a_reporting_participle_is_the_source(run: Run) -> None:
    _, _, quotes = run("Residents saying the water was unsafe gathered outside the town hall.")
    assert _rows(quotes) == [("Residents", "saying", "the water was unsafe")]


def test_passive_with_its_agent(run: Run) -> None:
    _, _, quotes = run("It was reported by the harbour office that the ferry would resume in May.")
    assert _rows(quotes) == [("the harbour office", "was reported", "the ferry would resume in May")]


def test_passive_and_raising_without_a_source_only_with_attitudes(run: Run, nlp: Language) -> None:
    text = (
        "It was revealed in March that the council had sold the land. "
        "The mayor seemed unconvinced by the plan."
    )
    assert run(text)[2] == ()
    assert _rows(_with_attitudes(nlp, text)) == [
        (None, "was revealed", "the council had sold the land"),
        (None, "seemed", "The mayor seemed unconvinced by the plan"),
    ]


def test_claim_noun_with_its_possessor(run: Run) -> None:
    _, _, quotes = run("Police dismissed the mayor's claim that the bridge was unsafe.")
    assert _rows(quotes) == [("the mayor", "claim", "the bridge was unsafe")]


def test_that_clause_after_a_long_adverbial(run: Run) -> None:
    _, _, quotes = run(
        "Mayor Tomas Berg said during the long meeting on Friday evening that the bridge would reopen."
    )
    assert _rows(quotes) == [("Mayor Tomas Berg", "said", "the bridge would reopen")]


def test_stance_noun_only_with_attitudes(run: Run, nlp: Language) -> None:
    text = "The council faced criticism of its budget plan."
    assert run(text)[2] == ()
    assert _rows(_with_attitudes(nlp, text)) == [(None, "criticism", "its budget plan")]


def test_questions_are_put_by_the_asker(run: Run, nlp: Language) -> None:
    _, _, quotes = run("A reporter asked the mayor if the bridge would reopen.")
    assert _rows(quotes) == [("A reporter", "asked", "if the bridge would reopen")]
    text = "Asked whether the bridge was safe, the mayor said yes."
    assert run(text)[2] == ()  # the mayor was asked; he did not ask
    assert _rows(_with_attitudes(nlp, text)) == [(None, "Asked", "whether the bridge was safe")]
