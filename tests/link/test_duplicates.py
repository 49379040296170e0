"""Copied passages: sentence units, MinHash LSH candidates verified by shingle containment, origin first."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.errors import ConfigError
from storyline.link.duplicates import candidate_pairs, could_pair, find_near_duplicates
from storyline.model import Document, OffsetMap, PublicationDate, make_id
from storyline.sketch.bands import banded, document_bands, unit_keys
from storyline.sketch.passages import Unit, sentence_spans

SHARED = (
    "The two prime ministers met in Kazan on Wednesday and agreed to sign the remaining integration "
    "roadmaps before the end of the year, officials from both governments said after the talks."
)
REWORDED = (
    "The two prime ministers met in Kazan on Wednesday and agreed to sign the remaining integration "
    "roadmaps before the end of the year, officials from both sides said after the meeting."
)
OTHER = [
    "Farmers in the south asked for more storage capacity near the border crossings this winter.",
    "The ferry company cancelled three sailings because of the storm that hit the coast overnight.",
    "A new tram line will link the old town with the northern districts from the summer of next year.",
]


def document(text: str, published: str | None = None) -> Document:
    return Document(
        id=make_id("doc", text),
        source="s",
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
        published=PublicationDate(value=published, source="metadata" if published else "none"),
    )


def test_a_reprinted_passage_is_found_with_spans_into_each_text_origin_first() -> None:
    a = document(f"{OTHER[0]}\n\n{SHARED}\n\n{OTHER[1]}", "2021-04-02")
    b = document(f"{OTHER[2]}\n\n{REWORDED}", "2021-04-01")
    [pair] = find_near_duplicates([a, b])
    assert (pair.a.document, pair.b.document, pair.origin) == (b.id, a.id, b.id)
    assert a.text[pair.b.start : pair.b.end] == SHARED
    assert b.text[pair.a.start : pair.a.end] == REWORDED
    assert pair.kind == "near" and 0.6 <= pair.similarity < 1.0


def test_a_sentence_restated_inside_a_longer_paragraph_is_a_copy() -> None:
    longer = (
        f"As the agency reported at the time, {SHARED[0].lower()}{SHARED[1:-1]}; little has changed since."
    )
    origin = document(f"{OTHER[0]} {SHARED} {OTHER[1]}", "2021-03-30")
    copy = document(f"{OTHER[2]} {longer} Nothing else was said about the plan in the capital yesterday.")
    [pair] = find_near_duplicates([copy, origin])
    assert pair.origin == origin.id
    assert origin.text[pair.a.start : pair.a.end] == SHARED
    assert copy.text[pair.b.start : pair.b.end] == longer


def test_exact_copies_consecutive_sentences_merge_into_one_passage() -> None:
    body = f"{SHARED} {OTHER[0]} {OTHER[1]}"
    first, second = (
        document(body + " The end of it all came later that night."),
        document(f"{OTHER[2]} {body}"),
    )
    [pair] = find_near_duplicates([first, second])
    assert pair.kind == "exact" and pair.similarity == 1.0
    assert first.text[pair.a.start : pair.a.end] == body or second.text[pair.a.start : pair.a.end] == body


def test_unrelated_documents_and_the_same_document_give_nothing() -> None:
    assert find_near_duplicates([document(OTHER[0] + "\n\n" + OTHER[1]), document(OTHER[2])]) == ()
    same = document(f"{SHARED}\n\n{SHARED}")
    assert find_near_duplicates([same, same]) == ()


def test_threshold_and_order_are_respected() -> None:
    docs = [document(f"{SHARED}\n\n{OTHER[i]}") for i in range(3)]
    pairs = find_near_duplicates(docs, threshold=0.95)
    assert len(pairs) == 3 and all(p.similarity == 1.0 for p in pairs)
    for order in itertools.permutations(docs):
        assert find_near_duplicates(list(order), threshold=0.95) == pairs
    with pytest.raises(ConfigError):
        find_near_duplicates(docs, threshold=0)


def test_short_sentences_are_not_compared() -> None:
    assert find_near_duplicates([document("Short line here."), document("Short line here!")]) == ()


def test_sentences_split_at_ends_and_lines_not_after_titles() -> None:
    text = 'Mr. Smith went home. He said: "It is fine." Then\nA new line? Yes!'
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Mr. Smith went home.",
        'He said: "It is fine."',
        "Then",
        "A new line?",
        "Yes!",
    ]


SENTENCES = [
    SHARED,
    REWORDED,
    *OTHER,
    SHARED.replace("officials", "ministers").replace("said", "told reporters"),
]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, len(SENTENCES) - 1), min_size=1, max_size=4), min_size=2, max_size=6),
    st.sets(st.integers(0, 5), min_size=1),
    st.sampled_from([0.5, 0.6, 0.9]),
)
def test_pairs_among_some_documents_are_the_full_results_with_one_of_them(
    picks: list[list[int]], chosen: set[int], threshold: float
) -> None:
    """With `among` (and their units known, as the fold passes them), a unit of another document is
    MinHashed only if its shingles could make a kept pair: the pairs are still the full result's."""
    docs = [document(" ".join(SENTENCES[k] for k in pick) + f" Item {n} ends here now.") for n, pick in
            enumerate(picks)]  # fmt: skip
    among = {docs[k].id for k in chosen if k < len(docs)}
    full = find_near_duplicates(docs, threshold)
    wanted = tuple(p for p in full if p.a.document in among or p.b.document in among)
    known = banded([d for d in docs if d.id in among])
    assert find_near_duplicates(docs, threshold, among=among, known=known) == wanted
    assert find_near_duplicates(docs, threshold, among=among) == wanted


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 3), st.lists(st.integers(0, 3), min_size=3, max_size=3)), max_size=12)
)
def test_candidate_pairs_are_the_units_of_two_documents_with_a_band_in_common(
    drawn: list[tuple[int, list[int]]],
) -> None:
    """Buckets by (band, value), found by one sort: the same pairs as comparing every two units; a unit
    without band values (not MinHashed) is in none."""
    units = [Unit(f"d{d}", k, k + 1, frozenset()) for k, (d, _) in enumerate(drawn)]
    values = [
        np.array(v, dtype=np.uint64) if k % 5 else np.empty(0, np.uint64) for k, (_, v) in enumerate(drawn)
    ]
    wanted = {
        (i, j)
        for i, j in itertools.combinations(range(len(units)), 2)
        if units[i].document != units[j].document
        and any(a == b for a, b in zip(values[i].tolist(), values[j].tolist(), strict=False))
    }
    assert candidate_pairs(units, values=values) == wanted
    among = {"d0"}
    ends = {(i, j) for i, j in wanted if "d0" in (units[i].document, units[j].document)}
    assert candidate_pairs(units, among, values) == ends


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(SENTENCES), st.sampled_from(SENTENCES), st.sampled_from([0.5, 0.6, 0.9]))
def test_could_pair_is_the_verification_of_a_candidate_pair(
    first: str, second: str, threshold: float
) -> None:
    """`could_pair` keeps a stored sentence exactly when `find_near_duplicates` would keep it as a pair
    with one of the ends (given that they are candidates): two documents of one sentence each."""
    a, b = document(first), document(second + " ")  # two ids even for one sentence
    [end] = banded([a]).units[a.id]
    [unit] = banded([b]).units[b.id]
    kept = bool(find_near_duplicates([a, b], threshold)) if first != second else True
    assert could_pair(unit.shingles, [end], threshold) == kept
    assert not could_pair(unit.shingles, [], threshold)


def test_unit_keys_are_the_documents_stored_keys_unit_by_unit() -> None:
    docs = [document(f"{SHARED}\n\n{OTHER[0]}"), document(f"{REWORDED} {OTHER[1]} Short one.")]
    found = banded(docs)
    rows = document_bands(found)
    keyed = unit_keys(found, {key for found_rows in rows.values() for key, _, _ in found_rows})
    by_document: dict[str, set[tuple[int, int, int]]] = {}
    for key, units in keyed.items():
        for unit in units:
            by_document.setdefault(unit.document, set()).add((key, unit.start, unit.end))
    assert by_document == {d: set(found_rows) for d, found_rows in rows.items()}
    assert {(u.start, u.end) for u in found.units[docs[0].id]} == {(s, e) for _, s, e in rows[docs[0].id]}
    assert all(len(units) == 2 for units in keyed.values() if len({u.document for u in units}) == 2)
    some = set(list(keyed)[:7])
    assert unit_keys(found, some) == {key: keyed[key] for key in some}
