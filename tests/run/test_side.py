"""Work beside the client in a forked child: the same result as here, also when the child cannot answer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storyline.run.ingest import ingest_paths
from storyline.run.relink import relink
from storyline.run.side import Beside
from storyline.settings import Settings
from storyline.store import open_store
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the child is forked")


def test_the_child_computes_the_result_in_another_process() -> None:
    here = os.getpid()
    assert Beside(lambda: (os.getpid() != here, sum(range(10)))).result() == (True, 45)
    assert Beside(lambda: os.getpid(), fork=False).result() == here


def test_a_child_that_dies_or_fails_is_replaced_by_the_work_done_here() -> None:
    here = os.getpid()

    def dies() -> int:
        if os.getpid() != here:
            os._exit(1)  # as on the OOM killer
        return 7

    def fails() -> int:
        if os.getpid() != here:
            raise RuntimeError("only in the child")
        return 8

    assert Beside(dies).result() == 7
    assert Beside(fails).result() == 8


def test_relink_on_two_cores_equals_relink_on_one(tmp_path: Path) -> None:
    """(tests/run/test_engines.py checks the same through whole ingests on a pool.)"""
    with open_store(tmp_path / "kb.db") as store:
        ingest_paths([str(EXAMPLES / "demo")], store, Settings(n_process=1))
        one = store.load_links()
        assert one.copies and one.duplicates  # the forked part has something to find
        relink(store, Settings(n_process=2))
        assert store.load_links() == one
