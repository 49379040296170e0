"""The copy finders the copies bench compares: storyline (with, without the furniture filter), two baselines.

Each system maps a corpus to the set of unordered document pairs it calls copies (with the origin where it
names one). storyline: `find_near_duplicates` (sentence MinHash LSH, passages) + `link_copies` (furniture
left out, rewrites by shared facts). Baselines: whole-document MinHash LSH (datasketch, word 3-shingles of
the whole text, Jaccard threshold DOC_THRESHOLD, 128 permutations) and exact paragraph hashes (two
documents share a paragraph of at least MIN_WORDS words, case and punctuation folded).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

from storyline.link.copies import link_copies
from storyline.link.duplicates import find_near_duplicates, origin_rank
from storyline.model import Document, DocumentAnalysis
from storyline.sketch.passages import MIN_WORDS, words_of

DOC_THRESHOLD = 0.5
PERMUTATIONS = 128
Found = dict[frozenset[str], str | None]  # pair -> its origin (None: the system names none)


def storyline_copies(analyses: Sequence[DocumentAnalysis]) -> tuple[Found, Found]:
    """(copies with the furniture filter and rewrites, raw passage pairs without it)."""
    duplicates = find_near_duplicates([a.document for a in analyses])
    copies = link_copies(analyses, duplicates)
    raw: Found = {frozenset((p.a.document, p.b.document)): p.origin for p in duplicates}
    return {frozenset((c.origin, c.copy)): c.origin for c in copies}, raw


def document_minhash(documents: Sequence[Document]) -> Found:
    """Pairs whose whole-document shingle sets reach DOC_THRESHOLD Jaccard (MinHash LSH estimate)."""
    unique = sorted({d.id: d for d in documents}.values(), key=lambda d: d.id)
    shingles = [_shingles(d.text) for d in unique]
    hashes = MinHash.bulk(
        [[s.encode("utf-8") for s in sorted(x)] for x in shingles], num_perm=PERMUTATIONS, seed=1
    )
    lsh = MinHashLSH(threshold=DOC_THRESHOLD, num_perm=PERMUTATIONS)
    for index, minhash in enumerate(hashes):
        lsh.insert(index, minhash, check_duplication=False)
    rank = origin_rank(unique)
    found: Found = {}
    for index, minhash in enumerate(hashes):
        for other in lsh.query(minhash):
            if other != index:
                pair = (unique[index].id, unique[other].id)
                found[frozenset(pair)] = min(pair, key=rank.__getitem__)
    return found


def paragraph_hashes(documents: Sequence[Document]) -> Found:
    """Pairs of documents that share a paragraph word for word (after folding case and punctuation)."""
    holders: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for document in documents:
        for paragraph in document.text.split("\n"):
            if len(words := words_of(paragraph)) >= MIN_WORDS:
                holders[tuple(words)].add(document.id)
    rank = origin_rank(sorted({d.id: d for d in documents}.values(), key=lambda d: d.id))
    found: Found = {}
    for ids in holders.values():
        ordered = sorted(ids)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                found[frozenset((a, b))] = min((a, b), key=rank.__getitem__)
    return found


def _shingles(text: str) -> set[str]:
    words = words_of(text)
    return {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}
