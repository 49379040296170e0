"""Shared fixtures: the spaCy pipeline (loaded once), the seed articles (skipped where absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from storyline.extract.nlp import load_pipeline
from storyline.settings import DEFAULT_MODEL

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
BENCH_DATA = SHARED / "bench"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    return SEEDS


def seed_text(name_prefix: str) -> str:
    """The raw text of the seed whose file name starts with `name_prefix` (e.g. "000")."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    matches = sorted(SEEDS.glob(f"{name_prefix}*.txt"))
    if not matches:
        pytest.skip(f"seed {name_prefix} is absent")
    return matches[0].read_text("utf-8")
