"""Organisation abbreviations: "IC", "CEC" and "WHO" resolved to the long names they stand for.

An abbreviation joins a long name when the text defines it ("the Investigative Committee (IC)"), or
when the organisation names it can stand for (`names.orgkey.acronyms`: initials of the content words,
also without a leading country word or a final "and …") are all spellings of one name (one group of
`variant_roots`: "Centers for Disease Control and Prevention", "US Center for Disease Control",
"American Centres of Disease Control") — in the same document
first, then in the whole corpus (definitions anywhere count as corpus knowledge). Otherwise it is its
own entity.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from storyline.link.entities.variants import join_class, variant_roots
from storyline.names.keys.records import NameRecord, can_be_abbreviated
from storyline.names.orgkey import acronyms, bare_name

_ACRONYM_WORD = re.compile(r"\b(?:[A-ZА-Я]\.){2,}|\b[A-ZА-Я]{2,}\b")
_DEFINITION = re.compile(r"\s*\(([A-ZА-Я][A-ZА-Я0-9]{1,7})\)")


def defined_abbreviations(records: list[NameRecord], text: str) -> dict[str, set[str]]:
    """Abbreviation (lowercase) → phrase keys of the names it follows in brackets in this text."""
    found: dict[str, set[str]] = defaultdict(set)
    for record in records:
        match = _DEFINITION.match(text, record.mention.end)
        if match and can_be_abbreviated(record):
            found[match.group(1).lower()].add(record.block)
    return found


def local_candidates(records: list[NameRecord], text: str) -> dict[str, set[str]]:
    """Abbreviation (lowercase) → the phrase keys one document's names give it: their initials, or the
    names it is defined after (a definition wins). The corpus's candidates are the union over documents."""
    return {**_initials_of(records), **defined_abbreviations(records, text)}


def _initials_of(records: list[NameRecord]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for record in records:
        if not can_be_abbreviated(record):
            continue
        capitals = _capital_words(record.mention.text, country_first=bool(bare_name(record.block)))
        for letters in acronyms(record.block):
            if len(letters) >= 2 and not _coincidence(letters, capitals):
                found[letters].add(record.block)
    return found


def _capital_words(text: str, country_first: bool) -> list[str]:
    """The acronyms written inside a name, lowercase, without dots ("U.S. Northeast" → us); a
    leading country word the name can drop ("US Centers for …") is left out when `country_first`."""
    words = [w.replace(".", "").lower() for w in _ACRONYM_WORD.findall(text)]
    if country_first and words and text.lstrip()[:1].lower() == words[0][:1]:
        return words[1:]
    return words


def _coincidence(letters: str, capitals: list[str]) -> bool:
    """Initials that do not stand for the name: the abbreviation is a word of it ("BP Pipelines" is
    a part of BP, not what "BP" stands for), or they take one letter of an acronym in it ("BGC
    Partners" is not "BP")."""
    return letters in capitals or any(len(word) >= 2 and word not in letters for word in capitals)


def one_name(keys: set[str]) -> str | None:
    """The key standing for all of `keys` when they are spellings of one name (the smallest; one group
    of `variant_roots`, so typos and "US"/"American" agree and two countries' bodies do not), else None.
    Keys of two join classes are never one group (`never_one_name`): no grouping is needed for them."""
    if not keys or never_one_name(keys):
        return None
    return min(keys) if len(set(variant_roots(keys).values())) == 1 else None


def never_one_name(keys: Iterable[str]) -> bool:
    """Whether `keys` hold two join classes (`variants.join_class`): then neither they nor any set holding
    them are spellings of one name (the corpus's candidates only grow, so its key stays the letters)."""
    first: str | None = None
    for key in keys:
        found = join_class(key)
        if first is None:
            first = found
        elif found != first:
            return True
    return False


@dataclass
class AbbreviationIndex:
    """Corpus-wide initials and definitions, and the abbreviation records that depend on them. A record
    no document resolves is pending: its key is what the whole corpus's candidates give it, so it is
    assigned once, when the keys are read (`settle`), not again for every document that adds one."""

    corpus: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    pending: dict[str, list[NameRecord]] = field(default_factory=lambda: defaultdict(list))
    unsettled: set[str] = field(default_factory=set)  # abbreviations whose pending records need a key

    def add(self, records: list[NameRecord], text: str, assign: dict[str, str]) -> None:
        """Add one document's non-person records; assign keys to its abbreviations resolved in it, and
        mark those it leaves pending and earlier pending ones whose candidate set it changed unsettled."""
        local = local_candidates(records, text)
        for abbreviation, keys in local.items():
            if not keys <= self.corpus[abbreviation]:
                self.corpus[abbreviation] |= keys
                if abbreviation in self.pending:
                    self.unsettled.add(abbreviation)
        for record in records:
            if record.abbreviation:
                self._assign_one(record, local.get(record.block, set()), assign)

    def settle(self, assign: dict[str, str]) -> None:
        """Assign every unsettled pending record its corpus key (one per abbreviation: they share it)."""
        for abbreviation in sorted(self.unsettled):
            key = self._corpus_key(abbreviation)
            assign.update((record.mention.id, key) for record in self.pending[abbreviation])
        self.unsettled.clear()

    def _assign_one(self, record: NameRecord, local: set[str], assign: dict[str, str]) -> None:
        if one_name(local):
            assign[record.mention.id] = one_name(local) or record.block
        elif local:
            assign[record.mention.id] = f"{record.block}|?|{record.document}"
        else:
            self.pending[record.block].append(record)
            self.unsettled.add(record.block)
            assign[record.mention.id] = record.block  # its place in `assign`; `settle` gives the key

    def _corpus_key(self, abbreviation: str) -> str:
        """The key the corpus's candidates give an abbreviation: one name they all spell, else itself."""
        return one_name(set(self.corpus.get(abbreviation, set()))) or abbreviation
