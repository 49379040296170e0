"""Where the per-document work runs: in this process, in a local pool of processes, or on Dask.

An engine takes batches of read documents and returns futures of their outcomes (storyline/run/worker.py
cleans, parses and extracts); the runner keeps reading and the write path in this process.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent import futures
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from storyline.errors import ConfigError
from storyline.extract.nlp import load_pipeline
from storyline.model import RawDocument
from storyline.run.worker import Outcome, prepare_batch, prepare_worker
from storyline.settings import ENGINES, Settings

TASK_DOCUMENTS = 4
TASK_CHARS = 6_000  # a task ends once its texts reach this: ~0.2 s of work, far above its ~5 ms overhead


class Result(Protocol):
    """What the runner uses of a future (concurrent.futures and Dask futures both have it)."""

    def result(self) -> list[Outcome]: ...

    def done(self) -> bool: ...


class Engine(Protocol):
    """Runs `prepare_batch` on batches; `workers` tells how many batches may usefully be in flight,
    `task_documents` how many documents one batch (one task) holds at most, `task_chars` how many
    characters of text end a batch early (None: only the count)."""

    workers: int
    task_documents: int
    task_chars: int | None

    def submit(self, documents: Sequence[RawDocument]) -> Result: ...

    def wait_any(self, results: Sequence[Result]) -> None: ...

    def close(self, *, cancel: bool = False) -> None: ...


class InProcess:
    """The work done right here, batch by batch (one process, or input too small for a pool)."""

    workers = 1
    task_chars: int | None = None  # one spaCy batch of batch_size documents: nothing to balance

    def __init__(self, settings: Settings) -> None:
        self.model, self.batch_size = settings.model, settings.batch_size
        self.task_documents = settings.batch_size

    def submit(self, documents: Sequence[RawDocument]) -> Result:
        future: Future[list[Outcome]] = Future()
        try:
            future.set_result(prepare_batch(documents, self.model, self.batch_size))
        except Exception as error:  # reported per document by the runner
            future.set_exception(error)
        return future

    def wait_any(self, results: Sequence[Result]) -> None:
        return None  # done on submit

    def close(self, *, cancel: bool = False) -> None:
        return None


class LocalPool:
    """A pool of worker processes on this machine, each with its own copy of the pipeline."""

    def __init__(self, settings: Settings) -> None:
        self.model, self.batch_size = settings.model, settings.batch_size
        self.workers = settings.n_process
        self.task_documents = task_documents(settings)
        self.task_chars: int | None = TASK_CHARS
        load_pipeline(self.model)  # forked workers inherit it instead of loading it again
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        return ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=prepare_worker, initargs=(self.model,)
        )

    def submit(self, documents: Sequence[RawDocument]) -> Result:
        try:
            return self._pool.submit(prepare_batch, list(documents), self.model, self.batch_size)
        except BrokenProcessPool:  # a worker died (killed, out of memory): start a new pool
            self.close(cancel=True)
            self._pool = self._start()
            return self._pool.submit(prepare_batch, list(documents), self.model, self.batch_size)

    def wait_any(self, results: Sequence[Result]) -> None:
        futures.wait(results, return_when=futures.FIRST_COMPLETED)  # type: ignore[arg-type]

    def close(self, *, cancel: bool = False) -> None:
        if cancel:  # Ctrl-C or a broken pool: stop the workers now, not after their batch
            for process in list(getattr(self._pool, "_processes", {}).values()):
                process.terminate()
        self._pool.shutdown(wait=not cancel, cancel_futures=cancel)


def task_documents(settings: Settings) -> int:
    """Documents per task on a pool: small tasks, so no worker idles long at the end of a run."""
    return min(settings.batch_size, TASK_DOCUMENTS)


def open_engine(settings: Settings, *, small: bool = False) -> Engine:
    """The engine the settings name; `small` input (one batch) is analysed here without a pool."""
    if settings.engine == "dask":
        return _dask_engine(settings)
    if settings.engine != "local":
        raise ConfigError(f"unknown engine {settings.engine!r}", hint=f"use one of {', '.join(ENGINES)}")
    if small or settings.n_process == 1:
        return InProcess(settings)
    return LocalPool(settings)


def _dask_engine(settings: Settings) -> Engine:
    try:
        from storyline.run.dask_engine import DaskEngine  # optional dependency: storyline[dask]
    except ImportError as error:
        raise ConfigError(
            f"the dask engine needs dask.distributed ({error})", hint="pip install 'storyline[dask]'"
        ) from error
    return DaskEngine(settings)
