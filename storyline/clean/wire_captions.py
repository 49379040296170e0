"""Wire photo captions printed as text: "FILE - In this June 1, 2010 file photo, workers ..." is no article.

Agencies open a picture's caption with the picture itself ("In this May 26 photo provided by the Coast
Guard , ...", "FILE - In this aerial photo taken ...", "In this photo released by ..."); the page prints
it before the lede or between paragraphs. The caption is cut from its opening to the end of its first
sentence (a tokenised " ." or a full stop after a lower-case word), so a lede glued after it stays, and
a headline before "FILE -" stays too. The picture's date is the photo's, never the story's: left in,
it dated timeline events. "In this photo at the top , you can see ..." is a writer's sentence: after
"photo" only "taken/released/provided/made available ..." or the comma may follow, and a bare "In this
image ," (no date, no provider) counts only among the first HEAD_LINES lines, where captions stand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.clean.offsets import Cut, Line

REASON = "photo caption"
HEAD_LINES = 3  # non-blank lines where a bare "In this photo ," may open a caption
_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?|May"
_OPENING = re.compile(
    rf"(?:(?<=\s)|^)(?P<file>FILE\s+-\s+)?In this\s+(?P<day>(?:{_MONTH})\s+\d{{1,2}}(?:\s*,\s*\d{{4}})?\s+)?"
    r"(?:(?:aerial|file|undated|handout|satellite|recent)\s+)*(?:photo|image|picture)(?:graph)?"
    r"(?P<by>\s+(?:taken|released|provided|made available|obtained|distributed)\b[^,\n]{0,100})?\s*,"
)
_SENTENCE_END = re.compile(r"\s\.(?=\s|$)|(?<=[a-z]{3})\.(?=\s+[A-Z`\"']|\s*$)")


def wire_caption_cuts(lines: Sequence[Line]) -> list[Cut]:
    """Cuts for each wire photo caption opening a line or following "FILE -" inside one."""
    cuts: list[Cut] = []
    seen = 0
    for start, text in lines:
        seen += bool(text.strip())
        opening = _OPENING.search(text)
        if opening is None or not _at_caption_start(text, opening.start()):
            continue
        if not (opening["file"] or opening["day"] or opening["by"]) and seen > HEAD_LINES:
            continue
        end = _SENTENCE_END.search(text, opening.end())
        stop = end.end() if end else len(text.rstrip())
        cuts.append((start + opening.start(), start + stop, REASON))
    return cuts


def _at_caption_start(text: str, at: int) -> bool:
    """A caption opens its line, or an agency's "FILE -" marks it inside one."""
    return not text[:at].strip() or text.startswith("FILE", at)
