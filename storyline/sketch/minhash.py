"""MinHash signatures of many shingle sets at once: datasketch's MinHash values, computed in bulk.

`datasketch.MinHash` (its default affine32 scheme) hashes each shingle with the first four bytes of its
SHA-1 (little-endian), mixes that with the MurmurHash3 finalizer and takes, per permutation (a, b),
the minimum of a * h + b modulo 2**32. Done one set at a time that is mostly Python overhead per
sentence; here every shingle of a batch of sets is hashed in one pass and the permutations and minima are
numpy operations over the whole batch. The values are datasketch's (tests/link/test_minhash.py compares
them), so the band keys stored by either are the same.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence

import numpy as np
from datasketch import MinHash

CHUNK = 4096  # sets per numpy pass: memory stays at shingles x permutations x 4 bytes of one chunk
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def signatures(sets: Sequence[Collection[str]], num_perm: int, seed: int) -> np.ndarray:
    """One row of `num_perm` uint32 MinHash values per non-empty set of strings (as MinHash(num_perm,
    seed) updated with each string's UTF-8 bytes would hold)."""
    a, b = MinHash(num_perm=num_perm, seed=seed).permutations
    rows = [_chunk(sets[k : k + CHUNK], a, b) for k in range(0, len(sets), CHUNK)]
    return np.concatenate(rows) if rows else np.empty((0, num_perm), dtype=np.uint32)


def _chunk(sets: Sequence[Collection[str]], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    sizes = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
    if not sizes.all():
        raise ValueError("an empty set has no MinHash values to band")
    digests = b"".join(hashlib.sha1(s.encode("utf-8")).digest()[:4] for found in sets for s in found)
    hashed = _fmix(np.frombuffer(digests, dtype="<u4").astype(np.uint32))
    permuted = hashed[:, None] * a[None, :] + b[None, :]  # wraps modulo 2**32, as datasketch's
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    result: np.ndarray = np.minimum.reduceat(permuted, starts, axis=0)
    return result


def _fmix(hv: np.ndarray) -> np.ndarray:
    """The MurmurHash3 32-bit finalizer, element-wise (wrapping multiplication)."""
    s1, m1, s2, m2, s3 = _FMIX
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    return hv ^ (hv >> s3)
