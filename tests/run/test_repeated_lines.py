"""The runner's batch pass: a folder's plain-text files are counted together, each carrying its lines."""

from __future__ import annotations

from pathlib import Path

from storyline.model import RawDocument
from storyline.run.ingest import ingest_paths
from storyline.run.repeated import groups, read_with_repeated
from storyline.settings import Settings
from storyline.store import open_store

FOOT = "Is a limerick the finest verse , or the lowest ?"


def _folder(root: Path, count: int) -> Path:
    root.mkdir()
    for n in range(count):
        (root / f"{n:02d}.txt").write_text(
            f"The mill at Dunmore closed on day {n} .\nWorkers said {n} jobs went .\n{FOOT}\n"
        )
    return root


def _carried(paths: list[str]) -> dict[str, tuple[str, ...]]:
    return {
        Path(r.source).name: r.repeated_lines for r in read_with_repeated(paths) if isinstance(r, RawDocument)
    }


def test_every_file_of_a_folder_with_a_repeated_foot_carries_it(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "outlet", 9)
    (folder / "09.txt").write_text("A page without the foot , about the mill .\n")
    carried = _carried([str(folder)])
    assert carried["00.txt"] == (FOOT,) and carried["08.txt"] == (FOOT,)
    assert carried["09.txt"] == ()  # the foot is not in its text


def test_a_small_folder_and_files_named_apart_in_small_numbers_carry_nothing(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "outlet", 7)
    assert set(_carried([str(folder)]).values()) == {()}
    files = sorted(str(p) for p in folder.iterdir())
    assert groups([str(folder), files[0], files[1]]) == [[str(folder)], files[:2]]


def test_files_named_one_by_one_are_counted_as_one_group(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "outlet", 8)
    files = sorted(str(p) for p in folder.iterdir())
    assert set(_carried(files).values()) == {(FOOT,)}


def test_an_ingested_folder_stores_its_articles_without_the_foot(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "outlet", 8)
    with open_store(tmp_path / "kb.db") as store:
        summary = ingest_paths([str(folder)], store, Settings(n_process=1))
        assert summary.added == 8
        texts = [document.text for document in store.documents()]
    assert all(FOOT not in text and "Workers said" in text for text in texts)
