"""The entity fold at size: what adding 100 documents makes it read, and its CPU time, per db size.

For each scale db (bench/scale/build.py's snapshots under CACHE, opened read-only; one lacking a newer
migration is copied and upgraded first) the next 100 documents of the corpus are folded by
`fold_entities` alone (it only reads: nothing is written) in a fresh process: the stored documents that
share a blocking key with them, the stored documents it loads (the blocks their mentions read,
storyline/run/fold_patch.py; before entfold7 a closure over whole entities), the entities it writes,
and its CPU time (`time.process_time`). Results go to bench/results/scale_entities.md.

Run: nice -n 10 python -m bench.scale.entities [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import storyline.run.fold_entities as fold_entities
from bench.machine import machine_line
from bench.scale.build import CACHE, documents
from storyline.errors import ForeignDatabase
from storyline.names.keys.blocks import document_keys
from storyline.run.relink import LINK_STATE
from storyline.store import Store, open_store

ROOT = Path(__file__).resolve().parents[2]
RESULT = ROOT / "bench" / "results" / "scale_entities.md"
ADDED = 100
NOTES = "\n### Reading\n"  # what follows it in RESULT is written by hand and kept by a rerun


def snapshot(size: int) -> Path:
    return CACHE / f"scale-{size}-{LINK_STATE['linkers']}.db"


def measure(store: Store, size: int) -> dict[str, Any]:
    """Fold the next ADDED documents' entities against `store` (read only), counting what it loads."""
    new = documents(size, size + ADDED)
    keys = frozenset().union(*(document_keys(a) for a in new))
    sharing = store.documents_with_keys(fold_entities.LINKER, keys)
    loaded: list[int] = []
    partly: list[int] = []
    read = "named_analyses_of" if hasattr(store, "named_analyses_of") else "analyses_of"  # older code
    original = getattr(store, read)

    def counted(ids: Any, **kwargs: Any) -> Any:
        found = original(ids, **kwargs)
        (partly if kwargs.get("organisations") else loaded).append(len(found))
        return found

    setattr(store, read, counted)
    started = time.process_time()
    fold = fold_entities.fold_entities(store, new, store.corrections())
    cpu = time.process_time() - started
    kinds = Counter(k.split(":", 1)[0] for k in keys if store.documents_with_keys(fold_entities.LINKER, {k}))
    return {
        "size": size,
        "cpu": cpu,
        "sharing": len(sharing),
        "loaded": sum(loaded),
        "steps": len(loaded),
        "relinked": len(fold.entities),
        "replaced": len(fold.replaced),
        "shared_kinds": dict(kinds),
        "digest": hashlib.blake2b(repr((fold.entities, sorted(fold.replaced))).encode()).hexdigest()[:12],
        "partly": sum(partly),
        "changes": changes(store, fold),
    }


def changes(store: Store, fold: Any) -> str:
    """A digest of what the fold changes in the stored entities: the entities it writes that differ from
    the stored ones of their ids (or their blocks do), and the ids it removes. Two folds that write
    different sets of entities (one rewrites some unchanged) give the same merged entities when these
    are equal."""
    ids = {e.id for e in fold.entities}
    stored = {e.id: e for e in store.reads.entities_by_id(ids)}
    blocks = store.blocks_of(fold_entities.LINKER, ids)
    changed = [
        (e, sorted(fold.blocks[e.id]))
        for e in fold.entities
        if stored.get(e.id) != e or blocks.get(e.id) != fold.blocks[e.id]
    ]
    removed = sorted(set(fold.replaced) - ids)
    return hashlib.blake2b(repr((changed, removed)).encode()).hexdigest()[:12]


def child(size: int) -> dict[str, Any]:
    """`measure` on the snapshot of `size` (read-only, or an upgraded temporary copy)."""
    try:
        with open_store(snapshot(size), create=False, read_only=True) as store:
            return measure(store, size)
    except ForeignDatabase:  # an older schema: upgrade a copy, never the snapshot
        with tempfile.TemporaryDirectory(dir=CACHE) as folder:
            copy = Path(folder) / "copy.db"
            shutil.copyfile(snapshot(size), copy)
            with open_store(copy) as store:
                return measure(store, size)


def row(found: dict[str, Any]) -> str:
    kinds = ", ".join(f"{k}: {n}" for k, n in sorted(found["shared_kinds"].items(), key=lambda kv: -kv[1]))
    return (
        f"| {found['size']:,} | {found['sharing']} | {found['loaded']} ({found['steps']} reads) "
        f"| {found.get('partly', 0)} | {found['relinked']} / {found['replaced']} | {found['cpu']:.2f} "
        f"| {found.get('changes', '')} | {kinds} | {found['load']} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.size:
        print(json.dumps(child(args.size)))
        return
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        if not snapshot(size).exists():
            print(f"no snapshot {snapshot(size)}; build it with bench.scale.build", file=sys.stderr)
            continue
        load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
        run = [sys.executable, "-m", "bench.scale.entities", "--size", str(size)]
        done = subprocess.run(run, check=True, capture_output=True, text=True, cwd=ROOT)
        rows.append(row({**json.loads(done.stdout.strip().splitlines()[-1]), "load": load}))
        print(rows[-1], flush=True)
    write(args.sizes, rows)


def write(sizes: str, rows: list[str]) -> None:
    lines = [
        "## Scale: the entity fold adding 100 documents",
        "",
        f"`nice -n 10 python -m bench.scale.entities --sizes {sizes}` on {machine_line()}.",
        f"Snapshots of bench/scale/build.py ({CACHE}); the next {ADDED} corpus documents folded by",
        "`fold_entities` alone (read only) in a fresh process. Sharing: stored documents with a blocking key",
        "of a new one; loaded: stored documents the fold reads whole (index rounds); in part: those it reads",
        "only the names not tagged PERSON of (fold_loaded.py); relinked / replaced: the fold's entities and",
        "the stored ids they replace; CPU: `time.process_time` of `fold_entities`; changes: a digest of the",
        "entities the fold changes and removes (equal digests: the same merged entities and blocks); kinds:",
        "the new documents' keys that stored documents share, by kind.",
        "",
        "| documents N | sharing | loaded | in part | relinked / replaced | CPU (s) | changes "
        "| shared keys by kind | load |",
        "|---:|---:|---:|---:|---:|---:|---|---|---|",
        *rows,
        "",
    ]
    kept = RESULT.read_text("utf-8").partition(NOTES)[2] if RESULT.exists() else ""
    RESULT.write_text("\n".join(lines) + (NOTES + kept if kept else ""), "utf-8")


if __name__ == "__main__":
    main()
