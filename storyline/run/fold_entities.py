"""Entities folded incrementally: without corrections by patching the stored entities (fold_patch.py);
with corrections, or when the blocks new documents read hold most of the db, the blocks they touch are
linked again, closed over entities.

With corrections, starting from the blocking keys of the new documents (storyline/names/keys/blocks.py)
and of the entities the corrections name, the stored documents with those keys are loaded and linked with
the new ones; every entity of the result or of the store that has a block among the keys adds its other
blocks, until nothing grows. The entities with a block among the final keys replace the stored ones with a
block among them; every other stored entity is kept as it is, since nothing it depends on changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.link.entities import link_entities
from storyline.model import Correction, DocumentAnalysis, Entity
from storyline.names import fold_text
from storyline.names.keys.blocks import entity_blocks, mention_keys
from storyline.run.fold_loaded import Loaded
from storyline.run.fold_patch import LINKER, EntityFold, patched_fold, union
from storyline.store import FoldRows, Store

LINKED = "documents"  # one key per linked document: a document analysed again after linking is seen
__all__ = ["LINKER", "EntityFold", "entity_fold_rows", "fold_entities", "fold_rows", "merged_entities"]


def fold_entities(
    store: Store, new: Sequence[DocumentAnalysis], corrections: Sequence[Correction]
) -> EntityFold:
    """Relink the entity blocks `new` documents touch (module docstring). The documents the patch read
    before it gave way to the closure are not read again."""
    loaded = Loaded.of(new)
    patched = None if corrections else patched_fold(store, new, loaded)
    return patched if patched is not None else closed_fold(store, loaded, corrections)


def closed_fold(store: Store, loaded: Loaded, corrections: Sequence[Correction]) -> EntityFold:
    """Relink the blocks the new documents of `loaded` and `corrections` touch, closed over entities
    (every document it reads is read whole)."""
    loaded.whole = True
    wanted = union(loaded.document_keys.values()) | _named_blocks(store, corrections)
    while True:
        wanted, stored = _stored_closure(store, wanted, loaded)
        entities = link_entities(loaded.linked(wanted), corrections)
        blocks = {e.id: entity_blocks(e, loaded.keys) for e in entities}
        inside = [e for e in entities if blocks[e.id] & wanted]
        grown = wanted | union(blocks[e.id] for e in inside)
        if grown == wanted:
            found = {e.id: blocks[e.id] for e in inside}
            return EntityFold(tuple(inside), frozenset(stored), found, loaded.document_keys, loaded.new_keys)
        wanted = grown


def _stored_closure(
    store: Store, wanted: frozenset[str], loaded: Loaded
) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """`wanted` grown by the blocks of the stored entities in it until nothing grows (index reads only;
    the documents with a wanted key are read into `loaded`), and those stored entities' blocks. Linking
    runs once this is closed, not once per step."""
    while True:
        loaded.read(store, wanted)
        stored = store.records_in_blocks(LINKER, wanted)
        grown = wanted | union(stored.values())
        if grown == wanted:
            return wanted, stored
        wanted = grown


def entity_fold_rows(analyses: Sequence[DocumentAnalysis], entities: Sequence[Entity]) -> FoldRows:
    """The whole fold state of a full relink: every document's keys, every entity's blocks."""
    keys_of = {a.document.id: mention_keys(a) for a in analyses}
    keys = {m: k for found in keys_of.values() for m, k in found.items()}
    return FoldRows(
        keys={LINKER: {d: union(found.values()) for d, found in keys_of.items()}, LINKED: _linked(analyses)},
        blocks={LINKER: {e.id: entity_blocks(e, keys) for e in entities}},
        mention_keys=keys_of,
        full=True,
    )


def fold_rows(fold: EntityFold, new: Sequence[DocumentAnalysis]) -> FoldRows:
    """The fold state an incremental step writes: the new documents' keys, the relinked entities' blocks."""
    return FoldRows(
        keys={LINKER: fold.document_keys, LINKED: _linked(new)},
        blocks={LINKER: fold.blocks},
        gone={LINKER: fold.replaced},
        mention_keys=fold.mention_keys,
    )


def _linked(analyses: Sequence[DocumentAnalysis]) -> dict[str, frozenset[str]]:
    return {a.document.id: frozenset({"linked"}) for a in analyses}


def merged_entities(stored: Sequence[Entity], fold: EntityFold) -> tuple[Entity, ...]:
    """The stored entities with the fold's replacing those it relinked, by id."""
    kept = [e for e in stored if e.id not in fold.replaced]
    return tuple(sorted([*kept, *fold.entities], key=lambda e: e.id))


def _named_blocks(store: Store, corrections: Sequence[Correction]) -> frozenset[str]:
    """The blocks of the stored entities a correction names (by id or by a folded name or alias), read by
    index: a folded alias equal to a target's has its letters (`_letters`), and a display name is one of
    its entity's aliases or the title of a place's key (`display_name`), a folded target's title."""
    targets = {t for c in corrections for t in c.targets}
    if not targets:
        return frozenset()
    folded = {fold_text(t) for t in targets}
    letters = {_letters(f) for f in folded}
    candidates = store.reads.named_candidates(targets, letters, targets | {f.title() for f in folded})
    named = [
        entity for entity, (name, aliases) in candidates.items()
        if entity in targets or fold_text(name) in folded or any(fold_text(a) in folded for a in aliases)
    ]  # fmt: skip
    return union(store.blocks_of(LINKER, named).values())


def _letters(folded: str) -> str:
    """The letters and digits of a folded name: what the store's folded alias keeps of it too."""
    return "".join(char for char in folded if char.isascii() and char.isalnum())
