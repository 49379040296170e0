"""Entities folded by patching the stored ones: only the mentions whose decision new documents can change
are linked again; the other mentions of a stored entity keep their entity key.

The blocking keys (storyline/names/keys/blocks.py) say which mentions a decision reads. Starting from
the new documents' keys, the stored name mentions with a wanted key are loaded (`trimmed` documents) and
their *read* keys are wanted too, until nothing grows (`read_closure`): a long name's `a:`/`s:` keys and a
person's `r:` keys are only written (abbreviations, short forms and role mentions read them), so they are
followed from a new mention or one whose key changed, and only where a stored mention reads them
(`with_readers`); a new long name's `a:` key not even there when the stored names with those initials
are `dead` (fold_loaded.py: the stored abbreviations of those letters are their own entity and stay
it). Each decided mention is thus decided with every block it reads. A long name met only through its
`a:` key gives an abbreviation its phrase key and is decided only where the abbreviation can take its
entity; its document is read in part (storyline/run/fold_loaded.py). Linking gives each
decided mention an entity key; a stored entity they leave with other mentions (its *remainder*, never
loaded) keeps its key, recovered from its id (`make_id("entity", type, key)`), and the entity at that
key gets the remainder back: its name, type and aliases come from the records of all its
members. What each rule of storyline/link/entities reads, and how the patch keeps it exact:

- persons.py (a surname block: given counts, DOMINANCE, CORPUS_DOMINANCE, short spellings): the `p:`
  block, read whole. A given name alone (index.py) reads its document (`d:`) and that document's
  surname blocks.
- variants.py (spellings, typos): the `o:`/`t:` blocks, read whole. orgs.py (abbreviations): the `a:`
  block; an abbreviation joins the root of the long name's spellings, so an entity whose loaded mentions
  change key sends its `a:` keys on (`written_keys`), and its remainder is never left behind: a stored
  entity whose loaded mentions leave its key, or split, while it keeps a remainder is read whole.
- shortforms.py (the vote of a short form's documents, DOMINANCE): the `s:` block of a short form.
- relabel.py (a bare "person" that is a place: `place_mentions >= members`; an ORG that is a person:
  PERSON_LEAD): counts that take in an entity's abbreviations and given names alone, which may be in a
  remainder: such an entity is read whole (`_counted`).
- namesakes.py (group sizes by documents and mentions, given names alone counted): a person key with
  namesakes is read whole when it has a remainder.
- roles.py / role_mentions.py (holdings, who_held): the `r:` block; holders are read as PERSON entities,
  so an entity whose type the remainder changes is read whole.
- assemble.py (the label majority that picks the type and so the id, display_name with
  ABBREVIATION_LEAD and the first member's label, aliases): computed from the records of every member.
A new key that an entity nobody loaded already has (a collision) reads that entity whole. Corrections
keep the closure of storyline/run/fold_entities.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from storyline.extract.mentions import NAME_LABELS
from storyline.link.entities import link_entities_keyed
from storyline.link.entities.assemble import build_entity, in_link_order
from storyline.link.entities.index import chain_end
from storyline.link.entities.relabel import is_bare
from storyline.model import DocumentAnalysis, Entity, Mention, make_id
from storyline.names.keys.blocks import entity_blocks, written_keys
from storyline.names.keys.records import PERSON, NameRecord, looks_abbreviated, read_record
from storyline.names.keys.short import is_short_alias
from storyline.run.fold_loaded import LINKER, Loaded
from storyline.store import Store

Built = tuple[str, Entity, Entity]  # (key, linked entity, the entity with the remainders at that key)
MOST_READ = 0.5  # the share of stored documents past which the closure is the cheaper fold


@dataclass(frozen=True, slots=True)
class EntityFold:
    """The entities of the relinked blocks, the stored ids they replace, and the blocks of each."""

    entities: tuple[Entity, ...]
    replaced: frozenset[str]
    blocks: dict[str, frozenset[str]]
    document_keys: dict[str, frozenset[str]]  # the new documents' keys
    mention_keys: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)  # ... by mention


def patched_fold(
    store: Store, new: Sequence[DocumentAnalysis], loaded: Loaded | None = None
) -> EntityFold | None:
    """Relink the mentions `new` documents can change and patch the stored entities (module docstring);
    None when the blocks they read hold MOST_READ of the stored documents or more: closing over whole
    entities then reads little more and links once (storyline/run/fold_entities.py, which passes
    `loaded`, `Loaded.of(new)`, to go on from the documents read here)."""
    loaded = loaded if loaded is not None else Loaded.of(new)
    written = {
        m.id: written_keys(m, loaded.keys[m.id]) for a in new for m in a.mentions if m.id in loaded.keys
    }
    read = union(loaded.keys[m] - written.get(m, frozenset()) for a in new for m in _keyed(a, loaded.keys))
    followed = with_readers(store, union(written.values()) - read)
    wanted = read_closure(store, loaded, read | (followed - loaded.stored_dead(store, followed)))
    if len(loaded.analyses) - len(loaded.new) >= MOST_READ * store.reads.document_count():
        return None
    while True:
        entities, joined = link_entities_keyed(loaded.linked(wanted))
        patch = Patch.of(store, loaded, wanted, entities, joined)
        more = patch.more() - wanted
        if not more:
            return replace(patch.fold(), document_keys=loaded.document_keys, mention_keys=loaded.new_keys)
        wanted = read_closure(store, loaded, wanted | more)


def with_readers(store: Store, written: frozenset[str]) -> frozenset[str]:
    """Those of `written` keys that a stored mention reads: an `a:` key where a stored abbreviation of
    those letters is (it has their `s:` key too, blocks.py), an `s:` key where a stored entity in that
    block has an alias written as a short form or an abbreviation, every `r:` key. A key a new or loaded
    mention reads is wanted as its read key already."""
    letters = {k: "s:" + k[2:] for k in written if k.startswith("a:")}
    held = store.holders(LINKER, letters.values())
    aliases = store.reads.aliases_in_blocks(LINKER, (k for k in written if k.startswith("s:")))
    shorts = {
        k for k, found in aliases.items() if any(is_short_alias(a) or looks_abbreviated(a) for a in found)
    }
    return frozenset(
        k for k in written if (letters[k] in held if k in letters else k in shorts or not k.startswith("s:"))
    )


def read_closure(store: Store, loaded: Loaded, wanted: frozenset[str]) -> frozenset[str]:
    """`wanted` grown by the keys the loaded mentions with a wanted key read, until nothing grows."""
    while True:
        loaded.read(store, wanted)
        grown = wanted | loaded.read_keys(wanted)
        if grown == wanted:
            return wanted
        wanted = grown


def decided(loaded: Loaded, wanted: frozenset[str]) -> dict[str, Mention]:
    """The mentions whose entity the link decides: every mention of a new document; of a stored one, the
    name mentions `Loaded.needed` says, the pronoun and role mentions whose `refers_to` chain ends at one
    of those, and the role mentions whose chain ends at no name with keys and that have a wanted key of
    their own (`who_held`)."""
    found: dict[str, Mention] = {}
    for document, analysis in loaded.analyses.items():
        if document in loaded.new:
            found.update((m.id, m) for m in analysis.mentions)
            continue
        names = {m.id: m for m in analysis.mentions if m.kind == "name" and m.id in loaded.keys}
        refers = {m.id: m.refers_to for m in analysis.mentions if m.kind != "name" and m.refers_to}
        for mention in analysis.mentions:
            end = chain_end(mention.id, refers)
            if end in names:
                if loaded.needed(names[end], wanted):
                    found[mention.id] = mention
            elif mention.kind == "role" and loaded.keys.get(mention.id, frozenset()) & wanted:
                found[mention.id] = mention
    return found


@dataclass
class Patch:
    """One link of the loaded mentions against the stored entities they come from."""

    store: Store
    loaded: Loaded
    entities: tuple[Entity, ...]
    joined: dict[str, str]  # name mention → entity key
    done: dict[str, Mention]  # the mentions the link decides
    stored: dict[str, Entity]  # the stored entities of decided mentions
    key_of: dict[str, str]  # entity id (linked) → its key
    home: dict[str, str]  # decided mention → linked entity id
    wanted: frozenset[str]  # the keys read
    kept: dict[str, str] = field(default_factory=dict)  # stored entity with a remainder → its key
    rest: dict[str, list[Mention]] = field(default_factory=dict)  # stored entity → its remainder
    made: tuple[tuple[tuple[str, str], ...], list[Built]] | None = None  # `built` for `kept` as it was

    @classmethod
    def of(
        cls,
        store: Store,
        loaded: Loaded,
        wanted: frozenset[str],
        entities: tuple[Entity, ...],
        joined: dict[str, str],
    ) -> Patch:
        done = decided(loaded, wanted)
        owners = store.reads.owners_of(m for m in done if done[m].document not in loaded.new)
        stored = {e.id: e for e in store.reads.entities_by_id(set(owners.values()))}
        key_of = {e.id: joined[next(m for m in e.mentions if m in joined)] for e in entities}
        home = {m: e.id for e in entities for m in e.mentions if m in done}
        return cls(store, loaded, entities, joined, done, stored, key_of, home, wanted)

    def key(self, mention: str) -> str | None:
        """The entity key this link gives a decided mention (None: in no entity)."""
        return self.key_of[self.home[mention]] if mention in self.home else None

    def more(self) -> frozenset[str]:
        """The keys to read before the patch is exact (module docstring); none: it is."""
        more: set[str] = set()
        whole: set[str] = set()
        for entity in self.stored.values():
            mine = [m for m in entity.mentions if m in self.done]
            keys = sorted({k for k in (self.key(m) for m in mine) if k is not None})
            key = next((k for k in keys if make_id("entity", entity.type, k) == entity.id), None)
            for mention in mine:
                if self.done[mention].kind == "name" and self.key(mention) != key:
                    more |= written_keys(self.done[mention], self.loaded.keys.get(mention, frozenset()))
            rest = [m for m in entity.mentions if m not in self.done]
            if rest and (key is None or any(self.key(m) != key for m in mine)):
                whole.add(entity.id)
            elif rest and key is not None:
                self.kept[entity.id] = key
                self.rest[entity.id] = self.store.reads.mentions_by_id(rest)
        whole |= self._counted() | self._retyped() | self._collisions()
        more |= self._undecided()
        for stored in whole:
            self.kept.pop(stored, "")
        return with_readers(self.store, frozenset(more)) | union(self.store.blocks_of(LINKER, whole).values())

    def _undecided(self) -> frozenset[str]:
        """The keys read by the stored name mentions linked with a wanted key but not decided (a long
        name that only gives an abbreviation its initials, fold_loaded.py) that a linked entity shares
        with decided mentions: those are decided in the next round."""
        return union(
            self.loaded.reading[m]
            for entity in self.entities
            if any(m in self.done for m in entity.mentions)
            for m in entity.mentions
            if m not in self.done and m in self.loaded.reading and self.loaded.keys[m] & self.wanted
        )

    def _counted(self) -> set[str]:
        """Stored entities with a named remainder whose count a rule reads (relabel.py: the place a bare
        person's name spells, by `o:` key; an organisation's own key and the persons of its `p:` key),
        or a namesake key (namesakes.py's group sizes)."""
        persons: dict[str, set[str]] = {}  # o:/p: key → the keys of the persons' mentions with it
        others: dict[str, set[str]] = {}  # ... of the other names' mentions
        bare: set[str] = set()
        named: dict[str, set[str]] = {}  # an organisation's key → its p: keys
        counted: set[str] = set()
        for mention in self.joined:
            record, key = self._record(mention), self.key(mention)
            if record is None or key is None:
                continue
            keys = {k for k in self.loaded.keys.get(mention, frozenset()) if k[:2] in ("o:", "p:")}
            for block in keys:
                (persons if record.mention.label == PERSON else others).setdefault(block, set()).add(key)
            if is_bare(record):
                bare |= {k for k in keys if k.startswith("o:")}
            elif record.mention.label != PERSON and any(k.startswith("p:") for k in keys):
                named.setdefault(key, set()).update(k for k in keys if k.startswith("p:"))
        counted |= {k for block in bare for k in others.get(block, set())}
        for key, blocks in named.items():
            held = {k for block in blocks for k in persons.get(block, set())}
            counted |= held | ({key} if held else set())
        counted |= {k.split("#")[0] for k in self.key_of.values() if "#" in k}
        return {
            e
            for e, rest in self.rest.items()
            if e in self.kept and _named(rest) and ({self.kept[e], self.kept[e].split("#")[0]} & counted)
        }

    def _record(self, mention: str) -> NameRecord | None:
        found = self.done.get(mention)
        return read_record(found) if found is not None and found.kind == "name" else None

    def _retyped(self) -> set[str]:
        """Stored entities whose remainder changes the type of the linked entity at their key."""
        retyped = {key for key, linked, built in self.built() if built.type != linked.type}
        return {stored for stored, key in self.kept.items() if key in retyped}

    def _collisions(self) -> set[str]:
        """Stored entities nobody loaded whose key a linked entity has."""
        keys = {k for m, k in self.joined.items() if m in self.done} - set(self.kept.values())
        ids = {make_id("entity", label, key) for key in keys for label in NAME_LABELS}
        return {e for e in self.store.blocks_of(LINKER, ids) if e not in self.stored}

    def built(self) -> list[Built]:
        """(key, linked entity, entity): the linked entities with their decided mentions and the
        remainders kept at their keys; built once for the same `kept` (`more` reads it for `_retyped`,
        `fold` again when no entity left `kept` since)."""
        state = tuple(sorted(self.kept.items()))
        if self.made is None or self.made[0] != state:
            self.made = (state, self._built())
        return self.made[1]

    def _built(self) -> list[Built]:
        rests: dict[str, list[Mention]] = {}
        for stored, key in self.kept.items():
            rests.setdefault(key, []).extend(self.rest[stored])
        found: list[Built] = []
        for entity in self.entities:
            key = self.key_of[entity.id]
            mine = [m for m in entity.mentions if m in self.done]
            rest = rests.get(key, [])
            if not any(self.done[m].kind == "name" for m in mine):
                continue
            if len(mine) == len(entity.mentions) and not rest:
                found.append((key, entity, entity))
                continue
            members = [*(self.done[m] for m in mine), *rest]
            records = [r for r in (read_record(m) for m in members if m.kind == "name") if r]
            extra = [m.id for m in members if m.kind != "name"]
            found.append((key, entity, build_entity(key, in_link_order(records), extra)))
        return found

    def fold(self) -> EntityFold:
        """The patched entities, the stored ones they replace, and their blocks."""
        kept_blocks = self.store.blocks_of(LINKER, self.kept)
        by_key: dict[str, set[str]] = {}
        for stored, key in self.kept.items():
            by_key.setdefault(key, set()).update(kept_blocks.get(stored, frozenset()))
        entities, blocks = [], {}
        for key, _, entity in self.built():
            entities.append(entity)
            blocks[entity.id] = entity_blocks(entity, self.loaded.keys) | frozenset(by_key.get(key, set()))
        return EntityFold(tuple(sorted(entities, key=lambda e: e.id)), frozenset(self.stored), blocks, {})


def _keyed(analysis: DocumentAnalysis, keys: Mapping[str, frozenset[str]]) -> list[str]:
    """The ids of a document's mentions that have keys."""
    return [m.id for m in analysis.mentions if m.id in keys]


def _named(mentions: Iterable[Mention]) -> bool:
    return any(m.kind == "name" for m in mentions)


def union(sets: Iterable[frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*sets)
