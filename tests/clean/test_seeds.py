"""The five real seed articles: no scraped junk left, every article sentence kept (read at test time)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.clean import clean_document
from storyline.ingest import read_paths
from storyline.model import Document

pytestmark = pytest.mark.seeds

JUNK_SUBSTRINGS = ("[ad_", "Photo of author", "By admin", "pic.twitter.com", "belsat.eu", "2019.07.03")
JUNK_LINES = ("TWITTER", "***", "Opinions")


@pytest.fixture(scope="module")
def cleaned(seeds_dir: Path) -> dict[str, Document]:
    documents: dict[str, Document] = {}
    for outcome in read_paths([str(seeds_dir)]):
        assert not hasattr(outcome, "reason"), outcome
        document = clean_document(outcome)  # type: ignore[arg-type]
        assert isinstance(document, Document)
        documents[Path(document.source).name[:3]] = document
    assert sorted(documents) == ["000", "001", "002", "003", "004"]
    return documents


def article_sentences(raw_text: str) -> list[str]:
    """The article's sentence lines of a raw seed: long lines ending like a sentence."""
    lines = (line.strip() for line in raw_text.split("\n"))
    return [line for line in lines if len(line.split()) >= 6 and line[-1] in '.!?…"”»']


def test_no_junk_left(cleaned: dict[str, Document]) -> None:
    for document in cleaned.values():
        for junk in JUNK_SUBSTRINGS:
            assert junk not in document.text, (document.source, junk)
        lines = {line.strip() for line in document.text.split("\n")}
        assert not lines & set(JUNK_LINES), document.source
        assert "\n\n\n" not in document.text and document.text == document.text.strip()


def test_every_article_sentence_is_kept(cleaned: dict[str, Document]) -> None:
    for document in cleaned.values():
        raw = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s+", "", document.raw_text)
        for sentence in article_sentences(raw):
            assert sentence in document.text, (document.source, sentence[:40])


def test_distinctive_words_kept_and_teaser_gone(cleaned: dict[str, Document]) -> None:
    assert "Treaty" in cleaned["000"].text
    assert "Mishustin" in cleaned["001"].text
    assert "Iskander" not in cleaned["002"].text  # the related-article teaser
    assert "Syamashka" in cleaned["002"].text
    assert "Linkevicius (@LinkeviciusL)" in cleaned["004"].text  # the tweet signature stays
    assert "#Lithuania" in cleaned["004"].text  # and the tweet text


def test_titles_and_dates(cleaned: dict[str, Document]) -> None:
    first = cleaned["000"]
    assert (first.published.value, first.published.source) == ("2021-03-30", "metadata")
    assert first.text.startswith("We ")
    assert cleaned["001"].title is not None and "roadmaps" in cleaned["001"].title
    assert not cleaned["001"].text.startswith(cleaned["001"].title)


def test_offsets_round_trip_on_seeds(cleaned: dict[str, Document]) -> None:
    for document in cleaned.values():
        for clean_start, raw_start, length in document.offset_map.segments:
            kept = document.raw_text[raw_start : raw_start + length].replace("\u00a0", " ")
            assert document.text[clean_start : clean_start + length] == kept
