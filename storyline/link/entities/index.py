"""The incremental entity index: documents are added one at a time, entities are read at any point.

Each new document's name mentions are compared only with records in their own block (same folded
surname for persons, same folded phrase or abbreviation otherwise), so the work per document depends on
that document and its blocks, not on the corpus size. The result is a function of the set of documents
added: earlier decisions are revisited (only in the blocks concerned) when new evidence arrives, e.g. a
second "… Peskov" makes a bare "Peskov" ambiguous.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storyline.link.entities.assemble import assemble
from storyline.link.entities.namesakes import Descriptor, descriptors, organisations_named, split_namesakes
from storyline.link.entities.orgs import AbbreviationIndex
from storyline.link.entities.persons import PersonBlock, full_key
from storyline.link.entities.relabel import bare_persons_as_places, other_labels_as_persons
from storyline.link.entities.shortforms import join_short_forms
from storyline.link.entities.variants import variant_roots
from storyline.model import Correction, DocumentAnalysis, Entity
from storyline.names import given_canonical
from storyline.names.keys.records import PERSON, NameRecord, read_record


class EntityIndex:
    """Name mentions of every added document, blocked by folded key, with each one's entity key."""

    def __init__(self, corrections: Sequence[Correction] = ()) -> None:
        self.corrections = tuple(corrections)
        self.records: dict[str, NameRecord] = {}
        self.assign: dict[str, str] = {}  # name mention id → entity key
        self.refers: dict[str, str] = {}  # pronoun/role mention id → the mention it refers to
        self.person_blocks: dict[str, PersonBlock] = {}
        self.abbreviations = AbbreviationIndex()
        self.documents: set[str] = set()
        self.described: dict[str, Descriptor] = {}  # full-name mention id → its apposition (namesakes.py)
        self.named: dict[str, frozenset[str]] = {}  # document → the organisations it names

    def add(self, analysis: DocumentAnalysis) -> None:
        """Link one document's mentions into the index (a document already added is ignored)."""
        document = analysis.document
        if document.id in self.documents:
            return
        self.documents.add(document.id)
        records = [r for r in (read_record(m) for m in analysis.mentions if m.kind == "name") if r]
        self.records.update((r.mention.id, r) for r in records)
        self.described.update(descriptors(records, document.text))
        self.named[document.id] = organisations_named(records)
        self.refers.update((m.id, m.refers_to) for m in analysis.mentions if m.kind != "name" and m.refers_to)
        persons = [r for r in records if r.mention.label == PERSON and r.person is not None]
        others = [r for r in records if r.mention.label != PERSON]
        self._add_persons([r for r in persons if not r.person or not r.person.given_only])
        self._add_given_only([r for r in persons if r.person and r.person.given_only], persons)
        for record in others:
            if not record.abbreviation:
                self.assign[record.mention.id] = record.block
        self.abbreviations.add(others, document.text, self.assign)

    def _add_persons(self, records: list[NameRecord]) -> None:
        by_block: dict[str, list[NameRecord]] = {}
        for record in records:
            by_block.setdefault(record.block, []).append(record)
        for block, members in sorted(by_block.items()):
            self.person_blocks.setdefault(block, PersonBlock(block)).add(members, self.assign)

    def _add_given_only(self, records: list[NameRecord], persons: list[NameRecord]) -> None:
        """A given name without surname — alone ("Svetlana") or with a patronymic ("Alexander
        Grigoryevich", the Russian polite address) — joins the full name with that given name when it
        is the only one in its document; otherwise it stays apart, in its document."""
        for record in records:
            given = record.person.given_key if record.person and record.person.given_key else ""
            given = given or given_canonical(record.alias)
            matches = {
                full_key(p.block, given)
                for p in persons
                if p.person is not None and not p.person.given_only and p.person.given_key == given
            }
            key = next(iter(matches)) if len(matches) == 1 else f"given:{given}|?|{record.document}"
            self.assign[record.mention.id] = key

    def name_mention_of(self, mention_id: str) -> str:
        """The name mention a pronoun/role mention stands for, following `refers_to` chains."""
        return chain_end(mention_id, self.refers)

    def entity_key(self, mention_id: str) -> str | None:
        """The entity key of a mention (a pronoun/role through its `refers_to` chain), before corrections."""
        self.abbreviations.settle(self.assign)
        return self.assign.get(self.name_mention_of(mention_id))

    def entities(self) -> tuple[Entity, ...]:
        """Every entity, corrections applied, sorted by id."""
        return self.keyed()[0]

    def keyed(self) -> tuple[tuple[Entity, ...], dict[str, str]]:
        """Every entity (as `entities`) and each name mention's entity key before corrections."""
        self.abbreviations.settle(self.assign)
        refers = {mention: self.name_mention_of(mention) for mention in self.refers}
        joined = self._joined_variants()
        return assemble(self.records, joined, refers, self.corrections), joined

    def _joined_variants(self) -> dict[str, str]:
        """`assign` with every organisation/place key replaced by the root of its spellings, the NER label
        noise of relabel.py repaired (places tagged PERSON, persons tagged ORG/GPE), short forms
        ("Fed", "Gulf") joined to the long names they stand for (shortforms.py) and namesakes told
        apart by their appositions (namesakes.py)."""
        places = {m for m in self.assign if self.records[m].mention.label != PERSON}
        roots = variant_roots({self.assign[m] for m in places if "|" not in self.assign[m]})
        joined = {m: roots.get(key, key) if m in places else key for m, key in self.assign.items()}
        bare_persons_as_places(self.records, joined, roots)
        other_labels_as_persons(self.records, joined)
        join_short_forms(self.records, joined)
        split_namesakes(self.records, joined, self.described, self.named)
        return joined


def chain_end(mention_id: str, refers: Mapping[str, str]) -> str:
    """Where a chain of `refers` (pronoun/role mention id → the mention it refers to) ends; a cycle ends
    at the first mention seen again."""
    seen: set[str] = set()
    while mention_id in refers and mention_id not in seen:
        seen.add(mention_id)
        mention_id = refers[mention_id]
    return mention_id
