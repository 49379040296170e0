"""Namesakes: two people with one full name, told apart by what their articles say they are.

"NCRC's president John Taylor" and "Stanford economist John B. Taylor" have one surname and one given
name, so persons.py gives them one key. An article that names a person in full usually says who the
person is, in an apposition: words before the name in its clause ("Stanford economist John B. Taylor")
or a phrase after it set off by a comma ("John Taylor, president and chief executive of the National
Community Reinvestment Coalition, said"). Such a **descriptor** counts only when it names an
organisation (a mention tagged ORG inside it) and has no time word ("former", "then", "ex-": a past
post is no conflict).

The documents of one full name are grouped: two documents are in one group when their descriptors share
an organisation or a role word ("economist", "chief"), or when one group's documents mention the other
group's organisation anywhere (a person whose post changed, "New York Fed President" and then "Treasury
Secretary", is written about next to both). When two groups or more are left, they are different people:
the largest group (most documents, then most mentions) keeps the name's key and every other group becomes
a namesake of its own, keyed by its organisation; a document without a descriptor stays with the largest
group. The descriptors and organisations are read only from the person's own documents, so the result
does not depend on the order they arrive in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass

from storyline.names.keys.loose import loose_key
from storyline.names.keys.records import PERSON, NameRecord
from storyline.names.keys.role_words import TIME_MODIFIERS
from storyline.names.lexicon import OCCUPATIONS, ROLE_HEADS

_CLAUSE_END = re.compile(r"[,.;:!?\"“”()\[\]\n—–]")
_AFTER = re.compile(r"\s*,\s*([^,;.()\[\]\n\"“”]{3,160}?)\s*[,;.)]")
_SMALL = frozenset({"the", "a", "an", "of", "and", "for", "at", "in", "to", "s", "'s", "’s", "who", "its"})
_BEFORE_WORDS = 6  # an apposition before the name is this many words at most ...
_AFTER_WORDS = 14  # ... and one after it
HEADS = ROLE_HEADS | OCCUPATIONS


@dataclass(frozen=True, slots=True)
class Descriptor:
    """What one apposition says a person is: the organisations it names and its other words."""

    organisations: frozenset[str]
    words: frozenset[str]


def descriptors(records: Sequence[NameRecord], text: str) -> dict[str, Descriptor]:
    """Full-name person mention id → its descriptor, for one document's records (module docstring)."""
    organisations = [r for r in records if r.mention.label == "ORG" and not r.abbreviation]
    found = {}
    for record in records:
        if record.mention.label != PERSON or record.person is None or record.person.given_key is None:
            continue
        for start, end in _spans(record, text):
            inside = [o for o in organisations if start <= o.mention.start and o.mention.end <= end]
            described = _descriptor(text, start, end, inside)
            if described is not None:
                found[record.mention.id] = described
                break
    return found


def _spans(record: NameRecord, text: str) -> list[tuple[int, int]]:
    """The apposition spans around a name: the title-like words right before it ("Stanford economist"),
    the comma phrase after it ("..., president of the ..., said"); each must hold an occupation word."""
    start, end = record.mention.start, record.mention.end
    window = text[max(0, start - 80) : start]
    cut = [m.end() for m in _CLAUSE_END.finditer(window)]
    offset = max(0, start - 80) + (cut[-1] if cut else 0)
    taken = 0
    for word in reversed(window[cut[-1] if cut else 0 :].split()[-_BEFORE_WORDS:]):
        if not (word[:1].isupper() or _bare(word) in HEADS):
            break
        taken += 1
    spans = []
    if taken:
        words = text[offset:start].split()
        first = text.index(words[-taken], offset) if taken < len(words) else offset
        spans.append((first, start))
    after = _AFTER.match(text, end)
    if after and len(after.group(1).split()) <= _AFTER_WORDS:
        spans.append((after.start(1), after.end(1)))
    return [(s, e) for s, e in spans if any(_bare(w) in HEADS for w in text[s:e].split())]


def _bare(word: str) -> str:
    return word.strip(".,'’").lower().removesuffix("'s").removesuffix("’s")


def _descriptor(text: str, start: int, end: int, inside: list[NameRecord]) -> Descriptor | None:
    if not inside:
        return None
    chars = list(text[start:end])
    for record in inside:  # the organisations' own words are not role words
        chars[record.mention.start - start : record.mention.end - start] = " " * len(record.mention.text)
    words = {w.strip("-'’").lower() for w in "".join(chars).split()}
    if words & TIME_MODIFIERS or any(w.startswith("ex-") for w in words):
        return None
    return Descriptor(
        organisations=frozenset(loose_key(r.block) for r in inside),
        words=frozenset(w for w in words if w.isalpha() and w not in _SMALL),
    )


def organisations_named(records: Sequence[NameRecord]) -> frozenset[str]:
    """The loose keys of every organisation one document's records name."""
    return frozenset(loose_key(r.block) for r in records if r.mention.label == "ORG" and not r.abbreviation)


def split_namesakes(
    records: Mapping[str, NameRecord],
    joined: MutableMapping[str, str],
    described: Mapping[str, Descriptor],
    named: Mapping[str, frozenset[str]],
) -> None:
    """Give each namesake group beyond the largest its own key (module docstring), in place; `named`:
    document → the organisations it names."""
    by_key: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))  # key → doc → mentions
    for mention, key in joined.items():
        if records[mention].mention.label == PERSON and "|" in key and "?" not in key:
            by_key[key][records[mention].document].append(mention)
    for key, documents in by_key.items():
        seen = {d: _union([described[m] for m in ms if m in described]) for d, ms in documents.items()}
        groups = _apart(_groups({d: found for d, found in seen.items() if found is not None}), seen, named)
        if len(groups) < 2:
            continue
        ranked = sorted(groups, key=lambda g: (-len(g), -sum(len(documents[d]) for d in g), _label(g, seen)))
        for group in ranked[1:]:
            for document in group:
                for mention in documents[document]:
                    joined[mention] = f"{key}#{_label(group, seen)}"


def _union(found: list[Descriptor]) -> Descriptor | None:
    if not found:
        return None
    return Descriptor(
        organisations=frozenset().union(*(d.organisations for d in found)),
        words=frozenset().union(*(d.words for d in found)),
    )


def _groups(seen: Mapping[str, Descriptor]) -> list[list[str]]:
    """Documents joined when their descriptors share an organisation or a word (union-find)."""
    root = {d: d for d in seen}

    def find(d: str) -> str:
        while root[d] != d:
            d = root[d]
        return d

    owner: dict[str, str] = {}
    for document in sorted(seen):
        found = seen[document]
        for token in sorted({f"o:{o}" for o in found.organisations} | {f"w:{w}" for w in found.words}):
            if token in owner:
                a, b = sorted((find(owner[token]), find(document)))
                root[b] = a
            else:
                owner[token] = document
    groups: dict[str, list[str]] = defaultdict(list)
    for document in sorted(seen):
        groups[find(document)].append(document)
    return list(groups.values())


def _apart(
    groups: list[list[str]], seen: Mapping[str, Descriptor | None], named: Mapping[str, frozenset[str]]
) -> list[list[str]]:
    """The groups left after joining each two where one's documents name the other's organisations."""
    merged = [list(g) for g in groups]
    joined_any = True
    while joined_any and len(merged) > 1:
        joined_any = False
        for a in range(len(merged)):
            for b in range(a + 1, len(merged)):
                if _related(merged[a], merged[b], seen, named) or _related(merged[b], merged[a], seen, named):
                    merged[a] += merged.pop(b)
                    joined_any = True
                    break
            if joined_any:
                break
    return merged


def _related(
    group: list[str],
    other: list[str],
    seen: Mapping[str, Descriptor | None],
    named: Mapping[str, frozenset[str]],
) -> bool:
    own = {o for d in group for o in getattr(seen[d], "organisations", ())}
    return any(own & named.get(d, frozenset()) for d in other)


def _label(group: list[str], seen: Mapping[str, Descriptor | None]) -> str:
    """The smallest organisation key of a group's descriptors (its namesake's key)."""
    return min(o for d in group for o in getattr(seen[d], "organisations", ()))
