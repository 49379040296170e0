"""The patching entity fold on random pools of names that collide on purpose (typo variants, an
abbreviation, a short form, a surname that is also an organisation or a place, given names alone): one
document at a time and in two batches, it equals a full relink."""

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


def _pool(seed: int) -> list[DocumentAnalysis]:
    rng = random.Random(seed)
    documents = []
    for number in range(rng.randint(3, 7)):
        names = rng.sample(NAMES, rng.randint(1, 3))
        text = " and ".join(surface for surface, _ in names) + f" met {number}."
        documents.append(analysis(names, text=text))
    return documents


@pytest.mark.parametrize("most_read", [float("inf"), fold_patch.MOST_READ])
@pytest.mark.parametrize("seed", range(12))
def test_the_fold_equals_a_full_relink_on_random_colliding_pools(
    seed: int, most_read: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fold_patch, "MOST_READ", most_read)
    documents = _pool(seed)
    expected = _full(documents)
    assert expected[0], "the pool links to no entity"
    order = random.Random(-seed).sample(documents, len(documents))
    half = len(order) // 2
    assert _folded([[d] for d in order]) == expected
    assert _folded([order[:half], order[half:]]) == expected
