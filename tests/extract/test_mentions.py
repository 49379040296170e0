"""Name mentions: spaCy NER plus the fixes for its known errors on news text, on texts we wrote."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.extract.mentions import extract_mentions
from storyline.model import Document, Mention, OffsetMap, make_id
from storyline.names.context import cut_shares
from storyline.names.ner_fixes import drop_furniture, relabel_places, relabel_surnames, split_titled_persons
from storyline.names.spans import NameSpan, trim
from tests.conftest import seed_text


def document(text: str) -> Document:
    return Document(
        id=make_id("doc", text),
        source="test",
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
    )


def mentions(nlp: Language, text: str) -> tuple[Mention, ...]:
    return extract_mentions(document(text), nlp(text))


def labelled(found: tuple[Mention, ...]) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in found}


def test_mentions_carry_ids_offsets_and_sentences(nlp: Language) -> None:
    text = "The talks went well.\n\nAliaksandr Lukashenko met reporters in Minsk on Monday."
    found = mentions(nlp, text)
    doc = document(text)
    person = next(m for m in found if m.label == "PERSON")
    assert person.text == "Aliaksandr Lukashenko" == text[person.start : person.end]
    assert person.id == make_id("mention", doc.id, person.start, person.end)
    assert person.sentence == 1 and person.kind == "name"
    assert all(m.label not in {"DATE", "CARDINAL"} for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The figures were confirmed, the BelTa news agency reported on Tuesday.", ("BelTa", "ORG")),
        ("Moscow is ready for talks, writes “Gazeta.ru”.", ("Gazeta.ru", "ORG")),
        (
            "He gave an interview to the weekly “Arguments and Facts”adding nothing new.",
            ("Arguments and Facts", "ORG"),
        ),
        ("The minister spoke in a conversation with tv3.lt last week.", ("tv3.lt", "ORG")),
        ("The claim was repeated by RIA Novosti and RBC later.", ("RIA Novosti", "ORG")),
    ],
)
def test_outlets_and_agencies_are_organisations(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in labelled(mentions(nlp, text))


def test_title_is_split_off_a_glued_name() -> None:
    text = "Then the Union State Grigory Rapota arrived."
    start = text.index("the Union")
    spans = split_titled_persons([NameSpan(start, text.index(" arrived"), "PERSON")], text)
    assert [(s.text(text), s.label) for s in spans] == [
        ("the Union State", "ORG"),
        ("Grigory Rapota", "PERSON"),
    ]


def test_role_prefix_is_dropped_not_kept() -> None:
    text = "State Secretary of the Union State Dmitry Mezentsev said so."
    spans = split_titled_persons([NameSpan(0, text.index(" said"), "PERSON")], text)
    assert [s.text(text) for s in spans] == ["Dmitry Mezentsev"]


def test_share_buttons_and_numerals_are_dropped() -> None:
    text = "ІІ example.by TWITTERHeadline about talks. TWITTER"
    glued = text.index("TWITTERH")
    spans = [
        NameSpan(0, 2, "ORG"),
        NameSpan(glued, glued + 15, "ORG"),
        NameSpan(len(text) - 7, len(text), "ORG"),
    ]
    assert drop_furniture(spans, text) == []


def test_surname_tagged_as_place_becomes_person_by_context() -> None:
    text = "Svetlana Tikhanovskaya spoke. Later Tihanovskaya met the minister. Then Kolesnikova stressed it."
    spans = [
        NameSpan(0, 22, "PERSON"),
        NameSpan(text.index("Tihan"), text.index(" met"), "ORG"),
        NameSpan(text.index("Kolesn"), text.index(" stressed"), "GPE"),
    ]
    assert [s.label for s in relabel_surnames(spans, text)] == ["PERSON", "PERSON", "PERSON"]


def test_places_stay_places_before_speech_verbs() -> None:
    text = "Lithuania said it would help. Moscow said no."
    spans = [NameSpan(0, 9, "GPE"), NameSpan(text.index("Moscow"), text.index(" said no"), "GPE")]
    assert [s.label for s in relabel_surnames(spans, text)] == ["GPE", "GPE"]


def test_a_one_word_person_before_a_places_office_and_a_name_is_the_place() -> None:
    text = "said Hoboken Mayor David Roberts, and Obama spokesman Robert Gibbs, and Perry Mayor."
    spans = [
        NameSpan(5, 12, "PERSON"),
        NameSpan(text.index("David"), text.index(", and O"), "PERSON"),
        NameSpan(text.index("Obama"), text.index(" spokesman"), "PERSON"),
        NameSpan(text.index("Robert"), text.index(", and P"), "PERSON"),
        NameSpan(text.index("Perry"), text.index(" Mayor."), "PERSON"),
    ]
    assert [s.label for s in relabel_places(spans, text)] == ["GPE", "PERSON", "PERSON", "PERSON", "PERSON"]


def test_given_name_runs_and_split_names_become_one_person(nlp: Language) -> None:
    found = labelled(
        mentions(nlp, "Reporters waited for Belarus opposition figure Svetlana Tikhanovskaya outside.")
    )
    assert ("Svetlana Tikhanovskaya", "PERSON") in found


def test_cyrillic_names_are_mentions(nlp: Language) -> None:
    found = labelled(mentions(nlp, "The post was signed Александр Лукашенко and quoted by Лукашэнка fans."))
    assert ("Александр Лукашенко", "PERSON") in found
    assert ("Лукашэнка", "PERSON") in found


def test_defined_abbreviation_is_an_organisation_mention(nlp: Language) -> None:
    found = labelled(
        mentions(nlp, "A probe was launched on Friday by the Investigative Committee (IC) in Minsk.")
    )
    assert {("Investigative Committee", "ORG"), ("IC", "ORG")} <= found


def test_possessives_and_articles_are_trimmed(nlp: Language) -> None:
    found = labelled(mentions(nlp, "Crowds called for Lukashenka's departure while the Kremlin kept quiet."))
    assert ("Lukashenka", "PERSON") in found
    assert ("Kremlin", "ORG") in found


@pytest.mark.seeds
def test_seed_names_come_out_right(nlp: Language) -> None:
    expectations = {
        "000": {
            ("Arguments and Facts", "ORG"),
            ("Gazeta.ru", "ORG"),
            ("IC", "ORG"),
            ("Dmitry Peskov", "PERSON"),
        },
        "001": {("BelTa", "ORG"), ("Dmitry Mezentsev", "PERSON"), ("Roman Golovchenko", "PERSON")},
        "002": {
            ("Grigory Rapota", "PERSON"),
            ("Alyaksandr Lukashenka", "PERSON"),
            ("Uladzimir Makey", "PERSON"),
        },
        "003": {("Aliaksandr Lukashenko", "PERSON"), ("tv3.lt", "ORG"), ("D. Peskov", "PERSON")},
        "004": {
            ("Tikhanovskaya", "PERSON"),
            ("Tihanovskaya", "PERSON"),
            ("RBC", "ORG"),
            ("RIA Novosti", "ORG"),
        },
    }
    for seed, expected in expectations.items():
        found = mentions(nlp, seed_text(seed))
        assert expected <= labelled(found), (seed, expected - labelled(found))
        assert not {m.text for m in found} & {"TWITTER", "ІІ", "State"}
        assert all(m.label != "PERSON" or not m.text.startswith(("the ", "Union")) for m in found)


def test_cyrillic_quote_verbs_are_no_names_and_surnames_are(nlp: Language) -> None:
    text = "Vladimir Putin spoke. «Думаю, Путин согласился, и мы согласимся», — сказал Лукашенко."
    found = labelled(mentions(nlp, text))
    assert ("Путин", "PERSON") in found and ("Лукашенко", "PERSON") in found
    assert not any(surface.startswith(("Думаю", "Путин согласился")) for surface, _ in found)


def test_a_name_after_an_organisation_noun_is_that_organisation(nlp: Language) -> None:
    text = "The president spoke in an interview with the television channel Zvezda on Sunday."
    assert not any(label == "PERSON" for _, label in labelled(mentions(nlp, text)))


def test_a_one_word_name_set_off_after_a_role_is_a_person(nlp: Language) -> None:
    text = "Their defence minister, Khrenin, still insists on joint drills near the border."
    assert ("Khrenin", "PERSON") in labelled(mentions(nlp, text))


def test_a_bare_surname_of_a_named_person_is_a_mention(nlp: Language) -> None:
    text = "Talks were led by Dmitry Mezentsev. The council then confirmed Mezentsev in his new post."
    found = [m for m in mentions(nlp, text) if m.text == "Mezentsev"]
    assert len(found) == 1 and found[0].label == "PERSON"


def test_a_transcript_speaker_label_is_no_mention(nlp: Language) -> None:
    text = "Our guest is Irena Vaitkute.\n\nVaitkute: It is a signal, nothing more."
    assert [m.text for m in mentions(nlp, text) if "Vaitkute" in m.text] == ["Irena Vaitkute"]


def test_a_vote_share_is_cut_off_a_name(nlp: Language) -> None:
    text = "Sviatlana Tsikhanouskaya disputes the count, which gave Tsikhanouskaya 9.9 per cent of the vote."
    assert not any("per cent" in m.text for m in mentions(nlp, text))
    glued = "The count gave Lukashenko 80.1 per cent and her 10.1 per cent."
    (span,) = cut_shares([NameSpan(15, 39, "ORG")], glued)
    assert span.text(glued) == "Lukashenko" and span.rule == "ner"


@pytest.mark.parametrize(
    ("span_text", "name"),
    [
        ("Probably Hayward", "Hayward"),
        ("Meanwhile Obama", "Obama"),
        ("Will the National Transitional Council", "National Transitional Council"),
        ("Will Smith", "Will Smith"),
        ("Said Ali Zeidan", "Said Ali Zeidan"),
    ],
)
def test_a_name_does_not_start_with_a_sentence_adverb(span_text: str, name: str) -> None:
    trimmed = trim(NameSpan(0, len(span_text), "PERSON"), span_text)
    assert trimmed is not None and trimmed.text(span_text) == name
