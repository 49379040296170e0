"""Story clusters on Timeline17: pairwise and B-cubed F1 against the topic folders, next to TF-IDF clusters.

Gold: the 17 topic folders, and the 9 topics they cover (H1N1_bbc, H1N1_guardian and H1N1_reuters are one
topic). storyline: the top-level stories of `build_stories`. Baseline: scikit-learn TF-IDF (English stop
words, sublinear tf) + agglomerative clustering (cosine, average linkage) told the gold number of clusters.
Input: the articles inside the gold spans (the analyses bench/stories/corpus.py caches).
Run: python -m bench.stories.clusters
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from bench.stories.corpus import t17_analyses, t17_topics
from storyline.link.stories import build_stories

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
    model = AgglomerativeClustering(n_clusters=clusters, metric="cosine", linkage="average")
    return [int(x) for x in model.fit_predict(vectors.toarray())]


def main() -> None:
    analyses, folder = [], {}
    for topic in t17_topics():
        for a in t17_analyses(topic):
            if a.document.id not in folder:
                analyses.append(a)
                folder[a.document.id] = topic
    started = time.perf_counter()
    stories = [s for s in build_stories(analyses) if s.parent is None]
    seconds = time.perf_counter() - started
    ours = {d: s.id for s in stories for d in s.documents}
    texts = [a.document.text for a in analyses]
    print(f"documents {len(analyses)}; storyline {len(stories)} stories in {seconds:.1f} s")
    for name, gold in (("17 folders", folder), ("9 topics", {d: t.split("_")[0] for d, t in folder.items()})):
        k = len(set(gold.values()))
        base = dict(
            zip((a.document.id for a in analyses), map(str, tfidf_agglomerative(texts, k)), strict=True)
        )
        print(
            f"| {name} | storyline | {pairwise_f1(ours, gold):.3f} | {bcubed_f1(ours, gold):.3f} |\n"
            f"| {name} | TF-IDF + agglomerative (k={k}) | {pairwise_f1(base, gold):.3f} "
            f"| {bcubed_f1(base, gold):.3f} |"
        )


if __name__ == "__main__":
    main()
