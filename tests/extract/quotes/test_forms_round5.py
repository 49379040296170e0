"""Forms of the fifth round: statements by their makers, quotes left open before their attribution,
speakerless quotes going on after any attribution, and `in <poll>` sources inside a clause."""

from __future__ import annotations

from quote_helpers import Run
from spacy.language import Language

from storyline.extract.quotes.headlines import headline_drafts
from storyline.model import Quote


def _rows(quotes: tuple[Quote, ...]) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker_text, q.cue_text, q.text) for q in quotes]


def test_a_statement_saying_is_said_by_who_released_it(run: Run) -> None:
    text = "The harbour board released a statement saying the ferry will run again in May."
    speakers = [(q.speaker_text, q.text) for q in run(text, attitudes=True)[2]]
    assert ("The harbour board", "the ferry will run again in May") in speakers
    assert all(speaker != "a statement" for speaker, _ in speakers)


def test_a_speech_attacking_is_the_speakers_attack(run: Run) -> None:
    text = "Ingrid Holm spoke for an hour in a speech attacking the ferry company."
    rows = [(q.speaker_text, q.text) for q in run(text, attitudes=True)[2]]
    assert ("Ingrid Holm", "the ferry company") in rows


def test_a_group_backing_a_candidate_is_still_the_group(run: Run) -> None:
    text = "A group backing the mayor bought an advertisement."
    assert ("A group", "the mayor") in [(q.speaker_text, q.text) for q in run(text, attitudes=True)[2]]


def test_verb_of_any_lemma_after_a_quote_left_open_is_its_attribution(run: Run) -> None:
    text = "“That would have been a demonstration of good faith,” Holm fumed on Tuesday."
    quotes = run(text)[2]
    assert [(q.kind, q.speaker_text, q.cue_text) for q in quotes] == [("direct", "Holm", "fumed")]


def test_a_closed_sentence_before_a_verb_is_no_attribution(run: Run) -> None:
    text = "“The ferry is late again.” Holm walked to the harbour."
    assert [q.speaker_text for q in run(text)[2]] == [None]


def test_speakerless_quote_goes_on_after_an_indirect_attribution(run: Run) -> None:
    text = (
        "Teachers are “looking to see who will fund the schools,” union leader Ingrid Holm said. "
        "“We will not wait for ever.”"
    )
    direct = [q for q in run(text)[2] if q.kind == "direct"]
    assert [(q.speaker_text, q.text) for q in direct] == [
        ("union leader Ingrid Holm", "We will not wait for ever.")
    ]


def test_a_speakerless_quote_in_a_new_paragraph_takes_no_indirect_speaker(run: Run) -> None:
    text = (
        "Teachers are “looking to see who will fund the schools,” Holm said.\n\n“We will not wait for ever.”"
    )
    direct = [q for q in run(text)[2] if q.kind == "direct"]
    assert [q.speaker_text for q in direct] == [None]


def test_in_a_named_poll_sources_the_clause_but_not_the_generic_polls(run: Run) -> None:
    rows = _rows(run("Holm led by five points in the latest Courier poll.", attitudes=True)[2])
    assert [(speaker, cue) for speaker, cue, _ in rows] == [("the latest Courier poll", "in")]
    assert run("Holm slid in the polls after the debate.", attitudes=True)[2] == ()
    assert run("Holm wore a red coat in his last interview.", attitudes=True)[2] == ()


def test_title_case_headline_is_read_by_its_verb_form(run: Run) -> None:
    text = "Harbour Board Says Ferry Will Run Again In May.\n\nThe board met on Monday."
    rows = _rows(run(text)[2])
    assert ("Harbour Board", "Says", "Ferry Will Run Again In May") in rows


def test_headline_stance_in_attribution_mode(run: Run) -> None:
    text = "Conservative Icon Ingrid Holm Endorses Tom Carlsen.\n\nShe spoke in Tromvik."
    assert ("Conservative Icon Ingrid Holm", "Endorses", "Tom Carlsen") in _rows(run(text, attitudes=True)[2])


def test_headline_passive_and_noun_forms_are_no_reading(nlp: Language) -> None:
    for text in (
        "Harbour Mayor Accused Of Lying About The Ferry.",
        "Ferry Suspect Named By Police Before The Briefing.",
        "Holm’s Support Twice That Of Carlsen In Survey.",
        "The mayor says the ferry will run again in May.",
    ):
        assert headline_drafts(nlp(text), text, attitudes=True) == []


def test_bare_verb_under_a_causative_is_not_its_subjects_statement(run: Run) -> None:
    text = "The mayor wants to make every resident feel that the ferry is safe."
    assert all(q.speaker_text != "every resident" for q in run(text, attitudes=True)[2])
    assert [q.speaker_text for q in run("Let me say that the ferry is safe.", attitudes=True)[2]] == ["me"]


def test_colon_attribution_after_an_apposition_closed_by_a_comma(run: Run) -> None:
    text = "In a statement to the Courier, her adviser, Jake Holm, said: “The ferry will run again in May.”"
    direct = [q for q in run(text)[2] if q.kind == "direct"]
    assert direct and direct[0].speaker_text is not None and "Holm" in direct[0].speaker_text


def test_long_apposition_after_the_quote_is_the_speaker(run: Run) -> None:
    text = (
        "“The ferry will run again,” Holm, the harbour board chairman since the floods of 2019 and a "
        "former captain of the Tromvik line, said on Monday."
    )
    direct = [q for q in run(text)[2] if q.kind == "direct"]
    assert direct and (direct[0].speaker_text or "").startswith("Holm")
    assert direct[0].cue_text == "said"


def test_contracted_has_is_an_active_perfect_not_a_passive(run: Run) -> None:
    text = "The mayor praised the plan, and he’s said that the ferry will run again in May."
    rows = [(q.speaker_text, q.text) for q in run(text, attitudes=True)[2]]
    assert ("he", "the ferry will run again in May") in rows
