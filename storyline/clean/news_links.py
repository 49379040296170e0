"""A list of other news sites' headlines, each with its age ("Mirror Box used in bid ... - 3 hrs ago").

News pages embed a widget of links to other outlets' stories on the same subject: an outlet's name, its
headline and how long ago it was posted, run together ("UK and Ireland Obama forms spill commission -
44 mins ago Mail Online UK Obama tries to stem ... - 1 hr ago Times of India ..."). An age written as a
dash, a number and an abbreviated unit ("- 44 mins ago", "- 1 hr ago", "- 2 days ago") is the widget's;
prose writes "44 minutes ago" without the dash (an abbreviated age ending the line, "... ' 2 hrs ago", is
the widget's too). A line holding such an age is cut whole as "other news
list", and so is a line next to one that opens with the rest of a domain split off by the sentence
splitter ("... - 1 hr ago Guardian .\nco. uk BP shares drop ..."). The article's last sentence ends on
the line before the widget, which stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.clean.offsets import Cut, Line

REASON = "other news list"
AGE = re.compile(r"(?:^|\s)(?:[-–—] \d{1,3} (?:hrs?|mins?|days?) ago\b|\d{1,3} (?:hrs?|mins?) ago\s*$)")
DOMAIN_REST = re.compile(r"\s*(?:co\. ?[a-z]{2}|com|net|org)\b")  # "co. uk", "co. za", "com"


def news_link_cuts(lines: Sequence[Line]) -> list[Cut]:
    """Cuts for the lines of another-outlets headline list."""
    listed = [bool(AGE.search(text)) for _, text in lines]
    cuts: list[Cut] = []
    for index, (start, text) in enumerate(lines):
        near = any(listed[max(0, index - 1) : index + 2])
        if listed[index] or (near and DOMAIN_REST.match(text)):
            cuts.append((start, start + len(text) + 1, REASON))
    return cuts
