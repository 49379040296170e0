"""Page footers, correction notes, credits and photo captions: the lines that close or frame a story.

- A footer notice ends the story where it stands ("A version appeared on p8 of the Main section ...",
  "This article was first published on ...", "Letters for publication should be sent to ...", a wire
  sign-off "(Reporting by X; Editing by Y)", which itself stays): from the notice to the end of the text
  when at most
  `FOOTER_TAIL` lines follow it (the sidebar and tweets a page prints below), else to the end of its
  line. Text before the notice on its line is the story's last sentence and stays.
- A correction note ("This article was amended on 6 May 2010 .") is cut with the lines after it that
  say what was wrong ("The original said ...", "This has been corrected .").
- An advert's taglines glued at the end of the page ("An ultra-low latency infrastructure for electronic
  trading ... A connected approach to governance , risk and compliance Our next generation legal research
  platform"): three determiner phrases run on without a verb or a stop.
- An agency credit line ("The Associated Press contributed to this report .") and a rights or
  transcript notice ("... may not be reproduced ...", "This is a rush transcript from ...").
- A photo credit ("Photograph : Gerald Herbert/AP", "Photo: Joe Raedle/Getty") is cut where it stands;
  a caption is the line that ends in a credit, or the short line right above a credit that opens a line
  (tokenised text splits "Caption. Photograph: X/AP" after the caption and glues the credit to the next
  paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.clean.offsets import Cut, Line
from storyline.clean.page_patterns import (
    AGENCY_ALONE,
    AGENCY_CREDIT,
    CORRECTION_DETAIL,
    CORRECTION_NOTICE,
    CREDIT_AGENCY_NAME,
    CREDIT_LABEL,
    FOOTER_NOTICE,
    RIGHTS_NOTICE,
    TAGLINE_RUN,
    WIRE_SIGNOFF,
)
from storyline.words import STOPWORDS

FOOTER_TAIL = 5  # non-blank lines a footer notice may have below it and still end the text
CAPTION_WORDS = 45  # a caption above a credit is at most this long
NOTE_PREFIX_WORDS = 1  # a stray word before a correction note ("cents This article was amended ...")
CREDIT_NAME_WORDS = 3  # capitalised words of a credit without an agency ("Photograph : Leslie Rose")


def footer_cuts(lines: Sequence[Line], text_end: int) -> list[Cut]:
    """Cuts for footer notices, correction notes, credit lines and photo credits with their captions."""
    cuts: list[Cut] = _advert_cuts(lines)
    note = False
    for index, (start, text) in enumerate(lines):
        notice = _footer_notice(text)
        if notice is not None:
            tail = sum(1 for _, later in lines[index + 1 :] if later.strip())
            end = text_end if tail <= FOOTER_TAIL else start + len(text)
            if lines_text(lines, start + notice[0], end).strip():
                cuts.append((start + notice[0], end, notice[1]))
            if end == text_end:
                break
            continue
        note = _note_cut(start, text, note, cuts, text_end)
        if note:
            continue
        stripped = text.strip()
        if AGENCY_CREDIT.fullmatch(stripped) or RIGHTS_NOTICE.fullmatch(stripped):
            cuts.append((start, _stop(start, text, text_end), "credit line"))
            continue
        cuts.extend(_credit_cuts(lines, index, text_end))
    return cuts


def _advert_cuts(lines: Sequence[Line]) -> list[Cut]:
    """The advert's taglines that end the page's last line (text before them on the line stays)."""
    last = next((line for line in reversed(lines) if line[1].strip()), None)
    if last is None:
        return []
    start, text = last
    advert = TAGLINE_RUN.search(text)
    return [(start + advert.start(), start + len(text), "advert")] if advert else []


def _footer_notice(text: str) -> tuple[int, str] | None:
    """(column, reason) where a footer starts in the line: at a notice, or right after a wire sign-off.

    The sign-off itself stays: it is the story's last line (article-extraction gold keeps it).
    """
    notice = FOOTER_NOTICE.search(text)
    signoff = WIRE_SIGNOFF.search(text)
    if signoff and (notice is None or signoff.start() < notice.start()):
        return signoff.end(), "page footer"
    return (notice.start(), "page footer") if notice else None


def _note_cut(start: int, text: str, note: bool, cuts: list[Cut], text_end: int) -> bool:
    """Cut a correction note's line (or the detail line of a running note); whether a note runs on."""
    stripped = text.strip()
    if not stripped:
        return note
    notice = CORRECTION_NOTICE.search(text)
    if notice and len(text[: notice.start()].split()) <= NOTE_PREFIX_WORDS:
        cuts.append((start, _stop(start, text, text_end), "correction note"))
        return True
    if note and CORRECTION_DETAIL.match(stripped):
        cuts.append((start, _stop(start, text, text_end), "correction note"))
        return True
    return False


def _credit_cuts(lines: Sequence[Line], index: int, text_end: int) -> list[Cut]:
    """A photo credit in this line, and the caption it closes (the line itself or the line above)."""
    start, text = lines[index]
    for label in CREDIT_LABEL.finditer(text):
        end = _credit_end(text, label.end())
        if end is None:
            continue
        before, after = text[: label.start()].strip(), text[end:].strip(" .")
        if not after:  # "Caption . Photograph : X/AP" closes the line: the whole line is the caption
            return [(start, _stop(start, text, text_end), "photo caption")]
        cuts: list[Cut] = [(start + label.start(), start + end, "photo credit")]
        above = _line_above(lines, index)
        if not before and above is not None:
            above_start, above_text = above
            if 0 < len(above_text.split()) <= CAPTION_WORDS:
                cuts.append((above_start, _stop(above_start, above_text, text_end), "photo caption"))
        return cuts
    return []


def _credit_end(text: str, position: int) -> int | None:
    """Where the credit name that starts at `position` ends, or None when no name follows the label."""
    agency = CREDIT_AGENCY_NAME.match(text, position) or AGENCY_ALONE.match(text, position)
    if agency:
        return agency.end()
    end, words = position, 0
    for word in re.finditer(r"\S+", text[position:]):
        token = word.group(0)
        if words == CREDIT_NAME_WORDS or not token[0].isupper() or token.casefold() in STOPWORDS:
            break
        end, words = position + word.end(), words + 1
    return end if words else None


def lines_text(lines: Sequence[Line], start: int, end: int) -> str:
    """The text of `lines` between offsets `start` and `end` (newlines as "\\n")."""
    return "\n".join(text for _, text in lines)[start - lines[0][0] : end - lines[0][0]] if lines else ""


def _stop(start: int, text: str, text_end: int) -> int:
    """Past the line's newline (a whole line is cut with it), or the end of the text."""
    return min(start + len(text) + 1, text_end)


def _line_above(lines: Sequence[Line], index: int) -> Line | None:
    """The nearest non-blank line above `index`, or None."""
    for above in range(index - 1, -1, -1):
        if lines[above][1].strip():
            return lines[above]
    return None
