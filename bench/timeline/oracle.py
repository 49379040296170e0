"""Where the reader comments and page furniture of a Timeline17 page are, by outlet-specific marks.

This is the benchmark's own judge, written apart from storyline/clean on purpose: it uses the literal
notices and comment headers of the six outlets in Timeline17 (read off the files), where the cleaner
uses general shapes. A raw line is noise when it is (a) at or after a comment-section notice of the
page ("Views expressed in the comments do not represent those of Reuters", "Comments are not
pre-screened", "Your comments may be published on any BBC media worldwide", ...) or after the first
comment header ("At 12:19 26th Apr 2009 , barriesingleton wrote :", "February 3 , 2011 at 3:15 pm |"),
or (b) one of the outlets' furniture lines ("... Last updated at 14:59 GMT Help", "RETWEET" sidebars).
"""

from __future__ import annotations

import re

_NOTICES = (
    "Views expressed in the comments do not represent",
    "We welcome comments that advance the story",
    "We welcome comments on our articles for a limited period",
    "This discussion is now closed",
    "Comments are not pre-screened before they post",
    "CNN welcomes a lively and courteous discussion",
    "Your comments may be published on any BBC media",
    "The BBC may edit your comments",
    "All posts are reactively-moderated",
    "Notify me of follow-up comments",
    "washingtonpost.com is not responsible for any content posted",
    "The Washington Post editorial staff was not involved in the moderation",
    "You must be logged in to report a comment",
    "This comment was removed because the moderators",
)
_COMMENT_HEADER = re.compile(
    r"^At \d{1,2}:\d{2}(?: [ap]m)?(?: on)? \d{1,2}(?:st|nd|rd|th)? \w{3,9} \d{4} , .{1,40}? wrote :"
    r"|^\w{3,9} \d{1,2} , \d{4} at \d{1,2}:\d{2} [ap]m \|"
    r"|^\d{1,2}(?:st|nd|rd|th)? \w{3,9} \d{4} - \d{1,2}:\d{2} "
    r"|Posted by : .{1,60}? \| \w{3,9} \d{1,2} , \d{4} \d{1,2}:\d{2} [AP]M \| Report abuse"
)
_FURNITURE = re.compile(
    r"^\d{1,2} \w{3,9} \d{4} Last updated at \d{1,2}:\d{2} GMT(?: Help)?"
    r"|^Page last updated at .{0,40}"
    r"|RETWEET"
)


def noise_spans(raw_text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) raw spans that are comments or furniture; kind is "comments" or "furniture"."""
    spans: list[tuple[int, int, str]] = []
    start = 0
    for line in raw_text.split("\n"):
        end = start + len(line)
        if any(notice in line for notice in _NOTICES) or _COMMENT_HEADER.search(line):
            spans.append((start, len(raw_text), "comments"))
            break
        furniture = _FURNITURE.search(line)
        if furniture:
            if "RETWEET" in line:
                spans.append((start, end, "furniture"))
            else:
                spans.append((start + furniture.start(), start + furniture.end(), "furniture"))
        start = end + 1
    return spans


def noise_share(spans: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The kind of noise covering most of the raw span [start, end), or None when it is article text."""
    for low, high, kind in spans:
        overlap = min(end, high) - max(start, low)
        if overlap > 0 and overlap * 2 >= end - start:
            return kind
    return None
