"""The patching entity fold on random pools of names that collide on purpose (typo variants, an
abbreviation, a short form, a surname that is also an organisation or a place, given names alone; long
names sharing initials, one name's spellings or not, defined or not): one document at a time and in two
batches, it equals a full relink."""

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


@pytest.mark.parametrize("names", [NAMES, INITIALS], ids=["colliding", "initials"])
@pytest.mark.parametrize("most_read", [float("inf"), fold_patch.MOST_READ])
@pytest.mark.parametrize("seed", range(12))
def test_the_fold_equals_a_full_relink_on_random_colliding_pools(
    seed: int, most_read: float, names: tuple[tuple[str, str], ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fold_patch, "MOST_READ", most_read)
    documents = _pool(seed, names)
    expected = _full(documents)
    assert expected[0], "the pool links to no entity"
    order = random.Random(-seed).sample(documents, len(documents))
    half = len(order) // 2
    assert _folded([[d] for d in order]) == expected
    assert _folded([order[:half], order[half:]]) == expected


@pytest.mark.xfail(
    strict=True,
    reason="known fold hole (eighth session): a full relink gives an abbreviation 'XQ' and an org 'Xq Ltd' "
    "(its key without the legal form is 'xq') one entity, but they share no blocking key (a:xq/s:xq against "
    "o:xq), so the fold never loads the other; 16 of 450 random orders of such pools differed. Mending it "
    "adds a blocking key (stored fold_keys), so it needs a LINK_STATE change or a migration",
)
def test_an_abbreviation_meets_an_org_whose_key_is_its_letters() -> None:
    first = analysis([("XQ", "ORG")], text="XQ met 0.")
    second = analysis(
        [("Xq Ltd", "ORG"), ("Xq Holdings Ltd", "ORG")], text="Xq Ltd and Xq Holdings Ltd met 1."
    )
    assert _folded([[first], [second]]) == _full([first, second])
