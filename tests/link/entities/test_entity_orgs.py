"""Organisations and places across documents (issue 10): acronyms, national spellings, country names,
country words in front of a name, and the traps that must stay apart. Our own sentences."""

from __future__ import annotations

import itertools

from storyline.link.entities import link_entities
from storyline.model import Entity
from storyline.names.orgkey import acronyms, org_key
from tests.link.entities.entity_builders import analysis


def _together(entities: tuple[Entity, ...], *aliases: str) -> bool:
    return any(set(aliases) <= set(e.aliases) for e in entities)


def test_national_spellings_and_the_acronym_are_one_organisation() -> None:
    docs = [
        analysis([("the World Health Organisation", "ORG"), ("WHO", "ORG")]),
        analysis([("World Health Organization", "ORG")]),
        analysis([("WHO", "ORG")]),
        analysis([("W.H.O.", "ORG")]),
    ]
    (entity,) = link_entities(docs, [])
    assert entity.name in ("World Health Organization", "World Health Organisation")
    assert {"WHO", "W.H.O."} <= set(entity.aliases)


def test_cdc_spellings_with_and_without_country_and_final_words_are_one() -> None:
    docs = [
        analysis([("US Centers for Disease Control and Prevention", "ORG")]),
        analysis([("Centre for Disease Control", "ORG")]),
        analysis([("the Centers for Disease Control", "ORG")]),
        analysis([("CDC", "ORG")]),
    ]
    assert len(link_entities(docs, [])) == 1


def test_country_names_meet_but_channels_ministries_and_teams_stay_apart() -> None:
    docs = [
        analysis([("Russia", "GPE")]),
        analysis([("the Russian Federation", "GPE")]),
        analysis([("Russia 1", "ORG")]),
        analysis([("Russia Today", "ORG")]),
        analysis([("US", "GPE"), ("U.S.", "GPE")]),
        analysis([("United States", "GPE"), ("America", "GPE")]),
        analysis([("State Department", "ORG")]),
        analysis([("US State Department", "ORG")]),
    ]
    entities = link_entities(docs, [])
    assert _together(entities, "Russia", "Russian Federation")
    assert _together(entities, "US", "U.S.", "United States", "America")
    assert _together(entities, "State Department", "US State Department")
    assert not _together(entities, "Russia", "Russia 1") and not _together(entities, "Russia", "Russia Today")
    assert not _together(entities, "US", "State Department")


def test_a_bare_name_claimed_by_two_countries_stays_apart() -> None:
    docs = [
        analysis([("Russian Health Ministry", "ORG")]),
        analysis([("UK Health Ministry", "ORG")]),
        analysis([("Health Ministry", "ORG")]),
    ]
    assert len(link_entities(docs, [])) == 3


def test_hashtag_phrases_are_not_entities() -> None:
    docs = [analysis([("Global Day of Solidarity with #Belarus", "EVENT"), ("Belarus", "GPE")])]
    (entity,) = link_entities(docs, [])
    assert entity.aliases == ("Belarus",)


def test_organisation_variants_do_not_depend_on_order() -> None:
    docs = [
        analysis([("Centers for Disease Control and Prevention", "ORG")]),
        analysis([("CDC", "ORG")]),
        analysis([("US Center for Disease Control", "ORG")]),
    ]
    assert len({link_entities(list(order), []) for order in itertools.permutations(docs)}) == 1


def test_org_key_and_acronyms() -> None:
    assert org_key("the Ministry of Defence") == org_key("Ministry of Defense")
    assert org_key("-LRB- World Health Organisation") == "world health organization"
    assert org_key("U.S") == org_key("USA") == "united states"
    assert "cdc" in acronyms(org_key("Centers for Disease Control and Prevention"))


def test_one_countrys_words_and_link_words_do_not_split_an_organisation() -> None:
    """ "US" and "American" are one country; "of" for "for" and a one-letter typo are one name."""
    docs = [
        analysis([("US Centers for Disease Control", "ORG")]),
        analysis([("American Centres for Disease Control and Prevention", "ORG"), ("CDC", "ORG")]),
        analysis([("U.S. Centers of Disease Control", "ORG")]),
        analysis([("CDC", "ORG")]),
        analysis([("World Heath Organization", "ORG"), ("WHO", "ORG")]),
        analysis([("World Health Organization", "ORG")]),
    ]
    entities = link_entities(docs, [])
    assert len(entities) == 2
    assert _together(entities, "US Centers for Disease Control", "American Centres for Disease Control and "
                     "Prevention", "U.S. Centers of Disease Control", "CDC")  # fmt: skip


def test_a_place_and_its_people_and_two_countries_bodies_stay_apart() -> None:
    docs = [
        analysis([("North America", "LOC")]),
        analysis([("North American", "NORP")]),
        analysis([("Chinese Center for Disease Control", "ORG")]),
        analysis([("US Center for Disease Control", "ORG")]),
        analysis([("CDC", "ORG")]),
    ]
    entities = link_entities(docs, [])
    assert not _together(entities, "North America", "North American")
    assert not _together(entities, "Chinese Center for Disease Control", "US Center for Disease Control")
    assert not _together(entities, "CDC", "US Center for Disease Control")  # ambiguous: two countries' CDC


def test_an_acronym_is_not_a_name_that_contains_it_or_one_letter_of_another_acronym() -> None:
    docs = [
        analysis([("BP", "ORG"), ("BP Pipelines", "ORG"), ("BP", "ORG")]),
        analysis([("BGC Partners", "ORG"), ("BP", "ORG")]),
        analysis([("BP", "ORG")]),
        analysis([("U.S. Northeast", "ORG"), ("United Nations", "ORG")]),
        analysis([("U.N", "ORG")]),
    ]
    entities = link_entities(docs, [])
    assert _together(entities, "U.N", "United Nations")
    (bp,) = [e for e in entities if "BP" in e.aliases]
    assert bp.name == "BP" and "BP Pipelines" not in bp.aliases and "BGC Partners" not in bp.aliases


def test_a_one_word_person_no_one_has_as_a_surname_is_the_place_of_that_name() -> None:
    docs = [
        analysis([("Misrata", "GPE"), ("Misrata", "GPE")]),
        analysis([("Misrata", "PERSON"), ("Misrata", "PERSON")], text="Misrata fell. Misrata held."),
        analysis([("Sirte", "GPE")]),
    ]
    for order in itertools.permutations(docs):
        entities = link_entities(list(order), [])
        (misrata,) = [e for e in entities if "Misrata" in e.aliases]
        assert misrata.type == "GPE" and len(misrata.mentions) == 4


def test_a_surname_someone_has_with_a_given_name_stays_a_person() -> None:
    docs = [
        analysis([("Misrata", "GPE"), ("Misrata", "GPE")]),
        analysis([("Misrata", "PERSON")], text="Misrata spoke."),
        analysis([("Ali Misrata", "PERSON")]),
    ]
    types = sorted(e.type for e in link_entities(docs, []))
    assert types == ["GPE", "PERSON"]


def test_an_abbreviation_the_corpus_mostly_writes_is_the_display_name() -> None:
    many = analysis([("BP", "ORG")] * 10, text=" ".join(["BP said."] * 10))
    docs = [many, analysis([("Beyond Petroleum", "ORG"), ("BP", "ORG")])]
    (bp,) = link_entities(docs, [])
    assert bp.name == "BP" and "Beyond Petroleum" in bp.aliases


def test_a_one_word_person_spelled_unlike_the_surname_it_folds_to_is_the_place() -> None:
    docs = [
        analysis([("Essam El Erian", "PERSON")]),
        analysis([("Iran", "GPE"), ("Iran", "GPE")]),
        analysis([("Iran", "PERSON")], text="Iran spoke."),
    ]
    for order in itertools.permutations(docs):
        entities = link_entities(list(order), [])
        (iran,) = [e for e in entities if "Iran" in e.aliases]
        assert iran.type == "GPE" and len(iran.mentions) == 3 and "Essam El Erian" not in iran.aliases


def test_a_persons_full_name_tagged_org_or_gpe_joins_the_person() -> None:
    docs = [
        analysis([("Wael Ghonim", "PERSON"), ("Ghonim", "PERSON")]),
        analysis([("WAEL GHONIM", "GPE")]),
        analysis([("Henry Paulson", "PERSON"), ("Paulson", "PERSON"), ("Paulson", "PERSON")]),
        analysis([("Paulson", "PERSON"), ("Paulson", "ORG")], text="Paulson said. Paulson 's own bank."),
        analysis([("Washington", "GPE")]),
        analysis([("George Washington", "PERSON"), ("Washington", "PERSON")] * 2),
    ]
    entities = link_entities(docs, [])
    assert [e.type for e in entities if "WAEL GHONIM" in e.aliases] == ["PERSON"]
    (paulson,) = [e for e in entities if "Paulson" in e.aliases]
    assert paulson.type == "PERSON" and len(paulson.mentions) == 5
    assert sorted(e.type for e in entities if "Washington" in e.aliases) == ["GPE", "PERSON"]


def test_a_country_is_shown_by_its_name_not_its_dotted_letters() -> None:
    docs = [
        analysis([("U.S", "GPE")] * 3, text="U.S a. U.S b. U.S c."),
        analysis([("America", "GPE")] * 2, text="America a. America b."),
        analysis([("United States", "GPE")]),
    ]
    (us,) = link_entities(docs, [])
    assert us.name == "United States"


def test_a_one_word_department_is_written_with_and_without_its_head() -> None:
    docs = [
        analysis([("Treasury", "ORG"), ("the Treasury Department", "ORG")]),
        analysis([("Treasury", "ORG")]),
        analysis([("State Department", "ORG"), ("US State Department", "ORG")]),
        analysis([("Shenandoah Police Department", "ORG"), ("Shenandoah", "GPE")]),
    ]
    entities = link_entities(docs, [])
    assert _together(entities, "Treasury", "Treasury Department")
    assert _together(entities, "State Department", "US State Department")
    assert not _together(entities, "Shenandoah", "Shenandoah Police Department")
