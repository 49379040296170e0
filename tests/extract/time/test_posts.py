"""Post anchors on live blogs we wrote: each post is dated by its own stamp (a date, a weekday, or a bare
clock placed by the order of the posts), and the weekdays inside a post resolve from the post's day."""

from __future__ import annotations

import datetime as dt

from storyline.extract.time import times_in
from storyline.extract.time.posts import POST_CONFIDENCE, post_anchors

FILED = dt.date(2031, 3, 6)  # a Thursday: the day the blog is filed under

NEWEST_FIRST = "\n".join(
    [
        "Harbour strike: live updates",
        "( Update 1:10 a.m. in Lisbon , 8:10 p.m. ET ) Dockers voted on Saturday to end the strike .",
        "( Update 11:40 p.m. in Lisbon , 6:40 p.m. ET ) The union met the port board late Friday .",
        "( Update 11:15 p.m. in Lisbon , 6:15 p.m. ET ) Talks went on .",
        "( Update 9:05 a.m. Friday in Lisbon , 4:05 a.m. Friday ET ) Cranes stood idle on Friday morning .",
        "( Update 8:50 a.m. in Lisbon , 3:50 a.m. ET ) Ships waited .",
        "( Update 11:30 p.m. in Lisbon , 6:30 p.m. ET ) The minister spoke on Thursday of a deal .",
    ]
)


def test_stamps_date_their_posts_newest_first() -> None:
    posts = post_anchors(NEWEST_FIRST, FILED)
    stamped = [(p.day.isoformat(), p.rule) for p in posts if p.stamp_end > p.start]
    assert stamped == [
        ("2031-03-08", "post-order"),  # past midnight after the Friday 11:40 p.m. post
        ("2031-03-07", "post-order"),
        ("2031-03-07", "post-order"),
        ("2031-03-07", "post-weekday"),  # "Friday" in the stamp: the Friday on or after the filing day
        ("2031-03-07", "post-order"),  # before the Friday 9:05 a.m. post, no midnight between
        ("2031-03-06", "post-order"),  # a midnight before 8:50 a.m.
    ]
    assert all(p.rule in POST_CONFIDENCE for p in posts)


def test_weekdays_resolve_from_the_post_day() -> None:
    found = {(t.text, t.start): t for t in times_in(NEWEST_FIRST, None, FILED)}
    by_text = {text: t for (text, _), t in sorted(found.items(), key=lambda kv: kv[0][1])}
    assert by_text["Saturday"].value == "2031-03-08"  # not the Saturday before the filing day
    assert by_text["Friday"].value == "2031-03-07"
    assert by_text["Thursday"].value == "2031-03-06"
    before = {t.text: t.value for t in times_in(NEWEST_FIRST, None, FILED, posts=False)}
    assert before["Saturday"] == "2031-03-01"  # what the publication day alone gave


def test_stamp_clocks_are_marked_as_stamps() -> None:
    stamps = [t for t in times_in(NEWEST_FIRST, None, FILED) if t.anchor_rule == "post-stamp"]
    assert [t.value for t in stamps if t.text == "1:10 a.m."] == ["2031-03-08T01:10"]


def test_oldest_first_colon_stamps_and_a_written_date() -> None:
    text = "\n".join(
        [
            "Thursday 6 March 2031 09.12 GMT Live coverage of the harbour strike begins .",
            "9.30 am GMT : Pickets gathered at the gates .",
            "11.05 pm GMT : The talks broke up without a deal .",
            "0.40 am GMT : Dockers said they would return on Monday .",
        ]
    )
    posts = post_anchors(text, FILED)
    assert [(p.day.isoformat(), p.rule) for p in posts] == [
        ("2031-03-06", "post-date"),
        ("2031-03-06", "post-order"),
        ("2031-03-06", "post-order"),
        ("2031-03-07", "post-order"),
    ]


def test_blog_named_after_its_next_day() -> None:
    text = "\n".join(
        [
            "( Update 4:10 p.m. ) Crowds gathered on Friday in the main square .",
            "( Update 1:05 p.m. ) The army said on Friday it would clear the roads .",
            "( Update 10:20 a.m. ) Friday began quietly , and late Thursday the last tents came down .",
        ]
    )
    posts = post_anchors(text, FILED)
    assert {(p.day.isoformat(), p.rule) for p in posts} == {("2031-03-07", "post-text")}


def test_a_list_of_stories_crosses_no_midnight() -> None:
    text = "\n".join(
        [
            "( Updated at 11:18 a.m. ) The hearing closed .",
            "( Updated at 10:18 a.m. ) The hearing opened .",
            "( Updated at 5:19 p.m. ) A soldier testified .",
        ]
    )
    assert {p.day for p in post_anchors(text, FILED)} == {FILED}  # 17 hours apart: no night in between


def test_no_blog_no_posts() -> None:
    text = "Talks resumed on Saturday.\n( Update 2:45 p.m. ) A second round is planned ."
    assert post_anchors(text, FILED) == ()  # one bare-clock stamp is no blog
    assert post_anchors(NEWEST_FIRST, None) == ()  # no filing day: nothing to count from
    one = "( Updated 9:10 a.m. Saturday ) The strike ended ."
    assert [(p.day.isoformat(), p.rule) for p in post_anchors(one, FILED)] == [("2031-03-08", "post-weekday")]


def test_a_year_line_is_no_stamp() -> None:
    text = "1918 : The worst pandemic of modern times .\nLater outbreaks were milder ."
    assert post_anchors(text, FILED) == ()


def test_today_in_a_post_stamped_in_two_zones_is_the_second_zones_day() -> None:
    text = "\n".join(
        [
            "( Update 1:10 a.m. in Lisbon , 8:10 p.m. ET ) She said earlier today talks on Friday failed .",
            "( Update 11:40 p.m. in Lisbon , 6:40 p.m. ET ) Talks went on .",
            "( Update 10:15 p.m. in Lisbon , 5:15 p.m. ET ) Talks went on .",
        ]
    )
    posts = post_anchors(text, FILED)
    assert (posts[0].day.isoformat(), posts[0].earliest.isoformat()) == ("2031-03-07", "2031-03-06")
    found = {t.text: t.value for t in times_in(text, None, FILED)}
    assert found["earlier today"].startswith("2031-03-06")  # the writer's day in the second zone
    assert found["Friday"] == "2031-03-07"  # a weekday names its day: the post's own Friday


def test_an_article_filed_a_day_early_is_told_on_its_text_day() -> None:
    text = (
        "Crews left the rig Friday ahead of the storm . The admiral issued the order Friday night , and "
        "he said Friday the work would resume . Talks had stalled Thursday ."
    )
    (post,) = post_anchors(text, FILED)  # filed Thursday; the text is Friday's
    assert (post.day.isoformat(), post.rule, post.start, post.end) == ("2031-03-07", "text-day", 0, len(text))
    assert post_anchors(text + " The yard reopens today .", FILED) == ()  # "today" is the filing day's


THE_LATEST = "\n".join(
    [
        "The Latest on the harbour strike (all times local):",
        "7 p.m.",
        "The union says the talks will go on Friday.",
        "2:25 p.m.",
        "The port board says the cranes stood idle on Tuesday.",
        "11:40 a.m.",
        "Dockers voted to end the strike.",
        "3:15 a.m.",
        "Ships waited off the coast overnight.",
    ]
)


def test_clocks_alone_on_their_lines_are_the_stamps_of_a_running_story() -> None:
    posts = post_anchors(THE_LATEST, FILED)
    assert [(p.day, p.rule) for p in posts if p.stamp_end > p.start] == [(FILED, "post-order")] * 4
    found = {t.text: (t.value, t.anchor_rule) for t in times_in(THE_LATEST, None, FILED)}
    assert found["3:15 a.m."] == ("2031-03-06T03:15", "post-stamp")
    assert found["Tuesday"] == ("2031-03-04", "post-order")


def test_two_clocks_alone_make_no_running_story() -> None:
    text = "Timetable\n7 p.m.\nThe doors open.\n9 p.m.\nThe show ends."
    assert post_anchors(text, FILED) == ()
