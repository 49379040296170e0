"""Copied passages: sentence units, MinHash LSH candidates verified by shingle containment, origin first."""

from __future__ import annotations

import itertools

import pytest

from storyline.errors import ConfigError
from storyline.link.duplicates import find_near_duplicates
from storyline.link.passages import sentence_spans
from storyline.model import Document, OffsetMap, PublicationDate, make_id

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
