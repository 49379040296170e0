"""Which files a list of paths, folders and globs names: folders recursively, sorted, hidden files skipped.

Inside folders and globs, special files (FIFOs, sockets, devices) are skipped after a `stat`, never
opened, and so are kinds storyline never reads (images, PDFs, its own database files); named on the
command line they are rejected. `**` globs follow folder links but visit each real folder once.
"""

from __future__ import annotations

import glob
import os
import re
import stat
from collections.abc import Iterator, Sequence

from storyline.errors import InputError, UnsupportedFormat
from storyline.ingest.detect import extension, never_read
from storyline.model import Rejected, Skipped

_GLOB_CHARS = frozenset("*?[")
_SPECIAL = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def expand_paths(paths: Sequence[str]) -> Iterator[str | Rejected | Skipped]:
    """Each file named by `paths` once, in the order given (folders and globs sorted within)."""
    seen: set[str] = set()
    for given in paths:
        found = list(_files_of(given))
        if not found:
            yield Rejected(stage="ingest", source=given, reason=_missing_reason(given), code=InputError.code)
        for path in found:
            if not isinstance(path, str):
                yield path
                continue
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                yield path


def _files_of(given: str) -> Iterator[str | Rejected | Skipped]:
    mode = _mode(given)
    if mode is not None and stat.S_ISREG(mode):
        yield given
    elif mode is not None and stat.S_ISDIR(mode):
        yield from _walk(given)
    elif mode is not None:
        reason = f"{special_kind(mode)}, not a regular file: not opened"
        yield Rejected(stage="ingest", source=given, reason=reason, code=UnsupportedFormat.code)
    elif _GLOB_CHARS & set(given):
        for match in _glob(given):
            if _hidden(os.path.relpath(match, _glob_root(given))):
                continue
            yield from (_walk(match) if os.path.isdir(match) else [_entry(match)])


def _walk(folder: str) -> Iterator[str | Skipped]:
    """Files under `folder`, recursively, sorted by path, skipping hidden files and folders."""
    found: list[str] = []
    for root, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(os.path.join(root, name) for name in files if not name.startswith("."))
    for path in sorted(found):
        yield _entry(path)


def _entry(path: str) -> str | Skipped:
    """A file found inside a folder or by a glob: its path, or why it is skipped (checked by stat only)."""
    mode = _mode(path)
    if mode is None:
        return Skipped(stage="ingest", source=path, reason="broken link or vanished file")
    if not stat.S_ISREG(mode):
        return Skipped(stage="ingest", source=path, reason=f"{special_kind(mode)}, not a regular file")
    kind = never_read(path)
    if kind is not None:
        return Skipped(stage="ingest", source=path, reason=f"{kind} ({extension(path)}), not read")
    return path


def special_kind(mode: int) -> str:
    """What a non-regular file is, in words ("a FIFO (named pipe)")."""
    return next((name for test, name in _SPECIAL if test(mode)), "not a regular file")


def _mode(path: str) -> int | None:
    try:
        return os.stat(path).st_mode
    except (OSError, ValueError):
        return None


def _glob(pattern: str) -> list[str]:
    """The paths `pattern` matches, sorted; `**` never loops through folder links."""
    if "**" not in pattern:
        return sorted(glob.glob(pattern))
    root = _glob_root(pattern)
    prefix = "" if root == "." and not pattern.startswith(".") else root
    matcher = re.compile("".join(_translate(pattern)), re.S)
    return sorted(path for path in _walk_linked(root, prefix) if matcher.fullmatch(path))


def _walk_linked(folder: str, prefix: str) -> Iterator[str]:
    """Every non-hidden path below `folder` (named from `prefix`), following links to folders but
    entering each real folder once, known by (st_dev, st_ino): a link loop ends."""
    seen: set[tuple[int, int]] = set()
    stack = [(folder, prefix)]
    while stack:
        real, named = stack.pop()
        try:
            info = os.stat(real)
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            entries = sorted(os.scandir(real), key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = os.path.join(named, entry.name) if named else entry.name
            yield path
            if _is_dir(entry):
                stack.append((entry.path, path))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _translate(pattern: str) -> Iterator[str]:
    """Regex pieces for a glob `pattern`: `**` any folders (or none), `*` `?` `[...]` within one name."""
    parts = pattern.split("/")
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part == "**":
            yield ".*" if last else "(?:[^/]+/)*"
        else:
            yield "".join(_name_pattern(part)) + ("" if last else "/")


def _name_pattern(part: str) -> Iterator[str]:
    index = 0
    while index < len(part):
        char, end = part[index], part.find("]", index + 2)
        if char == "*":
            yield "[^/]*"
        elif char == "?":
            yield "[^/]"
        elif char == "[" and end > 0:
            inner = part[index + 1 : end]
            yield "[" + ("^" + inner[1:] if inner.startswith("!") else inner).replace("\\", "\\\\") + "]"
            index = end
        else:
            yield re.escape(char)
        index += 1


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
    if os.path.lexists(given):
        return "a broken link: the file it points to does not exist"
    return "no such file or folder"
