"""The Store: one SQLite database behind typed methods that take and return model records."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType

from storyline.errors import NotFound, StoreError
from storyline.model import (
    Copy,
    CorpusLinks,
    Correction,
    Document,
    DocumentAnalysis,
    Entity,
    NearDuplicate,
    Rejected,
)
from storyline.store import fold_bands, fold_reads, fold_state, journal, load, read, write, write_changes
from storyline.store.connection import MEMORY, atomic, connect, use_wal
from storyline.store.fold_mentions import mention_keys_of
from storyline.store.fold_state import NO_FOLD_ROWS, FoldRows
from storyline.store.migrations import check_schema, migrate
from storyline.store.rows import EntityRow, Run, RunCounts, StatementRow, TimelineRow


def open_store(path: str | Path, *, create: bool = True, read_only: bool = False) -> Store:
    """Open (and migrate) the database at `path`; ":memory:" for a throwaway one.

    With `create=False` a missing file is a StoreError that says to ingest first. With `read_only`
    (read commands) nothing is created, migrated or written. Either way a db that is not storyline's,
    or is from a newer storyline, is refused (ForeignDatabase) and left byte-identical.
    """
    conn = connect(path, create=create, read_only=read_only)
    try:
        check_schema(conn, str(path), read_only=read_only)
        if not read_only:
            use_wal(conn)
            migrate(conn)
    except StoreError:
        conn.close()
        raise
    return Store(conn, str(path))


class Store:
    """Typed access to one storyline database; use `open_store` to get one."""

    def __init__(self, conn: sqlite3.Connection, path: str = MEMORY) -> None:
        self.conn = conn
        self.path = path

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    # documents and analyses -------------------------------------------------------------------------
    def has_document(self, document_id: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone() is not None
        )

    def has_read(self, source: str, raw_text: str, title: str | None, outlet: str | None) -> bool:
        """A document from `source` with this read text, title and outlet is stored (cleaning reads those)."""
        rows = self.conn.execute(
            "SELECT raw_text, title, outlet FROM documents WHERE source = ?", (source,)
        ).fetchall()
        return any(tuple(row) == (raw_text, title, outlet) for row in rows)

    def save_analysis(self, analysis: DocumentAnalysis, *, corpus_dated: bool = False) -> None:
        """Store a document and everything extracted from it (replacing an earlier analysis of it);
        `corpus_dated`: its publication date was inferred from the corpus (storyline/link/dating.py)."""
        self._write(write.save_analysis, analysis, corpus_dated)

    def corpus_dated(self) -> set[str]:
        """Ids of the documents whose stored analysis uses a publication date inferred from the corpus."""
        return {row[0] for row in self.conn.execute("SELECT document FROM corpus_dated")}

    def load_analyses(self, *, with_links: bool = False) -> Iterator[DocumentAnalysis]:
        """Every analysis as saved, by document id; `with_links` fills entity, speaker and statement ids."""
        return load.load_analyses(self.conn, with_links=with_links)

    def documents(self) -> list[Document]:
        return load.documents(self.conn)

    # links ------------------------------------------------------------------------------------------
    def save_links(
        self, links: CorpusLinks, state: Mapping[str, str] | None = None, fold: FoldRows = NO_FOLD_ROWS
    ) -> None:
        """Replace every cross-document record (entities, statements, timeline, duplicates); nothing is
        pending afterwards. `state` (name → value) is recorded with them (see `link_state`), and the
        incremental linkers' keys (`fold`)."""
        self._write(write_changes.save_all_links, links, dict(state or {}), fold)

    def save_link_changes(
        self, old: CorpusLinks, new: CorpusLinks, state: Mapping[str, str], fold: FoldRows = NO_FOLD_ROWS
    ) -> None:
        """Turn the stored links `old` into `new`, writing only the records that differ, with the fold
        state; nothing is pending afterwards."""
        self._write(write_changes.save_link_changes, old, new, state, fold)

    def documents_with_keys(self, linker: str, keys: Iterable[str]) -> set[str]:
        """Linked documents that have any of `keys` for `linker` (storyline/store/fold_state.py)."""
        return fold_state.documents_with_keys(self.conn, linker, keys)

    def keys_of(self, linker: str, documents: Iterable[str]) -> dict[str, frozenset[str]]:
        """Each of `documents` → its keys for `linker`."""
        return fold_state.keys_of(self.conn, linker, documents)

    def keyed_documents(self, documents: Iterable[str]) -> set[str]:
        """Those of `documents` that were linked before (a linker has keys for them)."""
        return fold_state.keyed_documents(self.conn, documents)

    def mention_keys_of(self, documents: Iterable[str]) -> dict[str, dict[str, frozenset[str]]]:
        """Each of `documents` with stored mention keys → its mentions' entity keys (fold_mentions.py)."""
        return mention_keys_of(self.conn, documents)

    def records_in_blocks(self, linker: str, keys: Iterable[str]) -> dict[str, frozenset[str]]:
        """Records of `linker` in any of the blocks `keys`, each with all its blocks."""
        return fold_state.records_in_blocks(self.conn, linker, keys)

    def blocks_of(self, linker: str, records: Iterable[str]) -> dict[str, frozenset[str]]:
        """The blocks of each of `records` for `linker`."""
        return fold_state.blocks_of(self.conn, linker, records)

    def holders(self, linker: str, keys: Iterable[str]) -> dict[str, frozenset[str]]:
        """Each of `keys` → the linked documents that have it for `linker`."""
        return fold_state.holders(self.conn, linker, keys)

    def band_sentences(self, bands: Iterable[int]) -> dict[str, dict[tuple[int, int], set[int]]]:
        """Linked documents with a sentence holding any of the MinHash band keys `bands`: each such
        sentence's span with the keys it holds (storyline/store/fold_bands.py)."""
        return fold_bands.band_sentences(self.conn, bands)

    def texts_of(self, documents: Iterable[str]) -> dict[str, str]:
        """The cleaned text of each of the stored `documents`, by id."""
        return fold_bands.texts_of(self.conn, documents)

    def documents_of(self, documents: Iterable[str]) -> dict[str, Document]:
        """The stored documents (text and dates) of `documents`, by id."""
        return fold_bands.documents_of(self.conn, documents)

    def duplicates_of(self, documents: Iterable[str]) -> set[NearDuplicate]:
        """The stored shared passages with a side in `documents`."""
        return fold_bands.duplicates_of(self.conn, documents)

    def copies_of(self, documents: Iterable[str]) -> dict[str, Copy]:
        """The stored copies with an origin or copy in `documents`, by id."""
        return fold_bands.copies_of(self.conn, documents)

    @property
    def reads(self) -> fold_reads.FoldReads:
        """The incremental link step's reads by index (storyline/store/fold_reads.py)."""
        return fold_reads.FoldReads(self.conn)

    def load_entities(self) -> list[Entity]:
        """Every stored entity, by id."""
        return load.load_entities(self.conn)

    def fold_data(self, linker: str, documents: Iterable[str]) -> dict[str, str]:
        """What `linker` kept of each of `documents` (storyline/store/fold_state.py)."""
        return fold_state.fold_data(self.conn, linker, documents)

    def story_rows(
        self, documents: Iterable[str]
    ) -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, ...]]]:
        """For the stories `documents` are in: (document → top-level story, for those documents and
        every member of those stories; story → sub-story ids)."""
        top = fold_state.top_stories(self.conn, documents)
        members = fold_state.story_members(self.conn, set(top.values()))
        return top, members, fold_state.story_children(self.conn, set(top.values()))

    def analyses_of(self, documents: Iterable[str]) -> list[DocumentAnalysis]:
        """The stored analyses of `documents`, by document id."""
        return fold_state.analyses_of(self.conn, documents)

    def named_analyses_of(
        self, documents: Iterable[str], *, organisations: bool = False
    ) -> list[DocumentAnalysis]:
        """The stored analyses of `documents` with documents, mentions and time expressions only
        (`organisations`: the names not tagged PERSON alone)."""
        return fold_state.named_analyses_of(self.conn, documents, organisations=organisations)

    def link_state(self) -> dict[str, str]:
        """What the last link step recorded with the links, e.g. the version of the linkers."""
        return write_changes.link_state(self.conn)

    def pending_documents(self) -> set[str]:
        """Ids of the stored documents not yet in the links."""
        return {row[0] for row in self.conn.execute("SELECT document FROM links_pending")}

    def links_pending(self) -> int:
        """How many stored documents are not yet in the links (a run died before linking them)."""
        return int(self.conn.execute("SELECT count(*) FROM links_pending").fetchone()[0])

    def load_links(self) -> CorpusLinks:
        return load.load_links(self.conn)

    # corrections ------------------------------------------------------------------------------------
    def add_correction(self, correction: Correction) -> None:
        self._write(journal.add_correction, correction)

    def corrections(self) -> list[Correction]:
        """Every correction, oldest first."""
        return journal.corrections(self.conn)

    def remove_correction(self, correction_id: str) -> None:
        with atomic(self.conn):
            gone = self.conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,)).rowcount
        if not gone:
            raise NotFound(
                f"no correction {correction_id}",
                hint="`storyline export` lists the corrections with their ids",
            )

    # runs and rejections ----------------------------------------------------------------------------
    def start_run(
        self,
        run_id: str,
        paths: Sequence[str] = (),
        model: str | None = None,
        model_version: str | None = None,
    ) -> None:
        self._write(journal.start_run, run_id, paths, model, model_version)

    def finish_run(self, run_id: str, counts: RunCounts) -> None:
        self._write(journal.finish_run, run_id, counts)

    def save_rejections(self, run_id: str, rejections: Sequence[Rejected]) -> None:
        self._write(journal.save_rejections, run_id, rejections)

    def rejections(self, run_id: str | None = None) -> list[Rejected]:
        """Rejections of one run, or of every run (oldest run first)."""
        return journal.rejections(self.conn, run_id)

    def runs(self) -> list[Run]:
        return journal.runs(self.conn)

    def record_run(
        self,
        run_id: str,
        paths: Sequence[str],
        added: int,
        skipped: int,
        rejected: Sequence[Rejected],
        *,
        model: tuple[str | None, str | None] = (None, None),
    ) -> RunCounts:
        """Record a finished run at once: its rejections and its counts (corpus sizes read from the db).

        `model` is the spaCy pipeline's package name and version; storyline's version is added.
        """
        sizes = self.counts()
        counts = RunCounts(
            documents_added=added,
            documents_skipped=skipped,
            documents_rejected=len(rejected),
            entities=sizes["entities"],
            quotes=sizes["quotes"],
            events=sizes["events"],
            statements=sizes["statements"],
            timeline=sizes["timeline"],
        )
        with atomic(self.conn):
            self.start_run(run_id, paths, *model)
            self.save_rejections(run_id, rejected)
            self.finish_run(run_id, counts)
        return counts

    # read queries -----------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Rows per kind: documents, mentions, quotes, events, entities, statements, timeline, ..."""
        return read.counts(self.conn)

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        return read.search(self.conn, query, limit)

    def entities(self, type: str | None = None) -> list[EntityRow]:
        return read.entity_rows(self.conn, type)

    def match_entities(self, name: str, *, exact: bool = False) -> list[Entity]:
        return read.match_entities(self.conn, name, exact=exact)

    def find_entity(self, name: str) -> Entity:
        return read.find_entity(self.conn, name)

    def statements(
        self, speaker: str | None = None, since: str | None = None, until: str | None = None
    ) -> list[StatementRow]:
        return read.statement_rows(self.conn, speaker, since, until)

    def timeline(
        self,
        since: str | None = None,
        until: str | None = None,
        entity: str | None = None,
        source: str | None = None,
    ) -> list[TimelineRow]:
        return read.timeline_rows(self.conn, since, until, entity, source)

    def _write(self, function: Callable[..., None], *args: object) -> None:
        try:
            function(self.conn, *args)
        except sqlite3.Error as error:
            raise StoreError(
                f"cannot write to {self.path}: {error}",
                hint="check disk space and that no other process locks it",
            ) from error
