"""Near-duplicate passages: MinHash LSH candidates confirmed by exact Jaccard, in a stable order."""

from __future__ import annotations

import pytest

from storyline.errors import ConfigError
from storyline.link.duplicates import find_near_duplicates, paragraph_spans
from storyline.model import Document, OffsetMap, make_id

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


def document(text: str) -> Document:
    return Document(
        id=make_id("doc", text),
        source="s",
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
    )


def test_a_reprinted_passage_is_found_with_spans_into_each_text() -> None:
    a = document(f"{OTHER[0]}\n\n{SHARED}\n\n{OTHER[1]}")
    b = document(f"{OTHER[2]}\n\n{REWORDED}")
    [pair] = find_near_duplicates([b, a])
    first, second = sorted([a, b], key=lambda d: d.id)
    assert (pair.a.document, pair.b.document) == (first.id, second.id)
    by_id = {a.id: a, b.id: b}
    assert {by_id[s.document].text[s.start : s.end] for s in (pair.a, pair.b)} == {SHARED, REWORDED}
    assert 0.6 <= pair.similarity < 1.0


def test_unrelated_documents_and_the_same_document_give_nothing() -> None:
    assert find_near_duplicates([document(OTHER[0] + "\n\n" + OTHER[1]), document(OTHER[2])]) == ()
    same = document(f"{SHARED}\n\n{SHARED}")
    assert find_near_duplicates([same, same]) == ()


def test_threshold_and_order_are_respected() -> None:
    docs = [document(f"{SHARED}\n\n{OTHER[i]}") for i in range(3)]
    pairs = find_near_duplicates(docs, threshold=0.95)
    assert len(pairs) == 3 and all(p.similarity == 1.0 for p in pairs)
    assert list(pairs) == sorted(pairs, key=lambda p: (p.a.document, p.a.start, p.b.document, p.b.start))
    assert find_near_duplicates(list(reversed(docs)), threshold=0.95) == pairs
    with pytest.raises(ConfigError):
        find_near_duplicates(docs, threshold=0)


def test_short_passages_are_not_compared() -> None:
    assert find_near_duplicates([document("Short line here."), document("Short line here!")]) == ()


def test_paragraphs_are_lines_when_every_line_ends_a_sentence() -> None:
    text = "First paragraph ends here.\nSecond one too.\n\nA wrapped\nparagraph goes on."
    assert [text[s:e] for s, e in paragraph_spans(text)] == [
        "First paragraph ends here.",
        "Second one too.",
        "A wrapped\nparagraph goes on.",
    ]
