"""choose_sentences: the sentences that best report one day, among that day's candidate sentences.

A day's candidates come from several documents (brief.py gathers them). Each candidate is scored by
`weight × position prior × cosine(candidate, day centroid)`:
- weight: how the candidate came to the day (a sentence whose own date expression names the day, a
  sentence reporting news of its publication day, an article's first sentences on its publication day);
- position prior `1 / (1 + position × index)`: news reports the event first and background later, and
  readers' comments sit at the end; a sentence holding quotation marks counts `quoted` times (someone's
  words about the event, where the reporter's own sentence tells what happened);
- the centroid gives each document one vote (the mean of its candidates), so what many outlets and
  articles agree on wins, not what one long page repeats (fifty comment headers share their words).
With `topic`, the cosine is mixed with the cosine to the whole corpus's centroid (what the story is
about), so a day's sentence on a side matter loses to one on the story itself. The defaults were chosen
by two-fold cross-validation by topic on Timeline17 (bench/stories/tune.py).
A candidate too like one already chosen (cosine > `redundant`) is passed over, and so is one that is
no report (a question, an aside in brackets, the page addressing its reader: summarize/reportable.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storyline.lang.en.quotation import QUOTE_MARK
from storyline.model import BriefSentence
from storyline.summarize.reportable import reportable
from storyline.summarize.vectors import Vector, centroid, content_words, cosine, vector

Key = tuple[str, int]  # (document id, start offset)


@dataclass(frozen=True, slots=True)
class SentenceWeights:
    """How candidate sentences are gathered and scored (see the module docstring)."""

    dated: float = 1.0  # the sentence's own date expression names the day
    news: float = 1.0  # news of its publication day (no date word: extract/events.py, dated_from)
    lead: int = 2  # first sentences of an article published on the day ...
    lead_weight: float = 0.8  # ... and their weight
    position: float = 0.0  # decay of the prior with the sentence's index in its document
    per_document: bool = False  # the centroid gives each document one vote
    topic: float = 0.6  # share of the score from the cosine with the whole corpus's centroid
    min_words: int = 6
    max_words: int = 60
    redundant: float = 0.5
    quoted: float = 0.8  # factor for a sentence holding quotation marks (someone's words, not the report)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One sentence that may report a day: the sourced text, how it came to the day, where it sits."""

    sentence: BriefSentence
    weight: float
    index: int  # the sentence's index in its document


def choose_sentences(
    candidates: Mapping[Key, Candidate],
    limit: int,
    idf: Mapping[str, float],
    weights: SentenceWeights,
    topic: Vector | None = None,
) -> tuple[BriefSentence, ...]:
    """The `limit` best candidates (see the module docstring), none too like one already chosen."""
    vectors: dict[Key, Vector] = {
        key: vector(content_words(c.sentence.text), idf)
        for key, c in candidates.items()
        if weights.min_words <= len(c.sentence.text.split()) <= weights.max_words
        and reportable(c.sentence.text)
    }
    middle = day_centroid(vectors, weights.per_document)

    def score(key: Key) -> float:
        candidate = candidates[key]
        prior = candidate.weight / (1 + weights.position * candidate.index)
        if QUOTE_MARK.search(candidate.sentence.text):
            prior *= weights.quoted
        near = cosine(vectors[key], middle)
        if topic is None or not weights.topic:
            return prior * near
        return prior * ((1 - weights.topic) * near + weights.topic * cosine(vectors[key], topic))

    order = sorted(vectors, key=lambda k: (-score(k), k))
    picked: list[Key] = []
    for key in order:
        if len(picked) == limit:
            break
        if all(cosine(vectors[key], vectors[other]) <= weights.redundant for other in picked):
            picked.append(key)
    return tuple(candidates[key].sentence for key in picked)


def day_centroid(vectors: Mapping[Key, Vector], per_document: bool) -> Vector:
    """The centroid of the day's candidates; with `per_document`, the centroid of per-document means."""
    if not per_document:
        return centroid(list(vectors.values()))
    by_document: dict[str, list[Vector]] = defaultdict(list)
    for (document, _), v in sorted(vectors.items()):
        by_document[document].append(v)
    return centroid([_mean(vs) for vs in by_document.values()])


def _mean(vectors: Sequence[Vector]) -> Vector:
    middle = centroid(vectors)
    return {w: x / len(vectors) for w, x in middle.items()}
