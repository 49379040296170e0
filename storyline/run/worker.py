"""The per-document work a worker runs: clean, parse and extract a batch of read documents, model loaded once.

Everything here is a top-level function of picklable records (RawDocument in, DocumentAnalysis or Rejected
out), so the same code runs in this process, in a local process pool and on Dask workers; the client
only reads, stores and links. The spaCy
pipeline is loaded once per worker process by `load_pipeline`'s cache (a worker forked from the
client inherits the client's copy).
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Sequence

from storyline.clean import clean_document
from storyline.extract.nlp import load_pipeline, parse_documents
from storyline.model import Document, DocumentAnalysis, RawDocument, Rejected
from storyline.run.analyze import analyze_or_reject

Outcome = DocumentAnalysis | Rejected


def prepare_batch(raws: Sequence[RawDocument], model: str, batch_size: int) -> list[Outcome]:
    """Clean, parse and extract every read document, in order; what fails is a Rejected for its file."""
    cleaned = [clean_or_reject(raw) for raw in raws]
    analysed = iter(analyze_batch([c for c in cleaned if isinstance(c, Document)], model, batch_size))
    return [next(analysed) if isinstance(c, Document) else c for c in cleaned]


def clean_or_reject(raw: RawDocument) -> Document | Rejected:
    """The cleaned document, or a Rejected: nothing left after cleaning, or a bug in a cleaning pass."""
    try:
        return clean_document(raw)
    except Exception as error:  # a bug in a pass must not stop the batch; it is reported per file
        reason = f"internal error while cleaning ({type(error).__name__}: {error}); please report it"
        return Rejected(stage="clean", source=raw.source, reason=reason[:500], code="E900")


def analyze_batch(documents: Sequence[Document], model: str, batch_size: int) -> list[Outcome]:
    """Parse and extract every document, in order; a document that fails is a Rejected, not an error."""
    nlp = load_pipeline(model)
    outcomes: list[Outcome] = []
    for doc, document in parse_documents(nlp, documents, batch_size, 1):
        outcomes.append(doc if isinstance(doc, Rejected) else analyze_or_reject(document, doc))
    return outcomes


def prepare_worker(model: str) -> None:
    """Set up a local pool worker: Ctrl-C is the client's to handle, and an orphan exits on its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    load_pipeline(model)


def _exit_when_orphaned(parent: int, every: float = 0.5) -> None:
    """A client killed with SIGKILL cannot stop its workers: each notices on its own and exits."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)
