"""Publication-date inference on texts we wrote: metadata kept, weekday–date pairs, datelines, unknowns."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from storyline.extract.time import resolve_publication_date
from storyline.extract.time.publication import infer_publication_date
from storyline.model import Document, OffsetMap, PublicationDate, make_id

TODAY = dt.date(2026, 1, 1)


def _document(text: str, published: PublicationDate | None = None) -> Document:
    return Document(
        id=make_id("doc", text),
        source="t.txt",
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
        published=published or PublicationDate.unknown(),
    )


def test_metadata_date_is_kept(nlp: Language) -> None:
    known = PublicationDate(value="2020-01-02", source="metadata", confidence=0.95, evidence="og:date")
    document = _document("The mayor spoke on Wednesday, April 28.", known)
    assert resolve_publication_date(document, nlp(document.text)).published == known


def test_weekday_date_pair_gives_the_date_and_year(nlp: Language) -> None:
    text = "Ministers met in Kazan. The premier spoke on Wednesday, April 28, after the talks."
    found = infer_publication_date(text, nlp(text), TODAY)
    assert (found.value, found.source, found.evidence) == ("2021-04-28", "inferred", "Wednesday, April 28")
    assert found.confidence > 0.5


def test_dateline_line(nlp: Language) -> None:
    text = "Talks stall again\nThe envoys left without a deal on June 4.\n2019.07.03 08:44\n"
    found = infer_publication_date(text, nlp(text), TODAY)
    assert (found.value, found.source, found.evidence) == ("2019-07-03", "text", "2019.07.03 08:44")


def test_latest_reported_full_date(nlp: Language) -> None:
    text = (
        "A long introduction about the river and the town that goes on for a while without any dates "
        "at all, so that nothing appears near the top of the page, really nothing, not even one, at all, "
        "and it keeps going for quite some time before anything happens in the story we are reading here.\n"
        "The dam opened on May 2, 2015. It flooded the valley on March 9, 2016."
    )
    found = infer_publication_date(text, nlp(text), TODAY)
    assert (found.value, found.source, found.confidence) == ("2016-03-09", "inferred", 0.4)


def test_future_dates_do_not_date_the_article(nlp: Language) -> None:
    text = "The bridge will open on Friday, May 5, 2031, officials hope."
    found = infer_publication_date(text, nlp(text), TODAY)
    assert found.value is None


def test_unknown_is_explained(nlp: Language) -> None:
    document = _document("The protests over the August vote have gone on for five weeks.")
    published = resolve_publication_date(document, nlp(document.text)).published
    assert (published.value, published.source, published.confidence) == (None, "none", 0.0)
    assert published.evidence


def _with_removed(raw: str, kept: str, removed: list[tuple[str, str]]) -> Document:
    from dataclasses import replace

    from storyline.model import RemovedSpan

    spans = tuple(
        RemovedSpan(start=raw.index(piece), end=raw.index(piece) + len(piece), reason=reason)
        for piece, reason in removed
    )
    return replace(_document(kept), raw_text=raw, removed=spans)


def test_removed_related_teaser_timestamp_is_weak_evidence() -> None:
    kept = "Officials met to talk about trade. Nothing was agreed."
    raw = kept + "\n\nMore news\nBorder queues grow longer\n2018.11.02 10:15\n"
    document = _with_removed(
        raw, kept, [("More news\nBorder queues grow longer\n2018.11.02 10:15\n", "related teaser")]
    )
    published = resolve_publication_date(document, None).published
    assert (published.value, published.source) == ("2018-11-02", "inferred")
    assert published.confidence < 0.5 and published.evidence and "related teaser" in published.evidence


def test_removed_byline_date_wins_over_a_teaser() -> None:
    kept = "Officials met to talk about trade. Nothing was agreed."
    raw = "By Ana Reyes | 4 May 2019\n" + kept + "\nRelated\nOther story\n2019.05.01 09:00\n"
    document = _with_removed(
        raw,
        kept,
        [
            ("By Ana Reyes | 4 May 2019", "byline"),
            ("Related\nOther story\n2019.05.01 09:00\n", "related teaser"),
        ],
    )
    published = resolve_publication_date(document, None).published
    assert (published.value, published.source) == ("2019-05-04", "byline")
