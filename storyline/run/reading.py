"""The lazy front of an ingest run: read documents not stored yet, one by one, and how many to expect.

The workers clean what is read here (storyline/run/worker.py); the client only reads and keeps the
bookkeeping. Nothing is held but the keys seen in this run: a document already stored (the same source
with the same read text, title and outlet: cleaning is a function of those) is skipped before any worker
sees it, so a rerun after Ctrl-C resumes where it stopped; the same read text twice in a run is skipped
the second time. After cleaning, `admit` skips a document whose cleaned text is already stored or seen in
this run; of two different files that clean to the same text, the one with the smaller source is kept,
whatever order the workers finish them in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from enum import Enum

from storyline.ingest.paths import expand_paths
from storyline.model import Document, RawDocument, Rejected, Skipped, make_id
from storyline.store import Store

STORED = "already in the database"


class Admitted(Enum):
    """What the runner does with a cleaned, analysed document: store it, store it instead of the one kept
    so far (same text, smaller source), or drop it (skipped)."""

    NEW = "new"
    REPLACES = "replaces"
    SKIPPED = "skipped"


class Reading:
    """Reads what is new, records what it skips or rejects, and estimates how many documents will come."""

    def __init__(self, store: Store, paths: Sequence[str]) -> None:
        self.store = store
        self.files = sum(1 for path in expand_paths(paths) if isinstance(path, str))  # a stat walk only
        self.skipped: list[tuple[str, str]] = []
        self.rejected: list[Rejected] = []
        self.new = 0
        self.done = False
        self._read: dict[str, str] = {}  # key of the read document -> its source, in this run
        self._kept: dict[str, str] = {}  # id of a cleaned document kept in this run -> its source
        self._files_seen: set[str] = set()

    @property
    def kept(self) -> int:
        """Distinct new documents admitted so far."""
        return len(self._kept)

    def new_documents(self, outcomes: Iterable[RawDocument | Rejected | Skipped]) -> Iterator[RawDocument]:
        """The read documents not stored yet, in input order; everything else is recorded here."""
        for raw in outcomes:
            self._files_seen.add(raw.source.split("#", 1)[0])
            fresh = self._fresh(raw)
            if fresh is not None:
                self.new += 1
                yield fresh
        self.done = True

    def expected(self) -> int | None:
        """Documents this run will analyse: exact once read, else extrapolated from the files read."""
        if self.done:
            return self.new
        if not self._files_seen or not self.files:
            return None
        return max(self.new, round(self.new * self.files / len(self._files_seen)))

    def admit(self, document: Document) -> Admitted:
        """Whether to store the cleaned `document` (module docstring); a skip is recorded here."""
        first = self._kept.get(document.id)
        if first is None:
            if self.store.has_document(document.id):
                self.skipped.append((document.source, STORED))
                return Admitted.SKIPPED
            self._kept[document.id] = document.source
            return Admitted.NEW
        if document.source < first:  # finished after its twin: the order of the input decides nothing
            self._kept[document.id] = document.source
            self.skipped.append((first, f"same text as {document.source}"))
            return Admitted.REPLACES
        self.skipped.append((document.source, f"same text as {first}"))
        return Admitted.SKIPPED

    def _fresh(self, raw: RawDocument | Rejected | Skipped) -> RawDocument | None:
        if isinstance(raw, Skipped):
            self.skipped.append((raw.source, raw.reason))
        elif isinstance(raw, Rejected):
            self.rejected.append(raw)
        elif (key := raw_key(raw)) in self._read:
            self.skipped.append((raw.source, f"same text as {self._read[key]}"))
        elif self.store.has_read(raw.source, raw.raw_text, raw.title, raw.outlet):
            self.skipped.append((raw.source, STORED))
        else:
            self._read[key] = raw.source
            return raw
        return None


def raw_key(raw: RawDocument) -> str:
    """What cleaning reads of a document, hashed: equal keys clean to the same document."""
    return make_id("read", raw.raw_text, raw.header_spans, raw.title, raw.outlet, raw.repeated_lines)
