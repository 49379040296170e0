"""Read queries: full-text search, entities with counts, statements by speaker, timeline filters."""

from __future__ import annotations

import pytest

from storyline.errors import InputError, NotFound, StoreError
from storyline.store import Store, open_store
from storyline.store.read import date_bound
from tests.store.corpus import analyses, document_a, document_b, links


@pytest.fixture()
def store() -> Store:
    store = open_store(":memory:")
    for analysis in analyses():
        store.save_analysis(analysis)
    store.save_links(links())
    return store


A, B = document_a().document.id, document_b().document.id


def test_search_finds_words_in_text_and_title(store: Store) -> None:
    assert {doc for doc, _ in store.search("unification")} == {A, B}
    assert [doc for doc, _ in store.search("Выборы")] == [B]  # title, Cyrillic
    ((doc, snippet),) = store.search("disputed")
    assert doc == B and "[disputed]" in snippet


def test_search_ignores_diacritics_both_ways(store: Store) -> None:
    assert [doc for doc, _ in store.search("Linkevicius")] == [B]
    assert [doc for doc, _ in store.search("linkevičius")] == [B]


def test_bad_search_query_is_a_store_error_with_a_hint(store: Store) -> None:
    with pytest.raises(StoreError) as error:
        store.search('"unclosed')
    assert error.value.hint and "quoted phrases" in error.value.hint


def test_entities_with_counts_and_type_filter(store: Store) -> None:
    rows = store.entities()
    assert [r.entity.name for r in rows] == ["Dmitry Peskov", "Belarus", "Linkevičius"]
    peskov = rows[0]
    assert (peskov.mentions, peskov.documents, peskov.quotes) == (3, 2, 2)
    assert [r.entity.name for r in store.entities(type="person")] == ["Dmitry Peskov", "Linkevičius"]


@pytest.mark.parametrize("name", ["Peskov", "peskov", "PESKOV", "Dmitry Peskov", "Песков", "dmitry"])
def test_speaker_filter_matches_every_alias(store: Store, name: str) -> None:
    (row,) = store.statements(speaker=name)
    assert row.speaker_name == "Dmitry Peskov"
    assert [q.document for q in row.quotes] == [A, B]
    assert [r.outlet for r in row.reports] == ["Gazeta", "RIA Novosti"]
    assert row.repeats == 1 and row.text.startswith("There is no talk")


def test_speaker_filter_falls_back_to_the_words_naming_an_unresolved_speaker(store: Store) -> None:
    (row,) = store.statements(speaker="an official")
    assert row.statement.speaker is None and row.speaker_name is None


def test_unknown_speaker_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound) as error:
        store.statements(speaker="Lukashenko")
    assert error.value.hint and "storyline entities" in error.value.hint


def test_statements_by_date(store: Store) -> None:
    assert len(store.statements()) == 2
    assert [r.statement.said_on for r in store.statements(since="2021-04")] == [links().statements[1].said_on]
    assert [r.speaker_name for r in store.statements(until="2021-03-31")] == ["Dmitry Peskov"]
    assert store.statements(since="2022") == []


def test_timeline_by_date_range_against_the_interval(store: Store) -> None:
    assert [r.entry.summary for r in store.timeline()] == [
        "Presidential elections were held in Belarus",
        "Peskov expects a summit [bold]soon[/bold]",
    ]
    assert [r.entry.time.value for r in store.timeline(since="2021")] == ["2021-06"]
    assert [r.entry.time.value for r in store.timeline(since="2021-06-30")] == ["2021-06"]  # month overlaps
    assert [r.entry.time.value for r in store.timeline(until="2021-06-01")] == ["2020-08-09", "2021-06"]
    assert [r.entry.time.value for r in store.timeline(since="2020-08", until="2020-08")] == ["2020-08-09"]


def test_timeline_by_entity_and_source(store: Store) -> None:
    assert [r.entry.time.value for r in store.timeline(entity="belarus")] == ["2020-08-09"]
    assert [r.entry.time.value for r in store.timeline(entity="Peskov")] == ["2021-06"]
    assert [r.entry.time.value for r in store.timeline(source="ria novosti")] == ["2020-08-09"]
    assert [r.entry.time.value for r in store.timeline(source="corpus/a.txt")] == ["2020-08-09", "2021-06"]
    with pytest.raises(NotFound):
        store.timeline(entity="Atlantis")


def test_timeline_rows_carry_reports_and_entity_names(store: Store) -> None:
    election = store.timeline()[0]
    assert [r.document for r in election.reports] == [A, B]
    assert [r.outlet for r in election.reports] == ["Gazeta", "RIA Novosti"]
    assert election.entity_names == ("Belarus",)


def test_find_entity_prefers_exact_names_and_refuses_ambiguity(store: Store) -> None:
    assert store.find_entity("Linkevicius").name == "Linkevičius"
    assert store.find_entity(links().entities[0].id).name == "Dmitry Peskov"
    with pytest.raises(NotFound):
        store.find_entity("Nobody")


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [("2021", False, "2021-01-01"), ("2021", True, "2021-12-31"), ("2020-02", True, "2020-02-29"),
     ("2021-03-30", True, "2021-03-30")],
)  # fmt: skip
def test_date_bounds(text: str, last: bool, expected: str) -> None:
    assert date_bound(text, last=last) == expected


@pytest.mark.parametrize("text", ["March", "2021-13", "2021-02-30", "21-03-01"])
def test_bad_dates_are_input_errors(text: str) -> None:
    with pytest.raises(InputError):
        date_bound(text, last=False)
