"""Statement linking, round 2 (issue 4): publication dates as "on or before", conflicting dates never
shared, partial quotes and figures as strong evidence, near-misses kept apart. Our own sentences."""

from __future__ import annotations

from storyline.link.statements import link_statements
from storyline.model import (
    Document,
    DocumentAnalysis,
    Entity,
    Mention,
    OffsetMap,
    PublicationDate,
    Quote,
    Statement,
    TimeValue,
    make_id,
)


def report(
    text: str,
    published: str,
    speaker: str = "Berg",
    said_on: str | None = None,
    fragment: str | None = None,
    kind: str = "direct",
) -> DocumentAnalysis:
    """One article holding one quote by `speaker`; `fragment` is a partial quote inside its text."""
    document = Document(
        id=make_id("doc", text, published, said_on, speaker),
        source=f"t/{published}",
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
        published=PublicationDate(value=published, source="metadata"),
    )
    mention = Mention(
        id=make_id("mention", document.id, 0, 1),
        document=document.id,
        start=0,
        end=1,
        text=speaker,
        label="PERSON",
    )
    if said_on:
        date, source = TimeValue(value=said_on, start=said_on, end=said_on, granularity="day"), "text"
    else:
        date, source = (
            TimeValue(value=published, start=published, end=published, granularity="day"),
            "published",
        )
    fragments: tuple[tuple[int, int], ...] = ()
    if fragment:
        at = text.index(fragment)
        fragments = ((at, at + len(fragment)),)
    quote = Quote(
        id=make_id("quote", document.id, 0, len(text)),
        document=document.id,
        start=0,
        end=len(text),
        text=text,
        kind=kind,  # type: ignore[arg-type]
        speaker_mention=mention.id,
        said_on=date,
        said_on_from=source,  # type: ignore[arg-type]
        fragments=fragments,
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


def groups(analyses: list[DocumentAnalysis]) -> tuple[Statement, ...]:
    return link_statements(analyses, entities(analyses))


def quote_id(item: DocumentAnalysis) -> str:
    return item.quotes[0].id


def together(statements: tuple[Statement, ...], *items: DocumentAnalysis) -> bool:
    ids = {quote_id(i) for i in items}
    return any(ids <= set(s.quotes) for s in statements)


BRIDGE = "The old bridge will stay closed to lorries until the repairs are finished."
BRIDGE_AGAIN = "The old bridge stays closed to lorries until repairs are finished, he said."


# A publication date only says "said on or before".


def test_publication_after_the_dated_report_can_be_the_same_statement() -> None:
    dated = report(BRIDGE, "2021-06-11", said_on="2021-06-10")
    repeat = report(BRIDGE_AGAIN, "2021-06-14")
    (statement,) = groups([repeat, dated])
    assert statement.quotes == (quote_id(dated), quote_id(repeat))
    assert statement.first_document == dated.document.id
    assert statement.said_on is not None and statement.said_on.value == "2021-06-10"


def test_publication_before_the_dated_report_cannot_be_the_same_statement() -> None:
    dated = report(BRIDGE, "2021-06-21", said_on="2021-06-20")
    earlier = report(BRIDGE_AGAIN, "2021-06-05")  # printed before the dated words were said
    statements = groups([dated, earlier])
    assert len(statements) == 2
    assert not together(statements, dated, earlier)


def test_two_undated_reports_are_compatible_whatever_their_publication_days() -> None:
    a = report(BRIDGE, "2021-06-01")
    b = report(BRIDGE_AGAIN, "2021-09-01")
    (statement,) = groups([b, a])
    assert statement.quotes == (quote_id(a), quote_id(b))
    assert statement.first_published.value == "2021-06-01"


# Conflicting said_on dates never share a statement.


def test_conflicting_dates_never_share_a_statement_even_through_a_bridging_report() -> None:
    june = report(BRIDGE, "2021-06-02", said_on="2021-06-01")
    july = report(BRIDGE, "2021-07-02", said_on="2021-07-01")
    undated = report(BRIDGE_AGAIN, "2021-07-05")  # compatible with both
    statements = groups([june, july, undated])
    assert len(statements) == 2
    assert not together(statements, june, july)
    assert sorted(q for s in statements for q in s.quotes) == sorted(
        quote_id(i) for i in (june, july, undated)
    )


def test_dates_a_day_apart_are_within_the_slack() -> None:
    a = report(BRIDGE, "2021-06-02", said_on="2021-06-01")
    b = report(BRIDGE_AGAIN, "2021-06-03", said_on="2021-06-02")
    (statement,) = groups([a, b])
    assert statement.quotes == (quote_id(a), quote_id(b))


# Shared partial quotes and figures are strong evidence.

SHIPYARD = "Berg said the plan for the shipyard was “a bridge too far” for the small town."
SHIPYARD_LATER = "The mayor again described the project as a bridge too far, and left the hall."


def test_a_shared_partial_quote_links_two_reports() -> None:
    first = report(SHIPYARD, "2021-05-01", fragment="a bridge too far", kind="indirect")
    later = report(SHIPYARD_LATER, "2021-05-03", kind="indirect")
    (statement,) = groups([later, first])
    assert statement.quotes == (quote_id(first), quote_id(later))
    assert statement.first_document == first.document.id


def test_the_same_words_without_a_marked_partial_quote_stay_apart() -> None:
    first = report(SHIPYARD, "2021-05-01", kind="indirect")  # the fragment not marked as a partial quote
    later = report(SHIPYARD_LATER, "2021-05-03", kind="indirect")
    assert len(groups([first, later])) == 2


def test_a_shared_figure_links_two_reports() -> None:
    first = report("The port will receive $1.5 billion from the state.", "2021-04-01")
    later = report("Berg expects $1.5 billion for the port, officials say.", "2021-04-02")
    (statement,) = groups([later, first])
    assert statement.quotes == (quote_id(first), quote_id(later))


def test_a_different_figure_does_not_link_the_same_reports() -> None:
    first = report("The port will receive $1.5 billion from the state.", "2021-04-01")
    later = report("Berg expects $2.5 billion for the port, officials say.", "2021-04-02")
    assert len(groups([first, later])) == 2


# Near-misses: same speaker, same theme, different day.

NO_TALKS = "There are no talks about merging the two harbours."
NO_TALKS_AGAIN = "There were no talks about merging the two harbours this month, he said."


def test_near_miss_on_a_different_day_stays_separate() -> None:
    may = report(NO_TALKS, "2021-05-04", said_on="2021-05-03")
    june = report(NO_TALKS_AGAIN, "2021-06-21", said_on="2021-06-20")
    statements = groups([may, june])
    assert len(statements) == 2
    assert not together(statements, may, june)


def test_the_same_theme_on_the_same_day_is_one_statement() -> None:
    may = report(NO_TALKS, "2021-05-04", said_on="2021-05-03")
    same_day = report(NO_TALKS_AGAIN, "2021-05-05", said_on="2021-05-03")
    (statement,) = groups([same_day, may])
    assert statement.quotes == (quote_id(may), quote_id(same_day))


def test_the_same_words_by_another_speaker_on_the_same_day_stay_separate() -> None:
    berg = report(NO_TALKS, "2021-05-04", said_on="2021-05-03")
    varga = report(NO_TALKS, "2021-05-04", speaker="Varga", said_on="2021-05-03")
    statements = groups([berg, varga])
    assert len(statements) == 2
    assert {s.speaker for s in statements} == {make_id("entity", "Berg"), make_id("entity", "Varga")}
