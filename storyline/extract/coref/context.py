"""Shared state of one document's reference resolution: parse, sentence starts, quoted regions, persons."""

from __future__ import annotations

from bisect import bisect_right
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
    quoted: tuple[tuple[int, int], ...]  # top-level quoted regions, sorted and disjoint
    persons: dict[str, Person]

    def sentence(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def in_quote(self, offset: int) -> bool:
        """Inside a quoted region (top-level regions: sorted and disjoint)."""
        index = bisect_right(self.quoted, (offset, len(self.document.text) + 1)) - 1
        return index >= 0 and self.quoted[index][0] <= offset < self.quoted[index][1]

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
