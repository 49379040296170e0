"""Join classes of organisation keys (variants.join_class): keys of two classes are never spellings of one
name, whatever keys come with them, so `one_name` answers None for them without grouping, and the entity
fold may leave a block of long names unread once two of its classes are loaded (fold_loaded.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.link.entities.orgs import never_one_name, one_name
from storyline.link.entities.variants import join_class, variant_roots

# words and their one-letter typos, link words, a country word and a legal form, so that keys meet by
# loose key, by typo and by neither
WORDS = ("vesta", "vesa", "vsta", "volta", "vota", "group", "gruop", "grup", "gas", "agency", "of", "us")
KEYS = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
SETS = st.sets(KEYS, min_size=1, max_size=6)


def _one_name_by_grouping(keys: set[str]) -> str | None:
    """`one_name` as it was before the join classes: by `variant_roots` alone."""
    return min(keys) if keys and len(set(variant_roots(keys).values())) == 1 else None


def test_typos_share_a_class_and_other_names_do_not() -> None:
    assert join_class("world health organization") == join_class("world heath organization")
    assert join_class("world health organization") != join_class("world health organizations agency")
    assert join_class("vesta") != join_class("vesa")  # one-word keys meet only by their loose key
    assert join_class("us vesta group") == join_class("vesta group")  # a country word is no part of it


@settings(max_examples=300, deadline=None)
@given(SETS, SETS)
def test_keys_of_two_classes_never_become_one_name(keys: set[str], more: set[str]) -> None:
    assert one_name(keys) == _one_name_by_grouping(keys)
    if never_one_name(keys):
        assert _one_name_by_grouping(keys | more) is None
        assert one_name(keys | more) is None
