"""Short and other forms of one name (issue 10, read on Timeline17): "the Fed", "the Gulf", "BP PLC",
"Port au Prince", "La.", NOAA behind a name tagged as a place, and a short surname spelled otherwise.
Our own sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storyline.link.entities import link_entities
from storyline.link.entities.shortforms import Names, stands_for
from storyline.model import Entity
from tests.link.entities.entity_builders import analysis, folded_aliases, people


def _holding(entities: tuple[Entity, ...], alias: str) -> Entity:
    (entity,) = [e for e in entities if alias in e.aliases]
    return entity


def test_clippings_and_heads_stand_for_their_long_names_only() -> None:
    assert stands_for("fed", "federal reserve") and stands_for("fed reserve", "federal reserve")
    assert stands_for("gulf", "gulf of mexico") and not stands_for("gulf", "gulf coast")
    assert not stands_for("federal", "federal reserve")  # a whole word is no clipping
    assert not stands_for("fed", "fedex") and not stands_for("fed reserve", "federal highway administration")


def test_the_fed_is_the_federal_reserve_its_documents_name_most() -> None:
    docs = [
        analysis([("Federal Reserve", "ORG"), ("Fed", "ORG")]),
        analysis([("Fed", "ORG"), ("Federal Highway Administration", "ORG"), ("Federal Reserve", "ORG")]),
        analysis([("the Federal Reserve", "ORG"), ("Fed", "ORG")]),
        analysis([("Fed", "ORG"), ("Federal Reserve", "ORG")]),
        analysis([("Fed", "ORG"), ("Fed Reserve", "ORG")]),  # no long name here
        analysis([("Federal Highway Administration", "ORG")]),
    ]
    entities = link_entities(docs, [])
    fed = _holding(entities, "Fed")
    assert fed.name == "Federal Reserve" and {"Fed Reserve", "Federal Reserve"} <= set(fed.aliases)
    assert len(fed.mentions) == 10
    assert "Federal Highway Administration" not in fed.aliases


def test_a_short_form_beside_one_unrelated_long_name_stays_apart() -> None:
    docs = [
        analysis([("Federal Reserve", "ORG"), ("Fed", "ORG")]),
        analysis([("Fed", "ORG"), ("Federal Highway Administration", "ORG")]),
    ]
    entities = link_entities(docs, [])
    assert _holding(entities, "Fed").aliases == ("Fed",) and len(_holding(entities, "Fed").mentions) == 2


def test_a_short_form_the_documents_disagree_on_stays_apart() -> None:
    docs = [
        analysis([("Ministry of Defence", "ORG"), ("Ministry", "ORG")]),
        analysis([("Ministry of Health", "ORG"), ("Ministry", "ORG")]),
        analysis([("Ministry", "ORG")]),
    ]
    entities = link_entities(docs, [])
    assert len(_holding(entities, "Ministry of Defence").mentions) == 1
    assert len(_holding(entities, "Ministry of Health").mentions) == 1
    assert _holding(entities, "Ministry").aliases == ("Ministry",)
    assert len(_holding(entities, "Ministry").mentions) == 3


def test_the_gulf_joins_the_gulf_of_mexico_not_the_gulf_coast() -> None:
    docs = [
        analysis([("Gulf of Mexico", "LOC"), ("Gulf", "LOC"), ("Gulf Coast", "LOC")]),
        analysis([("Gulf", "LOC")]),
    ]
    entities = link_entities(docs, [])
    assert _holding(entities, "Gulf").name == "Gulf of Mexico"
    assert len(_holding(entities, "Gulf").mentions) == 3
    assert _holding(entities, "Gulf Coast").aliases == ("Gulf Coast",)


def test_a_short_form_folds_in_however_the_documents_arrive() -> None:
    long = analysis([("Federal Reserve", "ORG"), ("Fed", "ORG")])
    short = analysis([("Fed", "ORG"), ("Anna Berg", "PERSON")])
    full = {e.aliases for e in link_entities([long, short], [])}
    assert ("Fed", "Federal Reserve") in full
    assert folded_aliases([[long], [short]]) == full
    assert folded_aliases([[short], [long]]) == full


def test_legal_forms_and_hyphens_do_not_make_another_name() -> None:
    docs = [
        analysis([("BP", "ORG"), ("BP PLC", "ORG")]),
        analysis([("Transocean Ltd", "ORG"), ("Transocean", "ORG")]),
        analysis([("Port-au-Prince", "GPE"), ("Port au Prince", "GPE")]),
        analysis([("Alpha Company", "ORG"), ("Alpha", "ORG")]),  # a unit, not a legal form
    ]
    entities = link_entities(docs, [])
    assert set(_holding(entities, "BP").aliases) == {"BP", "BP PLC"}
    assert set(_holding(entities, "Transocean").aliases) == {"Transocean", "Transocean Ltd"}
    assert set(_holding(entities, "Port au Prince").aliases) == {"Port au Prince", "Port-au-Prince"}
    assert _holding(entities, "Alpha").aliases == ("Alpha",)


def test_news_style_state_abbreviations_are_the_states() -> None:
    docs = [
        analysis([("Louisiana", "GPE")]),
        analysis([("Grand Isle", "GPE"), ("La", "GPE"), ("Orange Beach", "GPE"), ("Ala", "GPE")]),
        analysis([("LA", "GPE")]),  # Los Angeles
    ]
    entities = link_entities(docs, [])
    louisiana = _holding(entities, "La")
    assert louisiana.name == "Louisiana" and "Louisiana" in louisiana.aliases
    assert _holding(entities, "Ala").name == "Alabama"
    assert _holding(entities, "LA").aliases == ("LA",)


def test_an_abbreviation_joins_an_agency_tagged_as_a_place_but_never_a_plain_place() -> None:
    docs = [
        analysis([("National Oceanic and Atmospheric Administration", "LOC"), ("NOAA", "ORG")]),
        analysis([("NOAA", "ORG")]),
        analysis([("Gulf of Mexico", "LOC"), ("GM", "ORG")]),
    ]
    entities = link_entities(docs, [])
    assert len(_holding(entities, "NOAA").mentions) == 3
    assert _holding(entities, "GM").aliases == ("GM",)


def test_a_short_surname_spelled_otherwise_is_not_that_person() -> None:
    docs = [
        analysis([("Wyclef Jean", "PERSON"), ("Jean", "PERSON"), ("Jan", "PERSON")]),
        analysis([("Jean", "PERSON")]),
        analysis([("Alexander Lukashenko", "PERSON")]),
        analysis([("Lukashenka", "PERSON")]),  # long surnames still meet their transliterations
    ]
    entities = link_entities(docs, [])
    assert set(_holding(entities, "Wyclef Jean").aliases) == {"Jean", "Wyclef Jean"}
    assert len(_holding(entities, "Wyclef Jean").mentions) == 3
    assert _holding(entities, "Jan").aliases == ("Jan",)
    assert "Lukashenka" in _holding(entities, "Alexander Lukashenko").aliases


def test_namesakes_described_by_unrelated_organisations_are_two_people() -> None:
    economist = analysis(
        [("Stanford", "ORG"), ("John B. Taylor", "PERSON"), ("Taylor", "PERSON")],
        text="Stanford economist John B. Taylor argued in a paper. Taylor wrote that the plan was unwise.",
    )
    advocate = analysis(
        [("John Taylor", "PERSON"), ("Fair Lending Coalition", "ORG")],
        text="John Taylor, president of the Fair Lending Coalition, said the claims were false.",
    )
    undescribed = analysis([("John Taylor", "PERSON")], text="John Taylor said little.")
    entities = link_entities([economist, advocate, undescribed], [])
    full = {e.aliases for e in entities}
    assert folded_aliases([[economist], [advocate], [undescribed]]) == full
    assert folded_aliases([[undescribed, advocate], [economist]]) == full
    persons = [e for e in entities if e.type == "PERSON"]
    assert len(persons) == 2
    main = _holding(entities, "Taylor")  # the bare "Taylor" stays with its document's person
    assert set(main.aliases) == {"John B. Taylor", "Taylor", "John Taylor"} and len(main.mentions) == 3
    # a document that says nothing of the person goes with the most described one


def test_a_person_whose_post_changed_is_one_person() -> None:
    fed = analysis(
        [("Fed", "ORG"), ("Timothy Geithner", "PERSON"), ("Treasury", "ORG")],
        text="New York Fed President Timothy Geithner is to lead the Treasury.",
    )
    treasury = analysis(
        [("Treasury", "ORG"), ("Timothy Geithner", "PERSON")],
        text="Treasury Secretary Timothy Geithner spoke.",
    )
    retired = analysis(
        [("Navy", "ORG"), ("Timothy Geithner", "PERSON")],
        text="Retired Navy Adm. Timothy Geithner spoke too.",
    )
    entities = link_entities([fed, treasury, retired], [])
    assert len([e for e in entities if e.type == "PERSON"]) == 1


def test_a_bare_surname_goes_to_the_person_the_corpus_names_far_more_often() -> None:
    main = [people("Muammar Gaddafi", "Gaddafi")] + [
        analysis([("Muammar Gaddafi", "PERSON")], text=f"Muammar Gaddafi spoke on day {n}.") for n in range(9)
    ]
    relative = analysis([("Mohammed Al-Gaddafi", "PERSON")])
    both = analysis([("Muammar Gaddafi", "PERSON"), ("Mohammed al-Gaddafi", "PERSON"), ("Gaddafi", "PERSON")])
    bare = analysis([("Gaddafi", "PERSON")], text="Gaddafi spoke again.")
    entities = link_entities([*main, relative, both, bare], [])
    muammar = _holding(entities, "Muammar Gaddafi")
    assert len(muammar.mentions) == 14  # 11 in full (5 times the 2 of Mohammed), 3 bare
    assert {"Mohammed Al-Gaddafi", "Mohammed al-Gaddafi"} <= set(
        _holding(entities, "Mohammed Al-Gaddafi").aliases
    )


def test_a_bare_surname_between_two_people_named_alike_often_stays_apart() -> None:
    docs = [people("Hillary Clinton"), people("Hillary Clinton", "Bill Clinton"), people("Bill Clinton")]
    entities = link_entities([*docs, analysis([("Clinton", "PERSON")], text="Clinton spoke.")], [])
    assert _holding(entities, "Clinton").aliases == ("Clinton",)


_WORDS = st.sampled_from(["fed", "federal", "feder", "gulf", "gulfs", "of", "mexico", "reserve", "res"])
_KEYS = st.lists(_WORDS, min_size=1, max_size=3).map(" ".join)
_LONG = st.lists(_WORDS, min_size=2, max_size=3).map(" ".join)


@given(
    st.dictionaries(st.sampled_from("abcd"), st.sets(_LONG, max_size=3), max_size=4),
    st.sets(_KEYS, max_size=4),
    _KEYS,
)
def test_the_corpus_look_up_reads_only_documents_it_can_match(
    longs: dict[str, set[str]], organisations: set[str], short: str
) -> None:
    """The index of first words and clippings (`Names.of`) finds what reading every document finds."""
    tagged = organisations | {f"{d}|{k}" for d, keys in longs.items() for k in sorted(keys)[:1]}
    assert Names.of(longs, tagged).candidates(short) == Names(longs, tagged).candidates(short)
