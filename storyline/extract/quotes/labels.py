"""Colon attributions: a paragraph that opens with who speaks and a colon ("Sanders: Clinton email story has
moved", "TAPPER: Do you think …") reports what follows as theirs."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.extract.quotes.draft import Draft
from storyline.lang.en.quotation import SPEAKER_LABEL, only_title_periods

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


def _paragraph_label(label: str, content: str | None) -> bool:
    """A paragraph's label: two characters or more, only short titles' periods, no header word, and
    at least `MIN_WORDS` words said after it."""
    if content is None or len(content.split()) < MIN_WORDS or len(label) < 2 or not only_title_periods(label):
        return False
    return label.strip().lower() not in NOT_LABELS


def label_drafts(doc: Doc, text: str) -> list[Draft]:
    """One draft per `Label: content` paragraph whose label names a speaker."""
    drafts = []
    for match in SPEAKER_LABEL.finditer(text):
        if not _paragraph_label(match.group("label"), match.group("content")):
            continue
        label, content = match.span("label"), match.span("content")
        if not is_speaker_label(doc, *label):
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
