"""Linking that does not over-merge (issue 10): statements need shared content, timeline entries the
same event, and nothing is reported before it happened. Our own sentences."""

from __future__ import annotations

from dataclasses import replace

from storyline.link.statements import link_statements
from storyline.link.timeline import build_timeline
from storyline.model import DocumentAnalysis, Entity, PublicationDate, TimeValue
from tests.link.test_statements_round2 import entities, groups, quote_id, report, together
from tests.link.test_timeline import _analysis

DAY = TimeValue(value="2020-08-09", start="2020-08-09", end="2020-08-09", granularity="day")


def test_updates_with_different_figures_are_different_statements() -> None:
    first = report("The number of confirmed flu cases has reached 1,200 in 20 countries.", "2021-05-01")
    later = report("The number of confirmed flu cases has reached 3,400 in 31 countries.", "2021-05-08")
    statements = groups([first, later])
    assert len(statements) == 2 and not together(statements, first, later)


def test_the_same_figures_paraphrased_are_one_statement() -> None:
    first = report("Confirmed flu cases have reached 1,200 in the northern provinces.", "2021-05-01")
    later = report("Flu cases confirmed in the northern provinces reached 1,200, he said.", "2021-05-02")
    (statement,) = groups([later, first])
    assert statement.quotes == (quote_id(first), quote_id(later))


def test_topic_vocabulary_alone_does_not_make_one_statement() -> None:
    """Forty reports by one speaker about one outbreak share "flu" and "cases"; that is not one statement."""
    places = ["harbour", "airport", "prison", "school", "factory", "market", "stadium", "barracks"]
    items = [
        report(f"flu cases outbreak spreading near the {place} worried nurses {n}", f"2021-05-{n + 1:02d}")
        for n, place in enumerate(places * 5)
    ]
    statements = groups(items)
    assert max(len(s.quotes) for s in statements) <= 5  # only the same place's reports may meet


def test_a_text_date_after_publication_is_not_the_saying_date() -> None:
    item = report("The harbour stays open all winter.", "2021-06-01", said_on="2021-06-03")
    (statement,) = groups([item])
    assert statement.said_on is None or statement.said_on.start <= "2021-06-01"


def test_a_statement_is_never_dated_after_its_first_report() -> None:
    early = report("The harbour stays open all winter, the mayor said.", "2021-06-01")
    late = report("The harbour stays open all winter.", "2021-06-10", said_on="2021-06-05")
    for statement in link_statements([early, late], entities([early, late])):
        first = statement.first_published.value or "9999"
        assert statement.said_on is None or statement.said_on.start <= first


def test_one_loose_match_does_not_chain_unrelated_reports() -> None:
    """c shares three words with a and three with b, but a and b share nothing beyond the date."""
    analyses = [
        _analysis("a", [("Ferry passengers rescued near the lighthouse on August 9.", DAY, ())]),
        _analysis("b", [("Farmers protested grain prices outside parliament on August 9.", DAY, ())]),
        _analysis(
            "c",
            [("Ferry passengers rescued near the lighthouse as farmers protested grain prices.", DAY, ())],
        ),
        _analysis("d", [("Farmers protested grain prices outside parliament again on August 9.", DAY, ())]),
    ]
    entries = build_timeline(analyses, [])
    for entry in entries:
        docs = {span.document for span in entry.mentions}
        assert not {"a", "b"} <= docs and not {"a", "d"} <= docs


def test_a_shared_name_alone_does_not_make_one_event() -> None:
    analyses = [
        _analysis("a", [("A new hospital opened in Ruritania on August 9.", DAY, ("m1",))]),
        _analysis("b", [("Ruritania beat the visitors at football on August 9.", DAY, ("m2",))]),
    ]
    entity = Entity(id="e:r", name="Ruritania", type="GPE", aliases=("Ruritania",), mentions=("m1", "m2"))
    assert len(build_timeline(analyses, [entity])) == 2


def test_an_event_dated_after_its_report_does_not_join_others() -> None:
    def dated(doc: str, text: str, published: str) -> DocumentAnalysis:
        item = _analysis(doc, [(text, DAY, ())])
        return replace(
            item,
            document=replace(item.document, published=PublicationDate(value=published, source="metadata")),
        )

    analyses = [
        dated("a", "The presidential elections were held in the republic on Sunday.", "2020-08-04"),
        dated("b", "The presidential elections were held in the republic on August 9.", "2020-08-10"),
    ]
    assert len(build_timeline(analyses, [])) == 2


def test_main_people_are_ranked_by_documents_not_mentions() -> None:
    from storyline.summarize.briefing import main_people
    from tests.link.entities.entity_builders import analysis

    one = analysis([("Anna Berg", "PERSON"), ("Berg", "PERSON"), ("Berg", "PERSON"), ("Berg", "PERSON")])
    docs = [one, *(analysis([("Ivan Varga", "PERSON")], text=f"Ivan Varga spoke {n}.") for n in range(2))]
    ids = [m.id for a in docs for m in a.mentions]
    berg = Entity(
        id="e:berg", name="Anna Berg", type="PERSON", aliases=("Anna Berg",), mentions=tuple(ids[:4])
    )
    varga = Entity(
        id="e:varga", name="Ivan Varga", type="PERSON", aliases=("Ivan Varga",), mentions=tuple(ids[4:])
    )
    assert [e.name for e in main_people(docs, [berg, varga])] == ["Ivan Varga", "Anna Berg"]
