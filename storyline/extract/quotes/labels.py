"""Colon attributions: a paragraph that opens with who speaks and a colon ("Sanders: Clinton email story has
moved", "TAPPER: Do you think …") reports what follows as theirs."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from storyline.extract.quotes.draft import Draft

# A period only closes a short title inside a label ("Dr. Ben Carson:", "Sen. Holm:"), not "U.S." or an
# initial: a headline "Cheney to U.S.: …" is no label.
LABEL = re.compile(
    r"(?m)^[ \t]*(?P<label>(?:[^\n:.!?]|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.){2,60}?)"
    r"[ \t]*:[ \t]+(?P<content>[^\n]+?)[ \t]*$"
)
NOT_LABELS = frozenset(
    {"note", "update", "updated", "photo", "photos", "video", "source", "sources", "related", "watch",
     "read more", "correction", "editor's note", "editor’s note", "image", "caption", "credit", "tags",
     "filed under", "see also", "listen", "warning", "disclaimer", "q", "a", "key points", "topics",
     "advertisement", "share", "follow", "more", "contact", "email", "subscribe", "when", "where", "why",
     "what", "how", "who", "live updates", "breaking", "breaking news", "exclusive", "analysis"}
)  # fmt: skip
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP"})
MIN_WORDS = 3
MAX_LABEL_WORDS = 6


def is_speaker_label(doc: Doc, start: int, end: int) -> bool:
    """A name or organisation on its own: no verb, at most a few words, a PERSON/ORG entity or in capitals."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) > MAX_LABEL_WORDS or not span.text[:1].isupper():
        return False
    if any(t.pos_ in ("VERB", "AUX", "NUM") or t.like_num for t in span):
        return False
    named = any(t.ent_type_ in SPEAKER_LABELS for t in span)  # covers every entity inside the span
    words = [t for t in span if not t.is_punct]
    capitalised = all(t.text[:1].isupper() for t in words) and any(t.pos_ == "PROPN" for t in words)
    return named or capitalised or (span.text.isupper() and len(span.text) > 2) or _one_name(words)


def _one_name(words: list[Token]) -> bool:
    """A lone capitalised word the tagger did not know ("Sanders: …")."""
    return len(words) == 1 and words[0].text[:1].isupper() and words[0].text[1:].islower()


def label_drafts(doc: Doc, text: str) -> list[Draft]:
    """One draft per `Label: content` paragraph whose label names a speaker."""
    drafts = []
    for match in LABEL.finditer(text):
        label, content = match.span("label"), match.span("content")
        if match.group("label").strip().lower() in NOT_LABELS:
            continue
        if len(match.group("content").split()) < MIN_WORDS or not is_speaker_label(doc, *label):
            continue
        end = content[1] - 1 if text[content[1] - 1] == "." else content[1]
        colon = text.index(":", label[1])
        drafts.append(
            Draft(
                kind="indirect",
                start=content[0],
                end=end,
                speaker=label,
                cue=(colon, colon + 1),
                regions=((label[0], colon + 1),),
            )
        )
    return drafts
