"""Over-merge, round 2 (issue 10): a statement needs shared content and a timeline entry the same event,
not a shared speaker, day or topic vocabulary; different figures for one thing are two updates. Our own
sentences."""

from __future__ import annotations

from dataclasses import replace

from storyline.link.figures import figure_contexts, figures_differ
from storyline.link.timeline import build_timeline
from storyline.model import DocumentAnalysis, Entity
from tests.link.test_statements_round2 import groups, report, together
from tests.link.test_timeline import DAY, _analysis


def test_a_short_quote_of_topic_words_does_not_gather_the_speakers_statements() -> None:
    """ "ferry strike" repeats nothing: it must not chain two different things said weeks apart."""
    filler = [report(f"the ferry strike hurts the {w} trade", f"2021-03-{n + 10:02d}") for n, w in
              enumerate(["fish", "wool", "salt", "coal", "grain", "wine", "timber", "cloth", "tea", "rope",
                         "iron", "paper"])]  # fmt: skip
    early = report("the ferry strike could spread to every harbour on the island", "2021-03-01")
    short = report("the ferry strike", "2021-04-20")
    late = report("the union called off the ferry strike after the new wage offer", "2021-04-28")
    statements = groups([early, short, late, *filler])
    assert not together(statements, early, late)
    assert not together(statements, short, early) and not together(statements, short, late)


def test_the_same_words_reported_twice_are_one_statement() -> None:
    first = report("the harbour will now close at midnight", "2021-03-01")
    again = report("the harbour will now close at midnight", "2021-03-02")
    assert together(groups([first, again]), first, again)


def test_figures_in_the_same_words_must_agree() -> None:
    a = figure_contexts("Spain: one death, at least 109 confirmed cases; Peru: 4 confirmed cases")
    b = figure_contexts("Spain: one death, at least 141 confirmed cases; Peru: 4 confirmed cases")
    c = figure_contexts("Peru: 4 confirmed cases and 2 probable cases")
    assert figures_differ(a, b) and not figures_differ(a, c) and not figures_differ(a, a)


def test_two_case_tables_with_one_shared_figure_are_two_statements() -> None:
    first = report("one death, at least 109 confirmed cases in the north, 4 in the south", "2021-05-01")
    later = report("one death, at least 141 confirmed cases in the north, 4 in the south", "2021-05-02")
    assert not together(groups([first, later]), first, later)


def _published_day(item: DocumentAnalysis) -> DocumentAnalysis:
    events = tuple(replace(event, dated_from="publication") for event in item.events)
    return replace(item, events=events)


def test_the_same_publication_day_and_two_words_are_not_one_event() -> None:
    crisis = "Governments that faced the last crisis are now best prepared to deal with floods in the valley."
    looting = "The ministry said the army is prepared to deal with looting in the capital tonight."
    analyses = [
        _published_day(_analysis("a", [(crisis, DAY, ())])),
        _published_day(_analysis("b", [(looting, DAY, ())])),
    ]
    assert len(build_timeline(analyses, [])) == 2


def test_the_same_day_named_in_both_sentences_with_the_same_words_is_one_event() -> None:
    analyses = [
        _analysis("a", [("Ferry services were suspended on August 9.", DAY, ())]),
        _analysis(
            "b", [("All ferry services in the bay were suspended on August 9 after the storm.", DAY, ())]
        ),
    ]
    assert len(build_timeline(analyses, [])) == 1


def test_a_different_toll_is_another_event() -> None:
    analyses = [
        _analysis("a", [("The minister said the flood death toll had risen to 15 in the valley.", DAY, ())]),
        _analysis("b", [("The minister said the flood death toll had risen to 16 in the valley.", DAY, ())]),
        _analysis("c", [("The flood death toll had risen to 15 in the valley, the minister said.", DAY, ())]),
    ]
    entries = build_timeline(analyses, [])
    assert sorted(len(entry.events) for entry in entries) == [1, 2]


def test_a_quote_of_two_words_only_joins_a_repeat() -> None:
    short = report("its first case", "2021-05-01")
    long = report("the first case of the fever on the island, and it is tracing every contact", "2021-05-09")
    again = report("its first case", "2021-05-01")
    statements = groups([short, long, again])
    assert not together(statements, short, long) and together(statements, short, again)


def test_an_entry_is_never_dated_after_its_first_report() -> None:
    """ "later this year" read on 4 May and on 5 May: the entry starts by 4 May, its first report."""
    from storyline.model import PublicationDate, TimeValue

    def later_this_year(doc: str, published: str, text: str) -> DocumentAnalysis:
        window = TimeValue(value="2021", start=published, end="2021-12-31", granularity="year")
        item = _analysis(doc, [(text, window, (f"m-{doc}",))])
        document = replace(item.document, published=PublicationDate(value=published, source="metadata"))
        return replace(item, document=document)

    analyses = [
        later_this_year(
            "a", "2021-05-04", "The minister expects a second, larger wave of river floods later this year."
        ),
        later_this_year(
            "b",
            "2021-05-05",
            "The minister told radio he expects a second, larger wave of river floods later this year.",
        ),
    ]
    minister = Entity(
        id="e:m", name="Anna Berg", type="PERSON", aliases=("Anna Berg",), mentions=("m-a", "m-b")
    )
    (entry,) = build_timeline(analyses, [minister])
    assert entry.time.start <= "2021-05-04"


def test_figures_written_as_words_are_figures() -> None:
    fifteen = figure_contexts("The agency confirmed fifteen cases in the region")
    twenty = figure_contexts("The agency confirmed twenty cases in the region")
    digits = figure_contexts("The agency confirmed 15 cases in the region")
    assert figures_differ(fifteen, twenty) and not figures_differ(fifteen, digits)


def test_two_updates_with_figures_in_words_are_two_statements() -> None:
    first = report("the agency has now confirmed fifteen cases of the virus in the region", "2021-05-01")
    later = report("the agency has now confirmed twenty cases of the virus in the region", "2021-05-02")
    again = report("the agency has now confirmed fifteen cases of the virus in the region", "2021-05-02")
    statements = groups([first, later, again])
    assert not together(statements, first, later) and together(statements, first, again)


def test_two_updates_with_figures_in_words_are_two_timeline_entries() -> None:
    analyses = [
        _analysis(
            "a", [("The agency said it had confirmed fifteen cases of the virus in the region.", DAY, ())]
        ),
        _analysis(
            "b", [("The agency said it had confirmed twenty cases of the virus in the region.", DAY, ())]
        ),
        _analysis("c", [("The agency said it had confirmed 15 cases of the virus in the region.", DAY, ())]),
    ]
    assert sorted(len(entry.events) for entry in build_timeline(analyses, [])) == [1, 2]
