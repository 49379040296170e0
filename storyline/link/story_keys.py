"""The keys a document is clustered by: its most frequent names and content words, and its date.

Keys depend on the document alone (no corpus statistics), so a document's keys never change as others
arrive and story links can be folded in incrementally. A person is keyed by the last word of the name
("Obama" for "Barack Obama"), other names by all their words; words are lower-cased, alphabetic, at least
MIN_LETTERS letters and not stop words. Among keys seen equally often the earlier in the text wins (most
words of a long article occur once; an alphabetical tie-break kept "according", "across", "again").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from storyline.model import DocumentAnalysis
from storyline.words import STOPWORDS

NAMES_PER_DOCUMENT = 10
TERMS_PER_DOCUMENT = 15
MIN_LETTERS = 4
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class StoryKeys:
    """One document's clustering keys; `display` maps a name key to how the document wrote it."""

    document: str
    published: str | None
    names: frozenset[str]
    terms: frozenset[str]
    display: Mapping[str, str]


def story_keys(analysis: DocumentAnalysis) -> StoryKeys:
    """The keys of one analysed document."""
    names: Counter[str] = Counter()
    display: dict[str, str] = {}
    for mention in analysis.mentions:
        if (
            mention.kind == "name"
            and mention.label in NAME_LABELS
            and (key := name_key(mention.text, mention.label))
        ):
            names[key] += 1
            display.setdefault(key, mention.text)
    top_names = _top(names, NAMES_PER_DOCUMENT)
    name_words = {w for key in top_names for w in key.split()}
    words = Counter(
        w
        for w in (m.casefold() for m in _WORD.findall(analysis.document.text))
        if len(w) >= MIN_LETTERS and w not in STOPWORDS and w not in name_words
    )
    return StoryKeys(
        document=analysis.document.id,
        published=analysis.document.published.value,
        names=frozenset(top_names),
        terms=frozenset(_top(words, TERMS_PER_DOCUMENT)),
        display={key: display[key] for key in top_names},
    )


def name_key(text: str, label: str) -> str:
    """The folded key of a name: a person's last word, else every word."""
    words = [w.casefold() for w in _WORD.findall(text.removesuffix("'s").removesuffix("’s"))]
    if not words:
        return ""
    return words[-1] if label == "PERSON" else " ".join(words)


def _top(counts: Counter[str], limit: int) -> list[str]:
    """The `limit` most frequent keys; ties go to the one the text has first (the lede over the tail)."""
    return [key for key, _ in sorted(counts.items(), key=lambda item: -item[1])[:limit]]
