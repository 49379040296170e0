"""clean_document: header spans dropped, whitespace tidied, removals recorded, ids from content."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.model import Document, PublicationDate, RawDocument, Rejected, make_id


def raw(text: str, **fields: object) -> RawDocument:
    return RawDocument(source="a.txt", format="text", raw_text=text, **fields)  # type: ignore[arg-type]


def test_header_spans_are_dropped_and_fields_carried() -> None:
    text = "date 2021-03-30 The ministers met in Kazan on Tuesday.\n\nThey agreed on a plan."
    published = PublicationDate(
        value="2021-03-30", source="metadata", confidence=0.95, evidence="date 2021-03-30"
    )
    document = clean_document(raw(text, header_spans=((0, 16),), published=published, outlet="Desk"))
    assert isinstance(document, Document)
    assert document.text == "The ministers met in Kazan on Tuesday.\n\nThey agreed on a plan."
    assert document.published == published and document.outlet == "Desk"
    assert [(s.start, s.end, s.reason) for s in document.removed] == [(0, 16, "header")]
    assert document.raw_text == text
    assert document.id == make_id("doc", document.text)


def test_whitespace_is_normalised_conservatively() -> None:
    text = "\n\n  First line.   \nSecond  line\twith inner spaces.\t\n\n\n\n\nThird paragraph.  \n\n"
    document = clean_document(raw(text))
    assert isinstance(document, Document)
    assert document.text == "First line.\nSecond  line\twith inner spaces.\n\nThird paragraph."
    assert document.removed == ()  # whitespace is not recorded as a removal


def test_no_break_spaces_and_invisible_characters() -> None:
    text = "Prices rose\u00a0by 5%.\r\nThe\u200b bank\u00ad said so.\r\n"
    document = clean_document(raw(text))
    assert isinstance(document, Document)
    assert document.text == "Prices rose by 5%.\nThe bank said so."
    assert {s.reason for s in document.removed} == {"invisible character"}
    for clean_start, raw_start, length in document.offset_map.segments:
        kept = text[raw_start : raw_start + length].replace("\u00a0", " ")
        assert document.text[clean_start : clean_start + length] == kept


def test_identical_articles_get_one_id() -> None:
    first = clean_document(raw("By admin\n\nThe same story, word for word."))
    second = clean_document(
        RawDocument(source="b.txt", format="text", raw_text="The same story, word for word.\n")
    )
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.id == second.id and first.source != second.source


def test_nothing_but_boilerplate_is_rejected() -> None:
    rejected = clean_document(raw("[ad_1]\n\nPhoto of author\n\nBy admin\n\nTWITTER\n"))
    assert isinstance(rejected, Rejected)
    assert (rejected.stage, rejected.source, rejected.code) == ("clean", "a.txt", "E102")


def test_removed_spans_index_raw_text() -> None:
    text = "Photo of author\n\nBy admin\n\nThe story begins here.\n\n[ad_2]"
    document = clean_document(raw(text))
    assert isinstance(document, Document)
    pieces = {(text[s.start : s.end].strip(), s.reason) for s in document.removed}
    assert pieces == {("Photo of author", "author photo"), ("By admin", "byline"), ("[ad_2]", "ad marker")}
