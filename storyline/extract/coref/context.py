"""Shared state of one document's reference resolution: parse, sentence starts, quoted regions, persons."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from storyline.extract.coref.persons import Person
from storyline.model import Document, Mention, make_id
from storyline.model.records import MentionKind


@dataclass(frozen=True, slots=True)
class Context:
    """What resolution needs: the parse, sentence numbers, quoted regions, person facts, links so far."""

    document: Document
    doc: Doc
    starts: tuple[int, ...]  # sentence start offsets, in order
    quoted: tuple[tuple[int, int], ...]
    persons: dict[str, Person]

    def sentence(self, offset: int) -> int:
        return max(0, sum(1 for s in self.starts if s <= offset) - 1)

    def in_quote(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.quoted)

    def mention(self, start: int, end: int, label: str, kind: MentionKind, refers_to: str | None) -> Mention:
        return Mention(
            id=make_id("mention", self.document.id, start, end),
            document=self.document.id,
            start=start,
            end=end,
            text=self.document.text[start:end],
            label=label,
            kind=kind,
            sentence=self.sentence(start),
            refers_to=refers_to,
        )
