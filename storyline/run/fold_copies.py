"""Near-duplicates and copies folded incrementally: new documents meet only the stored documents that
share a MinHash band key with them, and only the copies of the documents they touch are decided again.

A pair's shared passages depend on its two documents alone, so the new passages are those between a new
document and a stored one with a common band key (`fold_bands`, storyline/store/fold_bands.py), found by
an index read of the stored sentences with a band key of a new sentence; of those, only the documents
with such a sentence that would make a kept pair with it are loaded and split (`could_pair`: random band
collisions grow with the db, shared passages do not). A stored pair's copy can change only when one of
its documents gained a passage (site furniture counts partners) or holds a quote fact a new document also
has (a fact held by more than COMMON documents stops proposing pairs): the copies of those documents (the
scope) are decided again with `copies_in` (storyline/link/copies.py) from what it reads, loaded by index:
every passage of the scope and of its partners, the quote facts' holders, stored facts and story keys.
Every other copy is kept.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from storyline.link.copies import (
    COMMON,
    CopyInputs,
    copies_in,
    copy_inputs,
    facts_of,
    origin_key,
    quote_facts,
)
from storyline.link.duplicates import could_pair, find_near_duplicates
from storyline.link.story_keys import StoryKeys, story_keys
from storyline.model import Copy, Document, DocumentAnalysis, NearDuplicate
from storyline.run.fold_stories import LINKER as STORIES
from storyline.run.fold_stories import decode
from storyline.sketch.bands import Banded, banded, document_bands, unit_keys
from storyline.sketch.passages import shingle_set
from storyline.store import FoldRows, Store
from storyline.store.fold_bands import BandRow

T = TypeVar("T")
QUOTES = "copy-quotes"  # fold_keys: each document's quote facts (the rewrite candidates' index)
FACTS = "copy-facts"  # fold_data: each document's facts, as a JSON list


@dataclass(frozen=True, slots=True)
class CopyFold:
    """The new documents' passages, the copies of the scope, the stored copies they replace, and the
    fold state to write for the new documents."""

    duplicates: tuple[NearDuplicate, ...]
    copies: tuple[Copy, ...]
    replaced: tuple[Copy, ...]
    rows: FoldRows


def fold_copies(
    store: Store,
    new: Sequence[DocumentAnalysis],
    threshold: float,
    keys: Mapping[str, StoryKeys] | None = None,
) -> CopyFold:
    """Fold `new` documents into the stored near-duplicates and copies (module docstring); `keys`: the
    new documents' story keys if the stories' fold computed them (not computed again)."""
    new_ids = {a.document.id for a in new}
    units = banded([a.document for a in new])
    bands = document_bands(units)
    documents = [*(a.document for a in new), *_near(store, units, bands, new_ids, threshold).values()]
    fresh = find_near_duplicates(documents, threshold, among=new_ids, known=units)
    new_facts = {a.document.id: facts_of(a) for a in new}
    stored = store.holders(QUOTES, _union(quote_facts(f) for f in new_facts.values()))
    shared = {d for holders in stored.values() if len(holders) <= COMMON for d in holders}
    scope = new_ids | _documents(fresh) | shared
    duplicates = set(fresh) | store.duplicates_of(scope - new_ids)
    duplicates |= store.duplicates_of(_documents(duplicates) - scope)
    inputs = _inputs(store, new, new_facts, scope, duplicates, keys or {})
    old = store.copies_of(scope)
    return CopyFold(
        duplicates=tuple(sorted(fresh, key=_order)),
        copies=copies_in(inputs, sorted(duplicates, key=_order), scope),
        replaced=tuple(old[key] for key in sorted(old)),
        rows=copy_fold_rows(new, new_facts, bands, full=False),
    )


def _near(
    store: Store,
    units: Banded,
    bands: Mapping[str, frozenset[BandRow]],
    new: Collection[str],
    threshold: float,
) -> dict[str, Document]:
    """The stored documents that share a passage with a new one, or may: those with a stored sentence
    that has a band key of a new sentence and would make a kept pair with it (`could_pair`: a kept pair
    is a candidate, and a candidate's stored sentence holds the new one's key)."""
    wanted = {key for rows in bands.values() for key, _, _ in rows}
    held = {d: found for d, found in store.band_sentences(wanted).items() if d not in new}
    keyed = unit_keys(units, {key for found in held.values() for keys in found.values() for key in keys})
    texts = store.texts_of(held)
    near = [
        d
        for d, found in held.items()
        if any(
            could_pair(shingle_set(texts[d][start:end]), (u for key in keys for u in keyed[key]), threshold)
            for (start, end), keys in found.items()
        )
    ]
    return store.documents_of(near)


def _inputs(
    store: Store,
    new: Sequence[DocumentAnalysis],
    new_facts: Mapping[str, frozenset[str]],
    scope: Collection[str],
    duplicates: Iterable[NearDuplicate],
    known: Mapping[str, StoryKeys],
) -> CopyInputs:
    """What `copies_in` reads for the copies of `scope`: stored where a document is not new (`known`:
    story keys of new documents already computed)."""
    facts = {**_decoded_facts(store, set(scope) - new_facts.keys()), **new_facts}
    quotes = _union(quote_facts(facts[d]) for d in scope)
    holders = {fact: set(found) for fact, found in store.holders(QUOTES, quotes).items()}
    for document, found in new_facts.items():
        for fact in quote_facts(found):
            holders.setdefault(fact, set()).add(document)
    partners = {d for found in holders.values() if len(found) <= COMMON for d in found}
    facts.update(_decoded_facts(store, partners - facts.keys()))
    everyone = _documents(duplicates) | partners | set(scope)
    documents: dict[str, Document] = {a.document.id: a.document for a in new}
    documents.update(store.documents_of(everyone - documents.keys()))
    keys: dict[str, StoryKeys] = {
        a.document.id: known[a.document.id] if a.document.id in known else story_keys(a) for a in new
    }
    stored_keys = store.fold_data(STORIES, _documents(duplicates) - keys.keys())
    keys.update((d, decode(d, text)) for d, text in stored_keys.items())
    return CopyInputs(
        facts=facts,
        keys=keys,
        order={d: origin_key(document) for d, document in documents.items()},
        texts={d: document.text for d, document in documents.items()},
        holders={fact: frozenset(found) for fact, found in holders.items()},
    )


def copy_fold_rows(
    analyses: Sequence[DocumentAnalysis],
    facts: Mapping[str, frozenset[str]],
    bands: Mapping[str, frozenset[BandRow]],
    *,
    full: bool,
) -> FoldRows:
    """The fold state of `analyses` (every document's with `full`): band keys, quote facts, facts."""
    return FoldRows(
        keys={QUOTES: {d: quote_facts(facts[d]) for d in (a.document.id for a in analyses)}},
        data={FACTS: {d: json.dumps(sorted(facts[d]), ensure_ascii=False) for d in facts}},
        bands=bands,
        full=full,
    )


def all_copy_rows(analyses: Sequence[DocumentAnalysis]) -> FoldRows:
    """The whole fold state of the copy linkers, for a full relink."""
    facts = {a.document.id: facts_of(a) for a in analyses}
    return copy_fold_rows(analyses, facts, document_bands([a.document for a in analyses]), full=True)


def copies_with_rows(
    analyses: Sequence[DocumentAnalysis], threshold: float
) -> tuple[tuple[NearDuplicate, ...], tuple[Copy, ...], FoldRows]:
    """The copied passages and copies of `analyses` (as `link_corpus`) and the copy linkers' whole fold
    state (`all_copy_rows`), each unit's MinHash computed once for both."""
    documents = [a.document for a in analyses]
    units = banded(documents)
    duplicates = find_near_duplicates(documents, threshold, known=units)
    inputs = copy_inputs(analyses)
    rows = copy_fold_rows(analyses, inputs.facts, document_bands(units), full=True)
    return duplicates, copies_in(inputs, duplicates), rows


def merged_copies(stored: Iterable[Copy], fold: CopyFold) -> tuple[Copy, ...]:
    """The stored copies with the fold's replacing those of its scope, sorted by (origin, copy)."""
    replaced = {c.id for c in fold.replaced}
    kept = [c for c in stored if c.id not in replaced]
    return tuple(sorted([*kept, *fold.copies], key=lambda c: (c.origin, c.copy)))


def _decoded_facts(store: Store, documents: Iterable[str]) -> dict[str, frozenset[str]]:
    return {d: frozenset(json.loads(text)) for d, text in store.fold_data(FACTS, documents).items()}


def _documents(duplicates: Iterable[NearDuplicate]) -> set[str]:
    return {d for p in duplicates for d in (p.a.document, p.b.document)}


def _order(d: NearDuplicate) -> tuple[str, int, int, str, int, int]:
    return (d.a.document, d.a.start, d.a.end, d.b.document, d.b.start, d.b.end)


def _union(sets: Iterable[frozenset[T]]) -> frozenset[T]:
    return frozenset().union(*sets)
