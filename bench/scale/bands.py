"""Band settings against the db's size: the stored documents a batch's MinHash band keys meet.

The near-duplicate fold (storyline/run/fold_copies.py) reads every stored document that shares a band
key with a new one. With 40 bands of 2 rows (storyline/link/duplicates.py) two sentences that share a
few shingles collide in some band with a fixed probability, so the documents met grow with the db. For
the next 100 documents of the scale corpus at each size this counts the stored documents that share a
key under the stored settings (read from `fold_bands`), and, among those, the ones that would under
other settings (bands x rows, MinHash of their sentences computed here), with how many of the stored
documents that really share a passage with the batch each keeps. The snapshots are opened read-only.
A change of settings changes every stored band key (a migration computing every stored sentence's
MinHash again) and which pairs are proposed (the duplicates and copies benches must be run again).

Run: nice -n 10 python -m bench.scale.bands [--sizes 1000,10000]
"""

from __future__ import annotations

import argparse
import sqlite3

from datasketch import MinHash

from bench.scale.build import CACHE, documents
from storyline.link.duplicates import find_near_duplicates
from storyline.model import Document
from storyline.run.relink import LINK_STATE
from storyline.sketch.bands import SEED, banded, document_bands
from storyline.sketch.passages import units_of
from storyline.store.fold_bands import band_sentences, documents_of

ADDED = 100  # the batch, as bench/scale/fold.py
SETTINGS = ((40, 2), (40, 3), (30, 3), (40, 4))  # (bands, rows); the first is the stored one


def keys(document: Document, bands: int, rows: int) -> set[tuple[int, tuple[int, ...]]]:
    """The (band, values) keys of a document's sentences under `bands` x `rows`."""
    units = list(units_of(document.id, document.text))
    hashes = MinHash.bulk(
        [[s.encode("utf-8") for s in sorted(u.shingles)] for u in units], num_perm=bands * rows, seed=SEED
    )
    return {
        (b, tuple(h.hashvalues[b * rows : (b + 1) * rows].tolist())) for h in hashes for b in range(bands)
    }


def measure(size: int) -> list[str]:
    """One line per setting for the batch after the first `size` documents."""
    db = CACHE / f"scale-{size}-{LINK_STATE['linkers']}.db"
    conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    conn.row_factory = sqlite3.Row
    new = [a.document for a in documents(size, size + ADDED)]
    ids = {d.id for d in new}
    wanted = {key for rows in document_bands(banded(new)).values() for key, _, _ in rows}
    met = band_sentences(conn, wanted).keys() - ids
    near = documents_of(conn, met)
    found = find_near_duplicates([*new, *near.values()], among=ids)
    partners = {d for p in found for d in (p.a.document, p.b.document)} - ids
    lines = []
    for bands, rows in SETTINGS:
        wanted = set().union(*(keys(d, bands, rows) for d in new))
        hit = {d for d, document in near.items() if keys(document, bands, rows) & wanted}
        lines.append(
            f"| {size:,} | {bands} x {rows} | {len(hit):,} of the {len(near):,} | "
            f"{len(partners & hit)} of {len(partners)} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000")
    args = parser.parse_args()
    print("| documents N | bands x rows | stored documents met (of those met by 40 x 2) | partners kept |")
    print("|---:|---|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        for line in measure(size):
            print(line, flush=True)


if __name__ == "__main__":
    main()
