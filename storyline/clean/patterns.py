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
)

# --- whole lines ----------------------------------------------------------------------------------------
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
