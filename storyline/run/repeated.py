"""The batch pass for outlet furniture: plain-text files read together are counted for repeated edge lines.

Cleaning is per document, but a site's page foot or promo shows only as the same line at the edges of
many of its files (storyline/clean/repeated.py). Before a run reads its inputs, this pass reads the
plain-text files once more (cheap: no markup to parse; HTML's boilerplate is trafilatura's) and counts
their edge lines per group: each folder or glob argument is a group, the single files named on the
command line together are another. Each read document then carries the group's repeated lines that
occur in its text, and its cleaning cuts them. A group of fewer than MIN_FILES files changes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from storyline.clean.repeated import MIN_FILES, edge_lines, present, repeated_lines
from storyline.ingest import DatingOptions, RecordFilters, read_file, read_paths
from storyline.ingest.detect import TEXT, detect_format, is_gzip
from storyline.ingest.paths import expand_paths
from storyline.model import RawDocument, Rejected, Skipped

Read = RawDocument | Rejected | Skipped


def read_with_repeated(
    paths: Sequence[str], dating: DatingOptions | None = None, filters: RecordFilters | None = None
) -> Iterator[Read]:
    """`read_paths(paths, ...)`, each plain-text document carrying its group's repeated lines."""
    found = repeated_by_file(paths)
    for outcome in read_paths(paths, dating, filters):
        yield (
            with_repeated(outcome, found.get(outcome.source)) if isinstance(outcome, RawDocument) else outcome
        )


def with_repeated(raw: RawDocument, repeated: frozenset[str] | None) -> RawDocument:
    """`raw` carrying the repeated lines of its group that occur in its text."""
    lines = present(raw.raw_text, repeated) if repeated else ()
    return replace(raw, repeated_lines=lines) if lines else raw


def repeated_by_file(paths: Sequence[str]) -> dict[str, frozenset[str]]:
    """For each plain-text file under `paths` whose group has repeated lines, the group's lines."""
    found: dict[str, frozenset[str]] = {}
    for group in groups(paths):
        files = [path for path in expand_paths(group) if isinstance(path, str) and _plain_text(path)]
        if len(files) < MIN_FILES:
            continue
        repeated = repeated_lines(edge_lines(text) for text in _texts(files))
        if repeated:
            found.update((path, repeated) for path in files)
    return found


def groups(paths: Sequence[str]) -> list[list[str]]:
    """Each folder or glob argument alone, in order; the single files named among them as one more group."""
    singles = [path for path in paths if os.path.isfile(path)]
    others = [[path] for path in paths if not os.path.isfile(path)]
    return [*others, singles] if singles else others


def _texts(files: Iterable[str]) -> Iterator[str]:
    for path in files:
        for outcome in read_file(path):
            if isinstance(outcome, RawDocument) and outcome.format == TEXT:
                yield outcome.raw_text


def _plain_text(path: str) -> bool:
    """Whether `path` is read as plain text (a look at its first bytes; gzip files are left out)."""
    if is_gzip(path) or not os.path.isfile(path):  # never open a FIFO or a device
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return detect_format(path, head) == TEXT
