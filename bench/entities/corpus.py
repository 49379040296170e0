"""Timeline17 topics as storyline analyses, for the organisation and over-merge benchmarks.

`load_topic(name)` reads `../shared/bench/timeline17/<name>`, cleans each article, parses it through the
shared parse cache (bench/parsecache.py, `STORYLINE_PARSE_CACHE`) and runs the extract stages. An article
without a publication date gets its folder's date (`InputDocs/2009-04-27/...`) as the ingest stage is
meant to, so the linking measured here sees dated reports. Analyses are pickled per topic and code
version under `$STORYLINE_BENCH_CACHE` (default /tmp) so repeated link runs skip extraction.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
from dataclasses import replace
from pathlib import Path

from bench.parsecache import cached_pipe
from storyline.clean import clean_document
from storyline.extract.nlp import load_pipeline
from storyline.ingest import read_paths
from storyline.model import Document, DocumentAnalysis, PublicationDate, Rejected
from storyline.run.analyze import analyze_document
from storyline.settings import DEFAULT_MODEL

_HERE = Path(__file__).resolve().parents[2]
_ROOTS = [p for p in (_HERE.parent, _HERE.parent.parent) if (p / "shared").is_dir()] or [_HERE.parent]
SHARED = Path(os.environ.get("STORYLINE_SHARED") or _ROOTS[0] / "shared") / "bench"
TIMELINE17 = SHARED / "timeline17"
_FOLDER_DATE = re.compile(r"/(\d{4}-\d{2}-\d{2})/")


def _with_folder_date(document: Document) -> Document:
    if document.published.value:
        return document
    found = _FOLDER_DATE.search(document.source)
    if not found:
        return document
    return replace(document, published=PublicationDate(value=found.group(1), source="metadata"))


def _documents(topic: str, folder_dates: bool) -> list[Document]:
    documents = []
    for raw in read_paths([str(TIMELINE17 / topic / "InputDocs")]):
        if isinstance(raw, Rejected):
            continue
        cleaned = clean_document(raw)
        if not isinstance(cleaned, Rejected) and cleaned.text.strip() and len(cleaned.text) < 1_000_000:
            documents.append(_with_folder_date(cleaned) if folder_dates else cleaned)
    return documents


def _cache_file(topic: str, folder_dates: bool) -> Path:
    code = Path(__file__).resolve().parents[2] / "storyline"
    digest = hashlib.sha256()
    for path in sorted(code.glob("**/*.py")):
        if "/link/" not in str(path) and "/store/" not in str(path) and "/cli/" not in str(path):
            digest.update(path.read_bytes())
    root = Path(os.environ.get("STORYLINE_BENCH_CACHE", "/tmp")) / "storyline-analyses"
    root.mkdir(parents=True, exist_ok=True)
    mode = "dated" if folder_dates else "as-is"
    return root / f"{topic}-{mode}-{digest.hexdigest()[:12]}.pickle"


def load_topic(topic: str, folder_dates: bool = True) -> list[DocumentAnalysis]:
    """Every non-empty article of one Timeline17 topic, analysed (from the pickle when the code is unchanged).

    `folder_dates=False` keeps the documents as ingest dates them today (the folder date unused)."""
    cache = _cache_file(topic, folder_dates)
    if cache.is_file():
        analyses: list[DocumentAnalysis] = pickle.loads(cache.read_bytes())
        return analyses
    nlp = load_pipeline(DEFAULT_MODEL)
    documents = _documents(topic, folder_dates)
    pairs = cached_pipe(nlp, DEFAULT_MODEL, ((d.text, d) for d in documents))
    analyses = [analyze_document(document, doc) for doc, document in pairs]
    if analyses:
        cache.write_bytes(pickle.dumps(analyses))
    return analyses


def available(topic: str) -> bool:
    """Whether the topic's folder is present (../shared is not always there)."""
    return (TIMELINE17 / topic / "InputDocs").is_dir()
