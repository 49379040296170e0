"""Entity records from keyed mentions: user corrections applied, display name, aliases and ids chosen.

Corrections are applied by name, never by position, so they hold whatever documents arrive later:
`split (alias, entity)` first moves the mentions with that alias (folded) out of the entities the
second target names (by id, name or alias) into an entity of their own; then `merge (a, b, …)` unites
every entity each target names. A target that names nothing is ignored.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from storyline.link.entities.shortforms import without_short_forms
from storyline.model import Correction, Entity, make_id
from storyline.names import fold_text
from storyline.names.keys.records import PERSON, PLACE_KEYS, NameRecord, looks_abbreviated

Groups = dict[str, list[NameRecord]]
ABBREVIATION_LEAD = 10


def assemble(
    records: Mapping[str, NameRecord],
    assign: Mapping[str, str],
    refers: Mapping[str, str],
    corrections: Sequence[Correction],
) -> tuple[Entity, ...]:
    """Entities from `assign` (mention id → key); `refers`: pronoun/role mention id → name mention id."""
    groups: Groups = defaultdict(list)
    for mention_id, key in assign.items():
        groups[key].append(records[mention_id])
    for correction in corrections:
        if correction.action == "split" and len(correction.targets) >= 2:
            groups = split_alias(groups, correction.targets[0], correction.targets[1])
    root = {key: key for key in groups}
    for correction in corrections:
        if correction.action == "merge":
            merge_keys(root, groups, correction.targets)
    final: Groups = defaultdict(list)
    for key, members in groups.items():
        final[find(root, key)].extend(members)
    extra: dict[str, list[str]] = defaultdict(list)
    home = {record.mention.id: key for key, members in final.items() for record in members}
    for mention_id, target in refers.items():
        if target in home:
            extra[home[target]].append(mention_id)
    entities = (build_entity(key, members, extra.get(key, [])) for key, members in final.items() if members)
    return tuple(sorted(entities, key=lambda e: e.id))


def entity_type(members: Sequence[NameRecord]) -> str:
    """The most frequent label of the members (PERSON when any key is a person's); ties alphabetical."""
    counts = Counter(record.mention.label for record in members)
    return min(counts, key=lambda label: (-counts[label], label))


def entity_id(key: str, members: Sequence[NameRecord]) -> str:
    return make_id("entity", entity_type(members), key)


def display_name(members: Sequence[NameRecord], key: str = "") -> str:
    """The most frequent full form (given name + surname, or a non-abbreviated name); ties alphabetical.
    A country or a US state is shown by the name its key spells ("United States", not the more frequent
    "America"; "Louisiana", not "La."), and a long name rather than its short form ("Federal Reserve",
    not "Fed").
    An abbreviation written ABBREVIATION_LEAD times as often as every full form together is the name the
    corpus knows the organisation by ("BP", not the rare "Beyond Petroleum")."""
    full = [r.alias for r in members if _is_full_form(r)]
    short = [r.alias for r in members if not _is_full_form(r)]
    if not full or (
        short and members[0].mention.label != PERSON and len(short) >= ABBREVIATION_LEAD * len(full)
    ):
        full = short
    if key in PLACE_KEYS:
        full = [alias for alias in full if fold_text(alias) == key] or [key.title()]
    if members[0].mention.label != PERSON:
        full = without_short_forms(full)
    counts = Counter(full)
    return min(counts, key=lambda alias: (-counts[alias], alias))


def _is_full_form(record: NameRecord) -> bool:
    if record.mention.label == PERSON:
        return record.person is not None and record.person.given is not None
    return not record.abbreviation and not looks_abbreviated(record.alias)  # "United States", not "U.S"


def in_link_order(members: Sequence[NameRecord]) -> list[NameRecord]:
    """Members ordered as a link gathers them where `display_name` reads the order (the first member's
    label): by document, a document's persons before its other names."""
    return sorted(members, key=lambda r: (r.document, r.mention.label != PERSON, r.mention.id))


def build_entity(key: str, members: Sequence[NameRecord], extra_mentions: Sequence[str]) -> Entity:
    mentions = {record.mention.id for record in members} | set(extra_mentions)
    return Entity(
        id=entity_id(key, members),
        name=display_name(members, key),
        type=entity_type(members),
        aliases=tuple(sorted({record.alias for record in members})),
        mentions=tuple(sorted(mentions)),
    )


def keys_named(groups: Groups, target: str) -> set[str]:
    """Keys of the groups `target` names: by entity id, else by folded display name or alias."""
    by_id = {key for key, members in groups.items() if members and entity_id(key, members) == target}
    if by_id:
        return by_id
    folded = fold_text(target)
    return {key for key, members in groups.items() if any(fold_text(r.alias) == folded for r in members)}


def split_alias(groups: Groups, alias: str, entity: str) -> Groups:
    """Move the mentions spelled `alias` out of the entities `entity` names into an entity of their own."""
    folded = fold_text(alias)
    result: Groups = defaultdict(list, {key: list(members) for key, members in groups.items()})
    for key in keys_named(groups, entity):
        moved = [r for r in result[key] if fold_text(r.alias) == folded]
        if moved and len(moved) < len(result[key]):
            result[key] = [r for r in result[key] if fold_text(r.alias) != folded]
            result[f"{key}#split:{folded}"].extend(moved)
    return result


def merge_keys(root: dict[str, str], groups: Groups, targets: Sequence[str]) -> None:
    """Unite every group the targets name (union-find over keys; the smallest key is the root)."""
    keys = sorted(find(root, key) for target in targets for key in keys_named(groups, target))
    for key in keys[1:]:
        root[find(root, key)] = find(root, keys[0])


def find(root: dict[str, str], key: str) -> str:
    while root[key] != key:
        root[key] = root[root[key]]
        key = root[key]
    return key
