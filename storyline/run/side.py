"""A pure computation run beside this process in a forked child, so a second core shares the link step.

The child is forked with what this process holds (nothing is pickled on the way in, only the result on
the way back), writes nothing, and exits when it has sent its result. If the child cannot start or
dies, or where fork does not exist, the computation runs here instead: the result is the same either way.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Beside(Generic[T]):
    """`work()` started in a forked child now; `result()` waits for it (or computes it here)."""

    def __init__(self, work: Callable[[], T], *, fork: bool = True) -> None:
        self._work = work
        self._process: Any = None
        self._receive: Connection | None = None
        if fork and "fork" in multiprocessing.get_all_start_methods():
            self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        try:
            self._process = context.Process(target=_child, args=(self._work, send), daemon=True)
            self._process.start()
        except OSError:  # no memory or no process slot for a child: compute here
            self._process = None
            receive.close()
        else:
            self._receive = receive
        finally:
            send.close()

    def result(self) -> T:
        """What `work()` returned: the child's answer, or computed here if the child failed."""
        if self._receive is None:
            return self._work()
        try:
            ok, value = self._receive.recv()
        except (EOFError, OSError):  # the child died before answering
            ok, value = False, None
        except BaseException:  # Ctrl-C here: the child's work is not wanted any more
            self._process.terminate()
            raise
        finally:
            self._receive.close()
            self._process.join()
        return value if ok else self._work()


def _child(work: Callable[[], Any], send: Connection) -> None:
    """In the child: Ctrl-C is the parent's to handle; send (ok, value) and exit at once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        answer: tuple[bool, Any] = (True, work())
    except Exception:  # the parent computes it again and sees the error itself
        answer = (False, None)
    try:
        send.send(answer)
    finally:
        send.close()
        os._exit(0)  # no exit handlers: they belong to the parent (its pools, its db connection)
