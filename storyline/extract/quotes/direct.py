"""Direct quotes: which quoted spans are quotations (not titles or scare quotes) and who said them."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from storyline.extract.quotes.attribution import Attribution, find_relay, prefix, trailer
from storyline.extract.quotes.draft import Draft
from storyline.extract.quotes.governor import cue_span, governing_verb, relayed, speaker_of, subtree_span
from storyline.extract.quotes.marks import QuotedSpan
from storyline.lang.en.quoting import IMPERSONAL_SUBJECTS

MIN_WORDS = 4
WORD = re.compile(r"\w+")
BOUNDARY = frozenset(":,—–-.!?…")
INHERIT_GAP = 400  # chars: a quote with no attribution takes the speaker of a quote this close before it
# A speaker label in capitals opening a paragraph of a quoted transcript (`"WALLACE: Let's start …`).
TURN = re.compile(
    r"[\"“”]?[ \t]*(?P<label>[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+){0,2})(?P<cue>:)[ \t]+(?=\S)"
)
MARKS = '"“”'


def paragraph_start(text: str, i: int) -> int:
    return text.rfind("\n", 0, i) + 1


def is_direct(text: str, span: QuotedSpan) -> bool:
    """A quotation stands on its own: at a sentence or paragraph start or after `:`/`,`; not a title."""
    if span.depth > 0:
        return False
    content = text[span.start : span.end].strip()
    before = text[paragraph_start(text, span.open) : span.open].rstrip()
    if before and before[-1] not in BOUNDARY and not before.endswith(("—", "–")):
        return False
    words = len(WORD.findall(content))
    return words >= MIN_WORDS or (words > 0 and content[-1] in ".!?,…")


def _parsed(doc: Doc, text: str, span: QuotedSpan) -> Attribution | None:
    """The attribution read from the parse: the governing reporting verb and its subject."""
    verb = governing_verb(doc, span.start, span.end)
    if verb is None or relayed(verb):
        return None
    subject = speaker_of(verb)
    if subject is None or subject.lower_ in IMPERSONAL_SUBJECTS - {"it", "who", "which"}:
        return None
    speaker = subtree_span(subject)
    if span.open <= speaker[0] < span.close or span.open < speaker[1] <= span.close:
        return None
    low, high = subtree_span(verb)
    region = (
        (span.close, max(high, span.close)) if span.close <= verb.idx else (min(low, span.open), span.open)
    )
    return Attribution(speaker=speaker, cue=cue_span(verb), relay=find_relay(text, region), region=region)


def _attribution(doc: Doc, text: str, span: QuotedSpan, floor: int) -> Attribution | None:
    parsed = _parsed(doc, text, span)
    if parsed is not None:
        return parsed
    after = trailer(doc, text, span.close) if span.closed else None
    if after and after.speaker:
        return after
    before = prefix(doc, text, span.open, floor)
    if before is None and span.open == paragraph_start(text, span.open) and span.open > 1:
        before = _colon_paragraph(doc, text, span.open)
    return before if before and before.speaker else after


def _colon_paragraph(doc: Doc, text: str, open_mark: int) -> Attribution | None:
    """`X said:` ending the previous paragraph introduces a quote that opens the next one."""
    end = open_mark
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] != ":":
        return None
    return prefix(doc, text, end, paragraph_start(text, end - 1))


def direct_drafts(doc: Doc, text: str, spans: tuple[QuotedSpan, ...]) -> list[Draft]:
    """One draft per direct quotation, with the speaker found before, after or inherited."""
    drafts: list[Draft] = []
    floor = 0
    for span in spans:
        if not is_direct(text, span):
            continue
        attribution = _attribution(doc, text, span, floor)
        start, end = _strip(text, span.start, span.end)
        draft = Draft(kind="direct", start=start, end=end)
        if attribution:
            draft.speaker, draft.cue = attribution.speaker, attribution.cue
            draft.relay, draft.regions = attribution.relay, (attribution.region,)
        elif drafts and drafts[-1].speaker and span.open - drafts[-1].end < INHERIT_GAP:
            previous = drafts[-1]
            draft.speaker, draft.relay, draft.regions = previous.speaker, previous.relay, previous.regions
        drafts.extend(_turns(text, draft) or [draft])
        floor = span.close
    return drafts


def _turns(text: str, draft: Draft) -> list[Draft]:
    """A quoted transcript whose paragraphs open with speaker labels in capitals (`"WALLACE: …`, `"PENCE:
    …`): one quote per turn, credited to its label; unlabelled paragraphs go on with the turn before."""
    turns: list[Draft] = []
    at = draft.start
    while at < draft.end:
        line_end = text.find("\n", at, draft.end)
        line_end = draft.end if line_end < 0 else line_end
        match = TURN.match(text, at, line_end)
        end = line_end
        while end > at and (text[end - 1].isspace() or text[end - 1] in MARKS):
            end -= 1
        if match:
            label = match.span("label")
            turn = Draft(kind="direct", start=match.end(), end=end, speaker=label, cue=match.span("cue"))
            turn.relay, turn.regions = draft.relay, (label,)
            turns.append(turn)
        elif turns and end > at:
            turns[-1].end = end
        elif end > at:
            return []  # a paragraph before the first label: not a transcript
        at = line_end + 1
    return turns if len(turns) >= 2 else []


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
