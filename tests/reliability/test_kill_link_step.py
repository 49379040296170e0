"""kill -9 during the link step, then the same ingest again: entities, statements and timeline equal a
clean run's, and read commands warn while the links are incomplete."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli.commands import __all__ as command_modules  # noqa: F401  (registers the commands)
from storyline.cli.main import app
from storyline.model import CorpusLinks
from storyline.run.ingest import ingest_paths
from storyline.settings import Settings
from storyline.store import open_store
from tests.run.test_ingest_run import ARTICLE_A, ARTICLE_B

ROOT = Path(__file__).resolve().parents[2]

# Runs an ingest that SIGKILLs itself at one point of the link step: "link" as linking starts (every
# document stored, no link computed), "write" inside the links' transaction (entities written, the rest
# not yet).
KILLER = """
import os, signal, sys
import storyline.run.ingest as runner
import storyline.run.relink as relinker
import storyline.store.write as write
from storyline.settings import Settings
from storyline.store import open_store

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

if sys.argv[3] == "link":
    relinker.link_corpus_with_rows = die
else:
    write._save_statements = die
runner.ingest_paths([sys.argv[1]], open_store(sys.argv[2]), Settings())
"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, "utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, "utf-8")
    return folder


def _links(db: Path) -> CorpusLinks:
    with open_store(db) as store:
        return store.load_links()


@pytest.fixture()
def clean_links(corpus: Path, tmp_path: Path) -> CorpusLinks:
    db = tmp_path / "clean.db"
    with open_store(db) as store:
        ingest_paths([str(corpus)], store, Settings())
    return _links(db)


@pytest.mark.parametrize("point", ["link", "write"])
def test_kill_during_link_step_then_rerun_equals_clean_run(
    point: str, corpus: Path, tmp_path: Path, clean_links: CorpusLinks
) -> None:
    db = tmp_path / "killed.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", KILLER, str(corpus), str(db), point], env=env, capture_output=True, timeout=300
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    with open_store(db) as store:
        assert store.links_pending() == 2
        assert len(list(store.load_analyses())) == 2
        assert not store.load_links().statements
    warned = CliRunner().invoke(app, ["timeline", "--db", str(db)])
    assert "links are incomplete" in warned.output and "storyline relink" in warned.output
    with open_store(db) as store:
        again = ingest_paths([str(corpus)], store, Settings())
        assert again.added == 0 and store.links_pending() == 0
    links = _links(db)
    assert links.entities == clean_links.entities
    assert links.statements == clean_links.statements
    assert links.timeline == clean_links.timeline
    assert links.statements and links.timeline


def test_relink_completes_an_interrupted_run(corpus: Path, tmp_path: Path, clean_links: CorpusLinks) -> None:
    db = tmp_path / "killed.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", KILLER, str(corpus), str(db), "link"], env=env, timeout=300)
    result = CliRunner().invoke(app, ["relink", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert _links(db) == clean_links
    quiet = CliRunner().invoke(app, ["timeline", "--db", str(db)])
    assert "links are incomplete" not in quiet.output
