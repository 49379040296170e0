"""Copied passages across documents: MinHash LSH over sentence shingles, verified by exact shingle overlap.

Every sentence of at least MIN_WORDS words is a unit with its set of word 3-shingles. MinHash LSH (bands of
two rows, so that a sentence restated inside a longer one — a low Jaccard but a high containment — still
meets it in some band) proposes candidate pairs from different documents: two units are candidates when
they have the same two hash values in some band (what datasketch's MinHashLSH does, in plain buckets so
that each document's band keys can be stored and looked up: `document_bands`); a pair is kept when the shared
shingles are at least `threshold` of the shorter sentence's and at least MIN_SHARED in number. Kept pairs
that follow each other in both documents merge into one passage. Each passage pair is oriented from the
origin (the earlier published document; by id when the dates tie or are unknown) to the copy.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence

import numpy as np

from storyline.errors import ConfigError
from storyline.model import Document, NearDuplicate, Span
from storyline.sketch.bands import Banded, banded, unit_bands
from storyline.sketch.passages import Unit, containment, words_of

MIN_SHARED = 5  # shingles two sentences must share, whatever their length

_NEXT = {(0, 1), (1, 0), (1, 1)}  # steps that continue a passage: a sentence split, joined, or the next
Match = tuple[int, int, float]  # (unit index in origin order, unit index in copy order, containment)


def find_near_duplicates(
    documents: Sequence[Document],
    threshold: float = 0.6,
    among: Collection[str] | None = None,
    known: Banded | None = None,
) -> tuple[NearDuplicate, ...]:
    """Shared passages between documents, origin span first, sorted by (a, b); the same for any order.

    With `among`, only the pairs with a document in it (a pair's passages depend on its two documents
    alone, so these are exactly the full result's pairs with a document in `among`). `known`: the units
    and band values of some of the documents, computed before (`banded`), not computed again."""
    if not 0.0 < threshold <= 1.0:
        raise ConfigError(f"near-duplicate threshold {threshold} is outside (0, 1]", hint="use e.g. 0.6")
    unique = _unique(documents)
    every = _banded_for(unique, threshold, among, known)
    units = [unit for document in unique for unit in every.units[document.id]]
    if len(units) < 2:
        return ()
    rank = origin_rank(unique)
    texts = {document.id: document.text for document in unique}
    by_pair: dict[tuple[str, str], list[Match]] = defaultdict(list)
    values = [value for document in unique for value in every.bands[document.id]]
    for i, j in candidate_pairs(units, among, values):
        first, second = (i, j) if rank[units[i].document] < rank[units[j].document] else (j, i)
        share = containment(units[first].shingles, units[second].shingles)
        if share >= threshold and len(units[first].shingles & units[second].shingles) >= MIN_SHARED:
            by_pair[(units[first].document, units[second].document)].append((first, second, share))
    found = [passage for matches in by_pair.values() for passage in _merged(sorted(matches), units, texts)]
    return tuple(sorted(found, key=lambda d: (_key(d.a), _key(d.b))))


def origin_rank(documents: Sequence[Document]) -> dict[str, int]:
    """Each document's place in publication order: dated before undated, then by id."""
    ordered = sorted(documents, key=lambda d: (d.published.value is None, d.published.value or "", d.id))
    return {document.id: index for index, document in enumerate(ordered)}


def candidate_pairs(
    units: Sequence[Unit], among: Collection[str] | None = None, values: Sequence[np.ndarray] | None = None
) -> set[tuple[int, int]]:
    """Index pairs (i < j) of units in different documents with the same hash values in some band (with
    `among`: one of the two in a document of it; `values`: the units' band values, if known)."""
    pairs: set[tuple[int, int]] = set()
    for members in _buckets(unit_bands(units) if values is None else values):
        ends = members if among is None else [i for i in members if units[i].document in among]
        for i in ends:  # a pair is (i, j) or (j, i) with i in `among`'s documents (or any, without it)
            for j in members:
                if units[i].document != units[j].document and (among is not None or i < j):
                    pairs.add((i, j) if i < j else (j, i))
    return pairs


def _buckets(values: Sequence[np.ndarray]) -> list[list[int]]:
    """The unit indexes (ascending) of each (band, value) held by two units or more (one sort)."""
    sizes = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
    if not sizes.any():
        return []
    flat = np.concatenate(values)
    unit = np.repeat(np.arange(len(values)), sizes)
    band = np.arange(len(flat)) - np.repeat(np.cumsum(sizes) - sizes, sizes)  # place in its unit's row
    order = np.lexsort((unit, flat, band))  # by band, then value, then unit
    flat, band, unit = flat[order], band[order], unit[order]
    starts = np.flatnonzero(np.concatenate(([True], (flat[1:] != flat[:-1]) | (band[1:] != band[:-1]))))
    ends = np.append(starts[1:], len(flat))
    shared = ends - starts > 1
    members: list[list[int]] = [unit[a:b].tolist() for a, b in zip(starts[shared], ends[shared], strict=True)]
    return members


def _banded_for(
    unique: Sequence[Document], threshold: float, among: Collection[str] | None, known: Banded | None
) -> Banded:
    """The units and band values `find_near_duplicates` reads. With `among`, a unit outside its
    documents is MinHashed only if it could make a kept pair with one of theirs (`_could_match`): a
    kept pair has a unit of `among` at one end, so no other unit's band values can matter (exact)."""
    todo = [d for d in unique if known is None or d.id not in known.units]
    if among is None:
        return banded(todo, known)
    anchors = banded([d for d in todo if d.id in among], known)
    ends = [unit for d in unique if d.id in among for unit in anchors.units[d.id]]
    others = [d for d in todo if d.id not in among]
    return banded(others, anchors, _could_match(ends, threshold))


def _could_match(ends: Sequence[Unit], threshold: float) -> Callable[[Unit], bool]:
    """Whether a unit shares at least MIN_SHARED shingles and `threshold` of the smaller set with one of
    `ends` (what a kept pair needs besides a common band), by an index of their shingles."""
    index: dict[str, list[int]] = defaultdict(list)
    for k, unit in enumerate(ends):
        for shingle in unit.shingles:
            index[shingle].append(k)
    sizes = [len(unit.shingles) for unit in ends]

    def could(unit: Unit) -> bool:
        found = [ends for shingle in unit.shingles if (ends := index.get(shingle))]
        if len(found) < MIN_SHARED:  # fewer of its shingles are in any end than a kept pair shares
            return False
        shared = Counter(k for ends in found for k in ends)
        size = len(unit.shingles)
        return any(n >= MIN_SHARED and n / min(sizes[k], size) >= threshold for k, n in shared.items())

    return could


def could_pair(shingles: frozenset[str], ends: Iterable[Unit], threshold: float) -> bool:
    """Whether a sentence with `shingles` makes a kept pair with one of `ends` if they are candidates:
    at least MIN_SHARED shingles shared, and `threshold` of the smaller set (`find_near_duplicates`)."""
    return any(
        len(shingles & end.shingles) >= MIN_SHARED and containment(shingles, end.shingles) >= threshold
        for end in ends
    )


def _merged(matches: list[Match], units: Sequence[Unit], texts: dict[str, str]) -> list[NearDuplicate]:
    """Runs of matches that follow each other in both documents, each as one passage pair."""
    runs: list[list[Match]] = []
    for match in matches:
        last = runs[-1][-1] if runs else None
        if last is not None and (match[0] - last[0], match[1] - last[1]) in _NEXT:
            runs[-1].append(match)
        else:
            runs.append([match])
    return [_passage(run, units, texts) for run in runs]


def _passage(run: list[Match], units: Sequence[Unit], texts: dict[str, str]) -> NearDuplicate:
    a = Span(document=units[run[0][0]].document, start=units[run[0][0]].start, end=units[run[-1][0]].end)
    b = Span(document=units[run[0][1]].document, start=units[run[0][1]].start, end=units[run[-1][1]].end)
    same = words_of(texts[a.document][a.start : a.end]) == words_of(texts[b.document][b.start : b.end])
    share = sum(m[2] for m in run) / len(run)
    return NearDuplicate(
        a=a,
        b=b,
        similarity=1.0 if same else round(share, 4),
        origin=a.document,
        kind="exact" if same else "near",
    )


def _unique(documents: Sequence[Document]) -> list[Document]:
    """Documents by id, first occurrence kept, in id order."""
    by_id: dict[str, Document] = {}
    for document in documents:
        by_id.setdefault(document.id, document)
    return [by_id[key] for key in sorted(by_id)]


def _key(span: Span) -> tuple[str, int, int]:
    return (span.document, span.start, span.end)
