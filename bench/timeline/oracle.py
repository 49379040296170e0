"""Where the reader comments and page furniture of a Timeline17 page are, by outlet-specific marks.

This is the benchmark's own judge, written apart from storyline/clean on purpose: it uses the literal
notices, footers and credits of the six outlets in Timeline17, where the cleaner uses general shapes.
The marks were found by counting normalised line prefixes and 4-word shingles that recur in >= 3% of
one outlet's files (Guardian 708 files, Reuters 1,230, Fox News 286; BBC, CNN and the Washington Post
before) and reading them. A raw span is noise when it is
(a) at or after a comment-section notice of the page ("Views expressed in the comments do not represent
    those of Reuters", "Comments are not pre-screened", ...) or after the first comment header ("At 12:19
    26th Apr 2009 , barriesingleton wrote :", "February 3 , 2011 at 3:15 pm |"): kind "comments";
    a comment's signature ends each comment of CNN's and the Washington Post's threads, anywhere in a
    line ("... dam January 29 , 2011 at 10:10 pm | Report abuse | Which ...", "... Posted by : knjincvc |
    February 2 , 2009 3:35 PM | Report abuse ..."): the section starts at the line of the first one,
    or earlier at the article's own last line when one is marked within `FIRST_COMMENT_LINES` above it
    (an agency credit "contributed to this report", CNN's podcast promo) - the first comment has no
    header, so where no such mark stands its lines above the signature line are not marked;
    the Washington Post's blog post footer ("By Ezra Klein | June 11 , 2009 ; 8:20 AM ET", a post page,
    not an archive page's "... ET | Permalink | Comments (2)") is furniture and the comments follow it
    (every such page of Finan and bpoil_washingtonpost was read: comments or "The comments to this entry
    are closed" follow the footer);
(b) furniture: an outlet's furniture line ("... Last updated at 14:59 GMT Help", "RETWEET" sidebars); the
    Guardian's page footer, from its first mark to the end of the page ("A version appeared on p8 of the
    Main section ...", "This article appeared on p32 ...", "Letters for publication should be sent to
    ...", "Follow the latest environment news , comment and analysis on Twitter", "Comment is free on
    Twitter", "Our selection of best buys", ...); a BBC blog's post header ("posted on Thursday , 28 May
    2009 | comment on this post", the post's text follows on the line); its correction notes ("This
    article was amended on 6 May 2010 ." with "The original said ..." and "This has been corrected .");
    a photo credit
    ("Photograph : Gerald Herbert\\/AP", up to the agency or two names) and the caption on the line
    before it (from its last standfirst bullet, "cents", when it holds bullets); Reuters' lines above the
    dateline stamp ("TRIPOLI | Tue Mar 1 , 2011 6:36 pm EST": photo captions, sidebar headlines) and the
    sidebar text up to "Full Article", the stamp itself, its advert ("An ultra-low latency infrastructure
    ...") and credit lines ("-LRB- Reporting by ... -RRB-"); Fox News's photo-gallery captions ("May 6 :
    The oil containment box is lowered ...", "Saturday : ..."), agency credit lines ("The Associated
    Press contributed to this report .") and its promo and transcript notices.
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
    "The comments to this entry are closed",
    "Please email us to report offensive comments",
)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
# A comment's signature anywhere in a line: CNN "January 29 , 2011 at 10:10 pm |" (then "Report abuse",
# "Reply" or the next comment), the Washington Post "Posted by : NAME | September 16 , 2008 7:35 PM".
_SIGNATURE = re.compile(
    rf"\b{_MONTHS} \d{{1,2}} , \d{{4}} at \d{{1,2}}:\d{{2}} [ap]m \|"
    rf"|Posted by : .{{1,60}}? \| {_MONTHS} \d{{1,2}} , \d{{4}} \d{{1,2}}:\d{{2}} [AP]M"
)
# The article's last line above a thread: an agency credit, CNN's podcast promo.
_ARTICLE_END = re.compile(r"contributed to this report|listen to the CNN Radio Reports podcast")
# The Washington Post's blog post footer (comments follow it); an archive page's has "| Permalink".
_POST_FOOTER = re.compile(
    rf"\bBy [A-Z][^|]{{1,40}}? \| {_MONTHS} \d{{1,2}} , \d{{4}} ; \d{{1,2}}:\d{{2}} [AP]M ET(?! \| Permalink)"
)
# A BBC blog's post header, before the post's text on the same line.
_POST_HEADER = re.compile(rf"^posted on \w+ , \d{{1,2}} {_MONTHS} \d{{4}} \| comment on this post", re.I)
_COMMENT_HEADER = re.compile(
    r"^At \d{1,2}:\d{2}(?: [ap]m)?(?: on)? \d{1,2}(?:st|nd|rd|th)? \w{3,9} \d{4} , .{1,40}? wrote :"
    r"|^\w{3,9} \d{1,2} , \d{4} at \d{1,2}:\d{2} [ap]m \|"
    r"|^\d{1,2}(?:st|nd|rd|th)? \w{3,9} \d{4} - \d{1,2}:\d{2} "
    r"|Posted by : .{1,60}? \| \w{3,9} \d{1,2} , \d{4} \d{1,2}:\d{2} [AP]M \| Report abuse"
)
# Furniture from its match to the end of the line (or the whole line for RETWEET sidebars).
_FURNITURE = re.compile(
    r"^\d{1,2} \w{3,9} \d{4} Last updated at \d{1,2}:\d{2} GMT(?: Help)?"
    r"|^Page last updated at .{0,40}"
    r"|RETWEET"
    # Guardian: reader calls; Reuters: its advert; Fox News: agency credits, promos, transcript notices.
    r"|Share your (?:photos|thoughts by sending us).*|add your photos to our Flickr group.*"
    r"|Just send them to our Flickr group.*|Please post your visualisations.*"
    r"|An ultra-low latency infrastructure for electronic trading.*"
    r"|^The Associated Press contributed to this report.*|^FOX News covers the action from all the angles.*"
    r"|^Get constant updates from our in-the-field reporters.*|Fox Forum is on Twitter.*"
    r"|^This copy may not be in its final form.*|^This is a rush transcript from.*"
    r"|^Content and Programming Copyright.*|^All materials herein are protected by United States copyright.*"
    r"|^You may not alter or remove any trademark.*"
)
# Guardian page footer: from the first of these to the end of the page.
_FOOTER = re.compile(
    r"A version appeared (?:on p\d+ of|in) the|This article appeared on p\d+|This article was published on "
    r"guardian|Letters for publication should be sent to|Our selection of best buys|The latest news and "
    r"comment from our team|Comment is free on Twitter|Follow the latest \w+ news , comment and analysis on "
    r"Twitter|Follow all the top stories of the day on Twitter|Find out more and buy the ebook on Kindle"
)
_CORRECTION = re.compile(
    r"This article was amended on .*|^The original (?:said|referred|stated|version|article|headline) .*"
    r"|^It also .*|^This has (?:now )?been corrected .*"
)
_CREDIT = re.compile(
    r"\b(?:Photograph|Photographs|Illustration) : (?:[^ ]*\\/[^ ]*|(?:[A-Z][^ ]* ?){1,2})"
    r"|\bPhoto : (?:[A-Z][^ ]* )?[^ ]*\\/[^ ]*"
)
_REUTERS_STAMP = re.compile(
    r"\| (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d{1,2} , \d{4} \d{1,2}:\d{2} [ap]m [A-Z]{2,4}"
)
_REUTERS_CREDIT = re.compile(
    r"-LRB- (?:Additional )?(?:[Rr]eporting|[Ee]diting|[Ww]riting) by .*?(?:-RRB-|$)"
)
_GALLERY_CAPTION = re.compile(
    r"^(?:-LRB- AP -RRB- |AP )?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) : .*"
)
HEAD_LINES = 5  # a Reuters dateline stamp opens the story within the first lines
FIRST_COMMENT_LINES = 12  # an article-end mark this close above the first signature starts the thread
Span = tuple[int, int, str]


def noise_spans(raw_text: str, source: str = "") -> list[Span]:
    """(start, end, kind) raw spans that are comments or furniture; kind is "comments" or "furniture".

    `source` is the file's path: Fox News's gallery captions ("May 6 : ...") are judged only in a
    "_foxnews" folder, since the Washington Post's timelines ("Sept. 14 : The Federal Reserve ...")
    have the same shape and are article text.
    """
    lines = _lines(raw_text)
    fox = "_foxnews" in source
    spans: list[Span] = _reuters_head(raw_text, lines)
    thread = _thread_start(raw_text, lines)
    if thread is not None:
        spans.extend(thread)
    stop = min((low for low, _, kind in spans if kind == "comments"), default=len(raw_text))
    correction = False
    for index, (start, end) in enumerate(lines):
        if start >= stop:
            break
        line = raw_text[start : min(end, stop)]
        header = _POST_HEADER.search(line)
        if header:
            spans.append((start, start + header.end(), "furniture"))
        footer = _FOOTER.search(line)
        if footer:
            spans.append((start + footer.start(), stop, "furniture"))
            break
        correction = _line_marks(line, start, spans, correction, fox)
        credit = _CREDIT.search(line)
        if credit and index > 0:
            spans.append((start + credit.start(), start + credit.end(), "furniture"))
            spans.append(_caption(raw_text, lines[index - 1]))
    return sorted(spans)


def _thread_start(raw_text: str, lines: list[tuple[int, int]]) -> list[Span] | None:
    """The comment thread's span (and a post footer before it), from the first line that starts it."""
    for index, (start, end) in enumerate(lines):
        line = raw_text[start:end]
        if any(notice in line for notice in _NOTICES) or _COMMENT_HEADER.search(line):
            return [(start, len(raw_text), "comments")]
        footer = _POST_FOOTER.search(line)
        if footer:
            return [
                (start + footer.start(), start + footer.end(), "furniture"),
                (start + footer.end(), len(raw_text), "comments"),
            ]
        if _SIGNATURE.search(line):
            first = index
            for above in range(index - 1, max(-1, index - 1 - FIRST_COMMENT_LINES), -1):
                if _ARTICLE_END.search(raw_text[slice(*lines[above])]):
                    first = above + 1
                    break
            return [(lines[first][0], len(raw_text), "comments")]
    return None


def _line_marks(line: str, start: int, spans: list[Span], correction: bool, fox: bool) -> bool:
    """Add this line's furniture spans; return whether a correction note is running on."""
    for pattern in (_FURNITURE, _REUTERS_CREDIT, _GALLERY_CAPTION) if fox else (_FURNITURE, _REUTERS_CREDIT):
        for match in pattern.finditer(line):
            whole = match.group(0) == "RETWEET"
            low, high = (0, len(line)) if whole else match.span()
            spans.append((start + low, start + high, "furniture"))
    note = _CORRECTION.search(line)
    if note and (correction or note.group(0).startswith("This article was amended")):
        spans.append((start + note.start(), start + len(line), "furniture"))
        return True
    return False


def _caption(raw_text: str, line: tuple[int, int]) -> Span:
    """The caption above a photo credit: the line before it, from a Guardian stamp on it when there is one.

    A Guardian head line holds the standfirst's bullets ("cents Freeze on drilling has put thousands out
    of work cents Giant oil tanker ... The site of the oil spill ."): the items before the last bullet
    are the standfirst, so the caption runs from the last bullet on (its item is glued to the caption).
    """
    start, end = line
    stamp = re.search(r"\d{1,2}\.\d{2} (?:BST|GMT) ", raw_text[start:end])
    bullet = raw_text.rfind(" cents ", start, end)
    begin = start + stamp.end() if stamp else start
    return (max(begin, bullet + 1), end, "furniture")


def _reuters_head(raw_text: str, lines: list[tuple[int, int]]) -> list[Span]:
    """Reuters: the lines above the dateline stamp, the sidebar up to "Full Article" and the stamp itself."""
    for index, (start, end) in enumerate(lines[:HEAD_LINES]):
        stamp = _REUTERS_STAMP.search(raw_text, start, end)
        if stamp is None:
            continue
        spans: list[Span] = [(0, start, "furniture")] if index else []
        sidebar = raw_text.rfind("Full Article", start, stamp.start())
        if sidebar >= 0:
            spans.append((start, sidebar + len("Full Article"), "furniture"))
        spans.append((stamp.start(), stamp.end(), "furniture"))
        return spans
    return []


def _lines(raw_text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for line in raw_text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def noise_share(spans: list[Span], start: int, end: int) -> str | None:
    """The kind of noise covering most of the raw span [start, end), or None when it is article text."""
    covered: dict[str, int] = {}
    for kind in {span[2] for span in spans}:
        reach = start  # spans are sorted: count each character once
        for low, high, _ in (span for span in spans if span[2] == kind):
            low, high = max(low, reach, start), min(high, end)
            if high > low:
                covered[kind] = covered.get(kind, 0) + high - low
                reach = high
    kind = max(covered, key=lambda k: covered[k], default=None)
    return kind if kind is not None and covered[kind] * 2 >= end - start else None
