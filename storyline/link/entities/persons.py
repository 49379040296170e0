"""Person identity inside one surname block: full names by given name, partial names by uniqueness.

Within a block (one folded surname key) a full name ("Dmitry Peskov", "D. Peskov" aside) is one person
per canonical given name: Alexander / Aliaksandr / Alyaksandr are one, Dmitry vs Elizaveta are two.
A partial name — surname only ("Peskov", "Mr. Peskov") or initial + surname ("D. Peskov") — joins a
full name only when exactly one compatible full name exists, looked up in its own document first, then
in the whole corpus; otherwise it stays apart (ambiguous partials stay apart per document, so a
"Peskov" never lands on the wrong Peskov). One exception inside a document: when it spells out several
compatible full names and one of them is written DOMINANCE times as often as each other ("Hosni
Mubarak" 11 times, "Gamal Mubarak" once), the bare surname is that person's: news names a relative or
namesake in full every time and calls the main person by surname. The same holds across documents, with
a higher bar: a document naming no one of the surname in full gives its bare surname to the person the
corpus writes in full CORPUS_DOMINANCE times as often as each other one ("Muammar Gaddafi" 25 times,
"Mohammed Al-Gaddafi" once), and so does a document naming that person and another one once each;
"Clinton" beside Hillary (8) and Bill (5) stays apart.

A short surname (under SHORT_SURNAME letters, Latin script) joins a full name only when spelled like it:
the romanization-blind key folds "Jan" and "Jean" alike, and a bare "Jan" (of a "Jan Egeland" whose
surname NER missed) is not Wyclef Jean. It stays apart as a bare name of that spelling.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from storyline.names import fold_text, initial_matches
from storyline.names.keys.records import NameRecord

DOMINANCE = 3  # a document's full name written this many times as often as each other one owns its surname
SHORT_SURNAME = 5  # a surname this short joins only a full name spelled the same way
CORPUS_DOMINANCE = 5  # a full name the corpus writes this many times as often as each other one owns the
# bare surname of a document that names no one of that surname in full


def full_key(surname_key: str, given_key: str) -> str:
    """The entity key of a full name: folded surname and canonical given name."""
    return f"{surname_key}|{given_key}"


@dataclass
class DocPart:
    """One document's records in one block: the given names it spells out and its partial names."""

    givens: Counter[str] = field(default_factory=Counter)
    partials: list[NameRecord] = field(default_factory=list)


@dataclass
class PersonBlock:
    """Every person record with one folded surname, and the assignment of each to an entity key."""

    surname_key: str
    given_counts: Counter[str] = field(default_factory=Counter)
    docs: dict[str, DocPart] = field(default_factory=dict)
    spellings: set[str] = field(default_factory=set)  # the full names' surnames, folded

    def add(self, records: list[NameRecord], assign: dict[str, str]) -> None:
        """Add one document's records; re-resolve earlier partials only if a new given name arrived."""
        before = (set(self.given_counts), len(self.spellings), self.main())
        for record in records:
            part = self.docs.setdefault(record.document, DocPart())
            person = record.person
            if person is not None and person.kin and person.given_key is not None:
                assign[record.mention.id] = full_key(self.surname_key, person.given_key)  # a relative, apart
            elif person is not None and person.given_key is not None:
                self.given_counts[person.given_key] += 1
                part.givens[person.given_key] += 1
                self.spellings.add(fold_text(person.surname))
                assign[record.mention.id] = full_key(self.surname_key, person.given_key)
            else:
                part.partials.append(record)
        changed = (set(self.given_counts), len(self.spellings), self.main()) != before
        documents = self.docs if changed else {r.document: self.docs[r.document] for r in records}
        for document, part in documents.items():
            for record in part.partials:
                assign[record.mention.id] = self.resolve_partial(record, document, part)

    def main(self) -> str | None:
        """The given name the corpus writes CORPUS_DOMINANCE times as often as each other one in full."""
        return _dominant(self.given_counts, sorted(self.given_counts), CORPUS_DOMINANCE)

    def resolve_partial(self, record: NameRecord, document: str, part: DocPart) -> str:
        """The entity key of a surname-only or initial + surname record in `document`."""
        person = record.person
        initial = person.initial if person is not None else None
        spelling = _short_spelling(person.surname if person is not None else "")
        if spelling and spelling not in self.spellings:
            return f"{self.surname_key}|={spelling}"
        local = _compatible(set(part.givens), initial)
        if len(local) == 1:
            return full_key(self.surname_key, local[0])
        main = _dominant(part.givens, local)
        if main is None and initial is None and self.main() in local:
            main = self.main()  # the corpus's main person, named here beside a relative or namesake
        if main is not None:
            return full_key(self.surname_key, main)
        if not local:
            corpus = _compatible(set(self.given_counts), initial)
            if len(corpus) == 1:
                return full_key(self.surname_key, corpus[0])
            if initial is None and self.main() is not None:  # "Gaddafi": Muammar, not the one Mohammed
                return full_key(self.surname_key, str(self.main()))
            if not corpus:
                return f"{self.surname_key}|{initial.lower() + '.' if initial else '?'}"
        return f"{self.surname_key}|?|{document}"


def _short_spelling(surname: str) -> str:
    """The folded spelling of a short Latin-script surname, else "" (longer or other-script surnames
    meet their variants through the folded key)."""
    folded = fold_text(surname)
    latin = all(ord(c) < 0x250 for c in surname)
    return folded if latin and len(folded.replace(" ", "")) < SHORT_SURNAME else ""


def _compatible(givens: set[str], initial: str | None) -> list[str]:
    return sorted(g for g in givens if initial is None or initial_matches(initial, g))


def _dominant(counts: Counter[str], givens: list[str], dominance: int = DOMINANCE) -> str | None:
    """The given name written `dominance` times as often as each other one of `givens` (two or more)."""
    ranked = sorted(givens, key=lambda g: (-counts[g], g))
    if len(ranked) < 2 or counts[ranked[0]] < dominance * counts[ranked[1]]:
        return None
    return ranked[0]
