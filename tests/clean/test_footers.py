"""Footers, correction notes, credits, captions, page heads and PTB tokens: what is cut and what stays."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.model import Document, RawDocument

ARTICLE = (
    "The port authority reopened the harbour on Monday .\n"
    "Ferries resumed their routes after the storm .\n"
    "Officials said repairs would take a month .\n"
)


def cleaned(text: str) -> Document:
    document = clean_document(RawDocument(source="a.txt", format="text", raw_text=text))
    assert isinstance(document, Document)
    return document


def reasons(document: Document) -> list[str]:
    return [span.reason for span in document.removed]


def test_a_print_notice_ends_the_text_with_the_sidebar_below_it() -> None:
    text = (
        ARTICLE + "The mayor thanked the crews . A version appeared on p8 of the Main section of the "
        "Guardian on 19.48 BST on Friday 18 June 2010 Follow the latest news on Twitter\n"
        "RT @someone : Bread prices rose in December .\n"
    )
    document = cleaned(text)
    assert document.text == ARTICLE + "The mayor thanked the crews ."
    assert reasons(document) == ["page footer"]


def test_a_print_notice_with_a_long_text_below_cuts_only_its_line() -> None:
    text = "A version appeared on p3 of the Main section on Monday 3 May 2010 .\n" + ARTICLE * 3
    assert cleaned(text).text == (ARTICLE * 3).strip()


def test_a_wire_signoff_stays_and_the_advert_after_it_goes() -> None:
    text = (
        ARTICLE + "-LRB- Reporting by Ann Writer ; Editing by Bo Desk -RRB- An ultra-low latency platform\n"
    )
    document = cleaned(text)
    assert document.text == ARTICLE + "( Reporting by Ann Writer ; Editing by Bo Desk )"
    assert reasons(document) == ["page footer"]


def test_a_correction_note_goes_with_its_details_and_the_article_after_it_stays() -> None:
    text = (
        "cents This article was amended on 6 May 2010 .\n"
        "The original said that the well leaked 5,000 gallons a day .\n"
        "This has been corrected .\n" + ARTICLE
    )
    document = cleaned(text)
    assert document.text == ARTICLE.strip()
    assert "correction note" in reasons(document)  # the stray "cents" is a bullet mark, cut too


def test_a_photo_credit_glued_to_the_lede_goes_with_the_caption_above() -> None:
    text = (
        "The rig burns in the Gulf of Mexico .\n"
        "Photograph : Gerald Herbert\\/AP Shares in BP plunged 7 % today .\n" + ARTICLE
    )
    document = cleaned(text)
    assert document.text == "Shares in BP plunged 7 % today .\n" + ARTICLE.strip()
    assert set(reasons(document)) == {"photo caption", "photo credit"}


def test_a_credit_without_an_agency_stops_at_a_function_word() -> None:
    text = ARTICLE + "Photograph : Leslie Rose Of all the folks in Louisiana , he is the loudest .\n"
    assert cleaned(text).text.endswith("Of all the folks in Louisiana , he is the loudest .")


def test_a_caption_line_that_ends_in_its_credit_goes_whole() -> None:
    text = ARTICLE + "Workers clean a beach in Louisiana . Photograph : Win McNamee/Getty\n" + ARTICLE
    assert cleaned(text).text == (ARTICLE + ARTICLE).strip()


def test_a_sidebar_before_full_article_and_a_caption_above_the_dateline_go() -> None:
    text = (
        "Storm hits the coast , towns flooded .\n"
        "Full Article A police officer wears a mask in Mexico City April 24 , 2009 .\n"
        "Flu fears grow TRIPOLI | Tue Mar 1 , 2011 6:36 pm EST TRIPOLI -LRB- Reuters -RRB- - Flu spread .\n"
        + ARTICLE
    )
    document = cleaned(text)
    assert document.text.startswith("Flu fears grow\n TRIPOLI ( Reuters ) - Flu spread .")
    assert "Full Article" not in document.text and "mask" not in document.text


def test_treebank_brackets_read_back_and_map_to_the_whole_tokens() -> None:
    raw_text = "The agency -LRB- NOAA -RRB- said so , Gerald Herbert\\/AP reported .\n"
    document = cleaned(raw_text)
    assert document.text == "The agency ( NOAA ) said so , Gerald Herbert/AP reported ."
    start, end = document.text.index("("), document.text.index(")") + 1
    raw_start, raw_end = document.offset_map.span_to_raw(start, end)
    assert raw_text[raw_start:raw_end] == "-LRB- NOAA -RRB-"
    assert reasons(document) == []  # normalisation, not boilerplate


def test_an_agency_credit_line_and_a_rights_notice_go() -> None:
    text = (
        ARTICLE + "The Associated Press contributed to this report .\n"
        "All materials herein are protected by United States copyright law and may not be reproduced .\n"
    )
    assert cleaned(text).text == ARTICLE.strip()


def test_article_sentences_that_mention_versions_and_photographs_stay() -> None:
    text = (
        "A version of the bill passed the House in June .\n"
        "The photograph was taken by a tourist on Monday .\n"
        "He said the original plan was better .\n"
    )
    assert cleaned(text).text == text.strip()


def test_a_stamp_after_a_place_and_a_bar_gets_no_break() -> None:
    text = (
        "ZAWIYAH , Libya | Sat Jun 11 , 2011 3:12 pm EDT ZAWIYAH , Libya -LRB- Reuters -RRB- - Rebels ran .\n"
    )
    document = cleaned(text)  # place and stamp stay one piece: cut together as the byline
    assert document.text == "ZAWIYAH , Libya ( Reuters ) - Rebels ran ."
    assert reasons(document) == ["byline"]


def test_an_advert_s_taglines_glued_to_the_last_line_go_and_the_line_before_them_stays() -> None:
    text = (
        ARTICLE
        + "( For the port's timetable , go to : An ultra-low noise engine for river boats and ferries "
        "A connected approach to docks , cranes and quays Our next generation harbour platform\n"
    )
    document = cleaned(text)
    assert document.text == ARTICLE + "( For the port's timetable , go to :"
    assert reasons(document) == ["advert"]


def test_a_last_line_of_three_plain_phrases_with_a_verb_stays() -> None:
    text = ARTICLE + "The ferries run again The port is open The crews are tired\n"
    assert cleaned(text).text == (ARTICLE + "The ferries run again The port is open The crews are tired")


def test_a_contributor_credit_naming_several_reporters_is_cut() -> None:
    text = ARTICLE + "CNN 's Ann Lee , Bo Kim and Cy Dee contributed to this report\n"
    assert cleaned(text).text == ARTICLE.strip()


def test_a_sentence_saying_what_contributed_to_an_event_stays() -> None:
    line = "Report says the war in Norland and Southland contributed to the attacks in the capital ."
    assert cleaned(ARTICLE + line + "\n").text == ARTICLE + line
