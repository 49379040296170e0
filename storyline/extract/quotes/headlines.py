"""Attributions in title-case headlines: "Conservative Icon Morton Blackwell Endorses Ted Cruz".

The parser reads a line whose every word is capitalised as one long name, so the verb of a headline is
found by its form instead: the first word after a capitalised subject that is a reporting verb of the
lexicon in the present ("Praises", "Calls", "Launch") or past ("Endorsed") tense. The words before it are
the source, the rest of the line the content.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from storyline.extract.quotes.draft import Draft
from storyline.lang.en.reporting import (
    ATTITUDE_FRAMES,
    INDIRECT_VERBS,
    MANNER_VERBS,
    SPEECH_VERBS,
    TRAINED_FRAMES,
)

WORD = re.compile(r"[\w'’.&\-]+")
LINE = re.compile(r"(?m)^[ \t]*(?P<line>[^\n]{8,160}?)[ \t]*$")
# Words a headline writes in lower case or that may stand inside a capitalised subject.
SMALL = frozenset({"a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "by", "with", "or", "as"})
SUBJECT_SMALL = frozenset({"of", "and", "the", "&"})
NOT_SUBJECT = frozenset({"if", "when", "why", "how", "what", "after", "before", "as", "while", "will", "to"})
PASSIVE_NEXT = frozenset({"by", "of", "as", "for", "in", "at", "to"})
MIN_TITLE_WORDS = 4
MAX_SUBJECT_WORDS = 7


def _lemmas(word: str, plural: bool) -> list[str]:
    """Candidate lemmas of a verb form that agrees with its subject: "praises" → praise, "denies" → deny,
    "endorsed" → endorse, and the bare form after a plural subject ("Groups Launch")."""
    lower = word.lower()
    out = [lower] if plural else []
    if lower.endswith("ies"):
        out.append(lower[:-3] + "y")
    if lower.endswith("es"):
        out.append(lower[:-2])
    if lower.endswith("s"):
        out.append(lower[:-1])
    if lower.endswith("ed"):
        out += [lower[:-1], lower[:-2]]
    return out


def _adverb(word: str) -> bool:
    return word.lower() in ("just", "now", "also", "again", "still", "finally") or word.lower().endswith("ly")


def _plural(subject: list[re.Match[str]]) -> bool:
    """`Bolton and Gorka`, `Anti-Trump Groups`: a subject the bare verb form agrees with."""
    last = subject[-1].group()
    return any(w.group().lower() == "and" for w in subject) or (
        last.endswith("s") and not last.endswith("ss")
    )


def _has_verb(doc: Doc, start: int, subject: list[re.Match[str]]) -> bool:
    span = doc.char_span(start + subject[0].start(), start + subject[-1].end(), alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") or t.tag_ == "MD" for t in span)


def _verbs(attitudes: bool) -> frozenset[str]:
    verbs = SPEECH_VERBS | INDIRECT_VERBS | MANNER_VERBS
    return verbs | frozenset(ATTITUDE_FRAMES) | frozenset(TRAINED_FRAMES) if attitudes else verbs


def _title_case(words: list[str]) -> bool:
    """Every word but the small ones capitalised, and enough words to be a headline."""
    content = [w for w in words if w.lower() not in SMALL]
    return len(words) >= MIN_TITLE_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def headline_drafts(doc: Doc, text: str, attitudes: bool = False) -> list[Draft]:
    """One draft per title-case line (a paragraph of its own) whose verb is a reporting verb."""
    verbs = _verbs(attitudes)
    drafts = []
    for match in LINE.finditer(text):
        start = match.start("line")
        line = match.group("line")
        words = list(WORD.finditer(line))
        if not _title_case([w.group() for w in words]):
            continue
        draft = _reading(doc, text, start, words, verbs)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _reading(
    doc: Doc, text: str, start: int, words: list[re.Match[str]], verbs: frozenset[str]
) -> Draft | None:
    """Subject words, verb and the rest of the line, or None when the line has no such verb."""
    for index, word in enumerate(words[: MAX_SUBJECT_WORDS + 1]):
        subject = words[:index]
        while subject and _adverb(subject[-1].group()):
            subject = subject[:-1]  # `Donald Trump Just Revealed`, `GOP Candidates Resoundingly Reject`
        if not subject or not any(lemma in verbs for lemma in _lemmas(word.group(), _plural(subject))):
            continue
        if _has_verb(doc, start, subject) or subject[-1].group().endswith(("'s", "’s")):
            return None  # `Donald Trump Got More Votes`: the verb came before; `Trump’s Support`: a noun
        following = words[index + 1].group().lower() if index + 1 < len(words) else ""
        if word.group().lower().endswith("ed") and following in PASSIVE_NEXT:
            return None  # `FDIC Accused Of …`, `Suspect Named By Police`: a passive
        if subject[0].group().lower() in NOT_SUBJECT or index == len(words) - 1:
            return None
        if ":" in text[start + subject[0].start() : start + word.start()]:
            return None  # `Sanders: Clinton Says …` is a label (labels.py)
        if any(w.group().lower() in SMALL - SUBJECT_SMALL for w in subject):
            return None  # `Gillibrand on Hillary Releasing …`: no subject before the verb
        tail = text[start + word.end() : start + words[-1].end()]
        content_start = start + word.end() + len(tail) - len(tail.lstrip())
        end = start + words[-1].end()
        while end > content_start and text[end - 1] in ".":
            end -= 1
        return Draft(
            kind="indirect",
            start=content_start,
            end=end,
            speaker=(start + subject[0].start(), start + subject[-1].end()),
            cue=(start + word.start(), start + word.end()),
            regions=((start + subject[0].start(), start + word.end()),),
        )
    return None
