"""Page heads and feet of real news sites, in our own words: bylines on the lede's line, glued heads."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.model import Document, RawDocument

BODY = (
    "Crews resumed work on the bridge after a two-day pause .\n"
    "The county expects the repairs to finish in the spring .\n"
)


def cleaned(text: str) -> Document:
    document = clean_document(RawDocument(source="t.txt", format="text", raw_text=text))
    assert isinstance(document, Document)
    return document


def cuts(document: Document) -> list[tuple[str, str]]:
    return [(span.reason, document.raw_text[span.start : span.end]) for span in document.removed]


def test_a_stamp_and_byline_on_the_lede_line_is_a_byline_not_a_comment() -> None:
    text = "March 4 , 2011 - 9:15 AM | by : Dana Kellerman Engineers found a crack in the span overnight .\n"
    document = cleaned(text + BODY)
    assert document.text.startswith("Engineers found a crack in the span overnight .")
    assert cuts(document)[0] == ("byline", "March 4 , 2011 - 9:15 AM | by : Dana Kellerman")


def test_a_stamp_and_bar_before_a_reader_name_still_opens_the_comments() -> None:
    document = cleaned(BODY + "March 4 , 2011 at 9:15 am | Reply The bridge was always unsafe .\n")
    assert document.text == BODY.strip()


def test_a_programme_time_line_is_a_broadcast_notice() -> None:
    for line in (
        "Watch `` Evening Desk '' at 9 p.m. ET Tuesday on the channel .",
        "Watch Morning Panel Sundays at 11am and 2pm ET .",
        "It airs at 09:15 and 21:15 every Sunday , and at 03:15 on Monday ( GMT ) .",
        "The programme is broadcast live and the running order is subject to change .",
    ):
        document = cleaned(BODY + line + "\n")
        assert document.text == BODY.strip(), line
        assert cuts(document)[-1][0] == "broadcast notice"


def test_a_sentence_about_watching_without_a_time_stays() -> None:
    text = BODY + "Watching the crews at work , residents cheered from the bank .\n"
    assert cleaned(text).text == text.strip()


def test_an_opinion_disclaimer_is_cut_and_ends_the_article_above_a_thread() -> None:
    text = (
        BODY
        + "The opinions expressed in this commentary are solely those of Lee Park .\n"
        + "As I said before , the county never listens to anyone .\n"
        + "May 2 , 2011 at 3:05 pm | Reply The county did fine .\n"
    )
    document = cleaned(text)
    assert document.text == BODY.strip()
    assert [reason for reason, _ in cuts(document)] == ["disclaimer", "reader comments"]


def test_a_weekly_listing_page_is_cut_whole() -> None:
    text = (
        "Transmission details in the radio listings are not updated after publication .\n"
        "Monday : the Late Show talks to a singer about her new album .\n"
    )
    document = clean_document(RawDocument(source="t.txt", format="text", raw_text=text))
    assert not isinstance(document, Document)


def test_a_head_glued_to_a_wire_dateline_is_cut_up_to_the_place() -> None:
    text = (
        "By the Desk Staff Ferry link restored A crane lifts a span into place on Monday .\n"
        "NEW : Mayor thanks crews Traffic returns to the old route Porto , Portugal ( CNN ) -- Crews "
        "reopened the river crossing on Tuesday .\n" + BODY
    )
    document = cleaned(text)
    assert document.text.startswith("Porto , Portugal ( CNN ) -- Crews reopened the river crossing")
    assert cuts(document)[0][0] == "page head"


def test_a_wire_day_after_the_place_stays_with_it() -> None:
    text = "* Bridge reopens * Traffic eases LISBON , May 4 ( Reuters ) - Crews reopened the crossing .\n"
    assert cleaned(text + BODY).text.startswith("LISBON , May 4 ( Reuters ) - Crews reopened")


def test_a_dateline_opening_its_line_and_a_credit_ending_a_caption_are_no_glued_head() -> None:
    for first in (
        "OPORTO , May 4 ( Reuters ) - Crews reopened the crossing .",
        "A crane lifts a span into place over the river ( AP ) .",
    ):
        assert cleaned(first + "\n" + BODY).text.startswith(first)


def test_a_headline_and_caption_glued_to_the_lede_are_the_page_head() -> None:
    text = (
        "Bridge repairs ` on track ' Crews worked through the night on the span "
        "The county says the bridge over the river will reopen to traffic in the spring .\n" + BODY
    )
    document = cleaned(text)
    assert document.text.startswith("The county says the bridge over the river will reopen")
    assert cuts(document)[0] == (
        "page head",
        "Bridge repairs ` on track ' Crews worked through the night on the span ",
    )


def test_a_caption_glued_before_a_later_sentence_is_cut() -> None:
    text = BODY + "The old span was closed last year The inspectors said the cables had rusted through .\n"
    document = cleaned(text)
    assert document.text.endswith("\nThe inspectors said the cables had rusted through .")
    assert cuts(document)[-1] == ("photo caption", "The old span was closed last year ")


def test_no_glued_break_inside_a_name_a_letter_or_a_post_stamp() -> None:
    for line in (
        "The mayor praised the newspaper The Herald for its coverage of the long repairs .",
        "Officials called the report exhibit A for the case against the county engineers .",
        "( Update 9:15 a.m. ) The crews said the bridge would reopen on Friday if the weather holds .",
    ):
        assert cleaned(BODY + line + "\n").text.endswith(line), line


def test_a_title_in_capitals_is_no_break() -> None:
    text = "Crews rehearsed for the show This Is It tonight while the county inspected the old bridge .\n"
    assert cleaned(text + BODY).text.startswith("Crews rehearsed for the show This Is It tonight")


def test_a_first_line_holding_a_whole_first_sentence_keeps_it() -> None:
    text = (
        "The river is rising. The county opened two shelters on Monday night as the water reached the "
        "old bridge, and the mayor asked residents to leave.\n" + BODY
    )
    document = cleaned(text)
    assert document.text.startswith("The river is rising. The county opened two shelters")
    assert not [reason for reason, _ in cuts(document) if reason == "page head"]
