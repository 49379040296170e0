"""Big scale dbs built fast and resumably, each what a full relink of its documents writes.

A db of N varied documents (bench/scale/vary.py in its scale form: every copy of the 22 dated demo
articles its own letter table and date shift, the base's common vocabulary kept) is built without
parsing. Up to ONE_SHARD documents it is linked by `link_corpus` in a worker process and written by the
store's incremental writer (`save_link_changes`, what `link_new` writes with) with the fold state a
full relink writes. A larger one is linked as a whole by bench/scale/whole.py (every linker over all N
documents but the copy linkers, which go by shards): copies share short blocking keys (abbreviations,
initials) that no variation of their letters can keep apart, so shards of copies linked apart
(`--shards`: SHARD documents each, a copy that meets an earlier shard folded in by `link_new`, the
timeline of the others folded in by `fold_timeline`: its common vocabulary is corpus-wide) fold
nearly every copy. `--check N` builds N documents by shards (`--whole`: as a whole) and compares them
with a full `relink` of the same documents (links, fold state, counts). Dbs live under CACHE (never
committed) as scale-N-<linkers version>.db; a sharded build goes on from the documents already linked.

Run: python -m bench.scale.build --sizes 1000,10000,100000 [--workers 2]
     nice -n 10 python -m bench.scale.build --check 2200 --whole --shard 660
     nice -n 10 python -m bench.scale.build --sharing --sizes 1000,2000,4000,8000
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import shutil
import sqlite3
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from bench.scale.run import demo_analyses
from bench.scale.vary import SCALE_SHIFT_DAYS, Variation, kept_words
from storyline.link.story_keys import story_keys
from storyline.model import CorpusLinks, DocumentAnalysis
from storyline.names.keys.blocks import document_keys
from storyline.run.fold import link_new
from storyline.run.fold_timeline import LINKER as TIMELINE
from storyline.run.fold_timeline import fold_timeline
from storyline.run.link import link_corpus
from storyline.run.relink import LINK_STATE, all_fold_rows
from storyline.settings import Settings
from storyline.store import FoldRows, Store, open_store

CACHE = Path(os.environ.get("STORYLINE_SCALE_CACHE", "/work/cache/scale"))
SHARD = 2200  # documents linked in one worker (100 copies)
BASE = "base.pickle"
BUILDING = "building"
KEY_CHUNK = 2200  # documents per cached key file
ONE_SHARD = 20_000  # a size up to this is linked in one piece (a worker holds its analyses)


@lru_cache(maxsize=1)
def base_analyses() -> tuple[DocumentAnalysis, ...]:
    """The dated demo analyses (parsed once, then read from CACHE/base.pickle)."""
    path = CACHE / BASE
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        dated = [a for a in demo_analyses() if a.document.published.value is not None]
        path.write_bytes(pickle.dumps(dated))
    return tuple(pickle.loads(path.read_bytes()))


@lru_cache(maxsize=1)
def _keep() -> frozenset[str]:
    return kept_words(base_analyses())


def scaled(index: int) -> DocumentAnalysis:
    """Document number `index` of the scale corpus: a copy of one base article (module docstring)."""
    base = base_analyses()
    copy = index // len(base)
    return Variation(copy, group=1, shift=SCALE_SHIFT_DAYS, keep=_keep()).analysis(base[index % len(base)])


def documents(start: int, end: int, without: frozenset[int] = frozenset()) -> list[DocumentAnalysis]:
    """Documents [start, end) of the scale corpus, but those of the copies `without`."""
    copy = len(base_analyses())
    return [scaled(i) for i in range(start, end) if i // copy not in without]


def _hashed(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big")


def document_keys_of(start: int, end: int) -> list[frozenset[int]]:
    """Per document of [start, end): its entity blocking keys and story names, hashed (run in a worker)."""
    found = []
    for analysis in documents(start, end):
        names = {f"story:{n}" for n in story_keys(analysis).names}
        found.append(frozenset(_hashed(k) for k in document_keys(analysis) | names))
    return found


def corpus_keys(size: int, pool: ProcessPoolExecutor) -> list[frozenset[int]]:
    """The keys of documents [0, size), computed in KEY_CHUNK chunks by the pool (cached under CACHE)."""
    folder = CACHE / "keys-2"  # bump when vary.py's scale form or the blocking keys change (2: 0024)
    folder.mkdir(parents=True, exist_ok=True)
    chunks = [(s, min(size, s + KEY_CHUNK)) for s in range(0, size, KEY_CHUNK)]
    paths = {c: folder / f"{c[0]}-{c[1]}.pickle" for c in chunks}
    jobs = {c: pool.submit(document_keys_of, *c) for c in chunks if not paths[c].exists()}
    for chunk, job in jobs.items():
        paths[chunk].write_bytes(pickle.dumps(job.result()))
    return [k for c in chunks for k in pickle.loads(paths[c].read_bytes())]


def link_shard(start: int, end: int, without: frozenset[int]) -> tuple[CorpusLinks, FoldRows]:
    """The links and fold state of documents [start, end) alone, but the copies `without` (in a worker)."""
    analyses = documents(start, end, without)
    links = link_corpus(analyses, [], Settings().min_near_duplicate)
    return links, all_fold_rows(analyses, links)


def write_shard(
    store: Store, analyses: Sequence[DocumentAnalysis], links: CorpusLinks, rows: FoldRows
) -> None:
    """Store a shard's analyses and add its links and fold state to the stored ones. Into a db that holds
    documents already, the shard's timeline is folded in (`fold_timeline`), not written: the common
    vocabulary is corpus-wide (a word in 6 of one copy's 100 events is common in that copy linked alone,
    not among 10,000 events), so a shard's own timeline is not the full link's, and the stored events
    whose words the shard makes common must be swept again."""
    held = store.reads.document_count() > 0
    for analysis in analyses:
        store.save_analysis(analysis)
    if not held:
        store.save_link_changes(CorpusLinks(), links, LINK_STATE, replace(rows, full=False))
        return
    blocks = {k: v for k, v in rows.blocks.items() if k != TIMELINE}
    store.save_link_changes(
        CorpusLinks(),
        replace(links, timeline=()),
        LINK_STATE,
        replace(rows, blocks=blocks, counts={}, full=False),
    )
    fold = fold_timeline(store, analyses, (), links.entities)
    store.save_link_changes(
        CorpusLinks(timeline=fold.replaced),
        CorpusLinks(timeline=fold.entries),
        LINK_STATE,
        FoldRows(blocks={TIMELINE: fold.blocks}, counts=fold.counts),
    )


def linked(store: Store) -> int:
    """Documents stored and linked; documents a killed build left pending are deleted first."""
    pending = sorted(store.pending_documents())
    with store.conn:
        store.conn.executemany("DELETE FROM documents WHERE id = ?", [(d,) for d in pending])
        store.conn.execute("DELETE FROM links_pending")
    return int(store.conn.execute("SELECT count(*) FROM documents").fetchone()[0])


Step = tuple[str, int, int, frozenset[int]]  # ("fold" | "shard", start, end, copies folded after)


def steps(done: int, sizes: Sequence[int], shard: int = SHARD) -> Iterator[tuple[str, int, int]]:
    """("fold" | "shard", start, end) from `done` documents to the largest size: a copy split by a size
    is completed by a fold, every shard starts at a copy and ends at `shard` documents or at a size."""
    copy = len(base_analyses())
    start = done
    for size in sorted(s for s in sizes if s > done):
        while start < size:
            if start % copy:
                end = min(size, start + copy - start % copy)
                yield "fold", start, end
            else:
                end = min(size, start + shard)
                yield "shard", start, end
            start = end


def plan(done: int, sizes: Sequence[int], shard: int, keys: Sequence[frozenset[int]] | None) -> list[Step]:
    """The steps, each shard with the copies that share a key with a document stored before it: those
    are folded in by `link_new` after the shard is written (a shard's links are then its own alone).
    `keys` None: no shard starts after a stored document (nothing to fold, no keys needed)."""
    copy = len(base_analyses())
    if keys is None:
        return [(kind, start, end, frozenset()) for kind, start, end in steps(done, sizes, shard)]
    held = {k for found in keys[:done] for k in found}
    planned: list[Step] = []
    for kind, start, end in steps(done, sizes, shard):
        meets = {i // copy for i in range(start, end) if keys[i] & held} if kind == "shard" else set()
        planned.append((kind, start, end, frozenset(meets)))
        held.update(k for found in keys[start:end] for k in found)
    return planned


def build(
    sizes: Sequence[int], workers: int, folder: Path = CACHE, shard: int = SHARD, whole: bool = True
) -> dict[int, Path]:
    """A snapshot of every size in `sizes` (returns size → path): a size up to ONE_SHARD is linked as
    one shard in a db of its own (a full link, nothing to fold); a larger one is linked as a whole
    (bench/scale/whole.py), or with `whole` False grows folder/BUILDING, started from the largest
    snapshot below it, by shards of `shard` documents."""
    folder.mkdir(parents=True, exist_ok=True)  # a fresh machine has no cache folder yet
    snapshots = {s: snapshot_path(folder, s) for s in sizes}
    for size in sorted(sizes):
        if snapshots[size].exists():
            continue
        if size <= ONE_SHARD:
            _grow(folder / f"{BUILDING}-{size}-{LINK_STATE['linkers']}.db", [size], workers, size, snapshots)
            continue
        if whole:
            _whole(size, folder, snapshots[size], shard)
            continue
        db = folder / f"{BUILDING}-{LINK_STATE['linkers']}.db"
        below = [s for s in snapshots if s < size and snapshots[s].exists()]
        if not db.exists() and below:
            shutil.copyfile(snapshots[max(below)], db)
        _grow(db, [s for s in sizes if s >= size], workers, shard, snapshots)
    return snapshots


def _whole(size: int, folder: Path, snapshot: Path, shard: int) -> None:
    """Link `size` documents as a whole in a child process (its memory goes with it), then keep the db."""
    from bench.scale.whole import build_whole  # it imports this module

    db = folder / f"{BUILDING}-whole-{size}-{LINK_STATE['linkers']}.db"
    for path in folder.glob(db.name + "*"):
        path.unlink()  # a killed whole build starts again
    with ProcessPoolExecutor(1) as pool:
        cpu = pool.submit(build_whole, size, db, shard).result()
    print(f"{size:,} documents linked as a whole: {cpu:.0f} CPU s", flush=True)
    db.replace(snapshot)


def snapshot_path(folder: Path, size: int) -> Path:
    """Where the db of `size` documents is kept (named by the linkers' version: another one is rebuilt)."""
    return folder / f"scale-{size}-{LINK_STATE['linkers']}.db"


def _grow(db: Path, sizes: Sequence[int], workers: int, shard: int, snapshots: dict[int, Path]) -> None:
    """Grow the db at `db` to every size in `sizes` by shards and folds, snapshotting each."""
    with open_store(db) as store:
        done = linked(store)
    started = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool, open_store(db) as store:
        later = any(kind == "shard" and start > 0 for kind, start, _ in steps(done, sizes, shard))
        todo = plan(done, sizes, shard, corpus_keys(max(sizes), pool) if later else None)
        print(f"keys: {time.perf_counter() - started:.0f} s; {sum(len(s[3]) for s in todo)} copies folded")
        ahead: dict[int, Future[tuple[CorpusLinks, FoldRows]]] = {}
        for index, (kind, start, end, folded) in enumerate(todo):
            for later in range(index, min(len(todo), index + workers + 1)):
                if todo[later][0] == "shard" and later not in ahead:
                    ahead[later] = pool.submit(link_shard, *todo[later][1:])
            if kind == "shard":
                write_shard(store, documents(start, end, folded), *ahead.pop(index).result())
            _fold(store, [a for a in documents(start, end) if kind == "fold" or _copy(a) in folded])
            print(f"{end:,} documents linked ({time.perf_counter() - started:.0f} s)", flush=True)
            if end in snapshots and not snapshots[end].exists():
                _snapshot(store, snapshots[end])


def _copy(analysis: DocumentAnalysis) -> int:
    suffix = analysis.document.id.rpartition(".")[2]
    return int(suffix) if "." in analysis.document.id and suffix.isdigit() else 0


def _fold(store: Store, analyses: Sequence[DocumentAnalysis]) -> None:
    if analyses:
        for analysis in analyses:
            store.save_analysis(analysis)
        link_new(store, Settings())


def _snapshot(store: Store, path: Path) -> None:
    """A copy of the db as it is now (sqlite's backup: consistent while the store stays open)."""
    partial = path.with_suffix(".partial")
    target = sqlite3.connect(partial)
    with target:
        store.conn.backup(target)
    target.close()
    partial.replace(path)


def sharing(sizes: Sequence[int], workers: int, added: int = 100) -> dict[int, int]:
    """Per size N: how many of the first N documents share an entity blocking key or a story name with
    the next `added` (what the entity fold loads and links again for them, before its closure)."""
    with ProcessPoolExecutor(workers) as pool:
        keys = corpus_keys(max(sizes) + added, pool)
    found = {}
    for size in sizes:
        new = frozenset().union(*keys[size : size + added])
        found[size] = sum(1 for held in keys[:size] if held & new)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--shard", type=int, default=SHARD)
    parser.add_argument("--check", type=int, default=0)
    parser.add_argument("--sharing", action="store_true", help="documents sharing a key with the next 100")
    parser.add_argument("--shards", action="store_true", help="above ONE_SHARD, shards and folds, not whole")
    parser.add_argument("--whole", action="store_true", help="--check a whole link (bench/scale/whole.py)")
    args = parser.parse_args()
    if args.sharing:
        for size, count in sharing([int(s) for s in args.sizes.split(",")], args.workers).items():
            print(f"{size:,}: {count} stored documents share a blocking key with the next 100")
        return
    if args.check:
        from bench.scale.whole import check  # it imports this module

        raise SystemExit(0 if check(args.check, args.workers, args.shard, args.whole) else 1)
    sizes = [int(s) for s in args.sizes.split(",")]
    for size, path in build(sizes, args.workers, shard=args.shard, whole=not args.shards).items():
        print(f"{size:,}: {path}")


if __name__ == "__main__":
    main()
