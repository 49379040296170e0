"""A site's notices about itself: broadcast times and running orders, opinion disclaimers, listing pages.

- A broadcast line says when a programme airs or asks to watch it at a time ("Watch `` Nightly '' at 10
  p.m. ET Monday on the channel .", "Tune in week nights at 2200 CET ...", "It airs at 10:40 and 23:40
  every Saturday ...") or is a programme page's notice ("The show is broadcast live and the running
  order is subject to change .", "To hear the reports , just click on the links ."): cut as a line,
  "broadcast notice". A sentence that only mentions watching ("Watching the flames , I ...") has no
  time and stays.
- An opinion page's disclaimer ("The opinions expressed in this commentary are solely those of Jo
  Bloggs .") is cut as "disclaimer"; it also ends the article, so a reader thread below it starts
  right after it (comments.py).
- A weekly listing page ("Transmission details in the ... are not updated after publication .") opens
  with that notice: the whole page is programme listings, no report, and is cut as "broadcast listing".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.clean.offsets import Cut, Line

NOTICE_WORDS = 30  # a broadcast notice or a disclaimer is a short line
LISTING_LINES = 3  # a listing page's notice stands in its first non-blank lines

_CLOCK = r"\d{1,2}(?:[:.]\d{2})?[ \t]*(?:a\.?m\.?|p\.?m\.?|am|pm|a|p)\b"
_WHEN = (
    rf"\b(?:at|from)[ \t]+(?:{_CLOCK}|\d{{3,4}}[ \t]*(?:GMT|CET|BST|ET|EST)\b|\d{{1,2}}[ \t]+ET\b)"
    r"|\bweek[ \t]?(?:nights?|days)\b"
    r"|\bevery[ \t]+(?:day|night|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b"
)
BROADCAST_LINE = re.compile(
    rf"(?:--[ \t]*)?(?:watch|tune[ \t]?in(?:[ \t]+to)?|listen(?:[ \t]+to)?)\b[^.!?]{{0,100}}?"
    rf"(?:{_WHEN})[^!?]*[.!?]?"
    rf"|(?:it|the (?:show|programme|program))[ \t]+(?:airs|is (?:broadcast|repeated|on))[^.!?]{{0,30}}?"
    rf"(?:{_WHEN}|\bat[ \t]+\d{{1,2}}[:.]\d{{2}})[^!?]*[.!?]?"
    r"|[^.!?]{0,60}\brunning order is subject to change[^.!?]*[.!?]?"
    r"|[^.!?]{0,60}\bthis running order\b[^.!?]*[.!?]?"
    r"|to hear the (?:reports|interviews)[^.!?]{0,60}\bclick on the links?[ \t]*[.!?]?"
    r"|please note[ \t]*:[ \t]*we are unable to offer transcripts[^.!?]*[.!?]?",
    re.IGNORECASE,
)
DISCLAIMER = re.compile(
    r"(?:The|Any) (?:views?|opinions?) expressed (?:in|on) this (?:commentary|article|column|post|blog|piece)"
    r" (?:are|is) (?:solely |entirely )?(?:those|that) of [^.!?]{1,80}[.!?]?",
    re.IGNORECASE,
)
LISTING_NOTICE = re.compile(
    r"\bTransmission details in the\b[^.\n]{0,80}\bnot updated after publication", re.IGNORECASE
)


def notice_reason(stripped: str) -> str | None:
    """Why the stripped line is a site's notice about itself, or None."""
    if len(stripped.split()) > NOTICE_WORDS:
        return None
    if BROADCAST_LINE.fullmatch(stripped):
        return "broadcast notice"
    if DISCLAIMER.fullmatch(stripped):
        return "disclaimer"
    return None


def listing_cuts(lines: Sequence[Line], text_end: int) -> list[Cut]:
    """The whole text of a broadcast listing page, whose notice stands in its first lines."""
    head = [line for line in lines if line[1].strip()][:LISTING_LINES]
    for _, text in head:
        if LISTING_NOTICE.search(text):
            return [(head[0][0], text_end, "broadcast listing")]
    return []
