"""The five seed articles: each person is one entity with all their spellings, and no trap is merged."""

from __future__ import annotations

import pytest
from entity_builders import entity_with
from spacy.language import Language

from storyline.extract.mentions import extract_mentions
from storyline.link.entities import link_entities
from storyline.model import Document, DocumentAnalysis, Entity, OffsetMap, make_id
from tests.conftest import seed_text

pytestmark = pytest.mark.seeds

ONE_PERSON_EACH = {
    "Alexander Lukashenko": {
        "Alexander Lukashenko",
        "Aliaksandr Lukashenko",
        "Alyaksandr Lukashenka",
        "Lukashenka",
        "Lukashenko",
    },
    "Dmitry Peskov": {"Dmitry Peskov", "D. Peskov", "Peskov"},
    "Svetlana Tikhanovskaya": {"Svetlana Tikhanovskaya", "Tikhanovskaya", "Tihanovskaya"},
    "Linas Linkevicius": {"Linas Linkevičius", "Linas Linkevicius"},
    "Vladimir Putin": {"Vladimir Putin", "Putin"},
    "Roman Golovchenko": {"Roman Golovchenko", "Golovchenko"},
    "Mikhail Mishustin": {"Mikhail Mishustin", "Mishustin"},
}
TRAPS = [
    ("Dmitry Peskov", "Dmitry Mezentsev"),
    ("Uladzimir Makey", "Uladzimir Syamashka"),
    ("Syarhei Rumas", "Roman Golovchenko"),
    ("Grigory Rapota", "Dmitry Mezentsev"),
]


@pytest.fixture(scope="module")
def seed_entities(nlp: Language) -> tuple[Entity, ...]:
    analyses = []
    for seed in ("000", "001", "002", "003", "004"):
        text = seed_text(seed)
        document = Document(
            id=make_id("doc", text),
            source=seed,
            format="text",
            text=text,
            raw_text=text,
            offset_map=OffsetMap.identity(len(text)),
        )
        analyses.append(DocumentAnalysis(document=document, mentions=extract_mentions(document, nlp(text))))
    return link_entities(analyses, [])


@pytest.mark.parametrize(("name", "aliases"), ONE_PERSON_EACH.items())
def test_each_seed_person_is_one_entity(
    seed_entities: tuple[Entity, ...], name: str, aliases: set[str]
) -> None:
    entity = entity_with(seed_entities, name)
    assert entity.type == "PERSON" and entity.name == name
    assert aliases <= set(entity.aliases)
    others = [e for e in seed_entities if e.id != entity.id and set(e.aliases) & aliases]
    assert not others


@pytest.mark.parametrize(("a", "b"), TRAPS)
def test_no_trap_is_merged(seed_entities: tuple[Entity, ...], a: str, b: str) -> None:
    assert entity_with(seed_entities, a).id != entity_with(seed_entities, b).id


def test_organisations_and_abbreviations(seed_entities: tuple[Entity, ...]) -> None:
    assert entity_with(seed_entities, "CEC") == entity_with(seed_entities, "Central Election Commission")
    assert entity_with(seed_entities, "IC") == entity_with(seed_entities, "Investigative Committee")
    assert entity_with(seed_entities, "Belarus").type == "GPE"
