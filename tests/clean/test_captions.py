"""Photo captions at a page's edges: gallery captions, captions glued to the head, standfirst bullets."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.clean.captions import caption_start
from storyline.model import Document, RawDocument

STORY = (
    "HARBOUR CITY -- The port authority reopened the harbour on Monday after the storm .\n"
    "Ferries resumed their routes , officials said .\n"
    "Repairs to the pier will take a month .\n"
    "The mayor thanked the crews .\n"
)


def cleaned(text: str) -> Document:
    document = clean_document(RawDocument(source="a.txt", format="text", raw_text=text))
    assert isinstance(document, Document)
    return document


def reasons(document: Document) -> set[str]:
    return {span.reason for span in document.removed}


def test_gallery_captions_opening_the_text_go_with_the_credit_after_them() -> None:
    text = (
        "May 5 : A crane lifts a ferry out of the water at the north pier .\n"
        "AP May 4 : Waves break over the harbour wall .\n"
        "Reuters " + STORY
    )
    document = cleaned(text)
    assert document.text == STORY.strip()
    assert reasons(document) == {"photo caption", "photo credit"}


def test_a_caption_glued_to_the_dateline_is_cut_up_to_the_place() -> None:
    text = "June 1 : Workers load sandbags near the pier . 2010 Getty Images " + STORY
    assert cleaned(text).text == STORY.strip()


def test_a_dated_list_of_many_lines_is_article_text() -> None:
    listing = "".join(f"Sept. {day} : The council votes on budget item {day} .\n" for day in range(1, 6))
    assert cleaned(listing + STORY).text == (listing + STORY).strip()


def test_one_gallery_caption_closing_the_text_is_cut() -> None:
    text = STORY + "April 28 : A boat crosses the harbour at dawn .\n"
    assert cleaned(text).text == STORY.strip()


def test_a_caption_glued_after_headline_and_standfirst_is_cut_and_the_head_stays() -> None:
    head = (
        "Storm closes the harbour for a week Ferries stopped , the pier was damaged and the fish market on "
        "the quay will stay shut until the end of the month , officials say"
    )
    caption = "Kim Lee watches the waves from the harbour wall on Sunday with her two dogs and a friend ."
    text = (
        f"{head} {caption}\nPhotograph : Ann Photo/AP The port authority reopened the harbour on Monday .\n"
    )
    document = cleaned(text)
    assert document.text.split("\n")[0] == head
    assert caption not in document.text
    assert "The port authority reopened the harbour on Monday ." in document.text
    assert {"photo caption", "photo credit"} <= reasons(document)


def test_the_caption_starts_after_the_last_word_a_phrase_ends_on() -> None:
    line = "Storm closes the harbour Officials say repairs will take a month Kim Lee walks in Port Town ."
    assert line[caption_start(line) or 0 :].startswith("Kim Lee walks")
    assert caption_start("A short caption of a man in London .") is None


def test_a_caption_running_on_before_the_credit_is_joined_and_cut() -> None:
    text = (
        "Harbour reopens after the storm The port will lose trade for weeks and the fish market will stay "
        "shut until the end of the month and the ferries will sail from the south quay instead , traders "
        "warn Crews clear debris from the north pier on Sunday with two cranes .\n"
        "Ferries wait offshore in the bay Photograph : Reuters The port authority reopened it on Monday .\n"
    )
    document = cleaned(text)
    assert "Crews clear" not in document.text and "Ferries wait" not in document.text
    assert "The port authority reopened it on Monday ." in document.text
    assert document.text.startswith("Harbour reopens after the storm The port will lose trade for weeks and ")
    assert "traders warn\n" in document.text


def test_standfirst_bullets_open_their_own_lines() -> None:
    text = "cents Ferries return to the harbour cents Pier repairs will take a month\n" + STORY
    document = cleaned(text)
    assert document.text.startswith("Ferries return to the harbour\nPier repairs will take a month\n")
    assert reasons(document) == {"bullet mark"}


def test_a_sum_in_cents_is_not_a_bullet() -> None:
    text = STORY + "Tickets cost 50 cents More buses will run from May .\n"
    assert cleaned(text).text == (STORY + "Tickets cost 50 cents More buses will run from May .").strip()


def test_a_wire_caption_above_the_dateline_is_cut_and_the_headline_stays() -> None:
    text = (
        "Harbour reopens after storm\n"
        "A ferry waits at the pier in this March 3 , 2009 file photo .\n"
        "HARBOUR CITY ( Reuters ) - The port authority reopened the harbour on Monday .\n"
    )
    document = cleaned(text)
    assert document.text == (
        "Harbour reopens after storm\n"
        "HARBOUR CITY ( Reuters ) - The port authority reopened the harbour on Monday ."
    )


def test_a_wire_stamp_after_the_headline_with_a_two_word_city_is_cut() -> None:
    text = "Port wary of storm HONG KONG | Mon Apr 27 , 2009 7:16 am EDT HONG KONG ( Reuters ) - Ships go .\n"
    document = cleaned(text)
    assert document.text.split("\n") == ["Port wary of storm", " HONG KONG ( Reuters ) - Ships go ."]
    assert reasons(document) == {"byline"}


def test_a_wire_stamp_after_a_city_pair_is_cut() -> None:
    text = (
        "NEW TOWN\\/OLD TOWN | Sat Apr 25 , 2009 7:32 pm EDT NEW TOWN\\/OLD TOWN ( Reuters ) - Ships go .\n"
    )
    assert cleaned(text).text == "NEW TOWN/OLD TOWN ( Reuters ) - Ships go ."


def test_a_photo_credit_of_several_slashed_names_is_cut_whole() -> None:
    text = (
        "Credit : Reuters\\/Ann Lee\\/Centers for Harbour Control\\/Handout HARBOUR CITY ( Reuters ) - Ships"
        " wait .\n"
    )
    assert cleaned(text).text == "HARBOUR CITY ( Reuters ) - Ships wait ."


def test_a_site_s_promotion_of_itself_is_cut_and_a_sentence_about_twitter_stays() -> None:
    promos = (
        "Share your photos and videos with the Daily News .\n"
        "Harbour Forum is on Twitter .\n"
        "Get constant updates from our reporters and read stories you 'll only see here .\n"
    )
    sentence = "The mayor said he is on Twitter now and answers questions about the storm every day .\n"
    document = cleaned(STORY + promos + sentence)
    assert document.text == (STORY + sentence).strip()
    assert reasons(document) == {"promo line"}


def test_a_server_error_and_the_local_time_after_a_last_updated_stamp_are_cut() -> None:
    text = (
        "Page last updated at 08:03 GMT , Tuesday , 26 July 2011 09:03 UK -LRB- an error occurred while "
        "processing this directive -RRB- The port reopened on Monday .\n"
    )
    assert cleaned(text).text == "The port reopened on Monday ."


def test_a_short_caption_above_a_credit_goes_whole_though_it_names_someone() -> None:
    text = (
        "Harbour chief executive Kim Lee , left , listens to chairman Bo Dee speak outside the office .\n"
        "Photograph : Ann Photo/AP The port authority reopened the harbour on Monday .\n"
    )
    assert cleaned(text).text.strip() == "The port authority reopened the harbour on Monday ."


def test_a_wire_stamp_after_a_city_and_its_country_is_cut() -> None:
    text = "PORT , Norland | Wed Feb 23 , 2011 6:29 pm EST PORT , Norland ( Reuters ) - Ships go .\n"
    assert cleaned(text).text == "PORT , Norland ( Reuters ) - Ships go ."
