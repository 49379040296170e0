"""Plain-text reading: header lines, bylines, headlines, encodings, empty and binary files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from storyline.ingest import read_paths
from storyline.ingest.headers import parse_byline, parse_header
from storyline.ingest.text import read_text
from storyline.model import RawDocument, Rejected

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def read_one(name: str) -> RawDocument | Rejected:
    [outcome] = list(read_paths([str(FIXTURES / name)]))
    return outcome


def spans_text(raw: RawDocument) -> list[str]:
    return [raw.raw_text[start:end] for start, end in raw.header_spans]


def test_key_value_headers_become_fields() -> None:
    raw = read_one("headers.txt")
    assert isinstance(raw, RawDocument)
    assert raw.format == "text"
    assert raw.title == "Harbour cranes return to Klaipeda after a two-year refit"
    assert raw.outlet == "Baltic Freight Weekly"
    assert raw.author == "Ieva Kalnina"
    assert raw.url == "https://freight.example.org/klaipeda-cranes"
    assert (raw.published.value, raw.published.source) == ("2022-09-14", "metadata")
    assert raw.published.evidence == "date 2022-09-14"
    assert raw.published.confidence == pytest.approx(0.95)
    assert spans_text(raw)[0].startswith("title: Harbour")
    assert len(raw.header_spans) == 5


def test_headline_and_byline_with_date() -> None:
    raw = read_one("byline.txt")
    assert isinstance(raw, RawDocument)
    assert raw.title == "Riga opens a second night ferry line to Stockholm"
    assert raw.author == "Sam Ortiz"
    assert (raw.published.value, raw.published.source) == ("2023-06-08", "byline")
    assert raw.published.confidence == pytest.approx(0.9)
    assert spans_text(raw) == [raw.title, "By Sam Ortiz | June 8, 2023"]


def test_date_header_followed_by_text_on_the_same_line() -> None:
    raw = read_one("inline-date.txt")
    assert isinstance(raw, RawDocument)
    assert raw.published.value == "2021-11-02"
    assert spans_text(raw) == ["date 2021-11-02 "]
    assert raw.title is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By admin", (None, None)),
        ("By Sam Ortiz", ("Sam Ortiz", None)),
        ("By Sam Ortiz | June 8, 2023", ("Sam Ortiz", "2023-06-08")),
        ("BY Mara Lind • 14 May 2021", ("Mara Lind", "2021-05-14")),
        ("By the end of June the bridge will be closed.", None),
        ("By then, talks had stalled", None),
        ("By Sam Ortiz | not a date at all", None),
    ],
)
def test_parse_byline(line: str, expected: tuple[str | None, str | None] | None) -> None:
    assert parse_byline(line) == expected


def test_first_line_is_a_headline_only_when_short_unpunctuated_and_followed_by_a_blank() -> None:
    assert (
        parse_header("Short headline here\n\nBody text follows in this line.").title == "Short headline here"
    )
    assert parse_header("A first sentence of the article.\n\nMore.").title is None
    assert parse_header("A first line\nwrapped straight on.\n").title is None


def test_headers_in_any_order_with_blank_lines_and_a_placeholder_byline() -> None:
    text = "date: 2021-01-02\n\nHeadline here\n\nPhoto of author\nBy admin\nurl: https://x.example/a\n\nBody."
    header = parse_header(text)
    assert header.title == "Headline here"
    assert header.author is None
    assert header.url == "https://x.example/a"
    assert header.published.value == "2021-01-02"
    assert [text[s:e] for s, e in header.spans] == [
        "date: 2021-01-02",
        "Headline here",
        "By admin",
        "url: https://x.example/a",
    ]


def test_header_scan_stops_at_article_text() -> None:
    text = "The council met on Monday and voted for the plan.\n\nsource: Not A Header\n"
    assert parse_header(text).spans == ()


def test_unparseable_date_header_is_not_a_header() -> None:
    text = "Ferry news\n\ndate: sometime soon\nBody text of the article goes here."
    header = parse_header(text)
    assert header.published.value is None
    assert [text[s:e] for s, e in header.spans] == ["Ferry news"]


@pytest.mark.parametrize(("name", "word"), [("latin1.txt", "Frédéric Müller"), ("cp1251.txt", "Минске")])
def test_legacy_encodings_are_detected(name: str, word: str) -> None:
    raw = read_one(name)
    assert isinstance(raw, RawDocument)
    assert word in raw.raw_text


def test_utf16_with_bom() -> None:
    data = codecs.BOM_UTF16_LE + "Vilnius hosts the summit.\n".encode("utf-16-le")
    raw = read_text("x.txt", data)
    assert isinstance(raw, RawDocument) and raw.raw_text.startswith("Vilnius")


@pytest.mark.parametrize(("name", "code"), [("empty.txt", "E102"), ("binary.txt", "E101")])
def test_empty_and_binary_files_are_rejected(name: str, code: str) -> None:
    rejected = read_one(name)
    assert isinstance(rejected, Rejected)
    assert (rejected.stage, rejected.code) == ("ingest", code)
    assert rejected.source == str(FIXTURES / name)
    assert rejected.reason and "\n" not in rejected.reason


def test_whitespace_only_file_is_empty() -> None:
    rejected = read_text("blank.txt", b"  \n\n\t\n")
    assert isinstance(rejected, Rejected) and rejected.code == "E102"


@pytest.mark.seeds
def test_seed_000_date_header(seeds_dir: Path) -> None:
    matches = sorted(seeds_dir.glob("000*.txt"))
    if not matches:
        pytest.skip("seed 000 is absent")
    [raw] = list(read_paths([str(matches[0])]))
    assert isinstance(raw, RawDocument)
    assert (raw.published.value, raw.published.source) == ("2021-03-30", "metadata")
    assert raw.raw_text[raw.header_spans[0][1] :].startswith("We ")


def test_long_source_line_is_text_not_a_header() -> None:
    text = "Source : Several people were arrested after the police confronted protesters in the city ."
    assert parse_header(text + "\n\nMore text follows here.").outlet is None


def test_a_one_line_document_is_not_all_headline() -> None:
    assert parse_header("Graphic: the vote count, county by county\n").title is None


def test_headline_directly_above_a_byline_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "quoted-headline.txt"
    path.write_text(
        'Minister warns against "interference"\nBy Ana Reyes | March 3, 2021\n\n'
        "The minister spoke to reporters in the capital on Wednesday about the talks.\n",
        "utf-8",
    )
    (raw,) = list(read_paths([str(path)]))
    assert not isinstance(raw, Rejected)
    assert raw.title == 'Minister warns against "interference"'
    assert raw.published.value == "2021-03-03" and raw.published.source == "byline"
