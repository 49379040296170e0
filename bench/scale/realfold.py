"""Adding 100 real articles to dbs of real articles (and varied copies of them): the fold at real commonness.

The corpus is the real base (bench/scale/realbase.py: the distinct dated Timeline17 and PolNeAR
articles, analysed once) in its fixed shuffle (ORDER there), so every db holds every topic and outlet
in the same share and a name like "Obama" is in a fixed share of its documents. The first ADDED
articles of that order are held out: they are the batch added to every db. A db of N documents is
the first N of the others; past them come varied copies of them (bench/scale/vary.py: copy k of an
article has its own letter table and dates moved k × SCALE_SHIFT_DAYS days) that keep the real base's
most frequent names (name words in at least NAME_SHARE of its documents: `kept_names`) and its common
vocabulary (`kept_words`), so those names are in every copy as in the base; every other name is new.
Each db is linked in one piece (`link_corpus`, written with the fold state a full relink writes, as
bench/scale/build.py does below its ONE_SHARD) and kept under FOLDER. At each size a copy of the db gets
the held-out batch, folded in by `link_new` in a fresh process: CPU, wall, VmHWM, the CPU per linker
(as bench/scale/fold.py), and what the entity fold read, by block kind. Results:
bench/results/scale_realbase.md.

Run: nice -n 10 python -m bench.scale.realfold [--sizes 1000,5000,10000]
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import time
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from bench.machine import machine_line
from bench.scale.build import _snapshot, write_shard
from bench.scale.fold import fold_timed, trial
from bench.scale.realbase import FOLDER, analyses
from bench.scale.vary import SCALE_SHIFT_DAYS, Variation, kept_words
from storyline.model import DocumentAnalysis
from storyline.names.keys.blocks import mention_keys
from storyline.run.link import link_corpus
from storyline.run.relink import LINK_STATE, all_fold_rows
from storyline.settings import Settings
from storyline.store import Store, open_store

ROOT = Path(__file__).resolve().parents[2]
RESULT = ROOT / "bench" / "results" / "scale_realbase.md"
ADDED = 100
NAME_SHARE = 0.01  # a name word in at least 1% of the base's documents is kept in every copy
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def real() -> tuple[DocumentAnalysis, ...]:
    """The real base in its fixed shuffle (bench/scale/realbase.py's ORDER; the held-out batch first)."""
    return tuple(analyses())


def base() -> tuple[DocumentAnalysis, ...]:
    return real()[ADDED:]


def held_out() -> tuple[DocumentAnalysis, ...]:
    """The batch added at every size: the first ADDED of the order (stable while chunks are analysed)."""
    return real()[:ADDED]


def kept_names(documents: Sequence[DocumentAnalysis], share: float = NAME_SHARE) -> Counter[str]:
    """Name words (letters of name mentions, lower case) in at least `share` of `documents`, with counts."""
    found: Counter[str] = Counter()
    for analysis in documents:
        found.update(
            {w.lower() for m in analysis.mentions if m.kind == "name" for w in _LETTERS.findall(m.text)}
        )
    return Counter({w: n for w, n in found.items() if n >= share * len(documents)})


@lru_cache(maxsize=1)
def kept() -> frozenset[str]:
    return kept_words(base()) | frozenset(kept_names(base()))


def corpus(size: int) -> list[DocumentAnalysis]:
    """The first `size` documents: the real base, then its varied copies 1, 2, … (module docstring)."""
    real_part = base()
    found = list(real_part[:size])
    for index in range(len(real_part), size):
        copy, original = divmod(index, len(real_part))
        found.append(
            Variation(copy, group=1, shift=SCALE_SHIFT_DAYS, keep=kept()).analysis(real_part[original])
        )
    return found


def db_path(size: int) -> Path:
    return FOLDER / f"real-{size}-{LINK_STATE['linkers']}.db"


def build(size: int) -> dict[str, float]:
    """The db of `size` documents linked in one piece (kept under FOLDER); its build cost."""
    path = db_path(size)
    if path.exists():
        return {}
    started, cpu = time.perf_counter(), time.process_time()
    documents = corpus(size)
    links = link_corpus(documents, [], Settings().min_near_duplicate)
    rows = all_fold_rows(documents, links)
    linked = time.process_time() - cpu
    partial = path.with_suffix(".building")
    partial.unlink(missing_ok=True)
    with open_store(partial) as store:
        write_shard(store, documents, links, rows)
        _snapshot(store, path)
    partial.unlink()
    return {"link_cpu": linked, "cpu": time.process_time() - cpu, "seconds": time.perf_counter() - started}


def reads(store: Store, new: Sequence[DocumentAnalysis]) -> dict[str, dict[str, int]]:
    """Per entity block kind (p, a, o, s, t, d, r): the new batch's keys, the stored documents and
    the stored entities sharing one of them (the entity fold's first read, before its closure)."""
    by_kind: dict[str, set[str]] = {}
    for analysis in new:
        for key in frozenset().union(*mention_keys(analysis).values()):
            by_kind.setdefault(key.split(":", 1)[0], set()).add(key)
    found = {}
    for kind, keys in sorted(by_kind.items()):
        documents = store.documents_with_keys("entities", keys)
        found[kind] = {
            "keys": len(keys),
            "documents": len(documents),
            "entities": len(store.records_in_blocks("entities", keys)),
        }
    return found


def add(db: Path, batch: Path) -> dict[str, Any]:
    """Fold the pickled batch into the db at `db` (run in a fresh process; module docstring)."""
    loaded: list[int] = []
    original = Store.analyses_of

    def counted(self: Store, documents: Any) -> Any:
        found = original(self, documents)
        loaded.append(len(found))
        return found

    Store.analyses_of = counted  # type: ignore[method-assign]
    new: list[DocumentAnalysis] = pickle.loads(batch.read_bytes())
    with open_store(db) as store:
        first = reads(store, new)
        timed = fold_timed(store, new)
    return {**timed, "loaded": sum(loaded), "reads": first}


def measure(size: int) -> dict[str, Any]:
    """Add the held-out batch to a copy of the db of `size` documents, in a fresh process."""
    batch = FOLDER / "held-out.pickle"
    if not batch.exists():
        batch.write_bytes(pickle.dumps(list(held_out())))
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    result = trial(db_path(size), "bench.scale.realfold", "--batch", str(batch))
    after = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    return {
        "size": size,
        "load": f"{load} → {after}",
        "db_mb": db_path(size).stat().st_size / 2**20,
        **result,
    }


def _row(result: dict[str, Any]) -> str:
    split = ", ".join(f"{k.split('_')[-1]} {v:.1f}" for k, v in sorted(result["linkers"].items()))
    real_part = min(result["size"], len(base()))
    return (
        f"| {result['size']:,} ({real_part:,} real) | {result['db_mb']:.0f} | {result['cpu']:.1f} "
        f"| {result['seconds']:.1f} | {result['peak_mb']:.0f} ({result['before_mb']:.0f}) | {split} "
        f"| {result['loaded']:,} | {result['load']} | {result['when']} |"
    )


def _reads_row(result: dict[str, Any]) -> str:
    cells = [f"{r['keys']} / {r['documents']:,} / {r['entities']:,}" for r in result["reads"].values()]
    return f"| {result['size']:,} | " + " | ".join(cells) + " |"


def write(results: dict[str, dict[str, Any]], builds: dict[str, dict[str, float]]) -> None:
    """bench/results/scale_realbase.md from every size measured so far."""
    ordered = [results[k] for k in sorted(results, key=int)]
    names = kept_names(base())
    top = ", ".join(f"{w} {n / len(base()):.0%}" for w, n in names.most_common(30))
    kinds = sorted({k for r in ordered for k in r["reads"]})
    built = "; ".join(
        f"{int(k):,}: link {b['link_cpu']:.0f} CPU s, all {b['cpu']:.0f} CPU s / {b['seconds']:.0f} s wall"
        for k, b in sorted(builds.items(), key=lambda kv: int(kv[0]))
    )
    lines = [
        "## Scale on real articles: adding 100 real articles (incremental link step)",
        "",
        "`nice -n 10 python -m bench.scale.realfold --sizes 1000,5000,10000`",
        f"on {machine_line()}.",
        f"Base: the {len(real()):,} distinct dated real articles of ../shared/bench (Timeline17 and",
        "PolNeAR; bench/scale/realbase.py), analysed once with the default pipeline, in one fixed",
        f"shuffle (by id hash); the first {ADDED} of it are the batch added at every size. Past the",
        f"{len(base()):,} others, a db holds varied copies of them (copy k: its own letter table, dates",
        f"moved k × {SCALE_SHIFT_DAYS} days) that keep the base's common vocabulary",
        f"({len(kept_words(base()))} words) and its {len(names)} most frequent name words (in ≥",
        f"{NAME_SHARE:.0%} of its documents) as they are; every other name and word is new per copy.",
        f"Most frequent kept names (share of base documents): {top}.",
        f"Each db is linked in one piece (a full relink's db): {built}.",
        "At each size a copy of the db gets the batch, folded in by `link_new` in a fresh process: CPU",
        "(`process_time`), wall, VmHWM (in brackets before `link_new`), CPU per linker, the stored",
        "analyses the fold loaded (`Store.analyses_of`, all linkers), load (1/5/15 min) before → after.",
        "",
        "| documents N | db (MB) | add 100: CPU (s) | wall (s) | peak RSS (MB) | CPU split (s) "
        "| analyses loaded | load | measured (UTC) |",
        "|---|---:|---:|---:|---:|---|---:|---|---|",
        *(_row(r) for r in ordered),
        "",
        "The entity fold's first read, per block kind: the batch's keys / the stored documents sharing",
        "one / the stored entities with a block among them (before the closure).",
        "",
        "| N | " + " | ".join(f"{k}:" for k in kinds) + " |",
        "|---:|" + "---|" * len(kinds),
        *(_reads_row({**r, "reads": {k: r["reads"].get(k, {"keys": 0, "documents": 0, "entities": 0})
                                     for k in kinds}}) for r in ordered),
        "",
        "",
    ]  # fmt: skip
    RESULT.write_text("\n".join(lines), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,5000,10000")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--add", help=argparse.SUPPRESS)
    parser.add_argument("--batch", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.add:
        print(json.dumps(add(Path(args.add), Path(args.batch))))
        return
    saved = FOLDER / "results.json"
    state = json.loads(saved.read_text()) if saved.exists() else {"results": {}, "builds": {}}
    for size in [int(s) for s in args.sizes.split(",")]:
        cost = build(size)
        if cost:
            state["builds"][str(size)] = cost
            print(f"built {size:,}: {cost}", flush=True)
        if not args.build_only:
            when = time.strftime("%Y-%m-%d %H:%M", time.gmtime())
            state["results"][str(size)] = {**measure(size), "when": when}
            print(_row(state["results"][str(size)]), flush=True)
        saved.write_text(json.dumps(state, indent=1))
        write(state["results"], state["builds"])


if __name__ == "__main__":
    main()
