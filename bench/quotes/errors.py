"""Error analysis on PolNeAR (train/dev only): missed and spurious spans per role, grouped by cause.

Run: `python -m bench.quotes.errors --split dev [--mode attitudes|default] [--role Source] [--show 30]`.
Causes: `no attribution` (no predicted content overlaps the gold content), `no span` (content found, this
role not predicted), `boundary` (content found, a span of this role overlaps the gold's attribution but
is counted elsewhere), `other span` (content found, the role's span elsewhere); spurious spans are
`spurious quote` (no gold content overlaps) or `wrong span` (content right, this role wrong). Lists the
most frequent gold cue words of the missed attributions. Not for the test split.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.parsecache import cached_pipe
from bench.quotes.polnear import ROLES, normalize
from bench.quotes.run import DATA, quotes_of
from storyline.extract.nlp import load_pipeline
from storyline.model import Quote
from storyline.settings import DEFAULT_MODEL

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Gold:
    """One annotated attribution: its role spans (a role may be absent)."""

    spans: dict[str, Span]


def attributions(path: Path) -> list[Gold]:
    spans: dict[str, tuple[str, Span]] = {}
    out = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, offsets = parts[1].split(" ", 1)
            numbers = [int(n) for part in offsets.split(";") for n in part.split()]
            spans[parts[0]] = (kind, (min(numbers), max(numbers)))
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(arg.split(":", 1) for arg in parts[1].split()[1:])
            out.append(Gold({r: spans[t][1] for r, t in roles.items() if r in ROLES and t in spans}))
    return out


def split_items(split: str) -> list[tuple[str, tuple[str, Path]]]:
    """(text, (name, first annotator's .ann)) for each text of a split."""
    folder = DATA / split
    names = sorted({p.stem.rsplit("_", 1)[0] for p in (folder / "attributions").glob("*.ann")})
    return [
        (
            (folder / "text" / f"{name}.txt").read_text("utf-8"),
            (name, sorted((folder / "attributions").glob(f"{name}_*.ann"))[0]),
        )
        for name in names
    ]


def _overlap(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _role(q: Quote, role: str) -> Span | None:
    if role == "Content":
        return (q.start, q.end)
    start, end = (q.speaker_start, q.speaker_end) if role == "Source" else (q.cue_start, q.cue_end)
    return (start, end) if start is not None and end is not None else None


def _match(text: str, pred: list[Span], gold: list[Span]) -> tuple[set[Span], set[Span]]:
    """The scorer's one-to-one overlap matching: (unmatched predicted, unmatched gold), normalised."""
    p = sorted({normalize(text, s) for s in pred if s[1] > s[0]})
    g = sorted({normalize(text, s) for s in gold})
    used: set[int] = set()
    hit: set[Span] = set()
    for s in p:
        i = next((i for i, t in enumerate(g) if i not in used and s[0] < t[1] and t[0] < s[1]), None)
        if i is not None:
            used.add(i)
            hit.add(s)
    return set(p) - hit, {t for i, t in enumerate(g) if i not in used}


def analyse(split: str, mode: str, role: str, show: int, seed: int) -> None:
    nlp = load_pipeline(DEFAULT_MODEL)
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for doc, (name, ann) in cached_pipe(nlp, DEFAULT_MODEL, split_items(split)):
        text = doc.text
        quotes = quotes_of(text, doc, attitudes=mode == "attitudes")
        golds = attributions(ann)
        pred = [s for q in quotes if (s := _role(q, role))]
        fp, fn = _match(text, pred, [g.spans[role] for g in golds if role in g.spans])
        for gold in golds:
            span = gold.spans.get(role)
            if span is None or normalize(text, span) not in fn:
                continue
            hits = [q for q in quotes if _overlap((q.start, q.end), gold.spans.get("Content"))]
            mine = [s for q in hits if (s := _role(q, role))]
            cause = (
                "no attribution"
                if not hits
                else "no span"
                if not mine
                else "boundary"
                if any(_overlap(s, span) for s in mine)
                else "other span"
            )
            missed[cause] += 1
            if cause == "no attribution" and "Cue" in gold.spans:
                c = gold.spans["Cue"]
                cues[text[c[0] : c[1]].lower()] += 1
            line = " | ".join(
                f"{r[0]}={text[s[0] : s[1]][:90]!r}" for r, s in sorted(gold.spans.items(), reverse=True)
            )
            got = "; ".join(f"{q.speaker_text!r} {q.cue_text!r} {q.text[:60]!r}" for q in hits[:2])
            examples.setdefault(f"FN {cause}", []).append(f"{name}: {line}\n      ours: {got}")
        for span in fp:
            owner = next((q for q in quotes if (s := _role(q, role)) and normalize(text, s) == span), None)
            right = owner is not None and any(
                _overlap((owner.start, owner.end), g.spans.get("Content")) for g in golds
            )
            cause = "wrong span" if right else "spurious quote"
            spurious[cause] += 1
            if owner is not None:
                examples.setdefault(f"FP {cause}", []).append(
                    f"{name}: {role}={text[span[0] : span[1]][:60]!r} cue={owner.cue_text!r} "
                    f"content={owner.text[:90]!r}"
                )
    print(f"{split} {mode} {role}: missed {sum(missed.values())} {dict(missed)}; "
          f"spurious {sum(spurious.values())} {dict(spurious)}")  # fmt: skip
    print("missed attributions, top gold cues:", cues.most_common(60))
    rng = random.Random(seed)
    for key, lines in sorted(examples.items()):
        print(f"\n== {key} ({len(lines)})")
        for line in rng.sample(lines, min(show, len(lines))):
            print("  " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--mode", default="attitudes", choices=("attitudes", "default"))
    parser.add_argument("--role", default="Source", choices=ROLES)
    parser.add_argument("--show", type=int, default=25)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    analyse(args.split, args.mode, args.role, args.show, args.seed)


if __name__ == "__main__":
    main()
