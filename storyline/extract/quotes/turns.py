"""Transcript and live-chat turns: a paragraph opening with a speaker label ("GERGES :", "Jill Drew :",
"MOOS ( voice-over ) :") starts a direct quote by that speaker that runs to the next label.

A text is a transcript when at least MIN_LABELLED paragraphs open with a speaker label and two labels
differ. Each turn is one quote, from after its colon to the paragraph before the next label (a blank line
or MAX_TURN_LINES lines end it too), so a turn written one sentence per line stays whole. The label that
mostly asks (the interviewer) and audience labels (a reader's place "Washington, D.C. :", "Anonymous :",
"UNIDENTIFIED MALE :") give no quote; what is reported inside an audience turn is no quote either, and a
first person inside a turn is the turn's own speaker, whose words the turn already holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from storyline.extract.quotes.draft import CharSpan, Draft
from storyline.extract.quotes.labels import NOT_LABELS, is_speaker_label
from storyline.extract.quotes.posts import paragraphs
from storyline.lang.en.quoting import AUDIENCE_LABELS, FIRST_PERSON

TURN = re.compile(
    r"(?P<label>[A-Z][^\n:!?()]{0,58}?)[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?:[ \t]+(?P<content>\S[^\n]*)"
)
MIN_LABELLED = 4
MAX_TURN_LINES = 40
MIN_TURN_WORDS = 3
AUDIENCE_ENTITIES = frozenset({"GPE", "LOC"})


@dataclass(slots=True)
class Turns:
    """The quotes of a transcript's turns and the turns whose reported speech is no quote (audience)."""

    drafts: list[Draft] = field(default_factory=list)
    spans: list[tuple[CharSpan, bool]] = field(default_factory=list)  # every turn, and whether audience

    def regions(self) -> list[CharSpan]:
        """Every turn's words, the interviewer's and the audience's too."""
        return [span for span, _ in self.spans]

    def silences(self, draft: Draft, text: str) -> bool:
        """Whether an indirect reading inside a turn is no quote of its own: inside an audience turn, or
        a first-person speaker (the turn's speaker, whose turn already is the quote)."""
        for (start, end), audience in self.spans:
            if start <= draft.start < end:
                speaker = text[draft.speaker[0] : draft.speaker[1]] if draft.speaker else ""
                return audience or speaker.strip().lower() in FIRST_PERSON
        return False


@dataclass(slots=True)
class _Label:
    line: CharSpan
    label: CharSpan
    colon: int
    content: int
    speaker: bool  # a name, not a header ("Editor 's Note :")
    audience: bool


def transcript_turns(doc: Doc, text: str) -> Turns:
    """Every turn of a labelled transcript, or no turns when the text is not one."""
    lines = paragraphs(text)
    labels = {i: found for i, span in enumerate(lines) if (found := _label(doc, text, span)) is not None}
    speaking = [lab for lab in labels.values() if lab.speaker]
    names = {_name(text, lab) for lab in speaking}
    if len(speaking) < MIN_LABELLED or len(names) < 2:
        return Turns()
    turns = Turns()
    bodies = [(lab, _body(text, lines, labels, i)) for i, lab in labels.items() if lab.speaker]
    interviewer = _interviewer(text, bodies)
    for lab, body in bodies:
        turns.spans.append((body, lab.audience))
        if (
            lab.audience
            or _name(text, lab) == interviewer
            or len(text[slice(*body)].split()) < MIN_TURN_WORDS
        ):
            continue
        turns.drafts.append(
            Draft(kind="direct", start=body[0], end=body[1], speaker=lab.label,
                  cue=(lab.colon, lab.colon + 1), regions=((lab.label[0], lab.colon + 1),), transcript=True)
        )  # fmt: skip
    return turns


def _label(doc: Doc, text: str, line: CharSpan) -> _Label | None:
    match = TURN.match(text, line[0], line[1])
    if match is None:
        return None
    label = match.span("label")
    words = " ".join(text[slice(*label)].replace(" '", "'").replace(" ’", "’").split())
    if "," in words and words.isupper():  # "P.J. CROWLEY , STATE DEPARTMENT SPOKESMAN :": the name
        label = (label[0], len(text[: text.index(",", label[0])].rstrip()))
        words = words.split(",")[0].strip()
    colon = text.index(":", label[1])
    header = words.lower() in NOT_LABELS
    speaker = not header and is_speaker_label(doc, *label)
    if not speaker and not header:
        return None
    return _Label(
        line, label, colon, match.start("content"), speaker, speaker and _audience(doc, words, label)
    )


def _audience(doc: Doc, words: str, label: CharSpan) -> bool:
    """A reader's place ("Washington, D.C.", "Suburban Detroit, Mich."; a name in capitals before a comma
    was taken apart already), an anonymous or unknown voice."""
    if "," in words or words.lower() in AUDIENCE_LABELS or words.split()[0].lower() in AUDIENCE_LABELS:
        return True
    span = doc.char_span(*label, alignment_mode="expand")
    kinds = {t.ent_type_ for t in span or () if not t.is_punct}
    return bool(kinds) and kinds <= AUDIENCE_ENTITIES


def _name(text: str, lab: _Label) -> str:
    return " ".join(text[slice(*lab.label)].split()).lower()


def _body(text: str, lines: list[CharSpan], labels: dict[int, _Label], index: int) -> CharSpan:
    """From after the label's colon to the last line before the next label, a blank line or the cap."""
    start, end = labels[index].content, lines[index][1]
    for following in range(index + 1, min(len(lines), index + MAX_TURN_LINES)):
        if following in labels or "\n\n" in text[end : lines[following][0]]:
            break
        end = lines[following][1]
    return start, len(text[:end].rstrip())


def _interviewer(text: str, bodies: list[tuple[_Label, CharSpan]]) -> str | None:
    """The speaking label whose turns mostly end in a question, the one with most questions."""
    asks: dict[str, list[bool]] = {}
    for lab, body in bodies:
        if not lab.audience:
            asks.setdefault(_name(text, lab), []).append(text[: body[1]].rstrip().endswith("?"))
    asking = {name: sum(q) for name, q in asks.items() if sum(q) * 2 >= len(q) and sum(q)}
    return max(asking, key=lambda name: asking[name]) if asking else None
