"""MinHash LSH band keys of sentence units: each unit of at least MIN_WORDS words (passages.py) gets one
value per band (its ROWS hash values side by side), and each value a stored key (the band's number mixed
in): two sentences are candidates when they share a key. `storyline.link.duplicates` proposes and
verifies pairs from them; the store's fold_bands rows and its migration 0021 come from `document_bands`
and `sentence_band_rows`, so a migrated db holds what a fresh link writes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from storyline.model import Document
from storyline.sketch.minhash import signatures
from storyline.sketch.passages import Unit, units_of

BANDS, ROWS = 40, 2  # P(candidate) = 1 - (1 - J^2)^40: 0.85 at J=0.22, 0.04 at J=0.03
SEED = 1  # fixed: the same corpus always gives the same candidates

MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9))  # a band's stored key: mixed bits
NO_BANDS = np.empty(0, dtype=np.uint64)  # a unit that cannot be a candidate: no band value at all


@dataclass(frozen=True, slots=True)
class Banded:
    """Documents' units and each unit's band values (`unit_bands`), by document id, units in text order."""

    units: Mapping[str, list[Unit]]
    bands: Mapping[str, list[np.ndarray]]


def banded(
    documents: Sequence[Document], known: Banded | None = None, hashed: Callable[[Unit], bool] | None = None
) -> Banded:
    """The units and band values of `documents` (MinHash once per unit), with those of `known` beside;
    with `hashed`, only the units it accepts are MinHashed, the others get no band value (never a
    candidate)."""
    texts = {d.id: d.text for d in documents}
    return banded_texts(texts, known, hashed)


def banded_texts(
    texts: Mapping[str, str], known: Banded | None = None, hashed: Callable[[Unit], bool] | None = None
) -> Banded:
    """`banded` of documents given as id → text."""
    found = [unit for document in sorted(texts) for unit in units_of(document, texts[document])]
    wanted = found if hashed is None else [unit for unit in found if hashed(unit)]
    values = dict(zip(map(id, wanted), unit_bands(wanted), strict=True))
    units: dict[str, list[Unit]] = {d: [] for d in texts}
    bands: dict[str, list[np.ndarray]] = {d: [] for d in texts}
    for unit in found:
        units[unit.document].append(unit)
        bands[unit.document].append(values.get(id(unit), NO_BANDS))
    if known is not None:
        units.update(known.units)
        bands.update(known.bands)
    return Banded(units, bands)


def document_bands(documents: Sequence[Document] | Banded) -> dict[str, frozenset[tuple[int, int, int]]]:
    """Each document's stored band rows: (key, start, end) per sentence and (band, values) of it, the key
    one signed 64-bit number (two documents with candidate sentences share a key; a shared key alone may
    be a collision)."""
    found = documents if isinstance(documents, Banded) else banded(documents)
    return {
        document: frozenset(
            (key, unit.start, unit.end)
            for unit, keys in zip(found.units[document], band_keys(values), strict=True)
            for key in keys
        )
        for document, values in found.bands.items()
        if values
    }


def sentence_band_rows(texts: Mapping[str, str]) -> list[tuple[int, str, int, int]]:
    """(key, document, start, end) of every band key of every sentence of documents given as id → text:
    what a full relink stores for them (`document_bands`)."""
    found = banded_texts(texts)
    return [(key, d, start, end) for d, rows in document_bands(found).items() for key, start, end in rows]


def unit_keys(found: Banded, wanted: Collection[int]) -> dict[int, list[Unit]]:
    """Each of the `wanted` band keys (as `document_bands` stores them) that units of `found` have →
    those units."""
    keyed: dict[int, list[Unit]] = defaultdict(list)
    for document, values in found.bands.items():
        for unit, keys in zip(found.units[document], band_keys(values), strict=True):
            for key in (key for key in keys if key in wanted):
                keyed[key].append(unit)
    return keyed


def band_keys(values: Sequence[np.ndarray]) -> list[list[int]]:
    """Each unit's band keys: its band values mixed with the band's number (wraps modulo 2**64); none
    for a unit without band values."""
    filled = [v for v in values if len(v)]
    if not filled:
        return [[] for _ in values]
    mixed = np.stack(filled) * MIX[0] + np.arange(BANDS, dtype=np.uint64) * MIX[1]
    rows = iter(mixed.view(np.int64).tolist())
    return [next(rows) if len(v) else [] for v in values]


def unit_bands(units: Sequence[Unit]) -> list[np.ndarray]:
    """Per unit, one uint64 per band: its two 32-bit hash values side by side (ROWS = 2)."""
    if not units:
        return []
    hashes = signatures([unit.shingles for unit in units], BANDS * ROWS, SEED).astype(np.uint64)
    rows = hashes.reshape(len(units), BANDS, ROWS)
    return list((rows[:, :, 0] << np.uint64(32)) | rows[:, :, 1])
