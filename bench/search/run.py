"""Semantic sentence search next to exact (FTS5 BM25) search, on ECB+ event coreference, and its speed.

Run (needs storyline[semantic]; `make semantic` builds .venv-semantic):
    .venv-semantic/bin/python -m bench.search.run [--queries N] [--scale 160000]

Quality: every annotated ECB+ sentence is a query over all annotated sentences of the corpus; a hit is
relevant when it comes from another document and mentions one of the query's events (the same
cross-document ACTION chain). Hits from the query's own document are skipped by both systems. Baseline:
SQLite FTS5 with storyline's tokenizer, the query's words OR-ed and ranked by BM25 — what exact search
gives when a user pastes the sentence. Speed: encoding throughput, per-query latency, and the vector scan
at `--scale` stored sentences (random unit vectors: the scan's cost does not depend on their values).
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.machine import machine_line
from bench.search.corpus import DATA, GoldSentence, documents
from storyline.model import Document, DocumentAnalysis, OffsetMap, Sentence, make_id
from storyline.run.embed import embed_sentences
from storyline.semantic.encoder import DEFAULT_ENCODER, Encoder, available, load_encoder, unit_rows
from storyline.store import open_store
from storyline.store.pages import Window
from storyline.store.vectors import DocumentSentences, save_vectors, similar_sentences

RESULTS = Path(__file__).resolve().parents[1] / "results" / "search.md"
DEPTH = 50  # ranks looked at per query
Key = tuple[str, int]  # (document id, sentence start)


@dataclass
class Scores:
    reciprocal: float = 0.0
    recall10: float = 0.0
    precision10: float = 0.0
    queries: int = 0

    def add(self, ranked: Sequence[Key], relevant: set[Key]) -> None:
        first = next((i for i, key in enumerate(ranked) if key in relevant), None)
        self.reciprocal += 0.0 if first is None else 1.0 / (first + 1)
        top = [key for key in ranked[:10] if key in relevant]
        self.recall10 += len(top) / min(len(relevant), 10)
        self.precision10 += len(top) / 10
        self.queries += 1

    def row(self, name: str) -> str:
        n = max(self.queries, 1)
        return (
            f"| {name} | {self.reciprocal / n:.3f} | {self.recall10 / n:.3f} | {self.precision10 / n:.3f} |"
        )


def build(db: Path) -> dict[Key, GoldSentence]:
    """The ECB+ annotated sentences stored as storyline documents and sentences; key -> gold sentence."""
    gold: dict[Key, GoldSentence] = {}
    with open_store(db) as store:
        for doc in documents():
            text, spans = "", []
            for sentence in doc.sentences:
                spans.append((len(text), len(text) + len(sentence.text)))
                text += sentence.text + "\n"
            document = Document(
                id=make_id("doc", text),
                source=doc.name,
                format="text",
                text=text,
                raw_text=text,
                offset_map=OffsetMap.identity(len(text)),
                title=doc.name,
            )
            rows = tuple(
                Sentence(document=document.id, index=i, start=a, end=b) for i, (a, b) in enumerate(spans)
            )
            store.save_analysis(DocumentAnalysis(document=document, sentences=rows))
            gold.update({(document.id, a): s for (a, _), s in zip(spans, doc.sentences, strict=True)})
    return gold


def relevant_to(query: Key, gold: dict[Key, GoldSentence]) -> set[Key]:
    events = gold[query].events
    return {key for key, s in gold.items() if key[0] != query[0] and s.events & events}


def semantic_ranking(conn: sqlite3.Connection, vector: np.ndarray, query: Key) -> list[Key]:
    page = similar_sentences(conn, vector, Window(limit=DEPTH + 20), model=DEFAULT_ENCODER)
    return [(h.document, h.start) for h in page.items if h.document != query[0]][:DEPTH]


def words_index(conn: sqlite3.Connection, gold: dict[Key, GoldSentence]) -> list[Key]:
    conn.execute(
        "CREATE VIRTUAL TABLE bench_words USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')"
    )
    keys = list(gold)
    conn.executemany("INSERT INTO bench_words (rowid, text) VALUES (?, ?)",
                     [(i + 1, gold[k].text) for i, k in enumerate(keys)])  # fmt: skip
    return keys


def words_ranking(conn: sqlite3.Connection, keys: list[Key], text: str, query: Key) -> list[Key]:
    words = sorted({w.lower() for w in re.findall(r"\w+", text)})
    if not words:
        return []
    match = " OR ".join(f'"{w}"' for w in words)
    rows = conn.execute("SELECT rowid FROM bench_words WHERE bench_words MATCH ? ORDER BY rank LIMIT ?",
                        (match, DEPTH + 20)).fetchall()  # fmt: skip
    return [keys[r[0] - 1] for r in rows if keys[r[0] - 1][0] != query[0]][:DEPTH]


def reciprocal_rank_fusion(*rankings: Sequence[Key], k: int = 60) -> list[Key]:
    score: dict[Key, float] = {}
    for ranking in rankings:
        for rank, key in enumerate(ranking):
            score[key] = score.get(key, 0.0) + 1.0 / (k + rank + 1)
    return sorted(score, key=lambda key: -score[key])[:DEPTH]


def quality(db: Path, encoder: Encoder, sample: int) -> tuple[list[str], dict[str, float]]:
    gold = build(db)
    with open_store(db) as store:
        started = time.perf_counter()
        embed_sentences(store, encoder)
        encode_rate = len(gold) / (time.perf_counter() - started)
        conn = store.conn
        keys = words_index(conn, gold)
        queries = [k for k in gold if relevant_to(k, gold)]
        random.Random(13).shuffle(queries)
        queries = queries[:sample] if sample else queries
        vectors = encoder.encode([gold[k].text for k in queries])
        semantic, words, fused = Scores(), Scores(), Scores()
        latencies = []
        for key, vector in zip(queries, vectors, strict=True):
            relevant = relevant_to(key, gold)
            began = time.perf_counter()
            by_meaning = semantic_ranking(conn, vector, key)
            latencies.append(time.perf_counter() - began)
            by_words = words_ranking(conn, keys, gold[key].text, key)
            semantic.add(by_meaning, relevant)
            words.add(by_words, relevant)
            fused.add(reciprocal_rank_fusion(by_meaning, by_words), relevant)
    rows = [
        semantic.row(f"storyline `search --similar` ({DEFAULT_ENCODER})"),
        words.row("exact search: FTS5 BM25, the query's words OR-ed"),
        fused.row("both, fused by reciprocal rank (k = 60), for reference"),
    ]
    speed = {"sentences": len(gold), "queries": len(queries), "encode_rate": encode_rate,
             "scan_p50_ms": 1000 * float(np.median(latencies))}  # fmt: skip
    return rows, speed


def scan_at_scale(db: Path, count: int, encoder: Encoder) -> dict[str, float]:
    """Per-query time (encode + scan + fetch) with `count` stored vectors."""
    rng = np.random.default_rng(7)
    with open_store(db) as store:
        conn = store.conn
        text = "x" * 10
        per_doc = 16
        for first in range(0, count, per_doc * 500):
            for d in range(first, min(first + per_doc * 500, count), per_doc):
                key = f"doc:scale{d}"
                conn.execute(
                    "INSERT INTO documents (id, source, format, text, raw_text) VALUES (?, ?, 'text', ?, ?)",
                    (key, f"scale/{d}", text, text),
                )
                spans = tuple((i, i + 1) for i in range(per_doc))
                sentence_rows = [(key, i, i, a, b) for i, (a, b) in enumerate(spans)]
                conn.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)", sentence_rows)
                vectors = unit_rows(rng.normal(size=(per_doc, encoder.dimensions)))
                save_vectors(conn, DEFAULT_ENCODER, DocumentSentences(key, spans, ("x",) * per_doc), vectors)
            conn.commit()
        times: list[float] = []
        encodes: list[float] = []
        queries = ("talks on gas prices", "an earthquake struck the island", "the striker signed a contract")
        for query in queries * 4:
            began = time.perf_counter()
            vector = encoder.encode([query])[0]
            encoded = time.perf_counter()
            similar_sentences(conn, vector, Window(limit=20), model=DEFAULT_ENCODER)
            times.append(time.perf_counter() - encoded)
            encodes.append(encoded - began)
    warm = times[1:]
    return {
        "count": count,
        "cold_ms": 1000 * times[0],
        "p50_ms": 1000 * float(np.median(warm)),
        "p95_ms": 1000 * float(np.percentile(warm, 95)),
        "encode_ms": 1000 * float(np.median(encodes)),
    }


def report(rows: list[str], speed: dict[str, float], scale: dict[str, float] | None) -> str:
    lines = [
        "## Search: semantic sentence search next to exact search",
        "",
        f"Machine: {machine_line()}. Command: `.venv-semantic/bin/python -m bench.search.run`.",
        "",
        f"ECB+ ({DATA.name}, all 43 topics): {speed['sentences']:.0f} annotated sentences; "
        f"{speed['queries']:.0f} queries (every annotated sentence with a relevant one elsewhere). A hit is "
        "relevant when it is from another document and mentions one of the query's events (same "
        "cross-document ACTION chain); the query's own document is skipped. Nothing was tuned on ECB+ "
        "(the similarity floor 0.3 was set before this run).",
        "",
        "| system | MRR | recall@10 | precision@10 |",
        "|---|---|---|---|",
        *rows,
        "",
        f"Speed: encoding {speed['encode_rate']:.0f} sentences/s (`storyline embed`, CPU, this machine); "
        f"search p50 {speed['scan_p50_ms']:.1f} ms (query already encoded) at "
        f"{speed['sentences']:.0f} sentences.",
    ]
    if scale:
        lines.append(
            f"At {scale['count']:,.0f} stored sentences (≈ 10,000 documents of 16 sentences; random unit "
            f"vectors): first query {scale['cold_ms']:.0f} ms (reads the vectors into memory), then "
            f"p50 {scale['p50_ms']:.0f} ms, p95 {scale['p95_ms']:.0f} ms (score + fetch), plus encoding the "
            f"query, p50 {scale['encode_ms']:.0f} ms."
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None, *, progress: Callable[[str], None] = print) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--queries", type=int, default=0, help="sample this many queries (0 = all)")
    parser.add_argument("--scale", type=int, default=160_000, help="stored sentences for the scan (0 = skip)")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    if not available():
        progress(
            "bench.search needs storyline[semantic]: run it with .venv-semantic/bin/python (make semantic)"
        )
        return
    if not DATA.exists():
        progress(f"{DATA} is absent: nothing measured")
        return
    encoder = load_encoder()
    with tempfile.TemporaryDirectory() as folder:
        rows, speed = quality(Path(folder) / "ecb.db", encoder, args.queries)
        scale = scan_at_scale(Path(folder) / "scale.db", args.scale, encoder) if args.scale else None
    text = report(rows, speed, scale)
    progress(text)
    if not args.no_write:
        RESULTS.write_text(text, "utf-8")


if __name__ == "__main__":
    main()
