"""Line and block rules: which whole lines (and runs of teaser lines) of a text are boilerplate."""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.clean.captions import bullet_cuts, gallery_cuts
from storyline.clean.chat import chat_cuts
from storyline.clean.comments import comment_section_start, is_comment_notice, post_header_cuts
from storyline.clean.credits import wire_credit_cuts
from storyline.clean.footers import footer_cuts
from storyline.clean.furniture import furniture_reason, prefix_cuts
from storyline.clean.glued import glued_cuts
from storyline.clean.head import head_cuts
from storyline.clean.lede import lede_cuts
from storyline.clean.news_links import news_link_cuts
from storyline.clean.notices import listing_cuts, notice_reason
from storyline.clean.offsets import Cut
from storyline.clean.patterns import BYLINE, COMMENT_FORM, LINES, PROMO, RELATED_LABEL, TIMESTAMP
from storyline.clean.repeated import repeated_cuts
from storyline.clean.teasers import teaser_cuts
from storyline.clean.wire_captions import wire_caption_cuts

SHORT_LINE = 15  # words: a boilerplate line is never longer
PROMO_WORDS = 35  # words: a site's promotion of itself is never longer
SHARE_LINE = 10  # words: a longer "Follow ..." line is more likely a sentence
TEASER_LINES = 12  # at most this many teaser lines follow a "Related" label
TEASER_WORDS = 20  # a teaser headline has at most this many words
_SENTENCE_END = tuple('.!…"”»')


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the current text: [start, end) without its newline; `stop` is past the newline."""

    start: int
    end: int
    stop: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    """Every line of `text`, split on "\\n" only."""
    lines: list[Line] = []
    start = 0
    for raw in text.split("\n"):
        end = start + len(raw)
        lines.append(Line(start, end, min(end + 1, len(text)), raw))
        start = end + 1
    return lines


def line_cuts(
    text: str, *, title: str | None = None, outlet: str | None = None, repeated: tuple[str, ...] = ()
) -> list[Cut]:
    """Cuts for the reader-comment section, every boilerplate line and teaser block in `text`.

    `repeated` holds the lines the batch pass found at the edges of many files (clean/repeated.py).
    """
    lines = split_lines(text)
    cuts: list[Cut] = []
    section = comment_section_start([line.text for line in lines])
    if section is not None:
        index, column = section
        cuts.append((lines[index].start + column, len(text), "reader comments"))
        head = lines[index]
        lines = lines[:index]
        if head.text[:column].strip():  # the line's text before the section stays a line of its own
            lines.append(Line(head.start, head.start + column, head.start + column, head.text[:column]))
    pairs = [(line.start, line.text) for line in lines]
    cuts.extend(prefix_cuts(pairs))
    cuts.extend(post_header_cuts(pairs))
    cuts.extend(head_cuts(pairs))
    cuts.extend(footer_cuts(pairs, len(text)))
    cuts.extend(gallery_cuts(pairs, len(text)))
    cuts.extend(bullet_cuts(pairs))
    cuts.extend(listing_cuts(pairs, len(text)))
    cuts.extend(glued_cuts(pairs))
    cuts.extend(lede_cuts(pairs))
    cuts.extend(news_link_cuts(pairs))
    cuts.extend(chat_cuts(pairs))
    cuts.extend(wire_credit_cuts(pairs))
    cuts.extend(wire_caption_cuts(pairs))
    cuts.extend(teaser_cuts(pairs))
    cuts.extend(repeated_cuts(pairs, repeated))
    index = 0
    while index < len(lines):
        line = lines[index]
        block_end = _related_block(lines, index)
        if block_end > index:
            cuts.append((line.start, lines[block_end - 1].stop, "related block"))
            index = block_end
            continue
        reason = line_reason(line.text, outlet=outlet)
        if reason == "timestamp":
            first = _teaser_start(lines, index)
            cuts.append((lines[first].start, line.stop, "related teaser" if first < index else reason))
        elif reason:
            cuts.append((line.start, line.stop, reason))
        index += 1
    cuts.extend(_title_cut(lines, title))
    return cuts


def line_reason(text: str, *, outlet: str | None = None) -> str | None:
    """Why the line `text` alone is boilerplate, or None when it may be article text."""
    stripped = text.strip()
    furniture = furniture_reason(stripped) if stripped else None
    if furniture:
        return furniture
    if stripped and is_comment_notice(stripped) and not any(p.fullmatch(stripped) for _, p in LINES):
        return "comment notice"
    if stripped and len(stripped.split()) <= PROMO_WORDS and PROMO.fullmatch(stripped):
        return "promo line"
    notice = notice_reason(stripped) if stripped else None
    if notice:
        return notice
    if not stripped or len(stripped.split()) > SHORT_LINE:
        return None
    if TIMESTAMP.fullmatch(stripped):
        return "timestamp"
    if BYLINE.fullmatch(stripped):
        return "byline"
    for reason, pattern in LINES:
        if reason == "share/subscribe line" and len(stripped.split()) > SHARE_LINE:
            continue
        if pattern.fullmatch(stripped):
            return reason
    if COMMENT_FORM.fullmatch(stripped):
        return "comment form"
    if outlet and _folded(stripped) == _folded(outlet):
        return "site name"
    return None


def _related_block(lines: list[Line], index: int) -> int:
    """The index past a "Related"/"Read more" label line and its teaser lines; `index` if none starts here."""
    label = RELATED_LABEL.fullmatch(lines[index].text.strip())
    if not label or lines[index].words > SHORT_LINE:
        return index
    if label.group("rest"):
        return index + 1  # "Read more: <headline>" is a teaser line of its own
    end, teasers = index + 1, 0
    for ahead in range(index + 1, len(lines)):
        line = lines[ahead]
        if line.blank:
            continue
        if teasers == TEASER_LINES or not _teaser_like(line.text):
            break
        teasers += 1
        end = ahead + 1
    return end


def _teaser_start(lines: list[Line], index: int) -> int:
    """First line of the teaser a timestamp line ends: up to two headline lines right above it."""
    first = index
    while first > 0 and index - first < 2:
        above = lines[first - 1]
        if above.blank or not _headline_like(above.text):
            break
        first -= 1
    return first


def _title_cut(lines: list[Line], title: str | None) -> list[Cut]:
    """The first line when it repeats the document's title (HTML bodies often start with the h1)."""
    first = next((line for line in lines if not line.blank), None)
    if title and first is not None and _folded(first.text) == _folded(title):
        return [(first.start, first.stop, "title")]
    return []


def _teaser_like(text: str) -> bool:
    stripped = text.strip()
    return _headline_like(stripped) or bool(TIMESTAMP.fullmatch(stripped))


def _headline_like(text: str) -> bool:
    stripped = text.strip()
    return 0 < len(stripped.split()) <= TEASER_WORDS and not stripped.endswith(_SENTENCE_END)


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()
