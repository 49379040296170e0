"""Copies on real articles: restated passages planted in other articles, precision, recall, speed, memory.

Pairs are built from real Timeline17 articles (cleaned as ingest cleans them): a sentence of a donor
article is planted, restated, inside a paragraph of a host article from another topic, in one of four
ways — verbatim; inside a longer sentence ("As X reported, ... , officials said."); with a few words
changed (a word dropped, one replaced, "said" -> "stated"); or with two consecutive sentences. Recall:
planted pairs found with the host span covering the planted text and the origin span in the donor.
Precision: among pairs found between documents of different topics (real cross-topic copies are rare),
the share that were planted. Speed and peak memory (tracemalloc) of `find_near_duplicates` at 1k and 10k
documents: Timeline17 and PolNeAR articles, topped up to 10k with paragraph-reordered Timeline17 copies
(said so in the results).
Run: python -m bench.stories.copies
"""

from __future__ import annotations

import random
import time
import tracemalloc
from collections import Counter
from dataclasses import replace

from bench.stories.corpus import SHARED, T17, documents_of, t17_topics
from storyline.link.duplicates import find_near_duplicates
from storyline.link.passages import sentence_spans
from storyline.model import Document, OffsetMap, PublicationDate, make_id

SEED = 12
PLANTS = 200
WAYS = ("verbatim", "inside a longer sentence", "words changed", "two sentences")


def _doc(text: str, source: str, published: str | None) -> Document:
    return Document(
        id=make_id("doc", text), source=source, format="text", text=text, raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
        published=PublicationDate(value=published, source="metadata" if published else "none"),
    )  # fmt: skip


def _restated(way: str, sentences: list[str], rng: random.Random) -> str:
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
    corpus: dict[str, list[Document]], rng: random.Random
) -> tuple[list[Document], list[tuple[str, str, str]]]:
    """Host documents with a donor's passage planted; (donor id, host id, way) for each."""
    topics = sorted(corpus)
    hosts, planted = [], []
    for index in range(PLANTS):
        donor_topic, host_topic = rng.sample(topics, 2)
        donor, host = rng.choice(corpus[donor_topic]), rng.choice(corpus[host_topic])
        spans = [s for s in sentence_spans(donor.text) if 12 <= len(donor.text[s[0] : s[1]].split()) <= 50]
        if len(spans) < 3:
            continue
        at = rng.randrange(len(spans) - 1)
        way = WAYS[index % len(WAYS)]
        passage = _restated(way, [donor.text[a:b] for a, b in spans[at : at + 2]], rng)
        cut = [s for s in sentence_spans(host.text)]
        middle = cut[len(cut) // 2][1] if cut else len(host.text)
        text = f"{host.text[:middle]} {passage}{host.text[middle:]}"
        later = "2099-01-01"  # the host is published after every donor: the donor is the origin
        hosts.append(replace(_doc(text, f"{host.source}#planted{index}", later)))
        planted.append((donor.id, hosts[-1].id, way))
    return hosts, planted


def quality(threshold: float = 0.6) -> dict[str, object]:
    """Recall on planted passages by way of restating; what else is found between unrelated topics."""
    rng = random.Random(SEED)
    corpus = {t: documents_of(T17 / t / "InputDocs") for t in t17_topics()}
    topic_of = {d.id: t.split("_")[0] for t, docs in corpus.items() for d in docs}  # H1N1_bbc -> H1N1
    source_topic = {d.source: topic_of[d.id] for docs in corpus.values() for d in docs}
    hosts, planted = plant(corpus, rng)
    donors = {d for d, _, _ in planted}
    pool = [d for docs in corpus.values() for d in docs if d.id in donors] + hosts
    for host in hosts:
        topic_of[host.id] = source_topic[host.source.split("#planted")[0]]
    texts = {d.id: d.text for d in pool}
    pairs = find_near_duplicates(pool, threshold)
    found = {(p.a.document, p.b.document) for p in pairs}
    by_way = {way: [0, 0] for way in WAYS}
    for donor, host, way in planted:
        by_way[way][1] += 1
        by_way[way][0] += (donor, host) in found
    planted_pairs = {(d, h) for d, h, _ in planted}
    other = [
        p for p in pairs
        if topic_of[p.a.document] != topic_of[p.b.document]
        and (p.a.document, p.b.document) not in planted_pairs
    ]  # fmt: skip
    repeats = Counter(" ".join(texts[p.b.document][p.b.start : p.b.end].split()[:8]) for p in other)
    boilerplate = sum(
        1 for p in other if repeats[" ".join(texts[p.b.document][p.b.start : p.b.end].split()[:8])] >= 3
    )
    return {
        "planted": len(planted),
        "recall": sum(h for h, _ in by_way.values()) / len(planted),
        "by_way": by_way,
        "other_cross_topic": len(other),
        "other_boilerplate": boilerplate,
        "other_samples": [
            (texts[p.a.document][p.a.start : p.a.end][:100], texts[p.b.document][p.b.start : p.b.end][:100])
            for p in other
            if repeats[" ".join(texts[p.b.document][p.b.start : p.b.end].split()[:8])] < 3
        ][:10],
    }


def scale_corpus(size: int) -> list[Document]:
    """Real Timeline17 + PolNeAR articles, topped up with paragraph-reordered Timeline17 copies."""
    real = [d for t in t17_topics() for d in documents_of(T17 / t / "InputDocs")]
    for path in sorted((SHARED / "polnear").glob("*/text/*.txt")):
        text = path.read_text("utf-8")
        real.append(_doc(text, str(path), None))
    docs, rng, n = list(real), random.Random(SEED), 0
    while len(docs) < size:
        base = real[n % len(real)]
        paragraphs = base.text.split("\n")
        rng.shuffle(paragraphs)
        docs.append(
            _doc("\n".join(paragraphs) + f"\n(reordered copy {n})", base.source + f"#reordered{n}", None)
        )
        n += 1
    return docs[:size]


def speed(sizes: tuple[int, ...] = (1000, 10000)) -> list[tuple[int, float, float, int]]:
    rows = []
    corpus = scale_corpus(max(sizes))
    for size in sizes:
        tracemalloc.start()
        started = time.perf_counter()
        pairs = find_near_duplicates(corpus[:size])
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        rows.append((size, seconds, peak / 2**20, len(pairs)))
    return rows


if __name__ == "__main__":
    print(quality())
    for row in speed():
        print("documents {}: {:.1f} s, peak {:.0f} MiB, {} passage pairs".format(*row))
