"""The outcome of a stage that could not use its input: data, not an exception."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejected:
    """An input a stage refused, with the path or URL and a reason a user can act on."""

    stage: str  # "ingest", "clean", "extract", ...
    source: str  # path or URL as given (path#item for items inside a feed or JSONL file)
    reason: str  # one line, e.g. "not valid UTF-8 or any detectable encoding"
    code: str = "E000"  # coded reason, see storyline/errors.py


@dataclass(frozen=True, slots=True, kw_only=True)
class Skipped:
    """An input a stage passed over on purpose (a kind never read, a special file): not an error."""

    stage: str
    source: str
    reason: str  # one line, e.g. "an image (.png): storyline reads no images"
