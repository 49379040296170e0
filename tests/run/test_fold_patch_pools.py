"""The patching entity fold on random pools of names that collide on purpose (typo variants, an
abbreviation, a short form, a surname that is also an organisation or a place, given names alone; long
names sharing initials, one name's spellings or not, defined or not; an abbreviation beside names whose
loose key is its letters): one document at a time and in two batches, it equals a full relink."""

from __future__ import annotations

import random

import pytest

from storyline.model import DocumentAnalysis
from storyline.run import fold_loaded, fold_patch
from storyline.run.fold import link_new
from storyline.settings import Settings
from storyline.store import open_store
from tests.link.entities.entity_builders import analysis
from tests.run.reads import record_named_reads
from tests.run.test_fold_patch import _folded, _full

NAMES = (
    ("Villa Gloria", "GPE"),
    ("Villa Gloria", "ORG"),
    ("Villa Glorida", "GPE"),
    ("VG", "ORG"),
    ("Berg", "PERSON"),
    ("Berg", "ORG"),
    ("Otto Berg", "PERSON"),
    ("Otto Berg", "ORG"),
    ("Anna Berg", "PERSON"),
    ("Gloria", "PERSON"),
    ("Gloria", "GPE"),
    ("Federal Reserve", "ORG"),
    ("Fed", "ORG"),
    ("FR", "ORG"),
    ("Okafor", "ORG"),
    ("Okafor", "PERSON"),
    ("Ngozi Okafor", "PERSON"),
    ("Sirte", "GPE"),
    ("Sirte", "PERSON"),
)

INITIALS = (  # long names sharing initials, spellings of one name or not, and their abbreviations
    ("Volta Group", "ORG"),
    ("Volta Groups", "ORG"),
    ("Vesta Group", "ORG"),
    ("Vesta Gruop", "ORG"),
    ("Vesta Gloria Agency", "ORG"),
    ("VG", "ORG"),
    ("VGA", "ORG"),
    ("Vesta", "ORG"),
    ("Volta", "GPE"),
    ("Otto Vesta", "PERSON"),
)

LETTERS = (  # an abbreviation, organisations whose loose key is its letters, one whose initials it is
    ("XQ", "ORG"),
    ("Xq", "ORG"),
    ("Xq Ltd", "ORG"),
    ("XQ Ltd", "ORG"),
    ("Xq Holdings Ltd", "ORG"),
    ("Xavier Quest", "ORG"),
)


def _pool(seed: int, names: tuple[tuple[str, str], ...] = NAMES) -> list[DocumentAnalysis]:
    rng = random.Random(seed)
    documents = []
    for number in range(rng.randint(3, 7)):
        chosen = rng.sample(names, rng.randint(1, 3))
        text = " and ".join(surface for surface, _ in chosen) + f" met {number}."
        if rng.random() < 0.3 and chosen[0][0][0] == "V" and " " in chosen[0][0]:  # "Volta Group (VG)"
            text = f"{chosen[0][0]} (VG) and " + text[len(chosen[0][0]) + len(" and ") :]
        documents.append(analysis(chosen, text=text))
    return documents


@pytest.mark.parametrize("names", [NAMES, INITIALS, LETTERS], ids=["colliding", "initials", "letters"])
@pytest.mark.parametrize("most_read", [float("inf"), fold_patch.MOST_READ])
@pytest.mark.parametrize("seed", range(12))
def test_the_fold_equals_a_full_relink_on_random_colliding_pools(
    seed: int, most_read: float, names: tuple[tuple[str, str], ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fold_patch, "MOST_READ", most_read)
    _assert_folds_to_full(seed, names)


@pytest.mark.parametrize("most_read", [float("inf"), fold_patch.MOST_READ])
def test_the_letters_pool_an_abbreviation_without_its_o_key_folded_wrong(
    most_read: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pool 149 is the one of the first 200 letters pools whose order the fold got wrong while an
    abbreviation had no `o:` key."""
    monkeypatch.setattr(fold_patch, "MOST_READ", most_read)
    _assert_folds_to_full(149, LETTERS)


def _assert_folds_to_full(seed: int, names: tuple[tuple[str, str], ...]) -> None:
    documents = _pool(seed, names)
    expected = _full(documents)
    assert expected[0], "the pool links to no entity"
    order = random.Random(-seed).sample(documents, len(documents))
    half = len(order) // 2
    assert _folded([[d] for d in order]) == expected
    assert _folded([order[:half], order[half:]]) == expected


def test_an_abbreviation_meets_an_org_whose_key_is_its_letters() -> None:
    """A full relink gives "XQ" and "Xq Ltd" (its loose key without the legal form is xq) one entity; the
    abbreviation's `o:xq` key makes the fold load the other one (the eighth session's fold hole)."""
    first = analysis([("XQ", "ORG")], text="XQ met 0.")
    second = analysis(
        [("Xq Ltd", "ORG"), ("Xq Holdings Ltd", "ORG")], text="Xq Ltd and Xq Holdings Ltd met 1."
    )
    expected = _full([first, second])
    assert any({"XQ", "Xq Ltd"} <= set(entity.aliases) for entity in expected[0])
    assert _folded([[first], [second]]) == expected
    assert _folded([[second], [first]]) == expected


LONG_NAMES = (*INITIALS, ("Vulcan Gas", "ORG"), ("Viking Gear", "ORG"), ("Vesta Gloria", "ORG"))


def _initials_pool(seed: int) -> list[DocumentAnalysis]:
    """More documents than `_pool`, most of them long names with the initials "vg" of several join
    classes and none of their abbreviations: the blocks the fold may leave unread (fold_loaded.py)."""
    rng = random.Random(seed)
    documents = []
    for number in range(rng.randint(5, 10)):
        chosen = rng.sample(LONG_NAMES, rng.randint(1, 2))
        text = " and ".join(surface for surface, _ in chosen) + f" met {number}."
        if rng.random() < 0.3 and " " in chosen[0][0]:  # "Vulcan Gas (VG) and …"
            text = f"{chosen[0][0]} (VG) and " + text[len(chosen[0][0]) + len(" and ") :]
        documents.append(analysis(chosen, text=text))
    return documents


@pytest.mark.parametrize("witnesses", [0, 1])
@pytest.mark.parametrize("most_read", [float("inf"), fold_patch.MOST_READ])
@pytest.mark.parametrize("seed", range(8))
def test_the_fold_equals_a_full_relink_with_initials_left_unread(
    seed: int, most_read: float, witnesses: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fewer witnesses than the default leave more documents unread (none: only what is read anyway
    proves a key dead); the fold still equals a full relink."""
    monkeypatch.setattr(fold_patch, "MOST_READ", most_read)
    monkeypatch.setattr(fold_loaded, "WITNESSES", witnesses)
    documents = _initials_pool(seed)
    expected = _full(documents)
    for attempt in range(2):
        order = random.Random(seed * 7 + attempt).sample(documents, len(documents))
        half = len(order) // 2
        assert _folded([[d] for d in order]) == expected
        assert _folded([order[:half], order[half:]]) == expected


def _read_in_part(stored: list[DocumentAnalysis], new: DocumentAnalysis) -> tuple[set[str], int]:
    """The stored documents the fold of `new` reads in part (names not tagged PERSON alone), and how
    many it leaves unread; the fold equals a full relink."""
    with open_store(":memory:") as store:
        for document in stored:
            store.save_analysis(document)
        link_new(store, Settings())
        read = record_named_reads(store, in_part=True)
        store.save_analysis(new)
        loaded = fold_loaded.Loaded.of([new])
        assert fold_patch.patched_fold(store, [new], loaded) is not None
        left = len(loaded.left)
        assert link_new(store, Settings()) == set()
    assert _folded([stored, [new]]) == _full([*stored, new])
    return set(read), left


def test_initials_two_stored_names_share_are_not_followed_from_a_new_long_name() -> None:
    """A new "Viking Gear" gives its initials to the stored "VG", but the stored "vg" names are "Volta
    Group" and "Vulcan Gas" (two join classes): "VG" was its own entity and stays it whatever more "vg"
    names come, so the fold reads WITNESSES of the long names to see it and not the "vg" block."""
    stored = [analysis([("VG", "ORG")], text="VG said.")]
    stored += [
        analysis([(name, "ORG")], text=f"{name} met {n}.")
        for n, name in enumerate(["Volta Group", "Vulcan Gas"] * 4)
    ]
    read, left = _read_in_part(stored, analysis([("Viking Gear", "ORG")], text="Viking Gear met."))
    assert len(read) == fold_loaded.WITNESSES
    assert left == 0


def test_long_names_of_dead_initials_are_left_unread_past_the_witnesses() -> None:
    """A new "VG" reads the "vg" block: once "Viking Gear" (its own document's) and the witnesses read
    show two join classes, the other stored long names with those initials are not read."""
    stored = [
        analysis([(name, "ORG")], text=f"{name} met {n}.")
        for n, name in enumerate(["Volta Group", "Vulcan Gas"] * 4)
    ]
    new = analysis([("VG", "ORG"), ("Viking Gear", "ORG")], text="VG and Viking Gear met.")
    read, left = _read_in_part(stored, new)
    assert len(read) == fold_loaded.WITNESSES
    assert left == len(stored) - fold_loaded.WITNESSES


def test_a_long_name_in_the_entity_of_an_abbreviation_of_its_initials_is_read() -> None:
    """ "Vesta Group (VG)" gives its document's "VG" the entity of "Vesta Group": every stored "Vesta
    Group" is in the entity of an abbreviation of its initials, so it is read although "vg" is dead
    (`Loaded._held`). The new "Viking Gear" and that "Vesta Group" prove "vg" dead before any witness is
    read, so no "Vulcan Gas" document is read."""
    stored = [analysis([("Vesta Group", "ORG"), ("VG", "ORG")], text="Vesta Group (VG) said.")]
    stored += [analysis([("Vulcan Gas", "ORG")], text=f"Vulcan Gas met {n}.") for n in range(5)]
    held = [analysis([("Vesta Group", "ORG")], text=f"Vesta Group met {n}.") for n in range(3)]
    new = analysis([("VG", "ORG"), ("Viking Gear", "ORG")], text="VG and Viking Gear met.")
    read, left = _read_in_part([*stored, *held], new)
    assert read == {d.document.id for d in held}
    assert left == 5
