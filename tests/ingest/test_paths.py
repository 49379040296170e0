"""Path expansion and the ingest batch: folders, globs, hidden files, missing paths, a failing reader."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.ingest import read, read_file, read_paths
from storyline.ingest.paths import expand_paths
from storyline.model import RawDocument, Rejected

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    for name in ("b.txt", "a.txt", "sub/c.md", "sub/deeper/d.txt", ".hidden.txt", ".git/e.txt", "sub/.f.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Article {name} has one full sentence of text.\n", "utf-8")
    return tmp_path


def test_folder_is_recursive_sorted_and_skips_hidden(tree: Path) -> None:
    found = list(expand_paths([str(tree)]))
    assert found == [str(tree / n) for n in ("a.txt", "b.txt", "sub/c.md", "sub/deeper/d.txt")]


def test_glob_and_duplicates(tree: Path) -> None:
    found = list(expand_paths([str(tree / "**" / "*.txt"), str(tree / "a.txt")]))
    assert found == [str(tree / "a.txt"), str(tree / "b.txt"), str(tree / "sub" / "deeper" / "d.txt")]


def test_missing_path_and_empty_glob_are_rejected(tmp_path: Path) -> None:
    missing, pattern = list(expand_paths([str(tmp_path / "nope.txt"), str(tmp_path / "*.html")]))
    assert isinstance(missing, Rejected) and missing.code == "E100"
    assert isinstance(pattern, Rejected) and "pattern" in pattern.reason


def test_the_fixture_folder_never_raises_and_reports_each_bad_input() -> None:
    outcomes = list(read_paths([str(FIXTURES)]))
    documents = [o for o in outcomes if isinstance(o, RawDocument)]
    rejected = {Path(o.source).name for o in outcomes if isinstance(o, Rejected)}
    assert {"empty.txt", "binary.txt", "truncated.html", "notes.xml", "feed.rss#2"} <= rejected
    assert {d.format for d in documents} == {"text", "html", "feed", "jsonl"}
    assert all(o.stage == "ingest" and o.reason for o in outcomes if isinstance(o, Rejected))


def test_a_failing_reader_becomes_a_rejected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def explode(source: str, stream: object) -> Iterator[RawDocument]:
        yield RawDocument(source=f"{source}#1", format="jsonl", raw_text="ok")
        raise RuntimeError("parser crashed")

    monkeypatch.setattr(read, "read_jsonl_stream", explode)
    path = tmp_path / "x.jsonl"
    path.write_text("{}", "utf-8")
    first, second = list(read_file(str(path)))
    assert isinstance(first, RawDocument)
    assert isinstance(second, Rejected) and "parser crashed" in second.reason


def test_unknown_extension_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4 fake")
    [rejected] = list(read_paths([str(path)]))
    assert isinstance(rejected, Rejected) and rejected.code == "E103"
