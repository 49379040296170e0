"""What the patching entity fold (storyline/run/fold_patch.py) has read: the new documents, the stored
ones with a wanted key, their mentions' keys, and which loaded mentions the link decides again.

A loaded name mention is decided (and the blocks it reads are read too) when a key it reads is wanted,
or a key it only writes (`written_keys`) that a decided mention reads: a long name's `s:` key (a short
form's vote reads the long names' entity keys), a person's `r:` key. A long name's `a:` key is followed
only where an abbreviation can take the long name's entity key: when the abbreviation is in its document
(the document's own initials and definitions decide first, orgs.py), when the corpus's names with those
initials are spellings of one name (`one_name`), or when such an abbreviation is in the long name's stored
entity (it may leave it: `_held`). Otherwise every abbreviation of those letters stays its
own entity whatever the long names' entities are, and reads only their phrase keys, which the long names
give without their other blocks: they are linked as they are, and not decided.

Such long names are not read at all once the loaded phrase keys of those letters hold two join classes
(`dead`, `orgs.never_one_name`): the corpus's then never are one name, whatever documents come, so no
pending abbreviation's key can change, and the loaded ones (WITNESSES per key at most, read first) prove
it to the link too. At scale a block of two or three initials holds long names of every copy of the
corpus; this reads a few of them, not the block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from storyline.link.entities.orgs import local_candidates, never_one_name, one_name
from storyline.model import DocumentAnalysis, Mention
from storyline.names.keys.blocks import mention_keys, written_keys
from storyline.names.keys.records import PERSON, read_record
from storyline.store import Store

LINKER = "entities"
WITNESSES = 3  # documents read in part per `a:` key not dead yet before the others may be left unread


@dataclass
class Loaded:
    """The documents read so far and their mentions' keys (module docstring)."""

    new: frozenset[str]
    analyses: dict[str, DocumentAnalysis] = field(default_factory=dict)
    keys: dict[str, frozenset[str]] = field(default_factory=dict)  # mention → its blocking keys
    document_keys: dict[str, frozenset[str]] = field(default_factory=dict)  # the new documents' keys
    new_keys: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)  # ... by mention
    searched: set[str] = field(default_factory=set)
    members: dict[str, dict[str, Mention]] = field(default_factory=dict)  # key → its name mentions
    reading: dict[str, frozenset[str]] = field(default_factory=dict)  # name mention → the keys it reads
    letters: dict[str, set[str]] = field(default_factory=dict)  # a: key → its names' phrase keys
    stored_letters: dict[str, set[str]] = field(default_factory=dict)  # ... of the stored documents
    abbreviated: dict[str, set[str]] = field(default_factory=dict)  # document → its abbreviations' a: keys
    joining: dict[str, tuple[int, bool]] = field(default_factory=dict)  # a: key → (names, one name)
    abbreviations: dict[str, set[str]] = field(default_factory=dict)  # a: key → its abbreviations
    owner: dict[str, str] = field(default_factory=dict)  # stored mention with an a: key → its entity
    unowned: list[str] = field(default_factory=list)  # ... whose entity is not read yet
    partial: dict[str, frozenset[str]] = field(default_factory=dict)  # document read in part → its keys
    left: dict[str, frozenset[str]] = field(default_factory=dict)  # ... left unread (`_read_part`)
    whole: bool = False  # read every document whole (the closure over entities)

    @classmethod
    def of(cls, new: Sequence[DocumentAnalysis]) -> Loaded:
        """The new documents, each one's keys computed once."""
        loaded = cls(frozenset(a.document.id for a in new))
        for analysis in new:
            found = loaded.new_keys[analysis.document.id] = mention_keys(analysis)
            loaded.add(analysis, found)
            loaded.document_keys[analysis.document.id] = frozenset().union(*found.values())
        return loaded

    def add(self, analysis: DocumentAnalysis, keys: dict[str, frozenset[str]]) -> None:
        """One document and its mentions' keys, indexed: each name mention by its keys with the keys it
        reads (all but `written_keys`, and for a given name alone its document's surname blocks), the
        phrase keys its names give each abbreviation (`local_candidates`), its abbreviations' `a:` keys."""
        document = analysis.document.id
        self.analyses[document] = analysis
        self.left.pop(document, None)
        self.keys.update(keys)
        surnames = {k for p in analysis.mentions for k in keys.get(p.id, ()) if k.startswith("p:")}
        for mention in analysis.mentions:
            found = keys.get(mention.id)
            if mention.kind != "name" or not found:
                continue
            read = found - written_keys(mention, found)
            self.reading[mention.id] = read | surnames if any(k.startswith("d:") for k in found) else read
            for key in found:
                self.members.setdefault(key, {})[mention.id] = mention
        records = [r for m in analysis.mentions if m.kind == "name" and (r := read_record(m)) is not None]
        others = [r for r in records if r.mention.label != PERSON]
        for letters, phrases in local_candidates(others, analysis.document.text).items():
            self.letters.setdefault(f"a:{letters}", set()).update(phrases)
            if document not in self.new:
                self.stored_letters.setdefault(f"a:{letters}", set()).update(phrases)
        self.abbreviated[document] = set()
        for record in others:
            initials = [k for k in keys.get(record.mention.id, ()) if k.startswith("a:")]
            if initials and document not in self.new:
                self.unowned.append(record.mention.id)
            for key in initials if record.abbreviation else ():
                self.abbreviated[document].add(key)
                self.abbreviations.setdefault(key, set()).add(record.mention.id)

    def read(self, store: Store, wanted: frozenset[str]) -> None:
        """Load the stored documents with a key among `wanted` not searched yet: whole, or, where every
        wanted key a document has is a long name's `a:` key (`_initials_only`), its names not tagged
        PERSON alone, read whole once a mention of it is `needed` or it has another wanted key; such a
        document is not read at all where each of those keys is `dead` (`_read_part`). Their mentions'
        keys are the stored ones (`_stored_keys`)."""
        found = store.documents_with_keys(LINKER, wanted - self.searched) - self.analyses.keys()
        stored = store.keys_of(LINKER, found)
        if self.whole:  # the closure reads whole what the patch left unread
            stored.update(self.left)
            found |= self.left.keys()
            self.left.clear()
        part = (
            set() if self.whole else {d for d in found if _initials_only(stored.get(d, frozenset()), wanted)}
        )
        self._read_whole(store, found - part, stored)
        self._read_part(store, part, stored, wanted)
        self.searched |= wanted
        self._read_owners(store)
        self._read_held(store)
        grown = [d for d, keys in self.partial.items() if self.whole or self._grown(d, keys, wanted)]
        self._read_whole(store, set(grown), {d: self.partial.pop(d) for d in grown})
        self.unowned.clear()  # read again: their owners are read

    def dead(self, key: str) -> bool:
        """Whether the phrase keys loaded names give the abbreviations of an `a:` key hold two join
        classes (`orgs.never_one_name`): then the corpus's never are one name, whatever is added, so a
        pending abbreviation of those letters keeps them as its key."""
        return never_one_name(self.letters.get(key, ()))

    def stored_dead(self, store: Store, keys: frozenset[str]) -> frozenset[str]:
        """Those of the `a:` keys among `keys` that are `dead` in the stored documents alone, read in part
        up to WITNESSES of them per key not dead yet: a pending stored abbreviation of those letters had
        them as its key and keeps them, whatever long names new documents add."""
        keys = frozenset(k for k in keys if k.startswith("a:"))
        holders = store.holders(LINKER, [k for k in keys if not self._stored_dead(k)])
        first = {d for found in holders.values() for d in sorted(found - self.analyses.keys())[:WITNESSES]}
        if first:
            self._read_partial(store, first, store.keys_of(LINKER, first))
            self._read_owners(store)
        return frozenset(k for k in keys if self._stored_dead(k))

    def _stored_dead(self, key: str) -> bool:
        return never_one_name(self.stored_letters.get(key, ()))

    def _read_part(
        self, store: Store, part: set[str], stored: dict[str, frozenset[str]], wanted: frozenset[str]
    ) -> None:
        """Read in part the documents of `part` (each wanted key of theirs an `a:` key of long names), but
        those whose wanted keys are all `dead` once WITNESSES of them per key not dead yet are read: their
        names only give phrase keys to abbreviations whose key those cannot change (the loaded ones
        prove it, and the link reads those) and are not decided (`needed`: no abbreviation of theirs is in
        their document, the phrase keys are not one name's), unless `_held` (`_read_held`)."""
        by_key: dict[str, list[str]] = {}
        for document in sorted(part):
            for key in stored.get(document, frozenset()) & wanted:
                by_key.setdefault(key, []).append(document)
        first = {d for key, found in by_key.items() if not self.dead(key) for d in found[:WITNESSES]}
        self._read_partial(store, first, stored)
        rest = part - first
        left = {d for d in rest if all(self.dead(k) for k in stored.get(d, frozenset()) & wanted)}
        self._read_partial(store, rest - left, stored)
        self.left.update((d, stored.get(d, frozenset())) for d in left)

    def _read_partial(self, store: Store, documents: set[str], stored: dict[str, frozenset[str]]) -> None:
        partial = store.named_analyses_of(documents, organisations=True) if documents else []
        partial_keys = _stored_keys(store, partial, roles=False)
        for analysis in partial:
            self.add(analysis, partial_keys[analysis.document.id])
        self.partial.update((d, stored.get(d, frozenset())) for d in documents)

    def _read_held(self, store: Store) -> None:
        """Read in part the documents left unread that have a mention in a stored entity holding a loaded
        abbreviation of one of their `a:` keys: such a long name is decided (`_held`)."""
        keys = {k for keys in self.left.values() for k in keys if k.startswith("a:")}
        entities = {self.owner[a] for k in keys for a in self.abbreviations.get(k, ()) if a in self.owner}
        held = store.reads.documents_of_entities(entities) & self.left.keys() if entities else set()
        if held:
            self._read_partial(store, held, {d: self.left.pop(d) for d in held})
            self._read_owners(store)

    def _read_owners(self, store: Store) -> None:
        """The stored entities of the mentions read whose owner is not read yet."""
        self.owner.update(store.reads.owners_of(self.unowned))
        self.unowned.clear()

    def _grown(self, document: str, keys: frozenset[str], wanted: frozenset[str]) -> bool:
        """Whether a document read in part is to be read whole."""
        mentions = self.analyses[document].mentions
        return not _initials_only(keys, wanted) or any(self.needed(m, wanted) for m in mentions)

    def _read_whole(self, store: Store, documents: set[str], stored: dict[str, frozenset[str]]) -> None:
        analyses = store.named_analyses_of(documents)
        roles = {d for d, keys in stored.items() if any(k.startswith("r:") for k in keys)}
        keys = _stored_keys(store, analyses, roles=roles)
        for analysis in analyses:
            self.add(analysis, keys[analysis.document.id])

    def needed(self, mention: Mention, wanted: frozenset[str]) -> bool:
        """Whether the link decides a loaded name mention again (module docstring); every document with a
        key among `wanted` must be loaded."""
        keys = self.keys.get(mention.id, frozenset()) & wanted
        if not keys:
            return False
        if mention.document in self.new or keys & self.reading[mention.id]:
            return True
        abbreviated = self.abbreviated.get(mention.document, set())
        return any(
            not k.startswith("a:") or k in abbreviated or self._held(mention.id, k) or self._one_name(k)
            for k in keys
        )

    def _held(self, mention: str, key: str) -> bool:
        """Whether a stored entity holds a stored mention with an `a:` key and an abbreviation of it."""
        entity = self.owner.get(mention)
        held = self.abbreviations.get(key, set())
        return entity is not None and any(self.owner.get(a) == entity for a in held)

    def _one_name(self, key: str) -> bool:
        """Whether the phrase keys the names give the abbreviations of an `a:` key are one name's."""
        phrases = self.letters.get(key, set())
        known = self.joining.get(key)
        if known is None or known[0] != len(phrases):
            known = self.joining[key] = (len(phrases), one_name(set(phrases)) is not None)
        return known[1]

    def read_keys(self, wanted: frozenset[str]) -> frozenset[str]:
        """The keys the decided name mentions with a wanted key read."""
        found: set[str] = set()
        seen: set[str] = set()
        for key in wanted:
            for mention in self.members.get(key, {}).values():
                if mention.id not in seen:
                    seen.add(mention.id)
                    if self.needed(mention, wanted):
                        found |= self.reading[mention.id]
        return frozenset(found)

    def linked(self, wanted: frozenset[str]) -> list[DocumentAnalysis]:
        """The documents to link, by id: the new ones whole, the stored ones with a wanted key `trimmed`
        (the closure may go on from documents the patch read for keys it does not want)."""
        return [
            a if d in self.new else trimmed(a, self.keys, wanted)
            for d, a in sorted(self.analyses.items())
            if d in self.new or any(self.keys.get(m.id, frozenset()) & wanted for m in a.mentions)
        ]


def _stored_keys(
    store: Store, analyses: Sequence[DocumentAnalysis], *, roles: bool | set[str]
) -> dict[str, dict[str, frozenset[str]]]:
    """Each stored document of `analyses` → its loaded mentions' keys: those the link step stored
    (`Store.mention_keys_of`, migration 0022), or, for a document with none stored, `mention_keys` of
    the analysis (`roles`: whether, or for which documents, to key role mentions). A document read here
    has blocking keys, so a keyed mention: one without rows is one no link step keyed by mention."""
    stored = store.mention_keys_of(a.document.id for a in analyses)
    found: dict[str, dict[str, frozenset[str]]] = {}
    for analysis in analyses:
        document = analysis.document.id
        if document not in stored:
            role = roles if isinstance(roles, bool) else document in roles
            found[document] = mention_keys(analysis, roles=role)
            continue
        keys = stored[document]
        found[document] = {m.id: keys[m.id] for m in analysis.mentions if m.id in keys}
    return found


def _initials_only(keys: frozenset[str], wanted: frozenset[str]) -> bool:
    """Whether every wanted one of a document's stored keys is an `a:` key the document has no `s:` key
    of the same letters for: it holds no abbreviation of those letters (an abbreviation has both), so
    its names with that key are long names it gives its initials."""
    return all(k.startswith("a:") and f"s:{k[2:]}" not in keys for k in keys & wanted)


def trimmed(
    analysis: DocumentAnalysis, keys: dict[str, frozenset[str]], wanted: frozenset[str]
) -> DocumentAnalysis:
    """A stored document with the mentions the relinked blocks read: its name mentions with a key among
    `wanted`, its organisations when one of those is a person (the person's apposition and the
    organisations the document names tell namesakes apart, namesakes.py), its pronoun and role mentions,
    the whole document when a given name alone is in a wanted block (it reads the document's full names).
    The other mentions are in entities with no wanted block: linked, those would be dropped anyway."""
    names = [m for m in analysis.mentions if m.kind == "name" and keys.get(m.id, frozenset()) & wanted]
    kept = {m.id for m in names}
    if any(k.startswith("d:") for m in names for k in keys[m.id] & wanted):
        return analysis
    persons = any(m.label == PERSON for m in names)
    mentions = tuple(
        m for m in analysis.mentions if m.kind != "name" or m.id in kept or (persons and m.label == "ORG")
    )
    return replace(analysis, mentions=mentions)
