"""A throwaway PostgreSQL server for tests and benchmarks: initdb + pg_ctl in a temporary folder.

Uses Debian's binaries (/usr/lib/postgresql/*/bin) or the ones on PATH; as root the server runs as the
`postgres` user (PostgreSQL refuses to run as root). `available()` says why it cannot run, if it cannot.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

USER = "storyline"
FAST = ("-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off")


def bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl, newest version first; None when PostgreSQL is absent."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, "initdb").is_file():
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def available() -> str | None:
    """None when a server can be started here, else the reason it cannot."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'storyline[postgres]')"
    if bin_dir() is None:
        return "PostgreSQL's initdb/pg_ctl are not installed (apt-get install postgresql)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser to start the server as postgres"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run(*command: str) -> None:
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*prefix, *command], check=True, capture_output=True, text=True)


@contextmanager
def server(*, fast: bool = True) -> Iterator[str]:
    """Start a server on a free port of 127.0.0.1; yield the URL of its empty `storyline` database.

    `fast` turns off fsync (a test cluster that a crash may lose); benchmarks pass False.
    """
    binaries = bin_dir()
    assert binaries is not None, available()
    folder = Path(tempfile.mkdtemp(prefix="storyline-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", _free_port()
    options = " ".join(
        (f"-p {port}", f"-k {folder}", "-c listen_addresses=127.0.0.1", *(FAST if fast else ()))
    )
    try:
        _run(
            str(binaries / "initdb"), "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-locale"
        )
        _run(
            str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"
        )
        try:
            yield from _database(port)
        finally:
            _run(str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _database(port: int) -> Iterator[str]:
    import psycopg

    base = f"postgresql://{USER}@127.0.0.1:{port}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute("CREATE DATABASE storyline")
    yield f"{base}/storyline"


def fresh_database(url: str, name: str) -> str:
    """A new empty database `name` on the server of `url`; its URL."""
    import psycopg

    base = url.rsplit("/", 1)[0]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{base}/{name}"
