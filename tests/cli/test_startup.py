"""The command line starts without loading the NLP stack: `--help` and read commands stay quick."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("spacy", "torch", "datasketch", "trafilatura", "storyline.run.ingest")


def test_registering_the_commands_loads_no_heavy_module() -> None:
    probe = f"import sys, storyline.cli.commands; print([m for m in {HEAVY!r} if m in sys.modules])"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"


def test_help_lists_the_commands() -> None:
    shown = subprocess.run(
        [sys.executable, "-m", "storyline.cli.main", "--help"], capture_output=True, text=True
    )
    assert shown.returncode == 0
    for command in ("ingest", "timeline", "quotes", "brief", "serve"):
        assert command in shown.stdout
