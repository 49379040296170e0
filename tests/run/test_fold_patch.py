"""The entity fold that patches stored entities (storyline/run/fold_patch.py): the mentions a new document
cannot change keep their entity, and the result equals a full relink in any arrival order, also where a
count some rule reads crosses its threshold."""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from typing import Any

import pytest

from storyline.link.entities import link_entities
from storyline.link.entities.assemble import ABBREVIATION_LEAD
from storyline.model import DocumentAnalysis, Entity
from storyline.run import fold_patch
from storyline.run.fold import link_new
from storyline.run.fold_patch import patched_fold
from storyline.run.relink import relink
from storyline.settings import Settings
from storyline.store import Store, open_store
from tests.link.entities.entity_builders import analysis
from tests.run.reads import record_named_reads

State = tuple[tuple[Entity, ...], frozenset[tuple[str, str]]]


@pytest.fixture(autouse=True)
def always_patch(monkeypatch: pytest.MonkeyPatch) -> None:
    """These stores are tiny: a new document's blocks hold most of them, where the fold would close over
    whole entities instead (MOST_READ); the patch is what these tests pin."""
    monkeypatch.setattr(fold_patch, "MOST_READ", float("inf"))


def _state(store: Store) -> State:
    blocks = store.conn.execute("SELECT key, record FROM fold_blocks WHERE linker = 'entities'")
    return store.load_links().entities, frozenset((row[0], row[1]) for row in blocks)


def _full(documents: Sequence[DocumentAnalysis]) -> State:
    with open_store(":memory:") as store:
        for document in documents:
            store.save_analysis(document)
        relink(store, Settings())
        return _state(store)


def _folded(batches: Sequence[Sequence[DocumentAnalysis]]) -> State:
    with open_store(":memory:") as store:
        for batch in batches:
            for document in batch:
                store.save_analysis(document)
            assert link_new(store, Settings()) == set()
        return _state(store)


def _orders(documents: Sequence[DocumentAnalysis], tries: int = 6) -> list[list[DocumentAnalysis]]:
    if len(documents) <= 4:
        return [list(order) for order in itertools.permutations(documents)]
    rng = random.Random(len(documents))
    return [rng.sample(list(documents), len(documents)) for _ in range(tries)]


def assert_fold_equals_full(documents: Sequence[DocumentAnalysis]) -> State:
    """One document at a time in every order (or several), and in two batches: the full relink's
    entities and blocks each time."""
    expected = _full(documents)
    for order in _orders(documents):
        assert _folded([[d] for d in order]) == expected
        half = len(order) // 2
        assert _folded([order[:half], order[half:]]) == expected
    return expected


def _entity(state: State, alias: str) -> Entity:
    (found,) = [e for e in state[0] if alias in e.aliases]
    return found


def test_a_given_name_alone_stays_with_its_person_unread() -> None:
    """ "Svetlana" alone reads only its own document: a new "Svetlana Tikhanovskaya" elsewhere leaves it
    unread (its remainder), and the patched entity still holds it."""
    first = analysis(
        [("Svetlana Tikhanovskaya", "PERSON"), ("Svetlana", "PERSON")],
        text="Svetlana Tikhanovskaya spoke. Svetlana left.",
    )
    later = analysis([("Svetlana Tikhanovskaya", "PERSON")], text="Svetlana Tikhanovskaya met them.")
    with open_store(":memory:") as store:
        store.save_analysis(first)
        link_new(store, Settings())
        fold = patched_fold(store, [later])
    assert fold is not None
    (person,) = fold.entities
    assert first.mentions[1].id in person.mentions
    assert person.aliases == ("Svetlana", "Svetlana Tikhanovskaya")
    state = assert_fold_equals_full([first, later])
    assert _entity(state, "Svetlana").mentions == person.mentions


def test_an_organisation_joins_a_person_whose_given_names_alone_make_the_lead() -> None:
    """PERSON_LEAD counts every mention of the person, its given names alone too, which a new "Okafor"
    does not load: the fold reads that entity whole when such a count is read."""
    person = analysis(
        [("Svetlana Okafor", "PERSON"), ("Okafor", "PERSON"), ("Svetlana", "PERSON"), ("Svetlana", "PERSON")],
        text="Svetlana Okafor spoke. Okafor left. Svetlana came. Svetlana went.",
    )
    organisation = analysis([("Okafor", "ORG")], text="Okafor said so.")
    state = assert_fold_equals_full([person, organisation])
    assert _entity(state, "Okafor").type == "PERSON"
    assert organisation.mentions[0].id in _entity(state, "Okafor").mentions


def test_a_bare_person_that_is_a_place_counts_the_abbreviations_of_the_place() -> None:
    """A one-word "person" joins the place of its name when the place is mentioned at least as often;
    the place's abbreviations count, and a new "Treasury" does not load them."""
    place = [
        analysis(
            [("Treasury Department", "ORG"), ("TD", "ORG"), ("Treasury", "ORG")],
            text="The Treasury Department (TD) and the Treasury.",
        ),
        analysis([("TD", "ORG")], text="TD said."),
        analysis([("TD", "ORG")], text="TD agreed."),
    ]
    persons = [analysis([("Treasury", "PERSON")], text=f"Treasury said {n}.") for n in range(5)]
    expected = _full([*place, *persons])
    assert len(_entity(expected, "TD").mentions) == 10  # the place took the five "persons"
    for order in ([*place, *persons], [*persons, *place], [persons[0], *place, *persons[1:]]):
        assert _folded([[d] for d in order]) == expected


def test_a_bare_person_and_its_place_in_any_order() -> None:
    place = analysis([("Sirte", "GPE")], text="Fighting in Sirte went on.")
    person = analysis([("Sirte", "PERSON")], text="Sirte said nothing.")
    again = analysis([("Sirte", "PERSON")], text="Sirte said more.")
    assert_fold_equals_full([place, person, again])


def test_an_abbreviation_becomes_the_display_name_as_it_crosses_the_lead() -> None:
    long = analysis([("Beyond Petroleum", "ORG"), ("BP", "ORG")], text="Beyond Petroleum (BP) grew.")
    shorts = [analysis([("BP", "ORG")], text=f"BP said {n}.") for n in range(ABBREVIATION_LEAD)]
    state = assert_fold_equals_full([long, *shorts])
    assert _entity(state, "BP").name == "BP"


def test_namesakes_with_a_given_name_alone_are_told_apart_in_any_order() -> None:
    documents = [
        analysis(
            [("Stanford", "ORG"), ("Dmitry Taylor", "PERSON"), ("Dmitry", "PERSON")],
            text="Stanford economist Dmitry Taylor said so. Dmitry left.",
        ),
        analysis(
            [("Stanford", "ORG"), ("Dmitry Taylor", "PERSON")],
            text="Stanford economist Dmitry Taylor agreed.",
        ),
        analysis(
            [("Dmitry Taylor", "PERSON"), ("Acme Coalition", "ORG"), ("Dmitry", "PERSON")],
            text="Dmitry Taylor, president of the Acme Coalition, said. Dmitry left.",
        ),
    ]
    assert_fold_equals_full(documents)


def test_a_type_majority_that_changes_changes_the_id() -> None:
    documents = [
        analysis([("Villa Gloria", "GPE")], text="Villa Gloria is calm."),
        analysis([("Villa Gloria", "ORG")], text="Villa Gloria said."),
        analysis([("Villa Gloria", "ORG")], text="Villa Gloria agreed."),
    ]
    assert_fold_equals_full(documents)


def test_a_short_form_and_an_abbreviation_follow_their_long_name() -> None:
    documents = [
        analysis([("Federal Reserve", "ORG")], text="The Federal Reserve met."),
        analysis(
            [("Federal Reserve", "ORG"), ("Fed", "ORG")], text="The Federal Reserve said the Fed would."
        ),
        analysis([("Fed", "ORG")], text="The Fed waited."),
        analysis([("Federal Reserves", "ORG"), ("FR", "ORG")], text="Federal Reserves (FR) again."),
        analysis([("FR", "ORG")], text="FR said."),
    ]
    assert_fold_equals_full(documents)


@pytest.mark.parametrize("seed", [1, 2])
def test_the_fold_equals_a_full_relink_on_a_mixed_pool(seed: int) -> None:
    pool = [
        analysis(
            [("Svetlana Berg", "PERSON"), ("Svetlana", "PERSON"), ("Berg", "PERSON")],
            text="Svetlana Berg. Svetlana. Berg.",
        ),
        analysis([("Berg", "ORG"), ("Villa Gloria", "GPE")], text="Berg in Villa Gloria."),
        analysis([("Villa Glorida", "GPE"), ("Berg", "PERSON")], text="Villa Glorida and Berg."),
        analysis([("Otto Berg", "PERSON"), ("Berg", "PERSON")], text="Otto Berg. Berg."),
        analysis(
            [("World Health Organization", "ORG"), ("WHO", "ORG")], text="World Health Organization (WHO)."
        ),
        analysis([("WHO", "ORG"), ("Svetlana Berg", "PERSON")], text="WHO and Svetlana Berg."),
    ]
    rng = random.Random(seed)
    order = rng.sample(pool, len(pool))
    expected = _full(order)
    assert _folded([[d] for d in order]) == expected
    assert {e.aliases for e in expected[0]} == {e.aliases for e in link_entities(order, [])}


def test_a_batch_whose_blocks_hold_most_of_the_db_is_closed_over_entities(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fold_patch, "MOST_READ", 0.5)
    first = analysis([("Villa Gloria", "GPE")], text="Villa Gloria is calm.")
    later = analysis([("Villa Gloria", "ORG")], text="Villa Gloria said.")
    with open_store(":memory:") as store:
        store.save_analysis(first)
        link_new(store, Settings())
        assert patched_fold(store, [later]) is None
    assert_fold_equals_full([first, later])


def test_the_closure_after_the_patch_reads_no_document_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the patch gives way to the closure (MOST_READ), the closure goes on from the documents the
    patch read: each stored document is read whole from the store once."""
    monkeypatch.setattr(fold_patch, "MOST_READ", 0.5)
    stored = [
        analysis([("Villa Gloria", "GPE")], text="Villa Gloria is calm."),
        analysis([("Villa Gloria", "ORG"), ("Otto Berg", "PERSON")], text="Villa Gloria hired Otto Berg."),
    ]
    later = analysis([("Villa Gloria", "ORG"), ("Berg", "PERSON")], text="Villa Gloria and Berg said.")
    with open_store(":memory:") as store:
        for document in stored:
            store.save_analysis(document)
        link_new(store, Settings())
        read = record_named_reads(store, in_part=False)
        store.save_analysis(later)
        assert link_new(store, Settings()) == set()
    assert sorted(read) == sorted(d.document.id for d in stored)
    assert_fold_equals_full([*stored, later])


def test_the_patched_entities_are_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entity with a remainder is built with it once per patch, though `more` (for `_retyped`) and
    `fold` both read the built entities."""
    first = analysis(
        [("Svetlana Tikhanovskaya", "PERSON"), ("Svetlana", "PERSON")],
        text="Svetlana Tikhanovskaya spoke. Svetlana left.",
    )
    later = analysis([("Svetlana Tikhanovskaya", "PERSON")], text="Svetlana Tikhanovskaya met them.")
    built: list[str] = []
    original = fold_patch.build_entity

    def counted(key: str, *args: Any, **kwargs: Any) -> Entity:
        built.append(key)
        return original(key, *args, **kwargs)

    with open_store(":memory:") as store:
        store.save_analysis(first)
        link_new(store, Settings())
        monkeypatch.setattr(fold_patch, "build_entity", counted)
        fold = patched_fold(store, [later])
    assert fold is not None
    assert len(built) == len(set(built)) == 1


def _stored_and_patch(
    stored: Sequence[DocumentAnalysis], new: DocumentAnalysis, joined: dict[str, str] | None = None
) -> tuple[Store, fold_patch.Patch]:
    """A store with `stored` linked, and the patch of `new` linked alone (its keys `joined` if given)."""
    store = open_store(":memory:")
    for document in stored:
        store.save_analysis(document)
    link_new(store, Settings())
    loaded = fold_patch.Loaded.of([new])
    wanted = fold_patch.union(loaded.document_keys.values())
    entities, keys = fold_patch.link_entities_keyed([new])
    return store, fold_patch.Patch.of(store, loaded, wanted, entities, joined or keys)


def test_a_stored_entity_whose_remainder_changes_the_type_is_read_whole() -> None:
    """A linked GPE at the key of a stored ORG whose unloaded remainder is ORG three times over would be
    an ORG with it: role mentions read types (holders are persons), so that stored entity is read whole."""
    organisation = [analysis([("Villa Gloria", "ORG")], text=f"Villa Gloria said {n}.") for n in range(3)]
    place = analysis([("Villa Gloria", "GPE")], text="Villa Gloria is calm.")
    store, patch = _stored_and_patch(organisation, place)
    with store:
        (entity,) = store.load_links().entities
        assert entity.type == "ORG"
        patch.kept[entity.id] = "villa gloria"
        patch.rest[entity.id] = store.reads.mentions_by_id(entity.mentions)
        assert patch._retyped() == {entity.id}
        patch.rest[entity.id] = patch.rest[entity.id][:1]  # one ORG beside the GPE: the type stays
        patch.made = None
        assert patch._retyped() == set()


def test_a_linked_key_that_an_unloaded_stored_entity_has_reads_it_whole() -> None:
    """A new mention given the key of a stored entity the fold did not load (a collision) makes the fold
    read that entity whole: it is replaced, never written twice."""
    stored = analysis([("Villa Gloria", "GPE")], text="Villa Gloria is calm.")
    new = analysis([("Otto Berg", "PERSON")], text="Otto Berg came.")
    store, patch = _stored_and_patch([stored], new, {new.mentions[0].id: "villa gloria"})
    with store:
        (entity,) = store.load_links().entities
        assert entity.id not in patch.stored
        assert patch._collisions() == {entity.id}
        assert store.blocks_of(fold_patch.LINKER, [entity.id])[entity.id] <= patch.more()
    other, alone = _stored_and_patch([stored], new)
    with other:
        assert alone._collisions() == set()


def test_an_abbreviation_of_one_name_reads_the_spellings_of_its_long_name() -> None:
    """ "VG" stands for the corpus's one name with those initials, "Vesta Groups", whose entity key is the
    smallest of its spellings: "Vesta Group PLC", initials "vgp". The long name is decided with its
    spellings' block, so a new "VG" joins the spelling it would join in a full relink."""
    documents = [
        analysis([("Vesta Groups", "ORG")], text="Vesta Groups said."),
        analysis([("Vesta Group PLC", "ORG")], text="Vesta Group PLC agreed."),
        analysis([("VG", "ORG")], text="VG said."),
    ]
    state = assert_fold_equals_full(documents)
    assert len(_entity(state, "VG").mentions) == 3


def test_an_abbreviation_its_document_resolves_reads_the_spellings_of_its_long_name() -> None:
    """In its own document "VG" is "Vesta Groups" (the corpus's "vg" names are two: "Vulcan Gas" too), so
    the long name of that document is decided with its spellings' block when the document is relinked."""
    documents = [
        analysis([("Vesta Groups", "ORG"), ("VG", "ORG")], text="Vesta Groups, or VG, said."),
        analysis([("Vesta Group PLC", "ORG")], text="Vesta Group PLC agreed."),
        analysis([("Vulcan Gas", "ORG")], text="Vulcan Gas said."),
        analysis([("Vesta Groups", "ORG")], text="Vesta Groups met."),
    ]
    state = assert_fold_equals_full(documents)
    assert len(_entity(state, "VG").mentions) == 4
