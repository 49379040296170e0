"""The Dask engine: the per-document work on the workers of a Dask cluster, the write path here.

What is shipped to a worker: `prepare_batch` (a top-level function of storyline.run.worker, pickled by
reference, so every worker needs the same storyline and spaCy pipeline installed), the model name
and batches of read `RawDocument` records (the worker cleans them); what comes back: `DocumentAnalysis`
or `Rejected` records. The pipeline is loaded once per worker by a worker plugin. Needs `storyline[dask]`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin

from storyline.errors import ConfigError
from storyline.extract.nlp import load_pipeline
from storyline.model import RawDocument
from storyline.run.engines import TASK_CHARS, Result, task_documents
from storyline.run.worker import prepare_batch
from storyline.settings import Settings

CONNECT_SECONDS = 30
POLL_SECONDS = 0.05


class PipelinePlugin(WorkerPlugin):
    """Loads the spaCy pipeline when a worker starts (and on workers that join later)."""

    name = "storyline-pipeline"

    def __init__(self, model: str) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        load_pipeline(self.model)


class DaskEngine:
    """Batches submitted to a Dask cluster: the one at `settings.scheduler`, or a LocalCluster."""

    def __init__(self, settings: Settings) -> None:
        self.model, self.batch_size = settings.model, settings.batch_size
        self.task_documents = task_documents(settings)
        self.task_chars: int | None = TASK_CHARS
        self._cluster: LocalCluster | None = None
        if settings.scheduler:
            address: Any = settings.scheduler
        else:
            self._cluster = address = LocalCluster(
                n_workers=settings.n_process,
                threads_per_worker=1,  # one pipeline per process, never shared by threads
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        try:
            self._client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
        except OSError as error:
            self._close_cluster()
            raise ConfigError(
                f"cannot reach the Dask scheduler at {settings.scheduler}: {error}",
                hint="start it (`dask scheduler`) or give its tcp://HOST:PORT",
            ) from error
        self._client.register_plugin(PipelinePlugin(settings.model))
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})))

    def submit(self, documents: Sequence[RawDocument]) -> Result:
        future: Result = self._client.submit(
            prepare_batch, list(documents), self.model, self.batch_size, pure=False
        )
        return future

    def wait_any(self, results: Sequence[Result]) -> None:
        """Polls (a task takes seconds; `distributed.wait` would need this client as the default)."""
        while not any(result.done() for result in results):
            time.sleep(POLL_SECONDS)

    def close(self, *, cancel: bool = False) -> None:
        """Close the client (its tasks are forgotten by the scheduler) and any cluster started here."""
        self._client.close()
        self._close_cluster()

    def _close_cluster(self) -> None:
        if self._cluster is not None:
            self._cluster.close()
