"""The blocking keys of entity linking: which other mentions a name mention's entity can depend on.

Every decision `link_entities` (storyline/link/entities) makes about a mention reads only mentions that
share one of its keys:

- `p:<surname>` a person's surname block (full names, partials, the block's given names), also of an
  organisation or place name that spells a person's name (labels.py, link/entities/relabel.py);
- `d:<document>` a given name alone, resolved in its own document;
- `o:<loose key>` an organisation or place name with its spellings (loose.py;
  link/entities/variants.py `variant_roots` groups by loose key), and an abbreviation by its letters
  ("XQ" meets "Xq Ltd": `abbreviation_keys`);
- `t:<shape>` the first and last letters of its words: the one-letter typos `variant_roots` joins;
- `a:<letters>` an abbreviation, the names whose initials it is and the names it is defined after;
- `s:<word>` a short form ("Fed", "Gulf") and the long names it can stand for (short.py,
  link/entities/shortforms.py);
- `r:<role>` a qualified role mention and the appositions that say who held that role (role_words.py).

An entity's blocks are the keys of its mentions. The incremental linker relinks the blocks new documents
touch and keeps every other entity: it depends on nothing that changed.

Some keys only let a mention decide others' entities (`written_keys`): a long name's `a:` and `s:` keys
(the abbreviations and short forms that can stand for it read them; its own entity does not) and a
person's `r:` keys (the role mentions resolved through the apposition read them). The other keys are
read: the mention's own entity depends on their blocks.
"""

from __future__ import annotations

import re

from storyline.model import DocumentAnalysis, Entity, Mention
from storyline.names.keys.labels import person_block
from storyline.names.keys.loose import loose_key, typo_block
from storyline.names.keys.records import PERSON, NameRecord, can_be_abbreviated, read_record
from storyline.names.keys.role_words import appositions, is_qualified, modifiers, role_key
from storyline.names.keys.short import is_short, short_keys
from storyline.names.orgkey import acronyms, org_key

_DEFINITION = re.compile(r"\s*\(([A-ZА-Я][A-ZА-Я0-9]{1,7})\)")


def mention_keys(analysis: DocumentAnalysis, *, roles: bool = True) -> dict[str, frozenset[str]]:
    """Mention id → its blocking keys, for the mentions of one document that have any; `roles` False
    leaves out the `r:` keys (for a document known to have none: they cost a role-table build)."""
    keys: dict[str, set[str]] = {}
    records = [r for r in (read_record(m) for m in analysis.mentions if m.kind == "name") if r]
    for record in records:
        keys.setdefault(record.mention.id, set()).update(_record_keys(record))
    for record in records:  # "the Investigative Committee (IC)": the name defines an abbreviation
        defined = _DEFINITION.match(analysis.document.text, record.mention.end)
        if defined and can_be_abbreviated(record):
            keys[record.mention.id].add(f"a:{defined.group(1).lower()}")
    for holding in _appositions(analysis) if roles else ():
        keys.setdefault(holding[0], set()).add(f"r:{holding[1]}")
    for mention in analysis.mentions if roles else ():
        if mention.kind == "role" and is_qualified(mention.text) and not modifiers(mention.text):
            keys.setdefault(mention.id, set()).add(f"r:{role_key(mention.text)}")
    return {mention: frozenset(found) for mention, found in keys.items() if found}


def document_keys(analysis: DocumentAnalysis) -> frozenset[str]:
    """Every blocking key of one document's mentions."""
    return frozenset().union(*mention_keys(analysis).values())


def entity_blocks(entity: Entity, keys: dict[str, frozenset[str]]) -> frozenset[str]:
    """The keys of an entity's mentions (`keys`: mention id → keys, for at least its mentions)."""
    return frozenset().union(*(keys.get(m, frozenset()) for m in entity.mentions))


def written_keys(mention: Mention, keys: frozenset[str]) -> frozenset[str]:
    """Those of a name mention's `keys` whose blocks its own entity does not read (module docstring)."""
    record = read_record(mention) if mention.kind == "name" else None
    if record is None or record.abbreviation:
        return frozenset()
    if record.mention.label == PERSON:
        return frozenset(k for k in keys if k.startswith("r:"))
    short = is_short(record)
    return frozenset(k for k in keys if k.startswith("a:") or (k.startswith("s:") and not short))


_KEYS_OF: dict[tuple[object, ...], frozenset[str]] = {}  # what `_name_keys` reads of a record → its keys
_KEPT = 65_536


def _record_keys(record: NameRecord) -> frozenset[str]:
    """A name record's keys: those of its words, label and name parts, and a given name's document."""
    if record.mention.label == PERSON and record.person is not None and record.person.given_only:
        return frozenset({f"d:{record.document}"})
    reads = (record.alias, record.block, record.mention.label, record.person, record.abbreviation)
    found = _KEYS_OF.get(reads)
    if found is None:
        if len(_KEYS_OF) >= _KEPT:
            _KEYS_OF.clear()
        found = _KEYS_OF[reads] = frozenset(_name_keys(record))
    return found


def _name_keys(record: NameRecord) -> set[str]:
    if record.mention.label == PERSON:
        if record.person is None:
            return set()
        if record.person.given_only:
            return {f"d:{record.document}"}
        if record.person.given_key is None and record.person.initial is None and org_key(record.alias):
            return {f"p:{record.block}", f"o:{loose_key(org_key(record.alias))}"}  # maybe a place
        return {f"p:{record.block}"}
    if record.abbreviation:
        return set(abbreviation_keys(record))
    loose = loose_key(record.block)
    found = {f"o:{loose}", *short_keys(record)}
    if typo_block(loose):  # `variant_roots` joins one-letter typos of the same shape
        found.add(f"t:{typo_block(loose)}")
    if can_be_abbreviated(record):
        found.update(f"a:{letters}" for letters in acronyms(record.block) if len(letters) >= 2)
    surname = person_block(record)
    if surname:  # a person's name tagged ORG/GPE may join that person (labels.py)
        found.add(f"p:{surname}")
    return found


def abbreviation_keys(record: NameRecord) -> frozenset[str]:
    """An abbreviation's keys: its letters' `a:` block (the names it can stand for), the `s:` block of
    the short form of those letters ("FED" goes where "Fed" goes, short.py) and the `o:` block of their
    loose key: an abbreviation no name resolves keeps its letters as entity key, which `variant_roots`
    groups with the organisations of that loose key ("XQ" with "Xq Ltd", whose legal form it drops)."""
    return frozenset({f"a:{record.block}", f"s:{record.block}", f"o:{loose_key(record.block)}"})


def _appositions(analysis: DocumentAnalysis) -> list[tuple[str, str]]:
    """(person name mention id, role key) for each role written before a person's name (the holdings
    the role table reads from this document, link/entities/roles.py)."""
    persons = {m.id for m in analysis.mentions if m.kind == "name" and m.label == PERSON}
    return [(mention.id, role_key(role)) for mention, role in appositions(analysis, persons)]
