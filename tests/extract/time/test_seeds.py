"""Every date reference of the five seed articles, resolved as we read them (seeds read at test time)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from spacy.language import Language

from storyline.extract.time import extract_times, resolve_publication_date
from storyline.model import Document, OffsetMap, PublicationDate, make_id
from tests.conftest import seed_text

pytestmark = pytest.mark.seeds

EXPECTED: dict[str, list[tuple[str, str]]] = {
    "000": [
        ("2021-03-30", "2021-03-30"),
        ("March 30", "2021-03-30"),
        ("January 26, 2000", "2000-01-26"),
        ("August 9 last year", "2020-08-09"),
        ("March 27", "2021-03-27"),
        ("the morning of the same day", "2021-03-27TMO"),
        ("March 27", "2021-03-27"),
        ("March 29", "2021-03-29"),
    ],
    "001": [  # no year anywhere in the text: nothing dates it but the corpus (test_end_to_end_seeds)
        ("Wednesday, April 28", "XXXX-04-28"),
        ("April 23", "XXXX-04-23"),
        ("April 22", "XXXX-04-22"),
        ("mid-April", "XXXX-04"),
        ("early April", "XXXX-04"),
        ("March", "XXXX-03"),
        ("February 11", "XXXX-02-11"),
    ],
    "002": [
        ("two weeks", "P2W"),
        ("This year", "2019"),
        ("July 18", "2019-07-18"),
        ("a day earlier", "2019-07-02"),
        ("the end of 2018", "2018"),
        ("late December", "2018-12"),
        ("December 25", "2018-12-25"),
        ("May 29", "2019-05-29"),
        ("the end of June", "2019-06"),
        ("June 4", "2019-06-04"),
        ("21 June", "2019-06-21"),
        ("2019.07.03 08:44", "2019-07-03T08:44"),
    ],
    "003": [
        ("August", "XXXX-08"),
        ("now", "PRESENT_REF"),
        ("five weeks", "P5W"),
        ("now", "PRESENT_REF"),
        ("the past", "PAST_REF"),
        ("Now", "PRESENT_REF"),
        ("now", "PRESENT_REF"),
        ("Monday", "XXXX-WXX-1"),
        ("more than a month", "P1M"),
        ("August 9", "XXXX-08-09"),
        ("1994", "1994"),
    ],
    "004": [
        ("recent weeks", "PXW"),
        ("today", "2020-09-20"),
        ("September 20, 2020", "2020-09-20"),
        ("The next day, September 21", "2020-09-21"),
        ("August 9", "2020-08-09"),
    ],
}
PUBLISHED = {"000": "2021-03-30", "001": None, "002": "2019-07-03", "003": None, "004": "2020-09-20"}
TRUTH = {"002": "2019-07-03", "004": "2020-09-20"}  # what the article is about, within a few days


def seed_document(key: str, published: PublicationDate | None = None) -> Document:
    """A seed as a Document; seed 000's `date` header line is read as a byline date."""
    text = seed_text(key)
    header = re.match(r"\s*date (\d{4}-\d{2}-\d{2})", text)
    if published is None:
        published = (
            PublicationDate(
                value=header.group(1), source="byline", confidence=0.9, evidence=header.group(0).strip()
            )
            if header
            else PublicationDate.unknown()
        )
    return Document(
        id=make_id("doc", text),
        source=f"{key}.txt",
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
        published=published,
    )


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_seed_publication_date(nlp: Language, key: str) -> None:
    document = seed_document(key)
    published = resolve_publication_date(document, nlp(document.text)).published
    assert published.value == PUBLISHED[key]
    assert published.evidence  # provenance, also for the unknown
    if key in TRUTH and published.value:
        gap = dt.date.fromisoformat(published.value) - dt.date.fromisoformat(TRUTH[key])
        assert abs(gap.days) <= 3
    if key != "000" and published.value:
        assert published.source in ("text", "inferred") and 0 < published.confidence < 0.9


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_seed_expressions(nlp: Language, key: str) -> None:
    document = seed_document(key)
    doc = nlp(document.text)
    document = resolve_publication_date(document, doc)
    found = [(t.text, t.value) for t in extract_times(document, doc)]
    assert found == EXPECTED[key]


def test_seed_003_with_a_known_date(nlp: Language) -> None:
    """Seed 003 states no year; given one (e.g. from a byline), its references resolve."""
    known = PublicationDate(value="2020-09-14", source="byline", confidence=0.9, evidence="test")
    document = seed_document("003", known)
    found = {(t.text, t.value) for t in extract_times(document, nlp(document.text))}
    assert {("Monday", "2020-09-14"), ("August 9", "2020-08-09"), ("August", "2020-08")} <= found


def test_seed_001_with_a_known_date(nlp: Language) -> None:
    """Seed 001 states no year (the clock once supplied one); given its day, every reference resolves."""
    known = PublicationDate(value="2021-04-28", source="inferred", confidence=0.3, evidence="test")
    document = seed_document("001", known)
    found = [(t.text, t.value) for t in extract_times(document, nlp(document.text))]
    assert found == [
        ("Wednesday, April 28", "2021-04-28"),
        ("April 23", "2021-04-23"),
        ("April 22", "2021-04-22"),
        ("mid-April", "2021-04"),
        ("early April", "2021-04"),
        ("March", "2021-03"),
        ("February 11", "2021-02-11"),
    ]


def test_seed_fuzzy_intervals(nlp: Language) -> None:
    document = seed_document("002")
    doc = nlp(document.text)
    times = {t.text: t.time for t in extract_times(resolve_publication_date(document, doc), doc)}
    end_2018, late_december = times["the end of 2018"], times["late December"]
    assert end_2018 is not None and (end_2018.modifier, end_2018.end) == ("END", "2018-12-31")
    assert late_december is not None and (late_december.start, late_december.end) == (
        "2018-12-22",
        "2018-12-31",
    )
