"""Bulk MinHash signatures: datasketch's values for every set, whatever the batch."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.sketch import minhash
from storyline.sketch.minhash import signatures
from storyline.sketch.passages import shingle_set

WORDS = st.sampled_from(["the", "minister", "said", "Kazan", "ß", "İstanbul", "café", "4,500", "über", "ﬁn"])
SHINGLES = st.lists(WORDS, min_size=3, max_size=3).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.frozensets(SHINGLES, min_size=1, max_size=12), min_size=1, max_size=9), st.integers(1, 3))
def test_signatures_are_datasketch_values(sets: list[frozenset[str]], chunk: int) -> None:
    """Every row equals MinHash(num_perm, seed) updated with the set's UTF-8 strings, also when the batch
    is cut into chunks of a few sets."""
    wanted = [
        h.hashvalues for h in MinHash.bulk([[s.encode() for s in x] for x in sets], num_perm=16, seed=1)
    ]
    original = minhash.CHUNK
    minhash.CHUNK = chunk
    try:
        found = signatures(sets, 16, 1)
    finally:
        minhash.CHUNK = original
    assert found.dtype == np.uint32 and found.shape == (len(sets), 16)
    assert [row.tolist() for row in found] == [row.tolist() for row in wanted]


def test_a_sentence_of_a_real_size_and_the_empty_cases() -> None:
    shingles = shingle_set(
        "The two prime ministers met in Kazan on Wednesday and agreed to sign the roadmaps."
    )
    [wanted] = MinHash.bulk([[s.encode() for s in sorted(shingles)]], num_perm=80, seed=1)
    assert signatures([shingles], 80, 1)[0].tolist() == wanted.hashvalues.tolist()
    assert signatures([], 80, 1).shape == (0, 80)
    with pytest.raises(ValueError):
        signatures([shingles, frozenset()], 80, 1)
