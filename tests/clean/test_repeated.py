"""Outlet furniture by repetition: edge lines counted over files, cut whole or where glued, articles kept."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.clean.repeated import MIN_FILES, edge_lines, present, repeated_cuts, repeated_lines
from storyline.model import Document, RawDocument

FOOT = "Is a limerick the finest verse , or the lowest ?"
HEAD = "See every map of the harbour fire here ."


def _page(n: int) -> str:
    return (
        f"{HEAD}\nThe harbour board met on day {n} to count boats .\nIt said {n} boats were lost .\n{FOOT}\n"
    )


def test_edge_lines_are_the_first_and_last_lines_with_three_words_spaces_collapsed() -> None:
    text = "Top  line of  page\n\nOne two\n" + "\n".join(f"middle sentence number {i}" for i in range(5))
    edges = edge_lines(text + "\nlast line here\n")
    assert "Top line of page" in edges and "last line here" in edges
    assert "One two" not in edges  # two words: left to the per-line rules
    assert "middle sentence number 1" not in edges  # neither among the first three nor the last three


def test_a_line_is_repeated_from_min_files_files_and_a_share_of_the_group() -> None:
    below = [edge_lines(_page(n)) for n in range(MIN_FILES - 1)]
    assert repeated_lines(below) == frozenset()
    at = [edge_lines(_page(n)) for n in range(MIN_FILES)]
    assert repeated_lines(at) == {FOOT, HEAD}
    diluted = at + [frozenset({f"story {n} alone here"}) for n in range(400)]  # 8 of 408 files: < 3%
    assert repeated_lines(diluted) == frozenset()


def test_a_repeated_line_is_cut_whole_or_where_it_is_glued_but_not_inside_a_line() -> None:
    lines = [
        (0, f"  {FOOT} "),
        (60, f"Next - 2 hrs ago {FOOT}"),
        (140, f"{HEAD} The board met again ."),
        (220, f"He asked : {FOOT[:-2]} , he said ."),
    ]
    cuts = repeated_cuts(lines, (FOOT, HEAD))
    assert cuts == [
        (2, 2 + len(FOOT), "repeated line"),
        (60 + len("Next - 2 hrs ago "), 60 + len(lines[1][1]), "repeated line"),
        (140, 140 + len(HEAD), "repeated line"),
    ]


def test_present_keeps_only_the_lines_a_text_holds() -> None:
    assert present(_page(1), frozenset({FOOT, "A line from another page ."})) == (FOOT,)


def test_cleaning_cuts_the_carried_lines_keeps_every_sentence_and_maps_offsets() -> None:
    raw = RawDocument(source="p.txt", format="text", raw_text=_page(3), repeated_lines=(FOOT, HEAD))
    document = clean_document(raw)
    assert isinstance(document, Document)
    assert document.text.split("\n")[:2] == [
        "The harbour board met on day 3 to count boats .",
        "It said 3 boats were lost .",
    ]
    assert FOOT not in document.text and HEAD not in document.text
    assert sorted(s.reason for s in document.removed) == ["repeated line", "repeated line"]
    start = document.text.index("It said")
    assert raw.raw_text[document.offset_map.to_raw(start) :].startswith("It said 3 boats")


def test_without_carried_lines_the_same_page_keeps_them() -> None:
    document = clean_document(RawDocument(source="p.txt", format="text", raw_text=_page(3)))
    assert isinstance(document, Document) and FOOT in document.text
