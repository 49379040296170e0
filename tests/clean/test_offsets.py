"""The offset map: every kept span of cleaned text maps back to the same characters of raw text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean import clean_document
from storyline.clean.offsets import Kept, merge_cuts
from storyline.model import Document, RawDocument

JUNK = [
    "[ad_1]",
    "Photo of author",
    "By admin",
    "TWITTER",
    "Share this article",
    "pic.twitter.com/Qw3Er5",
    "***",
    "example.com",
    "Related",
    "   ",
    "",
]
WORDS = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd")), min_size=1, max_size=9)
SENTENCE = st.lists(WORDS, min_size=1, max_size=14).map(lambda words: " ".join(words) + ".")
LINE = st.one_of(SENTENCE, st.sampled_from(JUNK), st.just(""), SENTENCE.map(lambda s: f"{s} [ad_2] {s}  "))


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(LINE, min_size=1, max_size=25), newline=st.sampled_from(["\n", "\r\n"]))
def test_every_kept_span_maps_back_to_raw(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    document = clean_document(RawDocument(source="r.txt", format="text", raw_text=text))
    if not isinstance(document, Document):
        return
    offsets = document.offset_map
    assert "".join(text[r : r + n] for _, r, n in offsets.segments) == document.text
    for clean_start, _, length in offsets.segments:
        for start in range(clean_start, clean_start + length, max(1, length // 4)):
            for end in (start + 1, clean_start + length):
                raw_start, raw_end = offsets.span_to_raw(start, end)
                assert text[raw_start:raw_end] == document.text[start:end]
    for span in document.removed:
        assert 0 <= span.start < span.end <= len(text)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=8))
def test_drop_keeps_exactly_the_complement(cuts: list[tuple[int, int]]) -> None:
    text = "".join(chr(65 + i % 26) for i in range(60))
    spans = [(start, min(start + size, 60), "x") for start, size in cuts]
    kept = Kept.whole(60).drop(spans)
    dropped = {i for start, end, _ in merge_cuts(spans) for i in range(start, end)}
    assert kept.text(text) == "".join(c for i, c in enumerate(text) if i not in dropped)
    assert sum(s.end - s.start for s in kept.removed) == len(dropped)


def test_drop_twice_composes() -> None:
    text = "0123456789"
    kept = Kept.whole(10).drop([(2, 4, "a")])  # "01456789"
    kept = kept.drop([(1, 3, "b")])  # drops "1" and "4" of the current text
    assert kept.text(text) == "056789"
    assert [(s.start, s.end, s.reason) for s in kept.removed] == [(1, 2, "b"), (2, 4, "a"), (4, 5, "b")]
