"""The boilerplate patterns cleaning removes, one compiled pattern per kind with a note on what it catches.

Line patterns are matched against a whole line with surrounding whitespace stripped; inline patterns
anywhere in the text. Separator lines (`***`, `* * *`, `---`, `___`, `•••`) are dropped: they carry no
sentence, and the paragraph break they stood for stays as a blank line.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# --- inline: removed wherever they occur --------------------------------------------------------------
INLINE: tuple[tuple[str, re.Pattern[str]], ...] = (
    # WordPress ad-inserter markers: "[ad_1]", "[ad_2]" (also "[ad]", "[ads_3]").
    ("ad marker", re.compile(r"\[ads?(?:_\d+)?\]", _I)),
    # A tweet embed's bare picture link ("pic.twitter.com/ik9..."); the tweet text and its
    # signature line ("- Name (@handle) Month D, YYYY") are article content and stay.
    ("tweet picture link", re.compile(r"(?:https?://)?pic\.(?:twitter|x)\.com/\w+", _I)),
    # A server-side include's error left in the page: "[an error occurred while processing this directive]".
    (
        "server error",
        re.compile(
            r"[(\[][^\n()\[\]]{0,6}an error occurred while processing this directive[^\n()\[\]]{0,6}[)\]]", _I
        ),
    ),
)

# --- whole lines ----------------------------------------------------------------------------------------
# A site's promotion of itself, alone on a line (up to PROMO_WORDS words, see lines.py): a call for
# readers' photos or views ("Share your photos and videos with CNN via iReport .", "Share your thoughts by
# sending us a response on our Twitter page ."), "Fox Forum is on Twitter .", "Get constant updates from
# our reporters and read stories you 'll only see here .", "Find out more and buy the ebook on Kindle ...".
PROMO = re.compile(
    r"share your (?:photos|pictures|videos|stories|thoughts|views|opinions)\b.*"
    r"|(?:\S+ ){1,3}(?:is|are) (?:now )?on (?:twitter|facebook)\W*"
    r"|get (?:constant |instant |the latest |breaking )?(?:updates|news|alerts) from our .*"
    r"|find out more and buy\b.*|sign up for (?:free |our )?(?:e-?mail |news )*(?:alerts|newsletters?)\b.*",
    _I,
)
_SOCIAL = (
    r"twitter|facebook|share|shares|tweet|email|e-mail|print|whatsapp|telegram|linkedin|reddit|pinterest"
    r"|vk|vkontakte|ok|odnoklassniki|instagram|youtube|messenger|viber|pocket|flipboard|tumblr|mail"
    r"|copy link|copy|link|comments?|save|x"
)
_CHANNELS = (
    r"facebook|twitter|telegram|instagram|youtube|linkedin|whatsapp|viber|vk|newsletters?|channel|feed|rss"
    r"|updates|alerts|e-?mails?|podcast|us|this (?:article|story|post|page|video)|our \w+"
)
LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # An ad label alone on a line: "Advertisement", "ADVERTISEMENT", "Sponsored content".
    ("ad marker", re.compile(r"advertisement|advertising|sponsored(?: content)?|promoted|реклама", _I)),
    # The author-photo placeholder of WordPress themes: "Photo of author", "Author photo", "Avatar".
    (
        "author photo",
        re.compile(r"(?:photo|picture|image) of (?:the )?author|author(?:'s)? (?:photo|avatar)|avatar", _I),
    ),
    # Social buttons alone on a line: "TWITTER", "Facebook", "Share", "Share | Tweet | Email".
    ("social buttons", re.compile(rf"(?:(?:{_SOCIAL})\W*)+(?:\d+\W*)?", _I)),
    # Share/subscribe/follow calls: "Share this article", "Follow us on Telegram", "Subscribe to our
    # newsletter", "Sign up for alerts", "Click here to subscribe". Short lines only (see lines.py).
    (
        "share/subscribe line",
        re.compile(
            rf"(?:click here to |please )?(?:share|tweet|email|print|subscribe|sign up|follow|like|join|"
            rf"download)(?: now| us| it)?(?: (?:on|to|for|via|in|with|at))?(?: (?:the|our|my))? "
            rf"(?:[\w-]+ )?(?:{_CHANNELS})\b[^.!?]*[.!?]?",
            _I,
        ),
    ),
    # Comment prompts and counters: "Leave a comment", "Leave a reply", "3 comments", "Comments (3)".
    (
        "comments line",
        re.compile(r"leave a (?:comment|reply)|\d+ comments?|comments? \(\d+\)|no comments yet\.?", _I),
    ),
    # Copyright and rights lines: "© 2021 Example News. All rights reserved.", "Copyright 2021 Example",
    # "© Reuters" (a credit). "Copyright" without a year is a word of a sentence and stays.
    (
        "copyright line",
        re.compile(
            r"©.{0,120}|(?:\(c\)|copyright)[ \t]*©?[ \t]*\d{4}.{0,100}|.{0,100}all rights reserved\.?", _I
        ),
    ),
    # Separator lines: "***", "* * *", "---", "___", "•••", "===".
    ("separator", re.compile(r"(?:[*•·=_~#-][ \t]*){3,}")),
    # A site name or watermark alone on a line: "belsat.eu", "www.example.com", "ІІ belsat.eu" (a
    # watermark's junk letters before it), "— example.org —".
    (
        "site name",
        re.compile(
            r"\W*(?:\w{1,3}\W+)?(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}/?\W*", _I
        ),
    ),
)

# "Read more" / "Related" / "See also" labels that open a block of links; with text after the label on
# the same line ("Read more: Minsk hosts ...") the line is one teaser by itself.
RELATED_LABEL = re.compile(
    r"(?:read (?:more|also|next)|also read|see also"
    r"|related(?: articles| stories| news| posts| content| coverage)?"
    r"|more (?:on|about) (?:this|the) (?:topic|story|subject)|more from [\w .-]{1,30}|more news|latest news"
    r"|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you)?"
    r"|most (?:read|popular|viewed)"
    r"|top stories|editor's picks|читайте также)"
    r"(?:[ \t]*[:»>|—–-]+[ \t]*(?P<rest>\S.*)|[ \t]*[:.…»>]*)",
    _I,
)

# A teaser's timestamp alone on a line: "2019.07.03 08:44", "03.07.2019 08:44", "08:44 03.07.2019",
# "2019-07-03 08:44". A date without a time is not enough (it can be a dateline).
TIMESTAMP = re.compile(
    r"(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})[ ,T]+\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{1,2}:\d{2}(?::\d{2})?[ ,]+(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})"
)

# A byline line alone: "By admin", "By Sam Ortiz", "By Sam Ortiz | June 8, 2023", "BY STAFF REPORTER".
# Names must be capitalised ("By the end of June" is not a byline); the keyword and placeholders are not.
_NAME_WORD = "[A-ZÀ-ÖØ-ÞА-ЯЁІЎ][\\w.'’-]*"
BYLINE = re.compile(
    r"(?i:by)[ \t]+"
    r"(?:(?i:admin|administrator|editor|staff(?: reporter| writer)?|webmaster|guest|author|newsdesk)"
    rf"|{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|van|von|de|da|al|bin)){{0,4}})"
    r"(?:[ \t]*(?:[|•·—–,]|and)[ \t]*[^.!?]{0,60})?"
)

# Invisible characters dropped everywhere: zero-width space/joiners, word joiner, BOM, soft hyphen.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]|\r(?=\n)")

# One-for-one replacements (the OffsetMap allows them): no-break and narrow spaces to a space, a lone
# CR (LONE_CR) and Unicode line/paragraph separators to a newline.
REPLACEMENTS = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2028": "\n", "\u2029": "\n"})
LONE_CR = re.compile(r"\r(?!\n)")

# --- timestamps, reader comments, page furniture (PTB-tokenised text has " , " for ",") ---------------
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
ZONES = (
    r"GMT|BST|UTC|CET|CEST|EET|EEST|MSK|IST|JST|HKT|SGT|AEST|AEDT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|UK time"
    r"|local time"
)
_ZONE = rf"(?:[ \t]+(?:{ZONES}))?"
_CLOCK = rf"\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:[ \t]*[ap]\.?m\.?)?{_ZONE}"
_C = r"[ \t]*,?[ \t]*"  # an optional comma, spaced or not
_WORDED_DATE = (
    rf"(?:{_WEEKDAY}{_C})?(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}{_C}\d{{4}}"
    rf"|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?{_C}\d{{4}})"
)
_NUMERIC_DATE = r"(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
_DATE = rf"(?:{_WORDED_DATE}|{_NUMERIC_DATE})"
_SEP = r"(?:[ \t]*(?:,|;|-|–|—|\|)?[ \t]*(?:at[ \t]+)?)"
# A timestamp: a clock time with a date, either order ("9:03 pm on 26 Apr 2009", "May 3, 2009 at 10:12
# AM", "Saturday 25 April 2009 23.24 BST", "18:00 UK time , Saturday , 25 April 2009").
STAMP = rf"(?i:{_CLOCK}(?:[ \t]+on)?{_SEP}{_DATE}|{_DATE}{_SEP}{_CLOCK})"
_WORDED_STAMP = rf"(?i:{_CLOCK}(?:[ \t]+on)?{_SEP}{_WORDED_DATE}|{_WORDED_DATE}{_SEP}{_CLOCK})"
_USER = r"\S{1,40}(?:[ \t]+\S{1,40}){0,3}?"

# A reader comment's header at the start of a line: "At 9:03 pm on 26 Apr 2009 , JukeJohn wrote :",
# "February 3 , 2011 at 3:15 pm | ...", "Posted by jb at 10:12 AM on May 3, 2009", "JukeJohn wrote on ...".
COMMENT_HEADER = re.compile(
    rf"(?:(?:at|on|posted(?:[ \t]+(?:on|at))?)[ \t]+)?{STAMP}{_C}(?:(?:by[ \t]+)?{_USER}[ \t]+"
    rf"(?:wrote|said|says|writes|commented)[ \t]*:|\|(?![ \t]*by\b))"
    rf"|(?:posted|written|submitted)[ \t]+by[ \t]+{_USER}[ \t]+(?:at|on)[ \t]+{STAMP}"
    rf"|{_USER}[ \t]+(?:wrote|said|commented)[ \t]+(?:at|on)[ \t]+{STAMP}",
    _I,
)
# A comment's signature anywhere in a line: "... Posted by : bob | September 19 , 2008 1:08 PM | Report
# abuse", "January 31 , 2011 at 3:03 pm | Reply", a CNN thread's "January 28 , 2011 04:59 pm at 4:59 pm |".
COMMENT_SIGNATURE = re.compile(
    rf"(?:posted|written|submitted) by[ \t]*:?[ \t]*{_USER}[ \t]*\|[ \t]*{STAMP}"
    rf"|{STAMP}[ \t]*\|[ \t]*(?:report abuse|reply|recommend)\b"
    rf"|{_WORDED_DATE}[ \t]+(?:{_CLOCK}[ \t]+)?at[ \t]+{_CLOCK}[ \t]*\|",
    _I,
)
# A blog post's footer after its last sentence: "By Ezra Klein | June 11 , 2009 ; 8:20 AM ET" (the
# reader comments follow it); an archive page's post footer goes on "| Permalink | Comments (2)" and
# the next post follows it instead.
POST_FOOTER = re.compile(
    rf"\b[Bb]y[ \t]+{_NAME_WORD}(?:[ \t]+[\w.'’-]+){{0,4}}?[ \t]*\|[ \t]*(?i:{_WORDED_DATE})[ \t]*[;,]"
    rf"[ \t]*(?>(?i:{_CLOCK}))(?![ \t]*\|[ \t]*(?i:permalink|comments?\b))"
)
# A blog post's header before the post's text: "posted on Thursday , 28 May 2009 | comment on this post",
# "Posted at 10:12 AM , May 3 , 2009 | 4 comments".
POST_HEADER = re.compile(
    rf"posted[ \t]+(?:on|at)[ \t]+(?:{STAMP}|{_WORDED_DATE}|{_CLOCK})[ \t]*\|[ \t]*"
    r"(?:comment on this (?:post|entry)|add (?:a )?comment|\d+ comments?|comments?[ \t]*(?:\(\d+\))?"
    r"|permalink)\b[ \t]*",
    _I,
)
# A line's voice, read to find where the first reader comment of a thread begins above the first
# comment signature (comments.py): a reader writes to the others ("you", "u", "!!", "??", "@name", a
# line in lower case or shouting); a news report attributes ("... , a French government spokesman said
# on Friday .", a quotation). "I", "we" and "our" are no reader's mark: speeches, op-eds and blog posts
# printed in full speak so too.
READER_WORDS = re.compile(
    r"\b(?:[Yy]ou|[Yy]ou're|[Yy]our|[Yy]ours|[Yy]ourself|u|ur|ya|lol|LOL|imho|dont|im|thats)\b|[!?]{2,}|^@"
    r"|\b[A-Z]{3,}(?:[ \t]+[A-Z]{3,}){2,}\b"
)
NEWS_WORDS = re.compile(
    r"``|''|[\"“”]|\b(?:said|says|told|according to|reported|added|announced|stated|contributed)\b"
)
# A comment header inside a line, after the last words of the article or of the previous comment ("...
# 12:603 -616 At 08:55 am on 30 Jun 2009 , sensiblegrannie wrote : Up until now ..."): a timestamp, a
# user name and "wrote:" start a comment wherever they stand ("said:" does not: articles introduce quotes
# so).
COMMENT_INLINE_HEADER = re.compile(
    rf"(?:\b(?i:at|on)[ \t]+)?{STAMP}{_C}{_USER}[ \t]+(?i:wrote|writes)[ \t]*:"
)
# A line led by a dated timestamp ("29th March 2012 - 11:28 Power corrupts ..."): a post of a comment
# list when a run of them ends in a comment notice (see comments.py).
STAMP_LED_LINE = re.compile(rf"[ \t]*{_WORDED_STAMP}")
# A notice about readers' comments: moderation and policy lines, comment forms and counters.
COMMENT_NOTICE = re.compile(
    r"(?:views|opinions) expressed in (?:the |these )?(?:comments|posts)"
    r"|we welcome (?:your )?comments"
    r"|comments (?:are|will be) (?:not )?(?:pre-screened|moderated|reviewed|closed|published)"
    r"|(?:your|reader'?s?'?|all) (?:comments|posts) (?:may|will|are) (?:be )?(?:published|edited|moderated"
    r"|reactively|an essential)"
    r"|(?:may|will|reserves? the right to) edit your comments"
    r"|(?:this|the) (?:discussion|comment thread|comments? section) (?:is|has been) (?:now )?closed"
    r"|(?:lively|civil|courteous) (?:and \w+ )?(?:discussion|debate|conversation) as long as"
    r"|notify me of (?:follow-up|new) comments"
    r"|not responsible for (?:the |any )?content posted by"
    r"|not involved in the moderation"
    r"|must be (?:logged|signed) in to (?:comment|report|post|reply)"
    r"|(?:this )?comment (?:was|has been) removed (?:because|by)"
    r"|to report (?:offensive|abusive|inappropriate) comments|the comments to this entry are closed"
    r"|\([ \t]*required[ \t]*,[ \t]*but will not be (?:displayed|published|shown)[ \t]*\)",
    _I,
)

# A comment form's or thread's own line, alone: "Add your comment", "Post a comment", "Have your say",
# "Report abuse", "Sort by oldest first", "Recommend? (12)", "Comments (12)", "12 comments".
COMMENT_FORM = re.compile(
    r"(?:(?:add|post|leave|write|submit) (?:a |your )(?:comment|reply)|have your say|report abuse"
    r"|sort by (?:oldest|newest|most \w+)(?: first)?|recommend\?*[ \t]*(?:\(\d+\))?|reader comments"
    r"|comments?[ \t]*\(\d+\)|\d+ comments?|view all comments|show all comments|comments)[ \t]*[.:!]?",
    _I,
)

# Page furniture that opens a line before the article text: "24 June 2010 Last updated at 14:59 GMT Help",
# "Page last updated at 15:41 GMT, Monday, 27 April 2009", "Saturday 25 April 2009 23.24 BST",
# "Robin Lustig | 12:14 UK time , Friday , 27 July 2012", "Friday , September 3 , 2010 ; 7:43 PM".
UPDATED_PREFIX = re.compile(
    rf"(?:{_DATE}[ \t]+)?(?:page[ \t]+)?last updated(?:[ \t]+(?:at|on))?[ \t]*:?[ \t]*"
    rf"(?:{STAMP}|{_CLOCK}(?:{_SEP}{_DATE})?|{_DATE})(?:[ \t]+\d{{1,2}}:\d{{2}}[ \t]+UK\b)?(?:[ \t]+help\b)?",
    _I,
)
STAMP_PREFIX = re.compile(rf"{_WORDED_STAMP}(?=[ \t]+[A-Z`'\"(-])", _I)
# A stamp and a byline opening the lede's line: "July 15 , 2010 - 7:48 AM | by : Jo Serrie Pressure
# testing ...". The name is a first and a last name (an initial between them), so the lede's first
# capitalised word stays.
STAMP_BYLINE_PREFIX = re.compile(
    rf"{_WORDED_STAMP}[ \t]*\|[ \t]*(?i:by)[ \t]*:?[ \t]*{_NAME_WORD}(?:[ \t]+[A-Z]\.)?[ \t]+{_NAME_WORD}"
    rf"(?=[ \t]+[A-Z`'\"(])"
)
BYLINE_STAMP_PREFIX = re.compile(
    rf"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){{0,3}}[ \t]*\|[ \t]*{STAMP}(?=[ \t]+[A-Z`'\"(-])"
    rf"|[A-Z][A-Z .'/\\-]{{1,30}}(?:{_C}[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?)?{_C}"
    rf"(?:(?i:{_MONTH})[ \t]+\d{{1,2}}[ \t]*)?\|[ \t]*{STAMP}(?=[ \t]+[A-Z])"
)
# A short line of page buttons and links: "Help", "Print", "E-mail this to a friend", "Printable version".
PAGE_LINKS = re.compile(
    r"(?:(?:help|print(?:able version| this(?: page| article| story)?)?|e-?mail(?: this)?(?: to a friend| "
    r"article| story| page)?|send(?: this)? to a friend|bookmark|close window|back to top|top of page"
    r"|skip to (?:content|main content|navigation)|more from this section|contact us)\W*){1,6}",
    _I,
)
# A line with a timestamp and a social button ("7:01 pm ET February 11 , 2013 RETWEET Could ...",
# "March 3 , 2011 at 4:12 pm | Reply"): a sidebar of posts or a comment's footer.
SOCIAL_STAMP = re.compile(rf"{STAMP}.{{0,12}}\b(?:RETWEET|Reply|Recommend|Report abuse|Like)\b")

# Shared with page_patterns.py (the page's head and foot): a month, a weekday, a worded stamp.
MONTH, WEEKDAY, WORDED_STAMP, OPT_COMMA = _MONTH, _WEEKDAY, _WORDED_STAMP, _C
