"""Labelled document pairs for the copies bench, built from real Timeline17 articles.

Positives: (donor, host) — a sentence (or two) of a donor article planted, restated, inside a paragraph
of a host article of another topic, four ways (verbatim; inside a longer sentence; a word dropped, one
replaced and "said" -> "stated"; two consecutive sentences); and (donor, rewrite) — a new article that
keeps the donor's direct quotes (verbatim, in a new attribution frame), its names, numbers and day dates,
in other words and none of its sentences. Negatives: (donor, another article of the donor's topic folder)
— same topic, not a copy (pairs that share a verbatim run of RUN words are real copies in the crawl and
are left out, counted); and (article, article) of two different topics from the same outlet that share a
sentence word for word — the site's furniture (footers, comment policies, sign-offs), not a copy.
Everything is systematic and seeded (SEED); nothing is copied into the repository.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from storyline.model import Document, DocumentAnalysis, OffsetMap, PublicationDate, make_id
from storyline.sketch.passages import MIN_WORDS, sentence_spans, words_of

SEED = 12
PLANTS = 200
REWRITES = 100
RUN = 12  # consecutive identical words that make two texts share a passage verbatim
WAYS = ("verbatim", "inside a longer sentence", "words changed", "two sentences")
PRONOUNS = frozenset("he she they it we i you this that who".split())  # noqa: SIM905


@dataclass(frozen=True, slots=True)
class Pair:
    """One labelled pair: `first` is the origin of a positive; `kind` says how it was built."""

    first: str
    second: str
    kind: str
    positive: bool


def new_document(text: str, source: str, published: str | None) -> Document:
    return Document(
        id=make_id("doc", text), source=source, format="text", text=text, raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
        published=PublicationDate(value=published, source="metadata" if published else "none"),
    )  # fmt: skip


def restated(way: str, sentences: list[str], rng: random.Random) -> str:
    first = sentences[0]
    if way == "verbatim":
        return first
    if way == "inside a longer sentence":
        return (
            f"As the agency reported at the time, {first[0].lower()}{first[1:].rstrip('.')}, officials said."
        )
    if way == "two sentences":
        return " ".join(sentences[:2])
    words = first.split()
    words.pop(rng.randrange(1, len(words) - 1))
    words[rng.randrange(1, len(words) - 1)] = "reportedly"
    return " ".join("stated" if w == "said" else w for w in words)


def plant(
    corpus: dict[str, list[DocumentAnalysis]], rng: random.Random
) -> tuple[list[DocumentAnalysis], list[Pair]]:
    """Host articles with a donor's passage planted in a middle paragraph, and the positive pairs.

    A host keeps its analysis (names and words, what furniture detection reads) with the new text; it is
    published after every donor, so the donor is the origin."""
    topics = sorted(corpus)
    hosts, pairs = [], []
    for index in range(PLANTS):
        donor_topic, host_topic = rng.sample(topics, 2)
        donor, host = rng.choice(corpus[donor_topic]).document, rng.choice(corpus[host_topic])
        spans = [s for s in sentence_spans(donor.text) if 12 <= len(donor.text[s[0] : s[1]].split()) <= 50]
        if len(spans) < 3:
            continue
        at = rng.randrange(len(spans) - 1)
        way = WAYS[index % len(WAYS)]
        passage = restated(way, [donor.text[a:b] for a, b in spans[at : at + 2]], rng)
        cut = sentence_spans(host.document.text)
        middle = cut[len(cut) // 2][1] if cut else len(host.document.text)
        text = f"{host.document.text[:middle]} {passage}{host.document.text[middle:]}"
        planted = new_document(text, f"{host.document.source}#planted{index}", "2099-01-01")
        hosts.append(replace(host, document=planted))
        pairs.append(Pair(donor.id, planted.id, way, True))
    return hosts, pairs


def rewrite_text(analysis: DocumentAnalysis) -> str | None:
    """The donor's quotes, names, numbers and day dates in other words, or None if it has too few."""
    quotes = [
        q for q in analysis.quotes
        if q.kind == "direct" and len(words_of(q.text)) >= 6 and q.speaker_text
        and q.speaker_text.split()[0].casefold() not in PRONOUNS
    ][:3]  # fmt: skip
    names = list(dict.fromkeys(m.text for m in analysis.mentions if m.kind == "name"))[:8]
    numbers = [w for w in analysis.document.text.split() if w[:1].isdigit() and not _year(w)][:6]
    days = [t.value for t in analysis.timexes if t.time is not None and t.time.granularity == "day"]
    if not quotes or len(names) < 2 or len(numbers) + len(days) < 2:
        return None
    lines = [f"“{' '.join(q.text.split())},” {q.speaker_text} told reporters." for q in quotes]
    lines.append(f"Those involved include {', '.join(names[:-1])} and {names[-1]}.")
    if numbers:
        lines.append(f"The figures cited were {', '.join(numbers)}.")
    for value in list(dict.fromkeys(days))[:3]:
        day = dt.date.fromisoformat(value[:10])
        lines.append(f"One of the events took place on {day:%B} {day.day}, {day.year}.")
    return "\n".join(lines)


def rewrites(
    corpus: dict[str, list[DocumentAnalysis]], rng: random.Random
) -> tuple[list[Document], list[Pair]]:
    """Rewritten articles (published the day after their donor) and the positive pairs."""
    donors = [a for topic in sorted(corpus) for a in corpus[topic] if a.document.published.value]
    rng.shuffle(donors)
    documents, pairs = [], []
    for donor in donors:
        text = rewrite_text(donor)
        if text is None:
            continue
        day = dt.date.fromisoformat(donor.document.published.value or "") + dt.timedelta(days=1)
        document = new_document(text, f"{donor.document.source}#rewrite", day.isoformat())
        documents.append(document)
        pairs.append(Pair(donor.document.id, document.id, "rewrite", True))
        if len(documents) == REWRITES:
            break
    return documents, pairs


def same_topic_negatives(
    corpus: dict[str, list[DocumentAnalysis]], donors: Sequence[str], rng: random.Random
) -> tuple[list[Pair], int]:
    """(donor, another article of its folder) for each donor; pairs sharing a verbatim run are skipped."""
    folder = {a.document.id: topic for topic, docs in corpus.items() for a in docs}
    texts = {a.document.id: a.document.text for docs in corpus.values() for a in docs}
    pairs, skipped = [], 0
    for donor in donors:
        other = rng.choice(corpus[folder[donor]]).document.id
        if other == donor:
            continue
        if shares_run(texts[donor], texts[other]):
            skipped += 1
            continue
        pairs.append(Pair(*sorted((donor, other)), "same topic, other article", False))
    return pairs, skipped


def furniture_negatives(
    corpus: dict[str, list[DocumentAnalysis]], rng: random.Random, limit: int = 200
) -> list[Pair]:
    """Pairs of articles of two different topics from one outlet that share a sentence word for word."""
    holders: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
    topic_of = {}
    for folder, docs in sorted(corpus.items()):
        topic, outlet = folder.split("_", 1)
        for a in docs:
            topic_of[a.document.id] = topic
            for start, end in sentence_spans(a.document.text):
                if len(words := words_of(a.document.text[start:end])) >= MIN_WORDS:
                    holders[(outlet, tuple(words))].add(a.document.id)
    found: set[tuple[str, str]] = set()
    for documents in holders.values():
        ordered = sorted(documents)
        found.update(
            (a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :] if topic_of[a] != topic_of[b]
        )
    chosen = rng.sample(sorted(found), min(limit, len(found)))
    return [Pair(a, b, "same-site furniture, other topic", False) for a, b in sorted(chosen)]


def shares_run(a: str, b: str) -> bool:
    words = words_of(b)
    seen = {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}
    first = words_of(a)
    return any(tuple(first[i : i + RUN]) in seen for i in range(len(first) - RUN + 1))


def _year(word: str) -> bool:
    word = word.rstrip(".,")
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")
