"""Linking cost per new document as the corpus grows (synthetic corpus of name variants)."""

from __future__ import annotations

import random
import time

from bench.entities.synthetic import names_analysis
from storyline.link.entities import EntityIndex
from storyline.model import DocumentAnalysis

GIVEN = (
    "Alexander",
    "Aliaksandr",
    "Dmitry",
    "Dzmitry",
    "Sergei",
    "Siarhei",
    "Vladimir",
    "Uladzimir",
    "Anna",
    "Maria",
    "Viktor",
    "Viktar",
    "Pavel",
    "Natalia",
    "Yury",
    "Oleg",
    "Aleh",
    "Igor",
    "Ihar",
    "Roman",
)
SYLLABLES = ("ka", "lo", "ve", "mi", "sha", "tse", "bo", "ru", "de", "no", "pe", "zha", "gri", "to", "lu")
ENDINGS = ("enko", "enka", "ov", "ova", "sky", "skaya", "ich", "uk", "in", "ev")
PER_DOCUMENT = 20


def surnames(count: int, rng: random.Random) -> list[str]:
    names = set()
    while len(names) < count:
        names.add(
            "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))).capitalize()
            + rng.choice(ENDINGS)
        )
    return sorted(names)


def document(rng: random.Random, pool: list[str], serial: int) -> DocumentAnalysis:
    names = []
    for _ in range(PER_DOCUMENT // 2):
        surname = rng.choice(pool)
        names += [(f"{rng.choice(GIVEN)} {surname}", "PERSON"), (surname, "PERSON")]
    return names_analysis(names, f" #{serial}")


def measure(
    sizes: tuple[int, ...] = (1_000, 10_000, 100_000), probes: int = 200
) -> list[tuple[int, float, float]]:
    """(corpus mentions, ms per new document for add(), ms for entities() over the whole corpus)."""
    rng = random.Random(7)
    pool = surnames(5_000, rng)
    index, serial, results = EntityIndex(), 0, []
    for size in sizes:
        while len(index.records) < size:
            index.add(document(rng, pool, serial))
            serial += 1
        probe_docs = [document(rng, pool, 10_000_000 + serial + i) for i in range(probes)]
        started = time.perf_counter()
        for doc in probe_docs:
            index.add(doc)
        per_doc = (time.perf_counter() - started) / probes * 1000
        serial += probes
        started = time.perf_counter()
        index.entities()
        results.append((size, per_doc, (time.perf_counter() - started) * 1000))
    return results
