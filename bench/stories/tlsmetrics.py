"""Timeline metrics as tilse computes them: date F1, concat, agreement and alignment (m:1) ROUGE F1.

A port of tilse.evaluation.rouge.TimelineRougeEvaluator (Martschat & Markert 2017) for one reference
timeline at a time, as news-tls evaluates: the cost of aligning a predicted date with a reference date is
`(1 - 1/(|days apart| + 1)) * (1 - approximate ROUGE-1 F)`, each row goes to its cheapest column (m:1), and
an aligned pair's hits are weighted by `1/(|days apart| + 1)`. The ROUGE counts themselves come from
ROUGE-1.5.5 (bench/stories/rouge.py), gathered for every system and timeline in one Perl run.
"""

from __future__ import annotations

import datetime as dt
import string
from collections import Counter
from collections.abc import Sequence

from bench.stories.rouge import Counts, Request, rouge_counts

Timeline = dict[str, list[str]]
MEASURES = ("rouge_1", "rouge_2")


def date_f1(predicted: Timeline, reference: Timeline) -> float:
    hits = len(set(predicted) & set(reference))
    if not hits:
        return 0.0
    precision, recall = hits / len(predicted), hits / len(reference)
    return 2 * precision * recall / (precision + recall)


def approximate_rouge(predicted: Sequence[str], reference: Sequence[str]) -> float:
    """tilse.evaluation.util.compute_rouge_approximation with one reference summary."""
    pred = Counter(t for s in predicted for t in s.split() if t not in string.punctuation)
    ref = Counter(t for s in reference for t in s.split() if t not in string.punctuation)
    match = sum(min(c, ref[t]) for t, c in pred.items())
    if not match:
        return 0.0
    precision, recall = match / sum(pred.values()), match / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def _gap(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def _cheapest(
    rows: Sequence[str], columns: Sequence[str], cost_of: dict[tuple[str, str], float]
) -> list[str]:
    return [min(columns, key=lambda c: (cost_of[(r, c)], columns.index(c))) for r in rows]


def requests(predicted: Timeline, reference: Timeline) -> tuple[list[Request], dict[str, object]]:
    """Every ROUGE evaluation the three metrics need, and how to fold their counts back."""
    pred_dates, ref_dates = sorted(predicted), sorted(reference)
    cost = {
        (p, r): (1 - 1 / (_gap(p, r) + 1)) * (1 - approximate_rouge(predicted[p], reference[r]))
        for p in pred_dates
        for r in ref_dates
    }
    prec_pairs = list(zip(pred_dates, _cheapest(pred_dates, ref_dates, cost), strict=True))
    rec_pairs = [
        (p, r) for r, p in zip(ref_dates, _cheapest(ref_dates, pred_dates, _swap(cost)), strict=True)
    ]
    union = sorted(set(pred_dates) | set(ref_dates))
    asked: list[Request] = [
        ([s for d in pred_dates for s in predicted[d]], {"0": [s for d in ref_dates for s in reference[d]]})
    ]
    asked += [(predicted.get(d, []), {"0": reference.get(d, [])}) for d in union]
    asked += [(predicted[p], {"0": reference[r]}) for p, r in prec_pairs + rec_pairs]
    plan = {
        "union": union,
        "pred": set(pred_dates),
        "ref": set(ref_dates),
        "prec": prec_pairs,
        "rec": rec_pairs,
    }
    return asked, plan


def _swap(cost: dict[tuple[str, str], float]) -> dict[tuple[str, str], float]:
    return {(r, p): c for (p, r), c in cost.items()}


def _f(num: float, den_p: float, num_r: float, den_r: float) -> float:
    precision = num / den_p if den_p else 0.0
    recall = num_r / den_r if den_r else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def fold(counts: Sequence[Counts], plan: dict[str, object]) -> dict[str, float]:
    """Concat, agreement and alignment m:1 F1 for ROUGE-1 and ROUGE-2 from the counts of `requests`."""
    union, pred, ref = plan["union"], plan["pred"], plan["ref"]
    prec, rec = plan["prec"], plan["rec"]
    assert isinstance(union, list) and isinstance(prec, list) and isinstance(rec, list)
    assert isinstance(pred, set) and isinstance(ref, set)
    scores: dict[str, float] = {}
    for m in MEASURES:
        h, p, r = f"{m}_h_count", f"{m}_p_count", f"{m}_m_count"
        scores[f"concat_{m}"] = _f(counts[0][h], counts[0][p], counts[0][h], counts[0][r])
        agree = counts[1 : 1 + len(union)]
        scores[f"agreement_{m}"] = _f(
            sum(c[h] for d, c in zip(union, agree, strict=True) if d in pred),
            sum(c[p] for d, c in zip(union, agree, strict=True) if d in pred),
            sum(c[h] for d, c in zip(union, agree, strict=True) if d in ref),
            sum(c[r] for d, c in zip(union, agree, strict=True) if d in ref),
        )
        aligned = counts[1 + len(union) :]
        p_counts, r_counts = aligned[: len(prec)], aligned[len(prec) :]
        scores[f"align_{m}"] = _f(
            sum(c[h] / (_gap(a, b) + 1) for (a, b), c in zip(prec, p_counts, strict=True)),
            sum(c[p] for c in p_counts),
            sum(c[h] / (_gap(a, b) + 1) for (a, b), c in zip(rec, r_counts, strict=True)),
            sum(c[r] for c in r_counts),
        )
    return scores


def evaluate(pairs: Sequence[tuple[Timeline, Timeline]]) -> list[dict[str, float]]:
    """Scores of each (predicted, reference) pair; all ROUGE counts from one Perl run."""
    planned = [requests(predicted, reference) for predicted, reference in pairs]
    counts = rouge_counts([request for asked, _ in planned for request in asked])
    results, offset = [], 0
    for (predicted, reference), (asked, plan) in zip(pairs, planned, strict=True):
        scores = fold(counts[offset : offset + len(asked)], plan)
        scores["date_f1"] = date_f1(predicted, reference)
        results.append(scores)
        offset += len(asked)
    return results
