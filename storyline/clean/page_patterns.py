"""The shapes of a page's head and foot: footers, correction notes, credits, captions, datelines, galleries.

Like patterns.py (line and comment shapes), one compiled pattern per kind with a note on what it catches;
footers.py, head.py and captions.py read them.
"""

from __future__ import annotations

import re

from storyline.clean.patterns import MONTH, OPT_COMMA, STAMP, WEEKDAY, WORDED_STAMP, ZONES

_I = re.IGNORECASE

# --- page footers, correction notes, credits and captions (footers.py, head.py) -------------------------
# A notice that the story ends here: a print-edition or first-publication note ("A version appeared on
# p8 of the Main section ...", "A version of this article appears in print on ...", "This article
# appeared on p32 of ...", "This article was first published on guardian.co.uk ..."), a letters/help
# footer ("Letters for publication should be sent to: ..."), a wire story's sign-off ("(Reporting by X;
# Editing by Y)"). Found anywhere in a line (scrapes glue it to the last sentence).
FOOTER_NOTICE = re.compile(
    r"\bA version (?:of this (?:article|story|piece|review) )?(?:first )?(?:appeared|appears|was published)"
    r" (?:on|in)\b"
    r"|\bThis (?:article|story|piece) (?:first |originally )?(?:appeared|appears) (?:on p(?:age)? ?\d+|in "
    r"(?:print|the (?:print|[A-Z]\w*)))"
    r"|\bThis (?:article|story|piece) was (?:first |originally )?published on (?:www\.)?[a-z][\w-]*"
    r"(?:\.[a-z]{2,}|[ \t]*\.)"
    r"|\bLetters for publication should be sent to\b",
)
WIRE_SIGNOFF = re.compile(
    r"\((?:[ \t]*(?:(?:[Aa]dditional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompil(?:ed|ing)|[Ee]dited)"
    r"(?: by)?[ \t]+[^()\n]{2,240}?)\)"
)
# A note that the article was corrected, with the lines that say what was wrong: "This article was
# amended on 6 May 2010 .", "The original said that ...", "It also ...", "This has been corrected .".
CORRECTION_NOTICE = re.compile(
    r"(?:This|The) (?:article|story|piece|headline) (?:was|has been) (?:amended|corrected|updated) on\b"
    r"|Correction[ \t]*:|\(This (?:story|article) (?:was|has been) corrected\b",
    _I,
)
CORRECTION_DETAIL = re.compile(
    r"(?:The original|An earlier version|It also|This (?:has|had) (?:now )?been (?:corrected|amended)"
    r"|This was corrected)\b",
    _I,
)
# A photo credit: "Photograph : Gerald Herbert/AP", "Photo: Joe Raedle/Getty", "Illustration: BP",
# "Credit : Reuters/Ann Marie Gorden". The name runs to the first agency token ("X/AP") within four
# words, else over up to three capitalised words that are not function words (credits.py).
CREDIT_LABEL = re.compile(
    r"\b(?:Photograph|Photo|Picture|Illustration|Composite|Image|Credit)s?[ \t]?:[ \t]?"
    r"|\bPhotograph(?=[ \t][A-Z]\w*(?:[ \t][A-Z]\w*)?/)"
)
CREDIT_AGENCY_NAME = re.compile(r"(?:[^\s/]+[ \t]){0,3}?[^\s/]*/[^\s]+(?:(?:[ \t]+[^\s/]+){1,4}?/[^\s]+)*")
# A wire agency's credit line: "The Associated Press contributed to this report.", "Reuters contributed
# reporting."
AGENCY_CREDIT = re.compile(
    r"(?:The )?[A-Z][\w.&', -]{1,200}? contributed (?:to this (?:report|story|article)|reporting)"
    r"(?:[^.!?]|\.(?=\w))*[.!?]?"
    r"|(?:The )?[A-Z][\w.&' -]{1,60} (?:and|&) [A-Z][\w.&' -]{1,60} contributed[ \t]*[.!?]?"
)
# An advert's taglines glued at the end of a page: three or more phrases, each a capitalised determiner
# and lower-case words only, none an auxiliary or "said" ("An ultra-low latency infrastructure
# for electronic trading and data distribution A connected approach to governance , risk and compliance
# Our next generation legal research platform"). Text never runs determiner phrases on so.
_AUXILIARY = r"is|are|was|were|be|been|has|have|had|will|would|can|could|do|does|did|said|says"
_PLAIN_WORD = rf"(?:(?!(?:{_AUXILIARY})\b)[a-z][\w'-]*|,)"
TAGLINE_RUN = re.compile(rf"(?:(?:An?|The|Our|Your) {_PLAIN_WORD}(?: {_PLAIN_WORD})* ?){{3,}}[ \t]*$")
# A notice of rights or of a transcript's state: "All materials herein are protected by United States
# copyright law and may not be reproduced ...", "You may not alter or remove any trademark ...",
# "Content and Programming Copyright 2010 Fox News Network , Inc. .", "This copy may not be in its final
# form ...", "This is a rush transcript from ...".
RIGHTS_NOTICE = re.compile(
    r".{0,160}\b(?:may not be (?:reproduced|republished|redistributed|rewritten|copied)"
    r"|protected by [\w .]{0,30}copyright law|alter or remove any (?:trademark|copyright)"
    r"|[Cc]opyright \d{4}\b).{0,200}"
    r"|(?:This|The) (?:copy|transcript) may not be in its final form.{0,120}|This is a (?:rush )?transcript "
    r"(?:from|of) .{0,120}",
)
# A teaser label that ends a sidebar headline and starts the page's own: "... Full Article <headline>".
FULL_ARTICLE = re.compile(r"\b(?:Full (?:Article|Story|Coverage)|Read (?:the )?full (?:article|story))\b")
# A wire dateline: "TRIPOLI (Reuters) -", "LONDON , March 8 (Reuters) -", "(AP) --".
WIRE_DATELINE = re.compile(
    r"\([ \t]*(?:Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua|CNN)(?:[ \t]+Life[ \t]*!)?[ \t]*\)[ \t]*[-–—]{0,2}"
)
# The place a wire dateline names, right before its "(Agency)", with the day the wire adds: "MEXICO CITY",
# "PARIS/ATLANTA , April 27", "ROME Feb 21", and the capitalised "Brussels , Belgium", "United Nations"
# (searched in the text before the bracket, so it ends that text; the capitals are tried first).
_DAY_AFTER = rf"(?:[ \t]*,?[ \t]*(?i:{MONTH})[ \t]+\d{{1,2}})?[ \t]*$"
_NO_ZONE = r"(?!(?:JST|GMT|BST|EST|EDT|CET|UTC|ET|AM|PM)\b)"
DATELINE_PLACES = (
    re.compile(
        rf"(?<![\w.'/-]){_NO_ZONE}[A-Z][A-Z.'/-]+(?:[ \t]+[A-Z][A-Z.'/-]+){{0,3}}"
        rf"(?:[ \t]*,[ \t]*[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*)?)?{_DAY_AFTER}"
    ),
    re.compile(
        rf"(?<![\w.'/-])[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){{0,2}}"
        rf"(?:[ \t]*,[ \t]*[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){{0,2}})?{_DAY_AFTER}"
    ),
    re.compile(rf"(?<![\w.'/-])(?i:{MONTH})[ \t]+\d{{1,2}}[ \t]*$"),
)
# A photo caption's date at its end: "... in London March 23 , 2011 .", "... Nairobi , May 25 , 2011 ."
CAPTION_DATE_END = re.compile(rf"(?i:{MONTH})[ \t]+\d{{1,2}}[ \t]*,?[ \t]*\d{{4}}[ \t]*\.?[ \t]*$")
# A wire photo's credit opening a head line: "REUTERS/Social Media Website via Reuters TV".
AGENCY_PHOTO_CREDIT = re.compile(r"(?:REUTERS|AFP|AP|EPA|GETTY IMAGES)/\S")
# Where a stamp stands inside a page's first line, after the headline: "Headline Thursday 29 April 2010
# 17.33 BST The rig ...", "Headline TRIPOLI | Tue Mar 1 , 2011 6:36 pm EST TRIPOLI (Reuters) - ...".
INLINE_STAMP = re.compile(
    rf"(?<=[ \t])(?:{WORDED_STAMP}|[A-Z][A-Z.'\\/-]+(?:[ \t][A-Z][A-Z.'\\/-]+){{0,3}}{OPT_COMMA}"
    rf"(?:(?i:{MONTH})[ \t]+\d{{1,2}}[ \t]*)?\|[ \t]*{STAMP})"
    rf"(?![ \t]*(?:(?i:[ap]\.?m\b)|(?:{ZONES})\b|\|))(?=[ \t]+[A-Z`'\"(])"
)

# --- photo captions (head.py, captions.py) ---------------------------------------------------------------
# A caption's marks above a wire dateline (Reuters prints its photos' captions there): a written date
# ("... in Damascus June 7 , 2011 , after ..."), a file or handout photo ("... in this May 8 , 2008 file
# photo ."), a frame grab, a position in the picture ("( L )", "( top L )", "( 2nd R )").
CAPTION_MARK = re.compile(
    rf"(?i:{MONTH})[ \t]+\d{{1,2}}[ \t]*,[ \t]*\d{{4}}\b"
    r"|\b(?i:file|handout)[ \t]+(?i:photo|photograph|picture|image)s?\b|\b(?i:in this)\b.{0,60}\b(?i:photo"
    r"|photograph|picture|image)\b|\b(?i:frame grab)\b"
    r"|[(-][ \t]*(?:(?:\d(?:st|nd|rd|th)|top|bottom|front|back|centre|center)[ \t]+)?[LCR][ \t]*[)-]"
)
# A photo agency's credit opening a line, before the caption or story it belongs to: "AP", "Reuters",
# "AFP/Getty Images", "AP2010", "( AP )", "BP , via AP", "Coast Guard via AP".
_AGENCY = r"(?:AP|AFP|Reuters|REUTERS|EPA|ESA|Getty Images)(?:\d{4})?(?:/Getty Images)?"
LEADING_PHOTO_CREDIT = re.compile(
    rf"(?:\([ \t]*{_AGENCY}[ \t]*\)|-[ \t]*{_AGENCY}[ \t]*-"
    rf"|(?:[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){{0,3}}[ \t]*,?[ \t]*via[ \t]+)?{_AGENCY})(?=[ \t]+[A-Z`'\"(])"
)
# A wire photo credit in brackets, the photographer's credit and a picture stamp after it ("( AP Photo/Evan
# Vucci ) ( Evan Vucci - AP )", "( AP Photo ) AP2002"): never article text (clean/credits.py).
BRACKETED_WIRE_CREDIT = re.compile(
    r"\([ \t]*AP[ \t]+Photo(?:[ \t]*/[^()\n]{1,80}?)?[ \t]*\)"
    r"(?:[ \t]*\([^()\n]{1,60}?[ \t]+-[ \t]+AP[ \t]*\))?"
    r"(?:[ \t]+AP(?:19|20)\d\d\b)?"
)
# A wire photo credit opening a line before a capitalised word: "AP2010", "AP Photo", "AP Photo/NAME"
# (the name's end is read by clean/credits.py), "( AP )" not followed by a dateline's dash.
LEADING_WIRE_CREDIT = re.compile(
    r"(?:AP(?:19|20)\d\d|AP[ \t]+Photo(?:/(?P<name>(?=[A-Z])))?|\([ \t]*AP[ \t]*\))(?=[ \t]*[A-Z`'\"(])"
)
# A credit that is an agency alone ("Photograph : Reuters BP is poised ..."): the name ends there.
AGENCY_ALONE = re.compile(rf"(?:AP Photo|{_AGENCY}|PA)(?=[ \t]|$)")
# A photo gallery's caption: a day and a colon before what the picture shows ("May 6 : The oil
# containment box is lowered ...", "AP Apr. 21 : Fire boat crews ...", "Saturday : ..."); the shape of a
# dated list too ("Sept. 14 : The Federal Reserve expands ..."), so captions.py also asks where it stands.
GALLERY_CAPTION = re.compile(
    rf"(?:{LEADING_PHOTO_CREDIT.pattern}[ \t]+)?(?:(?i:{MONTH})[ \t]+\d{{1,2}}(?:[ \t]*,[ \t]*\d{{4}})?"
    rf"|(?i:{WEEKDAY}))[ \t]*:[ \t]+[A-Z`'\"(]"
)
# A dateline after a caption on the same line: "... Pass a Loutre , La. 2010 Getty Images PORT FOURCHON ,
# La. -- As submersible robots ...": the story starts at the place (in capitals, then "--").
DASH_DATELINE = re.compile(
    r"\b(?!(?:AP|AFP|EPA|ESA)\b)[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+)*"
    r"(?:[ \t]*,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?[ \t]+--[ \t]"
)
# A standfirst's bullet as scraped pages print it ("•" read as "cents"): "cents Freeze on drilling has put
# thousands out of work cents Giant oil tanker sent out ...". A sum ("25 cents a gallon") has a number
# before it and a lower-case word after it.
BULLET_MARK = re.compile(r"(?<!\d )\bcents(?=[ \t]+[A-Z`'\"])")
