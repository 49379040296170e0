"""A small hand-built corpus (two analyses and their links) for store, export and CLI tests."""

from __future__ import annotations

from storyline.model import (
    Copy,
    CorpusLinks,
    Document,
    DocumentAnalysis,
    Entity,
    Event,
    Mention,
    NearDuplicate,
    OffsetMap,
    PublicationDate,
    Quote,
    RemovedSpan,
    Sentence,
    Span,
    Statement,
    Story,
    TimeExpression,
    TimelineEntry,
    TimeValue,
    make_id,
)

TEXT_A = (
    "Kremlin spokesman Dmitry Peskov said on Tuesday that there is no talk about unification. "
    '"There is no talk about unification," Peskov told reporters. '
    "Presidential elections were held in Belarus on 9 August 2020."
)
TEXT_B = (
    "Песков said there was no talk of the unification, RIA Novosti reported. "
    "The Belarus election of 9 August 2020 was disputed. "
    "Linkevičius criticised the vote, an official said."
)
ELECTION = TimeValue(value="2020-08-09", start="2020-08-09", end="2020-08-09", granularity="day")
TUESDAY = TimeValue(value="2021-03-30", start="2021-03-30", end="2021-03-30", granularity="day")


def span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def mention(doc: str, text: str, needle: str, label: str, after: int = 0, **extra: object) -> Mention:
    start, end = span(text, needle, after)
    return Mention(
        id=make_id("mention", doc, start, end),
        document=doc,
        start=start,
        end=end,
        text=needle,
        label=label,
        **extra,  # type: ignore[arg-type]
    )


def document_a() -> DocumentAnalysis:
    doc_id = make_id("doc", TEXT_A)
    raw = "[ad_1]\n" + TEXT_A
    document = Document(
        id=doc_id,
        source="corpus/a.txt",
        format="text",
        text=TEXT_A,
        raw_text=raw,
        offset_map=OffsetMap(((0, 7, len(TEXT_A)),)),
        title="Peskov on unification",
        outlet="Gazeta",
        author="Sam Ortiz",
        url="https://example.org/a",
        language="en",
        published=PublicationDate(
            value="2021-03-30", source="byline", confidence=0.9, evidence="date 2021-03-30"
        ),
        removed=(RemovedSpan(start=0, end=7, reason="ad marker"),),
    )
    peskov_full = mention(doc_id, TEXT_A, "Dmitry Peskov", "PERSON", sentence=0)
    peskov = mention(
        doc_id, TEXT_A, "Peskov", "PERSON", after=peskov_full.end, sentence=1, refers_to=peskov_full.id
    )
    belarus = mention(doc_id, TEXT_A, "Belarus", "GPE", sentence=2)
    t_start, t_end = span(TEXT_A, "on Tuesday")
    tuesday = TimeExpression(
        id=make_id("timex", doc_id, t_start, t_end),
        document=doc_id,
        start=t_start,
        end=t_end,
        text="on Tuesday",
        type="DATE",
        value="2021-03-30",
        time=TUESDAY,
        anchor="2021-03-30",
        anchor_rule="publication",
        sentence=0,
    )
    e_start, e_end = span(TEXT_A, "9 August 2020")
    election_tx = TimeExpression(
        id=make_id("timex", doc_id, e_start, e_end),
        document=doc_id,
        start=e_start,
        end=e_end,
        text="9 August 2020",
        type="DATE",
        value="2020-08-09",
        time=ELECTION,
        anchor=None,
        anchor_rule="absolute",
        sentence=2,
    )
    d_start, d_end = span(TEXT_A, "There is no talk about unification,")
    direct = Quote(
        id=make_id("quote", doc_id, d_start, d_end),
        document=doc_id,
        start=d_start,
        end=d_end,
        text="There is no talk about unification,",
        kind="direct",
        speaker_text="Peskov",
        speaker_start=peskov.start,
        speaker_end=peskov.end,
        speaker_mention=peskov.id,
        cue_text="told",
        cue_start=span(TEXT_A, "told")[0],
        cue_end=span(TEXT_A, "told")[1],
        said_on=TUESDAY,
        said_on_from="published",
        fragments=((d_start + 1, d_start + 9),),
    )
    s_start, s_end = span(TEXT_A, "Presidential elections were held in Belarus on 9 August 2020.")
    event = Event(
        id=make_id("event", doc_id, s_start, s_end),
        document=doc_id,
        start=s_start,
        end=s_end,
        summary="Presidential elections were held in Belarus",
        timex=election_tx.id,
        time=ELECTION,
        mentions=(belarus.id,),
    )
    return DocumentAnalysis(
        document=document,
        sentences=(
            Sentence(document=doc_id, index=0, start=0, end=88),
            Sentence(document=doc_id, index=1, start=89, end=150),
        ),
        mentions=(peskov_full, peskov, belarus),
        timexes=(tuesday, election_tx),
        quotes=(direct,),
        events=(event,),
    )


def document_b() -> DocumentAnalysis:
    doc_id = make_id("doc", TEXT_B)
    document = Document(
        id=doc_id,
        source="https://ria.example/b",
        format="html",
        text=TEXT_B,
        raw_text=TEXT_B,
        offset_map=OffsetMap.identity(len(TEXT_B)),
        title="Выборы: the Belarus vote",
        outlet="RIA Novosti",
        published=PublicationDate(
            value="2021-04-28", source="metadata", confidence=0.95, evidence="og:published"
        ),
    )
    peskov = mention(doc_id, TEXT_B, "Песков", "PERSON", sentence=0)
    belarus = mention(doc_id, TEXT_B, "Belarus", "GPE", sentence=1)
    linkevicius = mention(doc_id, TEXT_B, "Linkevičius", "PERSON", sentence=2)
    i_start, i_end = span(TEXT_B, "there was no talk of the unification")
    indirect = Quote(
        id=make_id("quote", doc_id, i_start, i_end),
        document=doc_id,
        start=i_start,
        end=i_end,
        text="there was no talk of the unification",
        kind="indirect",
        speaker_text="Песков",
        speaker_start=peskov.start,
        speaker_end=peskov.end,
        speaker_mention=peskov.id,
        cue_text="said",
        cue_start=span(TEXT_B, "said")[0],
        cue_end=span(TEXT_B, "said")[1],
        relay="RIA Novosti",
        said_on=None,
        said_on_from="none",
    )
    o_start, o_end = span(TEXT_B, "Linkevičius criticised the vote")
    official = Quote(
        id=make_id("quote", doc_id, o_start, o_end),
        document=doc_id,
        start=o_start,
        end=o_end,
        text="Linkevičius criticised the vote",
        kind="indirect",
        speaker_text="an official",
        said_on=TimeValue(
            value="2021-04", start="2021-04-01", end="2021-04-30", granularity="month", modifier="MID"
        ),
        said_on_from="text",
    )
    e_start, e_end = span(TEXT_B, "9 August 2020")
    election_tx = TimeExpression(
        id=make_id("timex", doc_id, e_start, e_end),
        document=doc_id,
        start=e_start,
        end=e_end,
        text="9 August 2020",
        type="DATE",
        value="2020-08-09",
        time=ELECTION,
        anchor=None,
        anchor_rule="absolute",
    )
    duration = TimeExpression(
        id=make_id("timex", doc_id, 0, 1),
        document=doc_id,
        start=0,
        end=1,
        text="П",
        type="DURATION",
        value="P5W",
        time=None,
        anchor="2021-04-28",
        anchor_rule="none",
    )
    s_start, s_end = span(TEXT_B, "The Belarus election of 9 August 2020 was disputed.")
    event = Event(
        id=make_id("event", doc_id, s_start, s_end),
        document=doc_id,
        start=s_start,
        end=s_end,
        summary="The Belarus election was disputed",
        timex=election_tx.id,
        time=ELECTION,
        planned=False,
        mentions=(belarus.id,),
    )
    return DocumentAnalysis(
        document=document,
        mentions=(peskov, belarus, linkevicius),
        timexes=(election_tx, duration),
        quotes=(indirect, official),
        events=(event,),
    )


def analyses() -> list[DocumentAnalysis]:
    return sorted([document_a(), document_b()], key=lambda a: a.document.id)


def links(items: list[DocumentAnalysis] | None = None) -> CorpusLinks:
    a, b = document_a(), document_b()
    peskov = Entity(
        id=make_id("entity", "Dmitry Peskov"),
        name="Dmitry Peskov",
        type="PERSON",
        aliases=("Dmitry Peskov", "Peskov", "Песков"),
        mentions=(a.mentions[0].id, a.mentions[1].id, b.mentions[0].id),
    )
    belarus = Entity(
        id=make_id("entity", "Belarus"),
        name="Belarus",
        type="GPE",
        aliases=("Belarus",),
        mentions=(a.mentions[2].id, b.mentions[1].id),
    )
    linkevicius = Entity(
        id=make_id("entity", "Linkevičius"),
        name="Linkevičius",
        type="PERSON",
        aliases=("Linkevičius",),
        mentions=(b.mentions[2].id,),
    )
    unification = Statement(
        id=make_id("statement", a.quotes[0].id),
        speaker=peskov.id,
        quotes=(a.quotes[0].id, b.quotes[0].id),
        first_document=a.document.id,
        first_published=a.document.published,
        said_on=TUESDAY,
    )
    official = Statement(
        id=make_id("statement", b.quotes[1].id),
        speaker=None,
        quotes=(b.quotes[1].id,),
        first_document=b.document.id,
        first_published=b.document.published,
    )
    election = TimelineEntry(
        id=make_id("timeline", "2020-08-09", "election"),
        time=ELECTION,
        summary="Presidential elections were held in Belarus",
        summary_span=Span(document=a.document.id, start=a.events[0].start, end=a.events[0].end),
        events=(a.events[0].id, b.events[0].id),
        mentions=tuple(
            Span(document=e.document, start=e.start, end=e.end) for e in (a.events[0], b.events[0])
        ),
        entities=(belarus.id,),
    )
    summit = TimelineEntry(
        id=make_id("timeline", "2021-06", "summit"),
        time=TimeValue(value="2021-06", start="2021-06-01", end="2021-06-30", granularity="month"),
        summary="Peskov expects a summit [bold]soon[/bold]",
        summary_span=Span(document=a.document.id, start=0, end=31),
        events=(),
        mentions=(Span(document=a.document.id, start=0, end=31),),
        entities=(peskov.id,),
        planned=True,
    )
    duplicate = NearDuplicate(
        a=Span(document=a.document.id, start=0, end=10),
        b=Span(document=b.document.id, start=0, end=12),
        similarity=0.73,
        origin=a.document.id,
    )
    copy = Copy(
        id=make_id("copy", a.document.id, b.document.id),
        origin=a.document.id,
        copy=b.document.id,
        kind="passage",
        similarity=0.25,
        passages=(duplicate,),
    )
    story = Story(
        id=make_id("story", a.document.id, None),
        label="Peskov, Belarus, integration",
        entities=("Peskov", "Belarus"),
        terms=("integration",),
        documents=tuple(sorted((a.document.id, b.document.id))),
        start="2021-03-30",
        end="2021-04-28",
    )
    return CorpusLinks(
        entities=(peskov, belarus, linkevicius),
        statements=(unification, official),
        timeline=(election, summit),
        duplicates=(duplicate,),
        copies=(copy,),
        stories=(story,),
    )
