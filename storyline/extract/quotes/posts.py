"""Quoted posts and interviews: tweets signed `- Name (@handle) Date`, question/answer paragraphs (labelled
transcripts are in `turns`)."""

from __future__ import annotations

import re
from datetime import datetime

from anyascii import anyascii

from storyline.extract.quotes.draft import CharSpan, Draft
from storyline.model import TimeValue

SIGNATURE = re.compile(
    r"^[ \t]*[-—–][ \t]*(?P<name>[^\n()@]+?)[ \t]*\(@(?P<handle>\w+)\)[ \t]*"
    r"(?P<date>[A-Z][a-z]+\.? \d{1,2},? \d{4})?[ \t]*$",
    re.MULTILINE,
)
MAX_POST_CHARS = 320
POST_STOP = re.compile(r"[“”«»]|pic\.twitter\.com|https?://")
INTERVIEW_INTRO = re.compile(
    r"(?i:\b(?:conversation|interview|talk|q\s*&\s*a|q&a)\s+with)\s+(?:the\s+)?(?P<who>[^.\n?]+)"
)
INTERVIEW_END = re.compile(r"(?i)^(?:see|watch|read|listen|subscribe)\b|[“”«»\"]")
MAX_INTRO_PARAGRAPH = 4


def paragraphs(text: str) -> list[CharSpan]:
    """Non-blank lines of `text` as trimmed char spans."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if line.strip():
            start = match.start() + len(line) - len(line.lstrip())
            spans.append((start, match.start() + len(line.rstrip())))
    return spans


def _date(value: str | None) -> TimeValue | None:
    if not value:
        return None
    cleaned = value.replace(".", "").replace(",", "")
    for form in ("%B %d %Y", "%b %d %Y"):
        try:
            day = datetime.strptime(cleaned, form).date().isoformat()
        except ValueError:
            continue
        return TimeValue(value=day, start=day, end=day, granularity="day")
    return None


def post_drafts(text: str) -> list[Draft]:
    """A tweet or post quoted in the text: the paragraphs right above its signature line."""
    drafts = []
    spans = paragraphs(text)
    for match in SIGNATURE.finditer(text):
        body = [span for span in spans if span[1] <= match.start()]
        surname = anyascii(match.group("name").split()[-1]).lower()
        chosen: list[CharSpan] = []
        while body:
            span = body.pop()
            piece = text[span[0] : span[1]]
            if surname in anyascii(piece).lower():
                break  # the article's own words about the author, not the post
            if POST_STOP.search(piece):
                if "pic.twitter.com" in piece and not chosen:
                    continue
                break
            if chosen and chosen[0][1] - span[0] > MAX_POST_CHARS:
                break
            chosen.insert(0, span)
        if not chosen:
            continue
        name = (match.start("name"), match.end("name"))
        drafts.append(
            Draft(kind="direct", start=chosen[0][0], end=chosen[-1][1], speaker=name,
                  cue=(match.start(), match.start() + 1), regions=((match.start(), match.end()),),
                  relay="Twitter", date=_date(match.group("date")))
        )  # fmt: skip
    return drafts


def _interviewee(text: str, paragraph: CharSpan) -> tuple[CharSpan, CharSpan] | None:
    """(cue span, speaker span) of an interview introduction ("conversation with ..., Jovita N.")."""
    match = INTERVIEW_INTRO.search(text, paragraph[0], paragraph[1])
    if not match:
        return None
    start, end = match.start("who"), match.end("who")
    comma = text.rfind(",", start, end)
    if comma > 0 and text[comma + 1 : end].strip()[:1].isupper():
        start = comma + 1
    while start < end and not text[start].isalnum():
        start += 1
    cue_end = match.start() + len(match.group().split()[0])
    return (match.start(), cue_end), (start, end)


def interview_drafts(text: str) -> list[Draft]:
    """Answers in a question/answer transcript, credited to the interviewee named in its introduction."""
    spans = paragraphs(text)
    for index, paragraph in enumerate(spans[:MAX_INTRO_PARAGRAPH]):
        found = _interviewee(text, paragraph)
        if found is None or index + 1 >= len(spans) or not _is_question(text, spans[index + 1]):
            continue
        cue, speaker = found
        drafts = []
        asked = False
        for span in spans[index + 1 :]:
            piece = text[span[0] : span[1]]
            if _is_question(text, span):
                asked = True
            elif INTERVIEW_END.search(piece) or piece[-1] not in ".!…":
                break
            elif asked:
                drafts.append(Draft(kind="direct", start=span[0], end=span[1], speaker=speaker,
                                    cue=cue, regions=(paragraph,), transcript=True))  # fmt: skip
        return drafts
    return []


def _is_question(text: str, span: CharSpan) -> bool:
    return text[span[1] - 1] == "?"
