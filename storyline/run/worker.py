"""The per-document work a worker runs: parse and extract a batch of cleaned documents, model loaded once.

Everything here is a top-level function of picklable records (Document in, DocumentAnalysis or Rejected
out), so the same code runs in this process, in a local process pool and on Dask workers. The spaCy
pipeline is loaded once per worker process by `load_pipeline`'s cache (a worker forked from the
client inherits the client's copy).
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Sequence

from storyline.extract.nlp import load_pipeline, parse_documents
from storyline.model import Document, DocumentAnalysis, Rejected
from storyline.run.analyze import analyze_or_reject

Outcome = DocumentAnalysis | Rejected


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
