"""build_timeline: one entry per real-world event across articles, different events kept apart."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.extract.events import extract_events
from storyline.extract.time import extract_times, resolve_publication_date
from storyline.link.timeline import build_timeline, vocabulary_limit
from storyline.model import (
    Document,
    DocumentAnalysis,
    Entity,
    Event,
    Mention,
    OffsetMap,
    PublicationDate,
    TimeValue,
    make_id,
)
from tests.conftest import seed_text

DAY = TimeValue(value="2020-08-09", start="2020-08-09", end="2020-08-09", granularity="day")


def _analysis(doc_id: str, summaries: list[tuple[str, TimeValue, tuple[str, ...]]]) -> DocumentAnalysis:
    text = " ".join(s for s, _, _ in summaries)
    document = Document(
        id=doc_id,
        source=doc_id,
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
    )
    events, offset = [], 0
    for summary, time, mentions in summaries:
        events.append(
            Event(
                id=make_id("event", doc_id, offset),
                document=doc_id,
                start=offset,
                end=offset + len(summary),
                summary=summary,
                timex="t",
                time=time,
                mentions=mentions,
            )
        )
        offset += len(summary) + 1
    return DocumentAnalysis(document=document, events=tuple(events))


def test_same_event_in_three_articles_is_one_entry() -> None:
    analyses = [
        _analysis("a", [("The presidential elections were held in Ruritania on August 9.", DAY, ("m1",))]),
        _analysis("b", [("Protests followed the presidential elections of August 9.", DAY, ("m2",))]),
        _analysis(
            "c", [("After the presidential elections on August 9, the president claimed victory.", DAY, ())]
        ),
    ]
    entity = Entity(
        id="e:ruritania", name="Ruritania", type="GPE", aliases=("Ruritania",), mentions=("m1", "m2")
    )
    (entry,) = build_timeline(analyses, [entity])
    assert len(entry.events) == 3 and len(entry.mentions) == 3
    assert {span.document for span in entry.mentions} == {"a", "b", "c"}
    assert entry.time.value == "2020-08-09" and entry.entities == ("e:ruritania",)


def test_different_events_on_the_same_day_stay_apart() -> None:
    analyses = [
        _analysis("a", [("The central bank raised interest rates on August 9.", DAY, ())]),
        _analysis("b", [("A ferry sank off the northern coast on August 9.", DAY, ())]),
    ]
    assert len(build_timeline(analyses, [])) == 2


def test_same_document_events_are_not_merged_and_entries_are_sorted() -> None:
    later = TimeValue(value="2020-09-01", start="2020-09-01", end="2020-09-01", granularity="day")
    analyses = [
        _analysis(
            "a",
            [
                ("Opposition leaders were detained in the capital on September 1.", later, ()),
                ("Opposition leaders were detained in the capital on August 9.", DAY, ()),
                ("Opposition leaders met journalists in the capital on August 9.", DAY, ()),
            ],
        )
    ]
    entries = build_timeline(analyses, [])
    assert [e.time.value for e in entries] == ["2020-08-09", "2020-08-09", "2020-09-01"]
    assert len({e.id for e in entries}) == 3


def test_entry_ids_are_stable() -> None:
    analyses = [_analysis("a", [("The bridge opened on August 9.", DAY, ())])]
    assert build_timeline(analyses, [])[0].id == build_timeline(list(reversed(analyses)), [])[0].id


@pytest.mark.seeds
def test_election_across_seeds(nlp: Language) -> None:
    """The 9 August 2020 election in seeds 000, 003 and 004 becomes one entry (003 needs a date)."""
    dates = {"000": "2021-03-30", "003": "2020-09-14", "004": None}
    analyses, by_name = [], {}
    for key, published in dates.items():
        text = seed_text(key)
        pub = (
            PublicationDate(value=published, source="byline", confidence=0.9)
            if published
            else PublicationDate.unknown()
        )
        document = Document(
            id=make_id("doc", text),
            source=key,
            format="text",
            text=text,
            raw_text=text,
            offset_map=OffsetMap.identity(len(text)),
            published=pub,
        )
        doc = nlp(text)
        document = resolve_publication_date(document, doc)
        mentions = tuple(
            Mention(
                id=make_id("mention", document.id, e.start_char),
                document=document.id,
                start=e.start_char,
                end=e.end_char,
                text=e.text,
                label=e.label_,
            )
            for e in doc.ents
            if e.label_ in ("GPE", "PERSON")
        )
        for mention in mentions:
            by_name.setdefault(mention.text, []).append(mention.id)
        events = extract_events(document, doc, extract_times(document, doc), mentions, ())
        analyses.append(DocumentAnalysis(document=document, mentions=mentions, events=events))
    entities = [
        Entity(id=f"e:{n}", name=n, type="X", aliases=(n,), mentions=tuple(ids)) for n, ids in by_name.items()
    ]
    election = [e for e in build_timeline(analyses, entities) if e.time.value == "2020-08-09"]
    assert len(election) == 1 and len(election[0].events) == 3


def test_the_vocabulary_limit_moves_only_at_doublings() -> None:
    """2% of the event count rounded to a power of two: flat from 5,793 to 11,585 events, doubled after."""
    assert vocabulary_limit(5_793) == vocabulary_limit(8_000) == vocabulary_limit(11_585) == 0.02 * 8_192
    assert vocabulary_limit(11_586) == 0.02 * 16_384
    assert vocabulary_limit(3) == vocabulary_limit(0) == 5.0  # MIN_COMMON below 256 events
