"""A disk cache of spaCy parses for benchmarks, keyed by pipeline name and the exact text parsed.

Benchmarks that re-run extractors over the same corpus (PolNeAR, Timeline17, ECB+) spend almost all
their time in the parser. `cached_pipe(nlp, name, texts)` parses each text once per pipeline and
reads it back from `$STORYLINE_PARSE_CACHE` (default `~/.cache/storyline/parses`) afterwards. The key
is a hash of the text, so a changed cleaning stage simply misses the cache. Tensors are not stored
(no storyline stage reads them). Only for bench/: the product parses every time.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

T = TypeVar("T")


def cache_dir(pipeline: str) -> Path:
    root = os.environ.get("STORYLINE_PARSE_CACHE") or str(Path.home() / ".cache" / "storyline" / "parses")
    folder = Path(root) / pipeline
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _path(folder: Path, text: str) -> Path:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return folder / digest[:2] / f"{digest}.doc"


def _read(nlp: Language, path: Path) -> Doc | None:
    try:
        return Doc(nlp.vocab).from_bytes(path.read_bytes())
    except (OSError, ValueError):
        return None


def _write(path: Path, doc: Doc) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".tmp{os.getpid()}")
    partial.write_bytes(doc.to_bytes(exclude=["tensor"]))
    partial.replace(path)


def cached_pipe(
    nlp: Language, pipeline: str, items: Iterable[tuple[str, T]], batch_size: int = 16
) -> Iterator[tuple[Doc, T]]:
    """Like `nlp.pipe(items, as_tuples=True)`, in input order, parsing only texts not cached yet."""
    folder = cache_dir(pipeline)
    pending: list[tuple[str, T]] = []

    def flush() -> Iterator[tuple[Doc, T]]:
        for doc, context in nlp.pipe(pending, as_tuples=True, batch_size=batch_size):
            _write(_path(folder, doc.text), doc)
            yield doc, context
        pending.clear()

    for text, context in items:
        cached = _read(nlp, _path(folder, text))
        if cached is not None and cached.text == text:
            yield from flush()
            yield cached, context
        else:
            pending.append((text, context))
            if len(pending) >= batch_size:
                yield from flush()
    yield from flush()


def parse_cached(nlp: Language, pipeline: str, texts: Iterable[str]) -> Iterator[Doc]:
    """Docs for `texts`, in order, from the cache where possible."""
    for doc, _ in cached_pipe(nlp, pipeline, ((text, None) for text in texts)):
        yield doc
