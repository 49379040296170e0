"""Short forms of organisation and place names: "the Fed" for the Federal Reserve, "Gulf" for Gulf of Mexico.

A name is a short form of a longer one in two shapes (`stands_for`):

- a **clipping**: its first word is the start of the long name's first word, three or four letters of a
  word at least three letters longer whose rest is no suffix ("East" is not "Eastern"), and its other
  words begin the long name's other words ("Fed" and "Fed Reserve" → Federal Reserve); both are
  organisations' names;
- a **head**: one word that opens an "X of Y" name ("Gulf" → Gulf of Mexico, "Ministry" → Ministry of
  Defence).

Many long names share a first word ("Federal Reserve", "Federal Highway Administration"), and a document
can name both a short form and a long name it does not stand for, so a short form is resolved by a vote
of the documents it occurs in: each names the long names it can stand for, and the one named DOMINANCE
times as often as each other one is its meaning in every document ("Fed" beside "Federal Reserve" in
three articles and beside "Federal Highway Administration" in one is the Federal Reserve everywhere).
Where no document names a candidate, a short form of two words or more ("Fed Reserve") takes the
corpus's only candidate; otherwise, or without a clear winner, the short form stays its own entity: "the
Gulf" of an article on Egypt is not the "Gulf of Suez" of another one. The decision reads only the
corpus's names, so it does not depend on the order documents arrive in; storyline/names/keys/ gives both
sides the key `s:<short word>` and says which names are written like short forms (short.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field

from storyline.names.keys.records import PERSON, PLACE_KEYS, NameRecord
from storyline.names.keys.short import CLIP_DROPS, CLIP_LETTERS, is_short
from storyline.names.orgkey import org_key
from storyline.names.orgwords import DERIVING_SUFFIXES

DOMINANCE = 3  # a short form's documents name its long name this many times as often as any other


def stands_for(short: str, long: str) -> bool:
    """Whether the key `short` is a clipping or the head of the key `long` (module docstring)."""
    return _heads(short, long) or _clipped(short, long)


def _heads(short: str, long: str) -> bool:
    words = long.split()
    return " " not in short and len(words) >= 3 and words[0] == short and words[1] == "of"


def _clipped(short: str, long: str) -> bool:
    head, *rest = short.split()
    first, *others = long.split()
    if not _clips(head, first) or len(rest) > len(others):
        return False
    return all(other.startswith(word) for word, other in zip(rest, others[: len(rest)], strict=True))


def _clips(head: str, word: str) -> bool:
    """Whether `head` is a clipping of `word`: its first three or four letters, with at least three more
    letters after them that are not a suffix making a word of its own ("east" of "eastern" is a word)."""
    if len(head) not in CLIP_LETTERS or not word.isalpha() or not word.startswith(head):
        return False
    tail = word[len(head) :]
    return len(tail) >= CLIP_DROPS and not tail.endswith(DERIVING_SUFFIXES)


def join_short_forms(records: Mapping[str, NameRecord], joined: MutableMapping[str, str]) -> None:
    """Point each short form's mention at the long name it stands for (module docstring), in place."""
    longs: dict[str, set[str]] = defaultdict(set)  # document → the long names' keys in it
    shorts: dict[str, set[str]] = defaultdict(set)  # short form's key → documents
    organisations: set[str] = set()  # short forms tagged ORG, and "document|long key" tagged ORG there
    mentions: list[str] = []
    for mention, key in list(joined.items()):
        record = records[mention]
        if record.mention.label == PERSON or "|" in key or record.abbreviation:
            continue
        if is_short(record) and record.block not in PLACE_KEYS:
            shorts[record.block].add(record.document)
            mentions.append(mention)
            if record.mention.label == "ORG":
                organisations.add(record.block)
        if len(key.split()) >= 2:
            longs[record.document].add(key)
            if record.mention.label == "ORG":
                organisations.add(f"{record.document}|{key}")
    names = Names.of(longs, organisations)
    meaning = {short: names.meaning(short, documents) for short, documents in shorts.items()}
    for mention in mentions:
        found = meaning[records[mention].block]
        if found:
            joined[mention] = found
    for mention, key in joined.items():  # the same letters in capitals ("FED") go along
        if records[mention].abbreviation and meaning.get(key):
            joined[mention] = meaning[key] or key


@dataclass(frozen=True, slots=True)
class Names:
    """The long names of each document, and which are organisations' there (clippings join only those)."""

    longs: Mapping[str, set[str]]
    organisations: set[str]
    starts: Mapping[str, set[str]] = field(default_factory=dict)  # first word, its clippings → documents

    @classmethod
    def of(cls, longs: Mapping[str, set[str]], organisations: set[str]) -> Names:
        """The names with the documents of each long name's first word and of its clippings, so that a
        corpus-wide look-up reads only the documents whose long names it can stand for."""
        starts: dict[str, set[str]] = defaultdict(set)
        for document, keys in longs.items():
            for first in {key.split()[0] for key in keys}:
                for start in {first, *(first[:n] for n in CLIP_LETTERS)}:
                    starts[start].add(document)
        return cls(longs, organisations, starts)

    def candidates(self, short: str, document: str | None = None) -> set[str]:
        """The keys `short` can stand for in a document (None: the whole corpus): a head of any name, a
        clipping of a name tagged ORG there, when the short form is tagged ORG too."""
        documents = [document] if document is not None else self._starting(short.split()[0])
        found = set()
        for doc in documents:
            for key in self.longs.get(doc, set()) - {short}:
                organisation = short in self.organisations and f"{doc}|{key}" in self.organisations
                if _heads(short, key) or (organisation and _clipped(short, key)):
                    found.add(key)
        return found

    def _starting(self, head: str) -> list[str]:
        """The documents with a long name that `head` can be the head or a clipping of (all without
        `starts`): a head is a name's first word, a clipping its first CLIP_LETTERS letters."""
        return sorted(self.starts.get(head, set())) if self.starts else sorted(self.longs)

    def meaning(self, short: str, documents: set[str]) -> str | None:
        """The long name a short form stands for: the one its documents name DOMINANCE times as often
        as each other candidate (a document counts once), or, when no document names one, the corpus's
        only one for a short form of two words or more."""
        votes: Counter[str] = Counter()
        for document in sorted(documents):
            votes.update(self.candidates(short, document))
        if not votes:  # "Fed Reserve" agrees with its long name beyond one word
            corpus = self.candidates(short) if " " in short else set()
            return next(iter(corpus)) if len(corpus) == 1 else None
        (top, first), *rest = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
        return top if not rest or first >= DOMINANCE * rest[0][1] else None


def without_short_forms(aliases: list[str]) -> list[str]:
    """The aliases that are no short form of another one ("Fed" left out beside "Federal Reserve")."""
    keys = {alias: org_key(alias) for alias in set(aliases)}
    longs = set(keys.values())
    kept = [a for a in aliases if not any(stands_for(keys[a], other) for other in longs - {keys[a]})]
    return kept or aliases
