"""Copies on real articles: restated passages planted in other articles, precision, recall, speed, memory.

Pairs are built from real Timeline17 articles (cleaned as ingest cleans them): a sentence of a donor
article is planted, restated, inside a paragraph of a host article from another topic, in one of four
ways — verbatim; inside a longer sentence ("As X reported, ... , officials said."); with a few words
changed (a word dropped, one replaced, "said" -> "stated"); or with two consecutive sentences. Recall:
planted pairs found with the host span covering the planted text and the origin span in the donor.
Precision: among the copies `link_copies` reports (site furniture left out) between documents of
different topics (real cross-topic copies are rare), the share that were planted — a lower bound, since
a real agency paragraph in two topics' articles counts against it. Speed and peak memory (tracemalloc)
of `find_near_duplicates` at 1k and 10k documents: Timeline17 and PolNeAR articles, topped up to 10k
with paragraph-reordered Timeline17 copies (said so in the results).
Run: python -m bench.stories.copies
"""

from __future__ import annotations

import random
import time
import tracemalloc
from dataclasses import replace

from bench.stories.corpus import SHARED, T17, documents_of, t17_analyses, t17_topics
from storyline.link.copies import link_copies
from storyline.link.duplicates import find_near_duplicates
from storyline.link.passages import sentence_spans
from storyline.model import Document, DocumentAnalysis, OffsetMap, PublicationDate, make_id

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
    corpus: dict[str, list[DocumentAnalysis]], rng: random.Random
) -> tuple[list[DocumentAnalysis], list[tuple[str, str, str]]]:
    """Host articles with a donor's passage planted; (donor id, host id, way) for each.

    A host keeps its analysis (names and words, what furniture detection reads) with the new text."""
    topics = sorted(corpus)
    hosts, planted = [], []
    for index in range(PLANTS):
        donor_topic, host_topic = rng.sample(topics, 2)
        donor, host = rng.choice(corpus[donor_topic]).document, rng.choice(corpus[host_topic])
        spans = [s for s in sentence_spans(donor.text) if 12 <= len(donor.text[s[0] : s[1]].split()) <= 50]
        if len(spans) < 3:
            continue
        at = rng.randrange(len(spans) - 1)
        way = WAYS[index % len(WAYS)]
        passage = _restated(way, [donor.text[a:b] for a, b in spans[at : at + 2]], rng)
        cut = sentence_spans(host.document.text)
        middle = cut[len(cut) // 2][1] if cut else len(host.document.text)
        text = f"{host.document.text[:middle]} {passage}{host.document.text[middle:]}"
        later = "2099-01-01"  # the host is published after every donor: the donor is the origin
        hosts.append(replace(host, document=_doc(text, f"{host.document.source}#planted{index}", later)))
        planted.append((donor.id, hosts[-1].document.id, way))
    return hosts, planted


def quality(threshold: float = 0.6) -> dict[str, object]:
    """Recall on planted passages by way of restating; precision against the other cross-topic copies."""
    rng = random.Random(SEED)
    corpus = {t: t17_analyses(t) for t in t17_topics()}
    topic_of = {
        a.document.id: t.split("_")[0] for t, docs in corpus.items() for a in docs
    }  # H1N1_bbc -> H1N1
    source_topic = {a.document.source: topic_of[a.document.id] for docs in corpus.values() for a in docs}
    hosts, planted = plant(corpus, rng)
    for host in hosts:
        topic_of[host.document.id] = source_topic[host.document.source.split("#planted")[0]]
    pool = list({a.document.id: a for docs in corpus.values() for a in docs}.values()) + hosts
    duplicates = find_near_duplicates([a.document for a in pool], threshold)
    copies = link_copies(pool, duplicates)
    planted_pairs = {(d, h) for d, h, _ in planted}
    found = {(c.origin, c.copy) for c in copies}
    by_way = {way: [0, 0] for way in WAYS}
    for donor, host, way in planted:
        by_way[way][1] += 1
        by_way[way][0] += (donor, host) in found
    other = [
        c for c in copies
        if topic_of[c.origin] != topic_of[c.copy] and (c.origin, c.copy) not in planted_pairs
    ]  # fmt: skip
    raw = {
        (p.a.document, p.b.document) for p in duplicates if topic_of[p.a.document] != topic_of[p.b.document]
    }
    texts = {a.document.id: a.document.text for a in pool}
    hits = sum(h for h, _ in by_way.values())
    return {
        "documents": len(pool),
        "planted": len(planted),
        "recall": hits / len(planted),
        "by_way": by_way,
        "cross-topic pairs with shared passages (before the furniture filter)": len(raw - planted_pairs),
        "cross-topic copies not planted (after it)": len(other),
        "precision (planted found / all cross-topic copies)": hits / (hits + len(other)),
        "other_samples": [
            [texts[c.copy][p.b.start : p.b.end][:120] for p in c.passages[:1]] or list(c.shared[:5])
            for c in other[:12]
        ],
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
