"""The ingest runner: read here, clean and analyse on the workers, store and link here; streamed, per file."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from storyline.extract.nlp import pipeline_version
from storyline.ingest import DatingOptions, RecordFilters, dating_options
from storyline.model import DocumentAnalysis, RawDocument, Rejected, make_id
from storyline.run.engines import open_engine
from storyline.run.fold import link_new
from storyline.run.reading import Admitted, Reading
from storyline.run.relink import relink
from storyline.run.repeated import read_with_repeated
from storyline.run.stream import batches, run_batches
from storyline.settings import Settings
from storyline.store import Store

ProgressCallback = Callable[[int, int | None], None]  # (documents analysed, expected or None)
__all__ = [
    "DatingOptions",
    "RecordFilters",
    "RunSummary",
    "dating_options",
    "ingest_paths",
    "relink",
]


@dataclass(slots=True, kw_only=True)
class RunSummary:
    """What one ingest run did: counts, what it skipped and why, what it rejected and why."""

    run_id: str
    added: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    rejected: list[Rejected] = field(default_factory=list)
    entities: int = 0
    quotes: int = 0
    events: int = 0
    statements: int = 0
    timeline: int = 0
    undated: int = 0  # documents added without a publication date (after corpus inference)
    seconds: float = 0.0

    @property
    def documents_per_second(self) -> float:
        return self.added / self.seconds if self.seconds > 0 else 0.0

    @property
    def failed(self) -> bool:
        return bool(self.rejected)


def ingest_paths(
    paths: Sequence[str],
    store: Store,
    settings: Settings,
    on_progress: ProgressCallback | None = None,
    dating: DatingOptions | None = None,
    filters: RecordFilters | None = None,
) -> RunSummary:
    """Ingest every readable article under `paths` into `store`; report the rest per file.

    Documents are read lazily, then cleaned and analysed in batches on the engine the settings name
    (all cores by default); each analysis is stored as it comes back, so memory is bounded by the
    batches in flight and a run stopped anywhere keeps what it stored. `dating` carries a metadata
    sheet and a batch publication date (storyline/ingest/published.py); `filters` select WARC records.
    """
    started = time.perf_counter()
    summary = RunSummary(run_id=make_id("run", list(paths), time.time()))
    reading = Reading(store, paths)
    documents = reading.new_documents(read_with_repeated(paths, dating, filters))
    undated: set[str] = set()
    for outcome in _analyze(documents, settings, reading, on_progress):
        if isinstance(outcome, Rejected):
            summary.rejected.append(outcome)
        elif reading.admit(outcome.document) is not Admitted.SKIPPED:
            store.save_analysis(outcome)
            undated.discard(outcome.document.id)  # a twin with a smaller source may replace it
            if outcome.document.published.value is None:
                undated.add(outcome.document.id)
    summary.added, summary.skipped = reading.kept, reading.skipped
    summary.rejected = reading.rejected + summary.rejected
    if summary.added or store.links_pending():  # pending: an earlier run died before linking
        undated -= link_new(store, settings)
    summary.undated = len(undated)
    model = (settings.model, pipeline_version(settings.model))
    counts = store.record_run(
        summary.run_id, list(paths), summary.added, len(summary.skipped), summary.rejected, model=model
    )
    summary.entities, summary.quotes, summary.events = counts.entities, counts.quotes, counts.events
    summary.statements, summary.timeline = counts.statements, counts.timeline
    summary.seconds = time.perf_counter() - started
    return summary


def _analyze(
    documents: Iterable[RawDocument],
    settings: Settings,
    reading: Reading,
    on_progress: ProgressCallback | None,
) -> Iterator[DocumentAnalysis | Rejected]:
    """Outcomes as the engine returns them; the engine is stopped at once if the run is interrupted."""
    stream = iter(documents)
    head = list(itertools.islice(stream, settings.batch_size + 1))  # one batch only: no workers needed
    if not head:
        return
    engine = open_engine(settings, small=len(head) <= settings.batch_size)
    work = batches(itertools.chain(head, stream), engine.task_documents, engine.task_chars)
    finished = False
    try:
        if on_progress:
            on_progress(0, reading.expected())  # analysis starts now: the rate counts from here
        for done, outcome in enumerate(run_batches(engine, work), start=1):
            yield outcome
            if on_progress:
                on_progress(done, reading.expected())
        finished = True
    finally:
        engine.close(cancel=not finished)
