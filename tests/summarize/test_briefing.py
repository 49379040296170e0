"""The demo briefing: main people, precise and most-reported events, statements reported more than once."""

from __future__ import annotations

from storyline.model import (
    CorpusLinks,
    Document,
    DocumentAnalysis,
    Entity,
    OffsetMap,
    PublicationDate,
    Quote,
    Span,
    Statement,
    TimelineEntry,
    TimeValue,
)
from storyline.summarize.briefing import build_briefing, top_aliases


def document(doc_id: str, outlet: str, published: str) -> Document:
    text = "The spokesman said there would be no merger. Talks were held on Monday."
    return Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
        outlet=outlet,
        published=PublicationDate(value=published, source="metadata", confidence=0.95),
    )


def quote(doc_id: str) -> Quote:
    return Quote(id=f"quote:{doc_id}", document=doc_id, start=4, end=13, text="spokesman", kind="indirect")


def entry(entry_id: str, value: str, granularity: str, documents: list[str]) -> TimelineEntry:
    day = value if len(value) == 10 else f"{value}-01-01"[:10]
    return TimelineEntry(
        id=entry_id,
        time=TimeValue(value=value, start=day, end=day, granularity=granularity),  # type: ignore[arg-type]
        summary="Talks were held",
        summary_span=Span(document=documents[0], start=46, end=61),
        events=tuple(f"event:{d}" for d in documents),
        mentions=tuple(Span(document=d, start=46, end=61) for d in documents),
    )


def test_briefing_picks_people_precise_events_and_repeats() -> None:
    analyses = [
        DocumentAnalysis(document=document("doc:a", "Wire A", "2021-03-31"), quotes=(quote("doc:a"),)),
        DocumentAnalysis(document=document("doc:b", "Wire B", "2021-04-23"), quotes=(quote("doc:b"),)),
    ]
    peskov = Entity(
        id="entity:p",
        name="Dmitry Peskov",
        type="PERSON",
        aliases=("D. Peskov", "Dmitry Peskov", "Peskov"),
        mentions=("m1", "m2", "m3"),
    )
    minsk = Entity(
        id="entity:m", name="Minsk", type="GPE", aliases=("Minsk",), mentions=("m4", "m5", "m6", "m7")
    )
    statement = Statement(
        id="statement:1",
        speaker="entity:p",
        quotes=("quote:doc:a", "quote:doc:b"),
        first_document="doc:a",
        first_published=analyses[0].document.published,
    )
    links = CorpusLinks(
        entities=(minsk, peskov),
        statements=(statement,),
        timeline=(
            entry("t:year", "2021", "year", ["doc:a", "doc:b"]),
            entry("t:day", "2021-03-29", "day", ["doc:a", "doc:b"]),
            entry("t:one", "2021-03-01", "day", ["doc:a"]),
        ),
    )
    briefing = build_briefing(analyses, links)
    assert (briefing.documents, briefing.outlets) == (2, 2)
    assert (briefing.first_published, briefing.last_published) == ("2021-03-31", "2021-04-23")
    assert [e.name for e in briefing.people] == ["Dmitry Peskov"]
    assert [t.id for t in briefing.timeline] == ["t:one", "t:day"]  # by date; the year-only entry left out
    (repeat,) = briefing.repeated
    assert (repeat.speaker, repeat.first_source, repeat.reports) == ("Dmitry Peskov", "Wire A", 2)
    assert top_aliases(peskov) == ["Peskov", "D. Peskov"]
