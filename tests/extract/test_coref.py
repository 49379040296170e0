"""In-document coreference: short names, roles and pronouns linked to the full name."""

from __future__ import annotations

from spacy.language import Language

from storyline.extract.coref import resolve_references
from storyline.model import Document, Mention, OffsetMap, make_id


def resolve(nlp: Language, text: str) -> tuple[Mention, ...]:
    document = Document(
        id=make_id("doc", text),
        source="test",
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
    )
    doc = nlp(text)
    names = tuple(
        Mention(
            id=make_id("mention", document.id, e.start_char, e.end_char),
            document=document.id,
            start=e.start_char,
            end=e.end_char,
            text=e.text,
            label=e.label_,
        )
        for e in doc.ents
    )
    return resolve_references(document, doc, names)


def target(mentions: tuple[Mention, ...], text: str, kind: str | None = None) -> str | None:
    by_id = {m.id: m for m in mentions}
    mention = next(m for m in mentions if m.text == text and (kind is None or m.kind == kind))
    return by_id[mention.refers_to].text if mention.refers_to else None


def test_surname_initial_and_title_forms_link_to_the_full_name(nlp: Language) -> None:
    text = "Mayor Tomas Berg opened the bridge. Berg spoke first. Later T. Berg left, and Mr. Berg waved."
    mentions = resolve(nlp, text)
    linked = [m for m in mentions if m.kind == "name" and m.refers_to]
    assert linked and all(target(mentions, m.text) == "Tomas Berg" for m in linked)


def test_given_mentions_are_kept(nlp: Language) -> None:
    text = "Mayor Tomas Berg opened the bridge in Oslo."
    mentions = resolve(nlp, text)
    assert {m.text for m in mentions if m.kind == "name"} >= {"Tomas Berg", "Oslo"}


def test_role_in_apposition(nlp: Language) -> None:
    text = "The new pier was opened by the harbour director, Marta Kowalczyk, on Friday."
    mentions = resolve(nlp, text)
    assert target(mentions, "the harbour director", "role") == "Marta Kowalczyk"


def test_role_matches_description_and_nationality(nlp: Language) -> None:
    text = (
        "Polish Prime Minister Jan Nowak met German Prime Minister Karl Weber in Berlin. "
        "Later the Polish prime minister left for Warsaw."
    )
    mentions = resolve(nlp, text)
    assert target(mentions, "the Polish prime minister", "role") == "Jan Nowak"


def test_spokesman_role_to_the_press_secretary(nlp: Language) -> None:
    text = (
        "The city's press secretary Karl Nyberg spoke on Tuesday. Mayor Tomas Berg was absent. "
        "The talks go on, a spokesman for the mayor said."
    )
    mentions = resolve(nlp, text)
    assert target(mentions, "a spokesman for the mayor", "role") == "Karl Nyberg"


def test_pronouns_agree_in_gender(nlp: Language) -> None:
    text = "Svetlana Orlova met Ivan Petrov in Riga. She said the meeting was useful. He did not comment."
    mentions = resolve(nlp, text)
    assert target(mentions, "She", "pronoun") == "Svetlana Orlova"
    assert target(mentions, "He", "pronoun") == "Ivan Petrov"


def test_pronoun_prefers_the_previous_subject(nlp: Language) -> None:
    text = "Mayor Tomas Berg met the builder Ivan Petrov on Monday. He promised a new bridge."
    mentions = resolve(nlp, text)
    assert target(mentions, "He", "pronoun") == "Tomas Berg"


def test_pronoun_outside_a_quote_skips_names_inside_it(nlp: Language) -> None:
    text = (
        "Mayor Tomas Berg spoke.\n\n"
        "“We thank Ivan Petrov for the help,” the press office quoted him as saying."
    )
    mentions = resolve(nlp, text)
    assert target(mentions, "him", "pronoun") == "Tomas Berg"


def test_unresolved_pronoun_has_no_target(nlp: Language) -> None:
    mentions = resolve(nlp, "He said the weather was bad.")
    assert target(mentions, "He", "pronoun") is None


def test_the_main_clause_subject_is_the_topic_of_the_next_sentence(nlp: Language) -> None:
    text = (
        "Erik Vang conceded that Tomas Berg had worked hard for the harbour. "
        "He demanded that the old board resign."
    )
    assert target(resolve(nlp, text), "He") == "Erik Vang"


def test_an_unnamed_spokesman_keeps_the_pronoun_from_a_farther_name(nlp: Language) -> None:
    text = (
        "Erik Vang spoke at the pier on Monday. A ministry spokesman denied that the fees had doubled. "
        "He said the ferry would run."
    )
    assert target(resolve(nlp, text), "He") is None


def test_a_sentence_opening_with_a_quote_offers_its_speaker(nlp: Language) -> None:
    text = (
        "Erik Vang founded the ferry company. "
        '"We are a small town with a big harbour," said Mayor Tomas Berg, who took office in May. '
        '"That is not a small thing," he said.'
    )
    pronoun = next(m for m in resolve(nlp, text) if m.text == "he")
    assert pronoun.refers_to is not None
    assert target(resolve(nlp, text), "he") in ("Tomas Berg", "Mayor Tomas Berg")
