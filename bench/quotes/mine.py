"""Mining attribution frames on PolNeAR train: how often each (verb lemma, complement) is an annotated cue.

Run: `python -m bench.quotes.mine [--min-uses 3] [--share 0.4]`; prints the frames not yet in the lexicon
that reach the share, as the `TRAINED_FRAMES` entries of storyline/lang/en/reporting.py. A use is a
verb outside quotation marks with a subject (not passive) and a complement: `ccomp`, `xcomp`, `dobj` or a
preposition with its object; it counts as annotated when a PolNeAR attribution's cue holds the verb and
its content overlaps the complement. Prepositions of time and place are left out (`said during the
debate`), and so are `say`/`tell` (their other frames are adjuncts) and the raising verbs (read apart).
Train split only.
"""

from __future__ import annotations

import argparse
from collections import Counter

from bench.parsecache import cached_pipe
from bench.quotes.errors import attributions, split_items
from storyline.extract.nlp import load_pipeline
from storyline.extract.quotes.direct import is_direct
from storyline.extract.quotes.frames import frames_of
from storyline.extract.quotes.marks import find_quoted_spans
from storyline.extract.quotes.subjects import subject_of
from storyline.lang.en.quoting import RAISING_VERBS
from storyline.settings import DEFAULT_MODEL

ADJUNCTS = frozenset({"during", "in", "before", "after", "from", "by", "since", "until"})
SKIPPED = RAISING_VERBS | {"say", "tell"}
Use = tuple[str, str]


def _uses(verb, golds) -> list[tuple[Use, bool]]:  # type: ignore[no-untyped-def]
    out = []
    for child in verb.rights:
        if child.dep_ in ("ccomp", "xcomp", "dobj"):
            frame, target = child.dep_, child
        elif child.dep_ == "prep" and child.lower_ not in ADJUNCTS:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if not objects:
                continue
            frame, target = f"prep:{child.lower_}", objects[0]
        else:
            continue
        span = (target.left_edge.idx, target.right_edge.idx + len(target.right_edge))
        cue = (verb.idx, verb.idx + len(verb))
        hit = any(_overlap(g.spans.get("Cue"), cue) and _overlap(g.spans.get("Content"), span) for g in golds)
        out.append(((verb.lemma_.lower(), frame), hit))
    return out


def _overlap(a: tuple[int, int] | None, b: tuple[int, int]) -> bool:
    return a is not None and a[0] < b[1] and b[0] < a[1]


def mine(min_uses: int, share: float) -> dict[str, set[str]]:
    nlp = load_pipeline(DEFAULT_MODEL)
    uses: Counter[Use] = Counter()
    hits: Counter[Use] = Counter()
    known: set[Use] = set()
    for doc, (_, ann) in cached_pipe(nlp, DEFAULT_MODEL, split_items("train")):
        text = doc.text
        quoted = [(s.open, s.close) for s in find_quoted_spans(text) if is_direct(text, s)]
        golds = attributions(ann)
        for verb in doc:
            if (
                verb.pos_ != "VERB"
                or verb.lemma_.lower() in SKIPPED
                or any(a <= verb.idx < b for a, b in quoted)
            ):
                continue
            subject = subject_of(verb)
            if subject is None or subject.dep_ == "nsubjpass":
                continue
            have = frames_of(verb, True)
            for use, hit in _uses(verb, golds):
                uses[use] += 1
                hits[use] += hit
                if use[1] in have:
                    known.add(use)
    found: dict[str, set[str]] = {}
    for use, n in uses.items():
        if use not in known and n >= min_uses and hits[use] >= share * n:
            found.setdefault(use[0], set()).add(use[1])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--min-uses", type=int, default=3)
    parser.add_argument("--share", type=float, default=0.4)
    args = parser.parse_args()
    found = mine(args.min_uses, args.share)
    print(", ".join(f'"{lemma}": "{" ".join(sorted(frames))}"' for lemma, frames in sorted(found.items())))
    print(f"# {len(found)} lemmas, {sum(map(len, found.values()))} frames")


if __name__ == "__main__":
    main()
