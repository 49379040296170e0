"""Fixtures for the web app: the demo corpus plus one hostile article, ingested once per session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.run.ingest import ingest_paths
from storyline.serve import ServeConfig, create_app
from storyline.settings import load_settings
from storyline.store import open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "demo"

# An article whose text tries every way to run script in a page that shows it.
HOSTILE = """Payload test: scripts in article text
source: The Hostile Gazette
date: 2021-05-04

Mayor Jonas <img src=x onerror="window.__pwned=1"> Kettering said on Monday that the council \
would vote on the budget. "<script>window.__pwned=1</script> We will win," Kettering said.

Critics linked to <a href="javascript:window.__pwned=1">this page</a> and posted \
<svg onload="window.__pwned=1"><script>window.__pwned=1</script></svg> in the comments of \
the Kettering Herald <iframe src="javascript:window.__pwned=1"></iframe>.

On 3 May 2021 the <b onmouseover="window.__pwned=1">Budget Office</b> said the plan was sound.
"""


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web-corpus")
    for path in sorted(EXAMPLES.iterdir()):
        if path.is_file():
            shutil.copy(path, folder / path.name)
    (folder / "zz_hostile.txt").write_text(HOSTILE, "utf-8")
    return folder


@pytest.fixture(scope="session")
def web_db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("web-db") / "web.db"
    with open_store(db) as store:
        summary = ingest_paths([str(corpus)], store, load_settings())
    assert summary.added >= 20 and not summary.rejected
    return db


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(ServeConfig(db=web_db, token="test-token-123456"))) as test_client:
        yield test_client
