"""Publication dates at ingest: from the path, a metadata sheet, datelines, --published, and their order."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import InputError
from storyline.ingest import dating_options, read_paths
from storyline.ingest.datelines import find_dateline
from storyline.ingest.pathdates import path_date
from storyline.ingest.published import DatingOptions, date_document
from storyline.ingest.sheet import load_sheet
from storyline.model import PublicationDate, RawDocument, Rejected

BODY = "Officials met in Minsk to discuss oil prices and the transit fees for the coming year.\n"


@pytest.mark.parametrize(
    ("path", "day", "pattern"),
    [
        ("t17/InputDocs/2009-04-27/746.htm.txt", "2009-04-27", 'folder "2009-04-27" (YYYY-MM-DD)'),
        ("huff-post_2016-11-02_obama-says.txt", "2016-11-02", "(YYYY-MM-DD)"),
        ("crawl/20090427.txt", "2009-04-27", 'file name "20090427.txt" (YYYYMMDD)'),
        ("site/2009/04/27/story.txt", "2009-04-27", 'folder "2009/04/27" (YYYY/MM/DD)'),
        ("a/2015_12_31/x.txt", "2015-12-31", "(YYYY_MM_DD)"),
    ],
)
def test_a_day_in_the_path(path: str, day: str, pattern: str) -> None:
    found = path_date(path)
    assert found is not None and found.day == day
    assert pattern in found.evidence
    published = found.publication()
    assert published is not None and published.source == "path"


@pytest.mark.parametrize("path", ["a/123456789.txt", "b/2016-13-40_x.txt", "c/article-4521.txt", "d/x.txt"])
def test_no_day_in_the_path(path: str) -> None:
    found = path_date(path)
    assert found is None or found.day is None


def test_a_year_folder_is_not_a_day_but_gives_a_year() -> None:
    found = path_date("news/2009/04/story.txt")
    assert found is not None and (found.day, found.year, found.month) == (None, 2009, 4)
    assert found.publication() is None


def test_datelines_and_wire_headers() -> None:
    reuters = find_dateline("RABAT | Sun Feb 20 , 2011 6:47 pm EST RABAT -LRB- Reuters -RRB- - A son of")
    assert reuters is not None and reuters.day == "2011-02-20"
    spaced = find_dateline("Mon Apr 25 , 2011\nThe talks went on.")
    assert spaced is not None and spaced.day == "2011-04-25"
    wire = find_dateline("LONDON, June 8 (Reuters) - The pound fell.")
    assert wire is not None and (wire.day, wire.year) == ("XXXX-06-08", None)
    assert wire.with_year(2011) == "2011-06-08"


def test_a_date_in_a_sentence_or_a_wrong_weekday_is_no_dateline() -> None:
    assert find_dateline("They met on Monday, April 25, 2011 in Minsk.") is None
    assert find_dateline("Tuesday, April 25, 2011\nText") is None  # April 25, 2011 was a Monday


def _raw(source: str, text: str = BODY, published: PublicationDate | None = None) -> RawDocument:
    return RawDocument(
        source=source, format="text", raw_text=text, published=published or PublicationDate.unknown()
    )


def test_precedence_sheet_then_batch_then_own_metadata_then_path(tmp_path: Path) -> None:
    sheet_path = tmp_path / "sheet.csv"
    sheet_path.write_text("file,published,outlet\nnews_2020-01-02.txt,2020-03-04,Daily\n", "utf-8")
    sheet = load_sheet(str(sheet_path))
    own = PublicationDate(value="2020-05-06", source="metadata", confidence=0.95, evidence="date 2020-05-06")
    raw = _raw(str(tmp_path / "news_2020-01-02.txt"), published=own)
    by_sheet = date_document(raw, DatingOptions(sheet=sheet, published="2021-01-01"))
    assert (by_sheet.published.value, by_sheet.published.source, by_sheet.outlet) == (
        "2020-03-04",
        "metadata",
        "Daily",
    )
    assert date_document(raw, DatingOptions(published="2021-01-01")).published.value == "2021-01-01"
    assert date_document(raw, DatingOptions()).published.value == "2020-05-06"
    byline = PublicationDate(value="2019-01-01", source="byline", confidence=0.9, evidence="By X | ...")
    by_path = date_document(_raw("a/news_2020-01-02.txt", published=byline), DatingOptions())
    assert (by_path.published.value, by_path.published.source) == ("2020-01-02", "path")


def test_a_yearless_wire_header_takes_the_year_of_the_path_never_the_clock() -> None:
    text = "LONDON, June 8 (Reuters) - The pound fell against the dollar on Tuesday.\n"
    dated = date_document(_raw("wires/2011/story.txt", text), DatingOptions())
    assert (dated.published.value, dated.published.source) == ("2011-06-08", "byline")
    undated = date_document(_raw("wires/story.txt", text), DatingOptions())
    assert undated.published.value is None
    assert "yearless dateline" in (undated.published.evidence or "")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("sheet.tsv", "compartment\tfilename\tpublisher\tpublication_date\tauthor\ttitle\n"
         "test\tbreitbart_2016-03-11_activists\tbreitbart\t2016-03-12\tChris T\tA title\n"),
        ("sheet.csv", "path,date,source,url\ntext/breitbart_2016-03-11_activists.txt,2016-03-12,breitbart,"
         "https://example.org/a\n"),
        ("sheet.jsonl", '{"name": "breitbart_2016-03-11_activists.txt", "published": "March 12, 2016", '
         '"outlet": "breitbart"}\n'),
    ],
)  # fmt: skip
def test_sheet_formats_and_keys(tmp_path: Path, name: str, content: str) -> None:
    (tmp_path / "text").mkdir()
    article = tmp_path / "text" / "breitbart_2016-03-11_activists.txt"
    article.write_text(BODY, "utf-8")
    (tmp_path / name).write_text(content, "utf-8")
    [raw] = list(read_paths([str(article)], dating_options(str(tmp_path / name))))
    assert isinstance(raw, RawDocument)
    assert (raw.published.value, raw.published.source, raw.outlet) == ("2016-03-12", "metadata", "breitbart")
    assert name in (raw.published.evidence or "")


def test_an_ambiguous_file_name_matches_no_row(tmp_path: Path) -> None:
    (tmp_path / "s.csv").write_text("path,published\na/x.txt,2020-01-01\nb/x.txt,2020-02-02\n", "utf-8")
    sheet = load_sheet(str(tmp_path / "s.csv"))
    assert sheet.row_for("elsewhere/x.txt") is None
    row = sheet.row_for(str(tmp_path / "b" / "x.txt"))
    assert row is not None and row.published == "2020-02-02"


def test_unusable_options_fail_with_a_hint(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        dating_options(published="last week")
    (tmp_path / "s.csv").write_text("headline,published\nA,2020-01-01\n", "utf-8")
    with pytest.raises(InputError, match="no column names the file"):
        dating_options(str(tmp_path / "s.csv"))
    with pytest.raises(InputError):
        dating_options(str(tmp_path / "missing.csv"))


def test_read_paths_dates_every_document_from_its_folder(tmp_path: Path) -> None:
    for day in ("2009-04-27", "2009-04-28"):
        (tmp_path / day).mkdir()
        (tmp_path / day / "1.htm.txt").write_text(BODY.replace("Minsk", f"Minsk {day}"), "utf-8")
    found = [r for r in read_paths([str(tmp_path)]) if not isinstance(r, Rejected)]
    assert [(r.published.value, r.published.source) for r in found] == [
        ("2009-04-27", "path"),
        ("2009-04-28", "path"),
    ]
