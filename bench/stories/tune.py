"""Choosing the brief's weights without tuning on the test set: two-fold cross-validation by topic.

Timeline17 has no dev/test split, so its nine topics are split in two folds (a topic's timelines and
outlets stay in one fold: H1N1 ×3, bpoil ×5, LibyaWar ×2 and SyrianCrisis ×4 never straddle). Every
setting of a small grid (the factor for a day next to one already chosen × the factor for a quoted
sentence, bench/stories/tune.py grid) is run on all 19 timelines; for each fold the
setting with the best mean alignment ROUGE-1 on the OTHER fold is applied to it, and the reported
figures are those held-out scores over all 19 timelines. The product's defaults are printed with the
setting each fold chose. No setting reads the gold text; the gold is only scored against.
Run: STORYLINE_PARSE_CACHE=/work/cache/parses python -m bench.stories.tune
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Sequence

from bench.stories.corpus import t17_analyses, t17_topics
from bench.stories.gold import Gold, golds
from bench.stories.t17 import KEYS
from bench.stories.tlsmetrics import Timeline, evaluate
from storyline.model import DocumentAnalysis
from storyline.summarize.brief import BriefOptions, DayWeights, build_brief
from storyline.summarize.choose import SentenceWeights

FOLDS = (
    frozenset({"H1N1", "EgyptianProtest", "LibyaWar", "MJ", "haiti"}),
    frozenset({"bpoil", "Finan", "IraqWar", "SyrianCrisis"}),
)
TARGET = "align_rouge_1"
ADJACENT = (1.0, 0.85, 0.7)
QUOTED = (1.0, 0.8)
SHOWN = ("date_f1", "align_rouge_1", "align_rouge_2")
Case = tuple[str, Gold, list[DocumentAnalysis]]


def fold_of(topic: str) -> int:
    return next(i for i, names in enumerate(FOLDS) if topic.split("_")[0] in names)


def cases(topics: Sequence[str]) -> list[Case]:
    found = []
    for topic in topics:
        analyses = t17_analyses(topic)
        for gold in golds(topic):
            start, end = gold.span
            inside = [a for a in analyses if start <= (a.document.published.value or "") <= end]
            found.append((topic, gold, inside))
    return found


def grid() -> list[tuple[DayWeights, SentenceWeights]]:
    """Adjacent-day factor (1.0: off) x quoted-sentence factor (1.0: off); the day and topic weights are
    those the last cross-validation chose (reports 1.0, burst 1.0, topic share 0.6)."""
    days = [DayWeights(adjacent=a) for a in ADJACENT]
    sentences = [SentenceWeights(quoted=q) for q in QUOTED]
    return list(itertools.product(days, sentences))


def timeline(
    setting: tuple[DayWeights, SentenceWeights], gold: Gold, inside: list[DocumentAnalysis]
) -> Timeline:
    start, end = gold.span
    options = BriefOptions(
        dates=len(gold.timeline), per_date=gold.sentences_per_date, since=start, until=end,
        day=setting[0], sentence=setting[1],
    )  # fmt: skip
    return {d.date: [s.text for s in d.sentences] for d in build_brief(inside, options).dates}


def mean(rows: Sequence[dict[str, float]], key: str) -> float:
    return sum(r[key] for r in rows) / len(rows) if rows else 0.0


def cross_validate(topics: Sequence[str]) -> tuple[dict[str, float], list[str]]:
    """Held-out means over all timelines (each fold scored with the other fold's best setting), and notes."""
    found = cases(topics)
    settings = grid()
    pairs = [(timeline(s, gold, inside), gold.timeline) for s in settings for _, gold, inside in found]
    scores = evaluate(pairs)
    table = [scores[i * len(found) : (i + 1) * len(found)] for i in range(len(settings))]
    folds = [fold_of(topic) for topic, _, _ in found]
    held_out: list[dict[str, float]] = [{} for _ in found]
    notes = []
    for fold in (0, 1):
        tuning = [i for i, f in enumerate(folds) if f != fold]
        best = max(range(len(settings)), key=lambda s: (mean([table[s][i] for i in tuning], TARGET), -s))
        notes.append(f"fold {fold} held out; chosen on the other fold: {settings[best]}")
        for i, f in enumerate(folds):
            if f == fold:
                held_out[i] = table[best][i]
    for s, rows in enumerate(table):
        notes.append(f"{s:2d} {settings[s]}: " + " ".join(f"{k}={mean(rows, k):.3f}" for k in SHOWN))
    return {k: mean(held_out, k) for k in KEYS}, notes


def main(topics: Sequence[str]) -> None:
    means, notes = cross_validate(topics)
    print("| system | timelines | " + " | ".join(KEYS) + " |")
    print("|---" * (len(KEYS) + 2) + "|")
    print("| storyline, 2-fold CV by topic | 19 | " + " | ".join(f"{means[k]:.3f}" for k in KEYS) + " |")
    print("\n".join(notes))


if __name__ == "__main__":
    main(sys.argv[1:] or t17_topics())
