"""The patching entity fold on random pools of names that collide on purpose (typo variants, an
abbreviation, a short form, a surname that is also an organisation or a place, given names alone; long
names sharing initials, one name's spellings or not, defined or not; an abbreviation beside names whose
loose key is its letters): one document at a time and in two batches, it equals a full relink."""

from __future__ import annotations

import random

import pytest

from storyline.model import DocumentAnalysis
from storyline.run import fold_patch
from tests.link.entities.entity_builders import analysis
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
