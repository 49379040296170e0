"""Copied passages across documents: MinHash LSH over sentence shingles, verified by exact shingle overlap.

Every sentence of at least MIN_WORDS words is a unit with its set of word 3-shingles. MinHashLSH (bands of
two rows, so that a sentence restated inside a longer one — a low Jaccard but a high containment — still
meets it in some band) proposes candidate pairs from different documents; a pair is kept when the shared
shingles are at least `threshold` of the shorter sentence's and at least MIN_SHARED in number. Kept pairs
that follow each other in both documents merge into one passage. Each passage pair is oriented from the
origin (the earlier published document; by id when the dates tie or are unknown) to the copy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

from storyline.errors import ConfigError
from storyline.link.passages import Unit, containment, units_of, words_of
from storyline.model import Document, NearDuplicate, Span

BANDS, ROWS = 40, 2  # P(candidate) = 1 - (1 - J^2)^40: 0.85 at J=0.22, 0.04 at J=0.03
SEED = 1  # fixed: the same corpus always gives the same candidates
MIN_SHARED = 5  # shingles two sentences must share, whatever their length

_NEXT = {(0, 1), (1, 0), (1, 1)}  # steps that continue a passage: a sentence split, joined, or the next
Match = tuple[int, int, float]  # (unit index in origin order, unit index in copy order, containment)


def find_near_duplicates(documents: Sequence[Document], threshold: float = 0.6) -> tuple[NearDuplicate, ...]:
    """Shared passages between documents, origin span first, sorted by (a, b); the same for any order."""
    if not 0.0 < threshold <= 1.0:
        raise ConfigError(f"near-duplicate threshold {threshold} is outside (0, 1]", hint="use e.g. 0.6")
    unique = _unique(documents)
    units = [unit for document in unique for unit in units_of(document.id, document.text)]
    if len(units) < 2:
        return ()
    rank = origin_rank(unique)
    texts = {document.id: document.text for document in unique}
    by_pair: dict[tuple[str, str], list[Match]] = defaultdict(list)
    for i, j in candidate_pairs(units):
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


def candidate_pairs(units: Sequence[Unit]) -> set[tuple[int, int]]:
    """Index pairs (i < j) of units in different documents that MinHashLSH puts in a common band."""
    hashes = MinHash.bulk(
        [[shingle.encode("utf-8") for shingle in sorted(unit.shingles)] for unit in units],
        num_perm=BANDS * ROWS,
        seed=SEED,
    )
    lsh = MinHashLSH(num_perm=BANDS * ROWS, params=(BANDS, ROWS))
    for index, minhash in enumerate(hashes):
        lsh.insert(index, minhash, check_duplication=False)
    pairs: set[tuple[int, int]] = set()
    for index, minhash in enumerate(hashes):
        for other in lsh.query(minhash):
            if other > index and units[other].document != units[index].document:
                pairs.add((index, other))
    return pairs


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
