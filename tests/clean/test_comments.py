"""Reader comments and page furniture: the comment section is cut at once, stamps before a sentence go."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.model import Document, RawDocument

ARTICLE = (
    "The port authority reopened the harbour on Monday .\n"
    "Ferries resumed their routes after the storm .\n"
    "Officials said repairs would take a month .\n"
)


def cleaned(text: str) -> Document:
    document = clean_document(RawDocument(source="t.txt", format="text", raw_text=text))
    assert isinstance(document, Document)
    return document


def reasons(document: Document) -> list[str]:
    return [span.reason for span in document.removed]


def test_a_comment_header_cuts_the_rest_with_one_reason() -> None:
    comments = (
        "At 9:03 pm on 26 Apr 2009 , harbourfan wrote : Great news at last .\n"
        "I live near the port and the noise was terrible .\n"
        "At 10:15 27th Apr 2009 , Jo_B wrote : About time .\n"
    )
    document = cleaned(ARTICLE + comments)
    assert document.text == ARTICLE.strip()
    assert reasons(document) == ["reader comments"]


def test_a_timestamp_and_bar_opens_a_comment_too() -> None:
    document = cleaned(ARTICLE + "March 3 , 2011 at 4:12 pm | Reply I disagree with the mayor .\nSo do I .\n")
    assert document.text == ARTICLE.strip()


def test_a_comment_signature_inside_a_line_opens_the_section() -> None:
    text = (
        ARTICLE + "I think the port was badly run Posted by : sailor | May 3 , 2010 10:12 PM | Report abuse\n"
    )
    assert cleaned(text).text == ARTICLE.strip()


def test_a_moderation_notice_opens_the_section_at_its_column() -> None:
    text = (
        ARTICLE
        + "It reopens on Monday . We welcome comments that advance the story through relevant opinion .\n"
        "Views expressed in the comments do not represent those of the paper .\n"
        "The mayor should resign over this .\n"
    )
    document = cleaned(text)
    assert document.text == ARTICLE + "It reopens on Monday ."
    assert reasons(document) == ["reader comments"]


def test_a_notice_in_the_first_lines_is_only_a_line() -> None:
    text = "Comments are not pre-screened before they post .\n" + ARTICLE
    document = cleaned(text)
    assert document.text == ARTICLE.strip()
    assert reasons(document) == ["comment notice"]


def test_a_sentence_that_mentions_comments_stays() -> None:
    text = (
        ARTICLE
        + "A spokesman declined to comment on the reopening .\n"
        + "The harbour master said the posts were moderated by staff .\n"
    )
    assert cleaned(text).text == text.strip()


def test_a_stamp_before_the_first_sentence_goes_and_the_sentence_stays() -> None:
    for stamp in (
        "24 June 2010 Last updated at 14:59 GMT Help",
        "Jane Doe | 18:00 UK time , Saturday , 25 April 2009",
        "PORTSMOUTH , April 25 | Sat Apr 25 , 2009 3:50 pm EDT",
        "Saturday 25 April 2009 23.24 BST",
        "Friday , September 3 , 2010 ; 7:43 PM",
    ):
        document = cleaned(f"{stamp} {ARTICLE}")
        assert document.text == ARTICLE.strip(), stamp
        assert len(document.removed) == 1, stamp


def test_a_byline_stamp_is_cut_as_a_byline_for_the_publication_date() -> None:
    document = cleaned("Jane Doe | 18:00 UK time , Saturday , 25 April 2009 " + ARTICLE)
    assert reasons(document) == ["byline"]


def test_furniture_lines_go() -> None:
    lines = (
        "Help",
        "Print this page",
        "E-mail this to a friend",
        "Add your comment",
        "Recommend? (12)",
        "Page last updated at 15:41 GMT , Monday , 27 April 2009",
        "7:01 pm ET February 11 , 2013 RETWEET Who will win the cup ?",
    )
    for line in lines:
        document = cleaned(ARTICLE + line + "\n" + ARTICLE)
        assert document.text == (ARTICLE + "\n" + ARTICLE).strip().replace("\n\n", "\n"), line


def test_a_blog_archive_with_stamped_posts_is_kept() -> None:
    posts = (
        "Aug 9 , 2010 16:00 UTC The council met again .\nIt agreed a budget .\n"
        "Jul 23 , 2010 21:29 UTC The mayor spoke .\n"
    )
    text = ARTICLE + posts
    assert cleaned(text).text == text.strip()


def test_a_comment_header_inside_a_line_starts_the_section_where_it_stands() -> None:
    tail = (
        "Antivir Ther 2007 ; 12:603 -616 At 08:55 am on 30 Jun 2009 , harbourfan wrote : Ferries are slow .\n"
        "At 12:13 pm on 30 Jun 2009 , Jo_B wrote : Agreed .\n"
    )
    document = cleaned(ARTICLE + tail)
    assert document.text == ARTICLE + "Antivir Ther 2007 ; 12:603 -616"
    assert reasons(document) == ["reader comments"]


def test_a_dated_sentence_introducing_a_quote_inside_a_line_is_kept() -> None:
    line = "At 9:53 pm on 22 Jun 2009 , the mayor said : the harbour is open .\n"
    document = cleaned(ARTICLE + "He added more . " + line)
    assert "the mayor said" in document.text


def test_stamp_signed_posts_before_a_comment_notice_are_comments() -> None:
    posts = (
        "29th March 2012 - 13:32 Power corrupts and people do not let it go .\n"
        "I agree with the others .\n"
        "29th March 2012 - 11:28 The port should not have closed . All posts are reactively-moderated .\n"
    )
    document = cleaned(ARTICLE + posts)
    assert document.text == ARTICLE.strip()


def test_one_stamp_led_line_before_a_notice_stays() -> None:
    text = ARTICLE + "29th March 2012 - 13:32 The council met again .\nAll posts are reactively-moderated .\n"
    assert "The council met again" in cleaned(text).text


def test_the_first_comment_above_the_first_signature_goes_with_the_thread() -> None:
    text = (
        ARTICLE + "I think the harbour master should have acted sooner !!!\n"
        "Nobody listens to the fishermen .\n"
        "May 3 , 2010 at 9:12 pm | Report abuse | you are right about that .\n"
    )
    document = cleaned(text)
    assert document.text == ARTICLE.strip()
    assert reasons(document) == ["reader comments"]


def test_the_thread_stops_below_the_articles_attributed_lines() -> None:
    text = (
        "The council met on Monday .\nThe mayor said the budget was balanced .\n"
        "A spokesman said repairs would start in June .\nThe bridge stays shut .\n"
        "Why do we pay for this ??\nMay 3 , 2010 at 9:12 pm | Reply | Agreed .\n"
    )
    assert cleaned(text).text == (
        "The council met on Monday .\nThe mayor said the budget was balanced .\n"
        "A spokesman said repairs would start in June .\nThe bridge stays shut ."
    )


def test_a_bottom_notice_reaches_up_only_over_readers_lines() -> None:
    notice = "Comments are not pre-screened before they post .\n"
    assert cleaned(ARTICLE + "The ferry is back .\n" + notice).text == ARTICLE + "The ferry is back ."
    document = cleaned(ARTICLE + "you guys never check your facts lol\n" + notice)
    assert document.text == ARTICLE.strip()


def test_a_transcripts_turns_are_not_a_readers_voice() -> None:
    turns = "HOST : Do you think the port will reopen ?\nGUEST : We expect it by June .\n"
    text = "The storm closed the port .\n" + turns + "January 4 , 2011 at 2:01 pm | Report abuse | nice\n"
    assert cleaned(text).text == "The storm closed the port .\n" + turns.strip()


def test_a_blog_post_footer_ends_the_post_and_opens_the_comments() -> None:
    text = (
        "Harbour fees rose again this spring .\nShippers are unhappy .\nThe port blames fuel costs .\n"
        "By Ann Ruiz | June 11 , 2009 ; 8:20 AM ET Great post , thanks .\nI disagree with the fees .\n"
    )
    document = cleaned(text)
    assert (
        document.text
        == "Harbour fees rose again this spring .\nShippers are unhappy .\nThe port blames fuel costs ."
    )
    assert reasons(document) == ["reader comments"]


def test_an_archive_pages_post_footer_is_not_a_comment_section() -> None:
    text = (
        "Harbour fees rose again this spring .\nShippers are unhappy .\nThe port blames fuel costs .\n"
        "By Ann Ruiz | June 11 , 2009 ; 8:20 AM ET | Permalink | Comments (2)\n"
        "The ferry timetable changes next week .\n"
    )
    assert "The ferry timetable changes next week ." in cleaned(text).text


def test_a_blog_post_header_is_cut_and_the_post_stays() -> None:
    text = ARTICLE + "posted on Thursday , 28 May 2009 | comment on this post Well , the ferry is back .\n"
    document = cleaned(text)
    assert document.text == ARTICLE + "Well , the ferry is back ."
    assert "post header" in reasons(document)


def test_a_notice_s_subject_goes_with_it() -> None:
    from storyline.clean import clean_document
    from storyline.model import Document, RawDocument

    article = "The port reopened on Monday .\nFerries resumed their routes .\nRepairs will take a month .\n"
    for notice in (
        "The Daily News may edit your comments and not all of them will be published .",
        "example.com is not responsible for any content posted by third parties .",
        "You must be logged in to report a comment .",
        "Great news ( required , but will not be displayed ) Readers welcome a lively and courteous "
        "discussion as long as you follow the rules .",
    ):
        document = clean_document(
            RawDocument(source="a.txt", format="text", raw_text=article + notice + "\n")
        )
        assert isinstance(document, Document)
        assert document.text == article.strip() or document.text == article + "Great news"


def test_a_thread_whose_stamps_repeat_the_clock_is_cut_from_its_first_stamp() -> None:
    article = (
        "The council voted on Tuesday to close the old bridge to traffic .\n"
        "The mayor said the repairs would start in the spring .\n"
    )
    thread = (
        "March 4 , 2011 04:59 pm at 4:59 pm | Why did n't you close it years ago ?\n"
        "March 4 , 2011 05:01 pm at 5:01 pm | It was always unsafe , you know it .\n"
    )
    document = clean_document(RawDocument(source="t.txt", format="text", raw_text=article + thread))
    assert isinstance(document, Document)
    assert document.text == article.strip()
