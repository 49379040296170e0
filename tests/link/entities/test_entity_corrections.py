"""User corrections (merge, split), role resolution at a date, and finding an entity by what a user types."""

from __future__ import annotations

from entity_builders import analysis, entity_with, people

from storyline.link.entities import build_role_table, link_entities, resolve_target, who_held
from storyline.model import Correction, make_id


def correction(action: str, *targets: str) -> Correction:
    return Correction(id=make_id("correction", action, targets), action=action, targets=targets)  # type: ignore[arg-type]


def test_merge_by_names_holds_after_new_documents() -> None:
    merge = correction("merge", "Babaryka", "Viktor Babariko")
    docs = [people("Viktor Babariko"), people("Viktar Babaryka")]
    assert len(link_entities(docs, [])) == 1  # already one by folding
    docs = [people("Mikola Statkevich"), people("Nikolai Statkevich"), people("Babaryka")]
    merged = link_entities([*docs, people("Viktor Babariko")], [merge])
    assert len(merged) == 2


def test_merge_unites_different_keys() -> None:
    docs = [people("Sviatlana Tsikhanouskaya"), people("Svetlana Tikhanovskaya-Pilecka")]
    assert len(link_entities(docs, [])) == 2
    merged = link_entities(
        docs, [correction("merge", "Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya-Pilecka")]
    )
    assert len(merged) == 1


def test_split_moves_an_alias_out_and_holds_for_later_documents() -> None:
    docs = [people("Dmitry Peskov", "Peskov")]
    (entity,) = link_entities(docs, [])
    split = correction("split", "Peskov", entity.id)
    entities = link_entities(docs, [split])
    assert len(entities) == 2
    later = link_entities(
        [*docs, people("Dmitry Peskov", "Peskov")], [correction("split", "Peskov", "Dmitry Peskov")]
    )
    assert entity_with(later, "Peskov").aliases == ("Peskov",)


def test_who_held_resolves_a_role_only_at_a_date() -> None:
    old = analysis(
        [("Syarhei Rumas", "PERSON"), ("Grigory Rapota", "PERSON")],
        text=(
            "Talks in Minsk were led by Belarus’ Prime Minister Syarhei Rumas; Moscow sent"
            " State Secretary of the Union State Grigory Rapota."
        ),
        published="2019-07-03",
    )
    new = analysis(
        [("Roman Golovchenko", "PERSON"), ("Dmitry Mezentsev", "PERSON")],
        text=(
            "The plans were cleared by Prime Minister of Belarus Roman Golovchenko in spring."
            " Comments came from State Secretary of the Union State Dmitry Mezentsev too."
        ),
        published="2021-04-28",
    )
    entities = link_entities([old, new], [])
    table = build_role_table([old, new], entities)
    rumas, golovchenko = entity_with(entities, "Syarhei Rumas"), entity_with(entities, "Roman Golovchenko")
    assert who_held(table, "Prime Minister of Belarus", "2019-12-31") == rumas.id
    assert who_held(table, "Belarusian prime minister", "2021-05-01") == golovchenko.id
    assert (
        who_held(table, "State Secretary of the Union State", "2021-05-01")
        == entity_with(entities, "Dmitry Mezentsev").id
    )
    assert (
        who_held(table, "State Secretary of the Union State", "2020-01-01")
        == entity_with(entities, "Grigory Rapota").id
    )
    assert who_held(table, "Prime Minister of Belarus", "2018-01-01") is None
    assert len({e.id for e in entities}) == 4  # the role never merged two people


def test_resolve_target_by_id_name_alias_and_spelling() -> None:
    entities = link_entities([people("Alexander Lukashenko", "Lukashenka"), people("Dmitry Peskov")], [])
    lukashenko = entity_with(entities, "Alexander Lukashenko")
    assert resolve_target(entities, lukashenko.id) == lukashenko
    assert resolve_target(entities, "alexander lukashenko") == lukashenko
    assert resolve_target(entities, "Lukashenka") == lukashenko
    assert resolve_target(entities, "Aliaksandr Lukashenka") == lukashenko
    assert resolve_target(entities, "President Lukashenko") == lukashenko
    assert resolve_target(entities, "Mezentsev") is None
