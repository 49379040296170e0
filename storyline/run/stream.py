"""Streaming the per-document work: batches read lazily, a bounded number in flight, taken as they finish.

Memory is bounded by the batches in flight, not by the corpus. Outcomes come back in the order their
batches finish (a long article does not hold the other workers back); what is stored does not depend on
that order. A batch whose task fails as a whole
(a worker killed, out of memory, lost) is split and its documents tried alone; a document that fails
alone is tried once more in isolation — nothing else in flight, since a dying worker breaks the pool
for every task in it — and if that fails too it is a Rejected for its file, and the run goes on.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from storyline.model import RawDocument, Rejected
from storyline.run.engines import Engine, Result
from storyline.run.worker import Outcome

IN_FLIGHT_PER_WORKER = 3  # batches queued per worker: enough to keep it busy while others finish


@dataclass(slots=True)
class _Task:
    documents: list[RawDocument]
    result: Result


def batches(
    documents: Iterable[RawDocument], size: int, max_chars: int | None = None
) -> Iterator[list[RawDocument]]:
    """Consecutive lists of at most `size` documents, drawn lazily from `documents`.

    With `max_chars`, a list also ends once its texts reach that many characters (a long article is a
    task of its own, short ones share one), so tasks take about the same time and no worker idles long.
    """
    stream = iter(documents)
    if max_chars is not None:
        yield from _by_chars(stream, size, max_chars)
        return
    while batch := list(itertools.islice(stream, size)):
        yield batch


def _by_chars(stream: Iterator[RawDocument], size: int, max_chars: int) -> Iterator[list[RawDocument]]:
    batch: list[RawDocument] = []
    chars = 0
    for document in stream:
        batch.append(document)
        chars += len(document.raw_text)
        if len(batch) >= size or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def run_batches(
    engine: Engine, work: Iterable[list[RawDocument]], *, in_flight: int | None = None
) -> Iterator[Outcome]:
    """Every document's outcome, batch by batch as they finish, at most `in_flight` batches submitted."""
    limit = in_flight or max(2, engine.workers * IN_FLIGHT_PER_WORKER)
    pending: deque[_Task] = deque()
    isolated: deque[RawDocument] = deque()  # failed alone once: tried again with nothing else in flight
    source = iter(work)
    while True:
        if isolated and not pending:
            yield from _isolated_try(engine, isolated.popleft())
            continue
        while not isolated and len(pending) < limit and (batch := next(source, None)) is not None:
            pending.append(_Task(batch, engine.submit(batch)))
        if not pending:
            if isolated:
                continue
            return
        task = _first_done(engine, pending)
        try:
            outcomes = task.result.result()
        except Exception:  # the task failed as a whole: its documents get a chance alone
            if len(task.documents) == 1:
                isolated.append(task.documents[0])
            else:
                pending.extendleft(reversed(_alone(engine, task)))
            continue
        yield from outcomes


def _isolated_try(engine: Engine, document: RawDocument) -> Iterator[Outcome]:
    """The last try of a document that failed alone, the only task in flight."""
    result = engine.submit([document])
    engine.wait_any([result])
    try:
        outcomes = result.result()
    except Exception as error:
        yield worker_failed(document, error)
        return
    yield from outcomes


def _first_done(engine: Engine, pending: deque[_Task]) -> _Task:
    """The oldest finished task, taken out of `pending` (waits until one has finished)."""
    engine.wait_any([task.result for task in pending])
    task = next((t for t in pending if t.result.done()), pending[0])
    pending.remove(task)
    return task


def _alone(engine: Engine, task: _Task) -> list[_Task]:
    """The documents of a failed task, each submitted on its own."""
    return [_Task([d], engine.submit([d])) for d in task.documents]


def worker_failed(document: RawDocument, error: Exception) -> Rejected:
    """The Rejected of a document whose worker failed on it twice."""
    reason = f"a worker failed on this document ({type(error).__name__}: {error}); please report it"
    return Rejected(stage="extract", source=document.source, reason=reason[:500], code="E900")
