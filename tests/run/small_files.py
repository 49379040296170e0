"""Tiny input folders for the engine tests: one short statement per file, one file carrying a POISON line."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

TEXT = '{name} said on Tuesday that the talks in Minsk went well. "We are satisfied," {name} added.\n'


def statement_files(folder: Path, names: Sequence[str], poisoned: int) -> list[Path]:
    """`<n>.txt` per name, each a statement by that name; file number `poisoned` also holds a POISON
    line (a test makes a worker fail on it)."""
    paths = []
    for number, name in enumerate(names):
        path = folder / f"{number}.txt"
        path.write_text(TEXT.format(name=name) + ("POISON\n" if number == poisoned else ""), "utf-8")
        paths.append(path)
    return paths
