"""Hostile files (issue 9, failures 4 and 5): bombs, deep nesting, FIFOs, link loops, NULs, never-read kinds.

Each is refused or skipped on its own with a reason, in bounded time and memory; the rest is read.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.ingest import read_paths
from storyline.ingest.decode import decode, looks_binary
from storyline.ingest.nesting import cap_nesting
from storyline.ingest.paths import expand_paths
from storyline.model import RawDocument, Rejected, Skipped
from tests.ingest.hostile import (
    ARTICLE,
    article_html,
    good_files,
    gzip_bomb_warc,
    hostile_files,
    symlink_loops,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def deadline() -> Iterator[None]:
    """Fail (instead of hanging forever) when a read takes more than 60 s."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError("the read did not end: it blocked or looped")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def outcomes_by_name(outcomes: list[RawDocument | Rejected | Skipped]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for outcome in outcomes:
        name = Path(outcome.source.split("#")[0]).name
        found.setdefault(name, []).append(type(outcome).__name__)
    return found


def test_gzip_bomb_warc_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    bomb = gzip_bomb_warc(tmp_path / "bomb.warc.gz", 1200)  # 1.2 MB that inflates to 1.2 GB
    assert bomb.stat().st_size < 2 * (1 << 20)
    if not Path("/proc/self/status").exists():
        pytest.skip("needs /proc to read the peak memory")
    script = (
        "import sys; from storyline.ingest import read_paths\n"
        "for o in read_paths([sys.argv[1]]): print(type(o).__name__, getattr(o, 'code', ''), o.reason)\n"
        "print(next(line for line in open('/proc/self/status') if line.startswith('VmHWM')))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script, str(bomb)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "Rejected E104" in done.stdout and "RawDocument" not in done.stdout
    peak_mb = int(done.stdout.split("VmHWM:")[1].split()[0]) / 1024  # this process only, after exec
    assert peak_mb < 400, f"peak {peak_mb:.0f} MB"


def test_every_hostile_file_is_rejected_or_skipped_alone(tmp_path: Path, deadline: None) -> None:
    folder = tmp_path / "corpus"
    expected = hostile_files(folder)
    expected.update(good_files(folder))
    found = outcomes_by_name(list(read_paths([str(folder)])))
    assert set(found) == set(expected)
    for name, outcome in expected.items():
        kinds = set(found[name])
        want = {"reject": {"Rejected"}, "skip": {"Skipped"}, "store": {"RawDocument"}}[outcome]
        assert kinds == want, (name, kinds)


def test_folder_of_never_read_kinds_is_skipped_but_named_files_are_rejected(tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    folder.mkdir()
    for name in ("kb.db", "kb.db-wal", "kb.db-shm", "photo.jpg", "report.pdf"):
        (folder / name).write_bytes(b"\x00\x01binary" * 100)
    (folder / "article.txt").write_text(ARTICLE, "utf-8")
    outcomes = list(read_paths([str(folder)]))
    assert [type(o).__name__ for o in outcomes].count("Skipped") == 5
    assert [o.source for o in outcomes if isinstance(o, RawDocument)] == [str(folder / "article.txt")]
    assert not [o for o in outcomes if isinstance(o, Rejected)]
    [named] = list(read_paths([str(folder / "photo.jpg")]))
    assert isinstance(named, Rejected) and "an image (.jpg)" in named.reason and len(named.reason) < 80


def test_fifo_socket_and_device_are_not_opened(tmp_path: Path, deadline: None) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "a.txt").write_text(ARTICLE, "utf-8")
    os.symlink("/dev/zero", folder / "zero.txt")
    outcomes = list(read_paths([str(folder)]))
    skipped = {Path(o.source).name: o.reason for o in outcomes if isinstance(o, Skipped)}
    assert skipped == {"pipe.txt": "a FIFO (named pipe), not a regular file", "zero.txt": skipped["zero.txt"]}
    assert "character device" in skipped["zero.txt"]
    [named] = list(read_paths([str(folder / "pipe.txt")]))
    assert isinstance(named, Rejected) and "FIFO" in named.reason


def test_double_star_glob_over_link_loops_ends(tmp_path: Path, deadline: None) -> None:
    folder = symlink_loops(tmp_path)
    found = [p for p in expand_paths([str(folder / "**" / "*.txt")]) if isinstance(p, str)]
    assert sorted(Path(p).name for p in found) == ["deep.txt", "top.txt"]


def test_relative_double_star_glob(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, deadline: None) -> None:
    symlink_loops(tmp_path)
    monkeypatch.chdir(tmp_path)
    found = [p for p in expand_paths(["**/*.txt"]) if isinstance(p, str)]
    assert found == ["looped/a/b/deep.txt", "looped/top.txt"]
    assert [p for p in expand_paths(["looped/*/b/*.txt"]) if isinstance(p, str)] == ["looped/a/b/deep.txt"]


def test_deep_nesting_keeps_the_article_text(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(article_html(depth=300), "utf-8")
    [document] = list(read_paths([str(path)]))
    assert isinstance(document, RawDocument)
    assert "deputy mayor Anna Sokal" in document.raw_text
    assert cap_nesting(article_html(depth=10)) == article_html(depth=10)


def test_a_few_nul_bytes_do_not_make_an_article_binary() -> None:
    data = (ARTICLE[:40] + "\x00" + ARTICLE[40:200] + "\x00\x00" + ARTICLE[200:]).encode()
    assert not looks_binary(data)
    text = decode("a.txt", data)
    assert isinstance(text, str) and "\x00" not in text and text == ARTICLE
    assert looks_binary(b"\x89PNG\r\n\x1a\n" + b"text" * 100)
    assert looks_binary(bytes(range(256)) * 8)
    assert looks_binary(b"\x00" * 2000 + ARTICLE.encode())


def test_gzipped_html_text_and_jsonl_are_read(tmp_path: Path) -> None:
    good_files(tmp_path)
    documents = [o for o in read_paths([str(tmp_path)]) if isinstance(o, RawDocument)]
    formats = {Path(d.source.split("#")[0]).name: d.format for d in documents}
    assert formats == {
        "page.html.gz": "html",
        "note.txt.gz": "text",
        "lines.jsonl.gz": "jsonl",
        "nul-bytes.txt": "text",
        "deep.html": "html",
    }
