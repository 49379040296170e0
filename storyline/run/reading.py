"""The lazy front of an ingest run: cleaned new documents one by one, and how many to expect.

Nothing is held but the ids seen in this run: a document already stored, or seen earlier in the run,
is reported as skipped and never parsed again (so a rerun after Ctrl-C resumes where it stopped).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from storyline.clean import clean_document
from storyline.ingest.paths import expand_paths
from storyline.model import Document, RawDocument, Rejected, Skipped
from storyline.store import Store


class Reading:
    """Cleans what the reader yields, keeps what is new, and estimates how many new documents will come."""

    def __init__(self, store: Store, paths: Sequence[str]) -> None:
        self.store = store
        self.files = sum(1 for path in expand_paths(paths) if isinstance(path, str))  # a stat walk only
        self.skipped: list[tuple[str, str]] = []
        self.rejected: list[Rejected] = []
        self.new = 0
        self.done = False
        self._seen: dict[str, str] = {}  # document id -> the source it came from in this run
        self._files_seen: set[str] = set()

    def new_documents(self, outcomes: Iterable[RawDocument | Rejected | Skipped]) -> Iterator[Document]:
        """The cleaned documents not stored yet, in input order; everything else is recorded here."""
        for raw in outcomes:
            self._files_seen.add(raw.source.split("#", 1)[0])
            document = self._clean(raw)
            if document is not None:
                self.new += 1
                yield document
        self.done = True

    def expected(self) -> int | None:
        """New documents this run will analyse: exact once read, else extrapolated from the files read."""
        if self.done:
            return self.new
        if not self._files_seen or not self.files:
            return None
        return max(self.new, round(self.new * self.files / len(self._files_seen)))

    def _clean(self, raw: RawDocument | Rejected | Skipped) -> Document | None:
        if isinstance(raw, Skipped):
            self.skipped.append((raw.source, raw.reason))
            return None
        outcome = raw if isinstance(raw, Rejected) else clean_document(raw)
        if isinstance(outcome, Rejected):
            self.rejected.append(outcome)
        elif outcome.id in self._seen:
            self.skipped.append((outcome.source, f"same text as {self._seen[outcome.id]}"))
        elif self.store.has_document(outcome.id):
            self.skipped.append((outcome.source, "already in the database"))
        else:
            self._seen[outcome.id] = outcome.source
            return outcome
        return None
