"""Story clusters on Timeline17 and ECB+: pairwise and B-cubed F1 against gold topics, next to a baseline.

Gold: Timeline17's 9 topics (H1N1_bbc, H1N1_guardian and H1N1_reuters are one topic, so are the five bpoil
folders), its 17 topic folders (one per outlet, so merging one topic's outlets counts as an error), and
ECB+'s 43 topics (every document of the corpus; names from our mention extractor). storyline: the
top-level stories of `build_stories`. Baseline: scikit-learn TF-IDF (English stop words, sublinear tf)
+ agglomerative clustering (cosine, average linkage) told the gold number of clusters.
Timeline17 input: the articles inside the gold spans (the analyses bench/stories/corpus.py caches).
Run: python -m bench.stories.clusters
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_distances

from bench.stories.corpus import ecb_analyses, t17_analyses, t17_topics
from storyline.link.stories import build_stories
from storyline.model import DocumentAnalysis

Labels = dict[str, str]  # document id -> cluster


def pairwise_f1(predicted: Labels, gold: Labels) -> float:
    docs = sorted(gold)
    same_p = {(a, b) for a, b in combinations(docs, 2) if predicted[a] == predicted[b]}
    same_g = {(a, b) for a, b in combinations(docs, 2) if gold[a] == gold[b]}
    hits = len(same_p & same_g)
    if not hits:
        return 0.0
    precision, recall = hits / len(same_p), hits / len(same_g)
    return 2 * precision * recall / (precision + recall)


def bcubed_f1(predicted: Labels, gold: Labels) -> float:
    pairs = Counter((predicted[d], gold[d]) for d in gold)
    p_size, g_size = Counter(predicted[d] for d in gold), Counter(gold.values())
    precision = sum(n * n / p_size[p] for (p, _), n in pairs.items()) / len(gold)
    recall = sum(n * n / g_size[g] for (_, g), n in pairs.items()) / len(gold)
    return 2 * precision * recall / (precision + recall)


def tfidf_agglomerative(texts: Sequence[str], clusters: int) -> list[int]:
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2).fit_transform(texts)
    model = AgglomerativeClustering(n_clusters=clusters, metric="precomputed", linkage="average")
    return [int(x) for x in model.fit_predict(cosine_distances(vectors))]


def rows(name: str, analyses: Sequence[DocumentAnalysis], golds: dict[str, Labels]) -> list[str]:
    """Table rows for one corpus: storyline's top-level stories and the baseline, for each gold."""
    started = time.perf_counter()
    stories = [s for s in build_stories(analyses) if s.parent is None]
    seconds = time.perf_counter() - started
    ours = {d: s.id for s in stories for d in s.documents}
    sizes = Counter(len(s.documents) for s in stories)
    texts = [a.document.text for a in analyses]
    lines = []
    for gold_name, gold in golds.items():
        k = len(set(gold.values()))
        ids = (a.document.id for a in analyses)
        base = dict(zip(ids, map(str, tfidf_agglomerative(texts, k)), strict=True))
        lines.append(
            f"| {name} ({len(analyses)} documents) | {gold_name} ({k}) | storyline: {len(stories)} stories, "
            f"{sizes[1]} of one document, built in {seconds:.0f} s | {pairwise_f1(ours, gold):.3f} "
            f"| {bcubed_f1(ours, gold):.3f} |"
        )
        lines.append(
            f"| {name} ({len(analyses)} documents) | {gold_name} ({k}) | TF-IDF + agglomerative (k={k}) "
            f"| {pairwise_f1(base, gold):.3f} | {bcubed_f1(base, gold):.3f} |"
        )
    return lines


ECB_SPLITS = (("topics 1–35 (tuning)", 1, 35), ("topics 36–45 (held out)", 36, 45), ("all 43 topics", 1, 45))


def ecb_rows() -> list[str]:
    """ECB+ rows per split: gold = the topics, and the sub-topics (each topic holds two different events)."""
    ecb, lines = ecb_analyses(), []
    for name, low, high in ECB_SPLITS:
        chosen = [(a, t) for a, t in ecb if low <= int(t) <= high]
        topics = {a.document.id: t for a, t in chosen}
        events = {d: t + ("+" if "ecbplus" in d else "") for d, t in topics.items()}
        golds = {"topics": topics, "sub-topics (events)": events}
        lines.extend(rows(f"ECB+ {name}", [a for a, _ in chosen], golds))
    return lines


def t17_rows() -> list[str]:
    analyses, folder = [], {}
    for topic in t17_topics():
        for a in t17_analyses(topic):
            if a.document.id not in folder:
                analyses.append(a)
                folder[a.document.id] = topic
    topics = {d: t.split("_")[0] for d, t in folder.items()}
    return rows("Timeline17", analyses, {"9 topics": topics, "17 topic folders": folder})


HEADER = ["| corpus | gold (clusters) | system | pairwise F1 | B³ F1 |", "|---|---|---|---|---|"]


def main() -> None:
    for line in [*HEADER, *t17_rows(), *ecb_rows()]:
        print(line, flush=True)


if __name__ == "__main__":
    main()
