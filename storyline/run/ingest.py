"""The ingest runner: read, clean, parse, extract, store, relink — one batch, never stopped by one file."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from storyline.clean import clean_document
from storyline.extract.nlp import load_pipeline, parse_documents, pipeline_version
from storyline.ingest import DatingOptions, dating_options, read_paths
from storyline.model import Document, DocumentAnalysis, Rejected, Skipped, make_id
from storyline.run.analyze import analyze_or_reject
from storyline.run.fold import link_new
from storyline.run.relink import relink
from storyline.settings import Settings
from storyline.store import Store

ProgressCallback = Callable[[int, int], None]
__all__ = ["DatingOptions", "RunSummary", "dating_options", "ingest_paths", "relink"]


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
) -> RunSummary:
    """Ingest every readable article under `paths` into `store`; report the rest per file.

    `dating` carries a metadata sheet and a batch publication date (storyline/ingest/published.py).
    """
    started = time.perf_counter()
    summary = RunSummary(run_id=make_id("run", list(paths), time.time()))
    pending = _clean_new_documents(read_paths(paths, dating), store, summary)
    undated: set[str] = set()
    for outcome in _analyze(pending, settings, on_progress):
        if isinstance(outcome, Rejected):
            summary.rejected.append(outcome)
        else:
            store.save_analysis(outcome)
            summary.added += 1
            if outcome.document.published.value is None:
                undated.add(outcome.document.id)
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


def _clean_new_documents(raws: Iterable[object], store: Store, summary: RunSummary) -> list[Document]:
    pending: dict[str, Document] = {}
    for raw in raws:
        if isinstance(raw, Skipped):
            summary.skipped.append((raw.source, raw.reason))
            continue
        outcome = raw if isinstance(raw, Rejected) else clean_document(raw)  # type: ignore[arg-type]
        if isinstance(outcome, Rejected):
            summary.rejected.append(outcome)
        elif outcome.id in pending:
            summary.skipped.append((outcome.source, f"same text as {pending[outcome.id].source}"))
        elif store.has_document(outcome.id):
            summary.skipped.append((outcome.source, "already in the database"))
        else:
            pending[outcome.id] = outcome
    return list(pending.values())


def _analyze(
    documents: list[Document], settings: Settings, on_progress: ProgressCallback | None
) -> Iterable[DocumentAnalysis | Rejected]:
    if not documents:
        return
    nlp = load_pipeline(settings.model)
    if on_progress:
        on_progress(0, len(documents))  # analysis starts now: the rate counts from here
    parsed = parse_documents(nlp, documents, settings.batch_size, settings.n_process)
    for done, (doc, document) in enumerate(parsed, start=1):
        yield doc if isinstance(doc, Rejected) else analyze_or_reject(document, doc)
        if on_progress:
            on_progress(done, len(documents))
