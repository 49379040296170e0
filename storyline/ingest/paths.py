"""Which files a list of paths, folders and globs names: folders recursively, sorted, hidden files skipped."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence

from storyline.errors import InputError
from storyline.model import Rejected

_GLOB_CHARS = frozenset("*?[")


def expand_paths(paths: Sequence[str]) -> Iterator[str | Rejected]:
    """Each file named by `paths` once, in the order given (folders and globs sorted within)."""
    seen: set[str] = set()
    for given in paths:
        found = list(_files_of(given))
        if not found:
            yield Rejected(stage="ingest", source=given, reason=_missing_reason(given), code=InputError.code)
        for path in found:
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                yield path


def _files_of(given: str) -> Iterator[str]:
    if os.path.isfile(given):
        yield given
    elif os.path.isdir(given):
        yield from _walk(given)
    elif _GLOB_CHARS & set(given):
        for match in sorted(glob.glob(given, recursive=True)):
            if _hidden(os.path.relpath(match, _glob_root(given))):
                continue
            yield from ([match] if os.path.isfile(match) else _walk(match))


def _walk(folder: str) -> Iterator[str]:
    """Files under `folder`, recursively, sorted by path, skipping hidden files and folders."""
    found: list[str] = []
    for root, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(os.path.join(root, name) for name in files if not name.startswith("."))
    yield from sorted(found)


def _glob_root(pattern: str) -> str:
    """The fixed folder a glob pattern starts from (hidden parts below it are skipped)."""
    parts: list[str] = []
    for part in pattern.split(os.sep):
        if _GLOB_CHARS & set(part):
            break
        parts.append(part)
    return os.sep.join(parts) or "."


def _hidden(relative: str) -> bool:
    return any(part.startswith(".") and part not in (".", "..") for part in relative.split(os.sep))


def _missing_reason(given: str) -> str:
    if _GLOB_CHARS & set(given):
        return "the pattern matches no files; check the glob and quote it for your shell"
    if os.path.isdir(given):
        return "the folder holds no files (hidden files are skipped)"
    return "no such file or folder"
