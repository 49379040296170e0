"""Fixtures for the PostgreSQL store: one server per session, the demo corpus ingested into both stores."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.run.ingest import ingest_paths
from storyline.settings import load_settings
from storyline.store import open_store
from tests.store.pg_server import available, fresh_database, server

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a database on a PostgreSQL server started for this session (skipped where absent;
    under CI, where `make system-deps` installs it, a missing server fails instead)."""
    reason = available()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL store tests cannot run in CI: {reason}")
        pytest.skip(reason)
    with server() as url:
        yield url


@pytest.fixture()
def pg_url(pg_server: str, request: pytest.FixtureRequest) -> str:
    """A new empty database for one test."""
    return fresh_database(pg_server, f"t_{abs(hash(request.node.nodeid)) % 10**12}")


@pytest.fixture(scope="session")
def demo_stores(pg_server: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The demo corpus ingested into a SQLite file and into a PostgreSQL database: (path, url)."""
    path = tmp_path_factory.mktemp("demo-sqlite") / "demo.db"
    url = fresh_database(pg_server, "demo")
    for target in (path, url):
        with open_store(target) as store:
            summary = ingest_paths([str(DEMO)], store, load_settings())
        assert summary.added >= 19 and not summary.rejected
    return path, url
