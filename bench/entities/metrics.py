"""Coreference scores over mention clusters: MUC, B³, CEAF-e and their CoNLL mean (same mention sets)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

Clusters = Sequence[frozenset[str]]


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def muc(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    def partial(a: Clusters, b: Clusters) -> float:
        where = {m: i for i, c in enumerate(b) for m in c}
        num = den = 0
        for cluster in a:
            parts = {where.get(m, ("single", m)) for m in cluster}
            num += len(cluster) - len(parts)
            den += len(cluster) - 1
        return num / den if den else 0.0

    r, p = partial(key, response), partial(response, key)
    return p, r, _f(p, r)


def b_cubed(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    def partial(a: Clusters, b: Clusters) -> float:
        where = {m: c for c in b for m in c}
        total = sum(len(c) for c in a)
        return sum(len(c & where.get(m, frozenset({m}))) / len(c) for c in a for m in c) / total

    r, p = partial(key, response), partial(response, key)
    return p, r, _f(p, r)


def ceaf_e(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    sim = np.zeros((len(key), len(response)))
    for i, k in enumerate(key):
        for j, r in enumerate(response):
            common = len(k & r)
            if common:
                sim[i, j] = 2 * common / (len(k) + len(r))
    rows, cols = linear_sum_assignment(-sim)
    best = sim[rows, cols].sum()
    p, r = best / len(response), best / len(key)
    return p, r, _f(p, r)


def conll(key: Clusters, response: Clusters) -> dict[str, float]:
    scores = {
        "MUC": muc(key, response)[2],
        "B3": b_cubed(key, response)[2],
        "CEAF-e": ceaf_e(key, response)[2],
    }
    scores["B3 P"], scores["B3 R"] = b_cubed(key, response)[:2]
    scores["CoNLL"] = (scores["MUC"] + scores["B3"] + scores["CEAF-e"]) / 3
    return scores
