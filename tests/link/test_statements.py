"""Statements across articles: verbatim and paraphrased repeats by one speaker, first report first."""

from __future__ import annotations

from storyline.link.statements import content_words, link_statements, similarity
from storyline.model import (
    Document,
    DocumentAnalysis,
    Entity,
    Mention,
    OffsetMap,
    PublicationDate,
    Quote,
    TimeValue,
    make_id,
)


def analysis(
    text: str, published: str | None, speaker: str, said_on: str | None = None, kind: str = "direct"
) -> DocumentAnalysis:
    date = PublicationDate(value=published, source="metadata") if published else PublicationDate.unknown()
    document = Document(
        id=make_id("doc", text, published),
        source="t",
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
        published=date,
    )
    mention = Mention(
        id=make_id("mention", document.id, 0, 1),
        document=document.id,
        start=0,
        end=1,
        text=speaker,
        label="PERSON",
    )
    value = TimeValue(value=said_on, start=said_on, end=said_on, granularity="day") if said_on else None
    quote = Quote(
        id=make_id("quote", document.id, 0, len(text)),
        document=document.id,
        start=0,
        end=len(text),
        text=text,
        kind=kind,
        speaker_mention=mention.id,
        said_on=value,  # type: ignore[arg-type]
        said_on_from="text" if said_on else "published",
    )
    return DocumentAnalysis(document=document, mentions=(mention,), quotes=(quote,))


def entities(analyses: list[DocumentAnalysis]) -> list[Entity]:
    by_name: dict[str, list[str]] = {}
    for item in analyses:
        for mention in item.mentions:
            by_name.setdefault(mention.text, []).append(mention.id)
    return [
        Entity(id=make_id("entity", n), name=n, type="PERSON", aliases=(n,), mentions=tuple(ids))
        for n, ids in by_name.items()
    ]


def test_paraphrase_across_articles_is_one_statement_first_report_first() -> None:
    later = analysis(
        "there was no talk of merging the two harbours, but close cooperation helps",
        "2021-05-02",
        "Berg",
        kind="indirect",
    )
    first = analysis("There is no talk about merging the harbours,", "2021-03-30", "Berg")
    items = [later, first]
    (statement,) = link_statements(items, entities(items))
    assert statement.quotes == (first.quotes[0].id, later.quotes[0].id)
    assert statement.first_document == first.document.id
    assert statement.first_published.value == "2021-03-30"
    assert statement.speaker == make_id("entity", "Berg")


def test_unknown_publication_dates_come_last() -> None:
    undated = analysis("The harbour will stay open all winter.", None, "Berg")
    dated = analysis("The harbour will stay open all winter, he said.", "2021-06-01", "Berg")
    (statement,) = link_statements([undated, dated], entities([undated, dated]))
    assert statement.quotes[0] == dated.quotes[0].id


def test_same_words_by_different_speakers_stay_apart() -> None:
    a = analysis("The harbour will stay open all winter.", "2021-06-01", "Berg")
    b = analysis("The harbour will stay open all winter.", "2021-06-02", "Varga")
    assert len(link_statements([a, b], entities([a, b]))) == 2


def test_different_statements_by_one_speaker_stay_apart() -> None:
    a = analysis("The harbour will stay open all winter.", "2021-06-01", "Berg")
    b = analysis("Taxes on fishing boats must be cut next year.", "2021-06-02", "Berg")
    assert len(link_statements([a, b], entities([a, b]))) == 2


def test_contradicting_statement_dates_stay_apart() -> None:
    a = analysis("The harbour will stay open all winter.", "2021-06-01", "Berg", said_on="2021-05-30")
    b = analysis("The harbour will stay open all winter.", "2021-09-01", "Berg", said_on="2021-08-30")
    statements = link_statements([a, b], entities([a, b]))
    assert len(statements) == 2


def test_every_quote_in_exactly_one_statement_and_ids_are_stable() -> None:
    items = [
        analysis(f"Statement number {n} about ferries and bridges today.", "2021-06-01", "Berg") for n in "ab"
    ]
    items.append(analysis("Nothing to add.", None, "Varga"))
    first = link_statements(items, entities(items))
    assert sorted(q for s in first for q in s.quotes) == sorted(a.quotes[0].id for a in items)
    assert [s.id for s in first] == [s.id for s in link_statements(items, entities(items))]


def test_similarity_measures_paraphrase_above_threshold() -> None:
    a = content_words("There is no talk about unification,")
    b = content_words("there was no talk of the unification of the two states, but integration helps")
    c = content_words("The budget for roads will grow next year")
    assert similarity(a, b) >= 0.6 > similarity(a, c)
