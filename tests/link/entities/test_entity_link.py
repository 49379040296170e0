"""Entity linking: the merges it must make, the merges it must never make, order and id stability."""

from __future__ import annotations

import itertools

import pytest
from entity_builders import analysis, entity_with, people

from storyline.link.entities import EntityIndex, link_entities
from storyline.model import Mention, make_id

MUST_MERGE = [
    ["Lukashenko", "Lukashenka", "Alyaksandr Lukashenka", "Aliaksandr Lukashenko", "Alexander Lukashenko"],
    ["Svetlana Tikhanovskaya", "Tihanovskaya", "Sviatlana Tsikhanouskaya"],
    ["Anatoliy Hrytsenko", "Anatoly Grytsenko", "Gritsenko"],
    ["Volodymyr Zelensky", "Zelenskyy", "Vladimir Zelenskiy"],
    ["Linas Linkevičius", "Linkevicius"],
    ["Krzysztof Wiśniewski", "Wisniewski"],
    ["Аляксандр Лукашэнка", "Лукашенко", "Alexander Lukashenko"],
    ["Peskov", "D. Peskov", "Dmitry Peskov", "Mr. Peskov", "press secretary Dmitry Peskov"],
    ["President Lukashenko", "Alexander Lukashenko", "Lukashenka's"],
    ["Putin’s", "Vladimir Putin"],
]


@pytest.mark.parametrize("variants", MUST_MERGE)
def test_variants_in_one_document_are_one_entity(variants: list[str]) -> None:
    persons = [e for e in link_entities([people(*variants)], []) if e.type == "PERSON"]
    assert len(persons) == 1, [e.aliases for e in persons]


@pytest.mark.parametrize("variants", MUST_MERGE)
def test_variants_across_documents_are_one_entity(variants: list[str]) -> None:
    full = max(variants, key=len)
    docs = [people(full)] + [people(v) for v in variants if v != full]
    persons = [e for e in link_entities(docs, []) if e.type == "PERSON"]
    assert len(persons) == 1, [e.aliases for e in persons]


def test_aliases_are_surface_forms_without_titles_or_possessives() -> None:
    entity = link_entities([people("President Lukashenko", "Alexander Lukashenko", "Lukashenka's")], [])[0]
    assert entity.aliases == ("Alexander Lukashenko", "Lukashenka", "Lukashenko")
    assert entity.name == "Alexander Lukashenko"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dmitry Peskov", "Dmitry Mezentsev"),
        ("Uladzimir Makey", "Uladzimir Syamashka"),
        ("Syarhei Rumas", "Roman Golovchenko"),
        ("Grigory Rapota", "Dmitry Mezentsev"),
        ("Dmitry Peskov", "Elizaveta Peskova"),
        ("Sergei Tikhanovsky", "Svetlana Tikhanovskaya"),
        ("Alexei Pushkov", "Dmitry Peskov"),
        ("Viktor Babariko", "Eduard Babariko"),
    ],
)
def test_different_people_stay_apart(a: str, b: str) -> None:
    for docs in ([people(a, b)], [people(a), people(b)]):
        persons = [e for e in link_entities(docs, []) if e.type == "PERSON"]
        assert len(persons) == 2, [e.aliases for e in persons]


def test_surname_joins_only_a_unique_full_name() -> None:
    viktor, eduard, bare = people("Viktor Babariko"), people("Eduard Babariko"), people("Babariko")
    entities = link_entities([viktor, eduard, bare], [])
    assert len([e for e in entities if e.type == "PERSON"]) == 3  # the bare surname is ambiguous
    entities = link_entities([viktor, bare], [])
    assert len(entities) == 1


def test_surname_prefers_the_full_name_in_its_own_document() -> None:
    entities = link_entities([people("Viktor Babariko", "Babariko"), people("Eduard Babariko")], [])
    viktor = entity_with(entities, "Viktor Babariko")
    assert "Babariko" in viktor.aliases


def test_surname_in_a_document_naming_two_is_the_one_named_far_more_often() -> None:
    main = ["Hosni Mubarak"] * 3 + ["Gamal Mubarak", "Mubarak"]
    entities = link_entities([people(*main), people("Hosni Mubarak")], [])
    assert "Mubarak" in entity_with(entities, "Hosni Mubarak").aliases
    entities = link_entities([people("Hosni Mubarak", "Hosni Mubarak", "Gamal Mubarak", "Mubarak")], [])
    assert len(entities) == 3  # 2 to 1 is not enough: the bare surname stays apart


def test_a_kinship_word_before_a_surname_is_a_relative_and_no_given_name() -> None:
    docs = [people("George W. Bush"), people("Granddaddy Bush"), people("Bush")]
    entities = link_entities(docs, [])
    assert sorted(e.aliases for e in entities) == [("Bush", "George W. Bush"), ("Granddaddy Bush",)]


def test_initial_picks_the_compatible_given_name() -> None:
    entities = link_entities([people("Dmitry Peskov"), people("Elizaveta Peskova"), people("D. Peskov")], [])
    assert "D. Peskov" in entity_with(entities, "Dmitry Peskov").aliases


def test_lone_given_name_joins_the_full_name_in_its_document() -> None:
    entities = link_entities([people("Svetlana Tikhanovskaya", "Svetlana")], [])
    assert len(entities) == 1


def test_place_and_organisation_named_after_it_stay_apart() -> None:
    doc = analysis([("Belarus", "GPE"), ("the Government of Belarus", "ORG")])
    assert len(link_entities([doc], [])) == 2


def test_organisation_abbreviation_defined_in_text() -> None:
    text = "A probe was started by the Investigative Committee (IC) in May. The IC gave no details."
    doc = analysis([("Investigative Committee", "ORG"), ("IC", "ORG"), ("IC", "ORG")], text=text)
    entities = link_entities([doc], [])
    assert len(entities) == 1 and entities[0].name == "Investigative Committee"


def test_abbreviation_joins_unique_initials_across_documents() -> None:
    long_form = analysis([("the Central Election Commission", "ORG")])
    short = analysis([("CEC", "ORG")])
    entities = link_entities([short, long_form], [])
    assert len(entities) == 1 and entities[0].aliases == ("CEC", "Central Election Commission")


def test_ambiguous_initials_stay_apart() -> None:
    docs = [
        analysis([("Central Election Commission", "ORG")]),
        analysis([("Civil Engineering Council", "ORG")]),
    ]
    entities = link_entities([*docs, analysis([("CEC", "ORG")])], [])
    assert len(entities) == 3


def test_result_and_ids_do_not_depend_on_document_order() -> None:
    docs = [
        people("Dmitry Peskov"),
        people("Peskov"),
        people("Elizaveta Peskova", "Peskova"),
        people("D. Peskov"),
    ]
    results = {link_entities(list(order), []) for order in itertools.permutations(docs)}
    assert len(results) == 1


def test_incremental_index_matches_batch_linking() -> None:
    docs = [people("Babariko"), people("Viktor Babariko"), people("Eduard Babariko", "Babariko")]
    index = EntityIndex()
    for doc in docs:
        index.add(doc)
        index.add(doc)  # a document added twice counts once
    assert index.entities() == link_entities(docs, [])


def test_role_and_pronoun_mentions_join_their_name_but_are_no_aliases() -> None:
    doc = people("Dmitry Peskov")
    name = doc.mentions[0]
    role = Mention(
        id=make_id("mention", doc.document.id, 100, 120),
        document=doc.document.id,
        start=100,
        end=120,
        text="the Kremlin spokesman",
        label="PERSON",
        kind="role",
        refers_to=name.id,
    )
    pronoun = Mention(
        id=make_id("mention", doc.document.id, 130, 132),
        document=doc.document.id,
        start=130,
        end=132,
        text="he",
        label="PERSON",
        kind="pronoun",
        refers_to=role.id,
    )
    doc = type(doc)(document=doc.document, mentions=(name, role, pronoun))
    (entity,) = link_entities([doc], [])
    assert set(entity.mentions) == {name.id, role.id, pronoun.id}
    assert entity.aliases == ("Dmitry Peskov",)
