"""Where one process spends its CPU in an ingest, stage by stage, next to plain spaCy on the same texts.

Run as a side of the engine bench (`python -m bench.scale.engine.run --sides stages,...`). Each stage is
timed by CPU seconds of this process (`time.process_time`), so other users of the machine barely change
the figures: read, clean, parse with storyline's pipeline, each extractor, pickling the outcomes to and
from a worker, storing, linking; and plain `spacy.load` + `nlp.pipe` on the raw texts.
"""

from __future__ import annotations

import pickle
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXTRACTORS = (
    "resolve_publication_date",
    "extract_sentences",
    "extract_mentions",
    "resolve_references",
    "extract_times",
    "extract_quotes",
    "extract_events",
)


def _timed(spent: Counter[str], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **options: Any) -> Any:
        begun = time.process_time()
        try:
            return function(*args, **options)
        finally:
            spent[name] += time.process_time() - begun

    return timed


def plain_spacy_seconds(texts: list[str], model: str, batch_size: int) -> float:
    import spacy

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\].*")
        nlp = spacy.load(model)
    begun = time.process_time()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.process_time() - begun


def measure_stages(paths: list[Path]) -> dict[str, float]:
    """CPU seconds per stage for `paths` in one process (the pipeline loaded before timing)."""
    import storyline.run.analyze as analyze
    from storyline.clean import clean_document
    from storyline.extract.nlp import load_pipeline, parse_documents
    from storyline.ingest import read_paths
    from storyline.model import Document
    from storyline.run.fold import link_new
    from storyline.settings import Settings
    from storyline.store import open_store

    settings = Settings(n_process=1)
    spent: Counter[str] = Counter()
    spent["spaCy alone (plain spacy.load, raw texts)"] = plain_spacy_seconds(
        [p.read_text("utf-8", errors="replace") for p in paths], settings.model, settings.batch_size
    )
    nlp = load_pipeline(settings.model)
    raws = list(_timed(spent, "read", lambda: list(read_paths([str(p) for p in paths])))())
    documents = [d for d in map(_timed(spent, "clean", clean_document), raws) if isinstance(d, Document)]
    parse = _timed(spent, "parse (storyline's pipeline, cleaned texts)", list)
    parsed = parse(parse_documents(nlp, documents, settings.batch_size, 1))
    originals = {name: getattr(analyze, name) for name in EXTRACTORS}
    try:
        for name, function in originals.items():
            setattr(analyze, name, _timed(spent, f"extract: {name}", function))
        analyses = [analyze.analyze_document(document, doc) for doc, document in parsed]
    finally:
        for name, function in originals.items():
            setattr(analyze, name, function)
    shipped = _timed(spent, "pickle outcomes (worker → client, both ends)", _round_trip)(analyses)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "stages.db")
        save = _timed(spent, "store analyses", store.save_analysis)
        for analysis in shipped:
            save(analysis)
        _timed(spent, "link (link_new into an empty db)", link_new)(store, settings)
        store.close()
    return dict(spent)


def _round_trip(analyses: list[Any]) -> list[Any]:
    return list(pickle.loads(pickle.dumps(analyses)))
