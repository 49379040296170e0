"""The streaming loop on a fake engine: bounded in flight, finished first, failures split per document."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import replace

from storyline.model import RawDocument, Rejected
from storyline.run.engines import Result
from storyline.run.stream import batches, run_batches
from storyline.run.worker import Outcome


def document(number: int) -> RawDocument:
    return RawDocument(source=f"{number}.txt", format="text", raw_text=f"text {number}")


class FakeEngine:
    """Finishes a task only when the runner waits; `slow` tasks finish last; `fails` documents raise."""

    workers = 2
    task_documents = 2
    task_chars = None

    def __init__(self, slow: frozenset[str] = frozenset(), fails: frozenset[str] = frozenset()) -> None:
        self.slow, self.fails = slow, fails
        self.futures: list[tuple[list[RawDocument], Future[list[Outcome]]]] = []
        self.most_in_flight = 0

    def submit(self, documents: Sequence[RawDocument]) -> Result:
        future: Future[list[Outcome]] = Future()
        self.futures.append((list(documents), future))
        self.most_in_flight = max(self.most_in_flight, sum(not f.done() for _, f in self.futures))
        return future

    def wait_any(self, results: Sequence[Result]) -> None:
        waiting = [(docs, f) for docs, f in self.futures if not f.done()]
        fast = [(docs, f) for docs, f in waiting if not {d.source for d in docs} & self.slow]
        docs, future = (fast or waiting)[0]
        if {d.source for d in docs} & self.fails:
            future.set_exception(RuntimeError("boom"))
        else:
            future.set_result([d.source for d in docs])  # type: ignore[list-item]

    def close(self, *, cancel: bool = False) -> None:
        return None


def test_finished_tasks_come_first_and_in_flight_is_bounded() -> None:
    engine = FakeEngine(slow=frozenset({"0.txt"}))
    outcomes = list(run_batches(engine, batches([document(n) for n in range(10)], 2)))
    assert sorted(outcomes) == sorted(f"{n}.txt" for n in range(10))  # type: ignore[type-var]
    assert outcomes[0] == "2.txt" and outcomes.index("0.txt") > 2  # the slow task did not hold the rest
    assert engine.most_in_flight <= 6  # 3 per worker


def test_a_failing_task_is_split_and_only_the_bad_document_is_rejected() -> None:
    engine = FakeEngine(fails=frozenset({"3.txt"}))
    outcomes = list(run_batches(engine, batches([document(n) for n in range(6)], 2)))
    rejected = [o for o in outcomes if isinstance(o, Rejected)]
    assert [(r.source, r.code) for r in rejected] == [("3.txt", "E900")]
    assert sorted(o for o in outcomes if isinstance(o, str)) == ["0.txt", "1.txt", "2.txt", "4.txt", "5.txt"]
    assert [len(docs) for docs, _ in engine.futures].count(1) == 3  # 2 alone, then 3 alone twice


def test_batches_end_at_a_character_budget() -> None:
    """A long text is a task of its own; short ones share a task up to the count."""
    docs = [document(n) for n in (1, 2, 3, 4, 5, 6, 7)]  # texts of 6 characters each
    long = replace(document(8), raw_text="x" * 50)
    sizes = [[d.source for d in batch] for batch in batches([*docs[:2], long, *docs[2:]], 3, max_chars=12)]
    assert sizes == [["1.txt", "2.txt"], ["8.txt"], ["3.txt", "4.txt"], ["5.txt", "6.txt"], ["7.txt"]]
    assert [len(b) for b in batches(docs, 3, max_chars=1_000)] == [3, 3, 1]
    assert [len(b) for b in batches(docs, 3)] == [3, 3, 1]
