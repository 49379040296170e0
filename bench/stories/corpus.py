"""Timeline17 and ECB+ as storyline analyses, parsed once (bench/parsecache.py) and pickled per topic.

Articles are read and cleaned as `storyline ingest` does (publication date from the InputDocs/<date>/
folder), parsed through the shared parse cache and analysed with `analyze_or_reject`; the analyses of a
topic are kept in $STORYLINE_STORIES_CACHE (default /work/cache/stories) so tuning runs skip the parser.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

from bench.parsecache import cached_pipe
from storyline.clean import clean_document
from storyline.extract.nlp import load_pipeline
from storyline.ingest import read_paths
from storyline.model import Document, DocumentAnalysis, OffsetMap, Rejected
from storyline.run.analyze import analyze_or_reject
from storyline.settings import DEFAULT_MODEL

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "bench"
T17 = SHARED / "timeline17"
MAX_CHARS = 1_000_000


def cache_root() -> Path:
    root = Path(os.environ.get("STORYLINE_STORIES_CACHE", "/work/cache/stories"))
    root.mkdir(parents=True, exist_ok=True)
    return root


def t17_topics() -> list[str]:
    return sorted(p.name for p in T17.iterdir() if (p / "InputDocs").is_dir()) if T17.is_dir() else []


def documents_of(folder: Path) -> list[Document]:
    """The cleaned documents under `folder`, as ingest cleans them (first of identical texts kept)."""
    path = cache_root() / ("docs_" + "_".join(folder.parts[-2:]) + ".pkl")
    if path.exists():
        cached: list[Document] = pickle.loads(path.read_bytes())
        return cached
    documents: dict[str, Document] = {}
    for raw in read_paths([str(folder)]):
        if isinstance(raw, Rejected):
            continue
        cleaned = clean_document(raw)
        if not isinstance(cleaned, Rejected) and len(cleaned.text) < MAX_CHARS:
            documents.setdefault(cleaned.id, cleaned)
    path.write_bytes(pickle.dumps(list(documents.values())))
    return list(documents.values())


def analyses_of(name: str, folder: Path, span: tuple[str, str] | None = None) -> list[DocumentAnalysis]:
    """Analyses of the documents under `folder` (published inside `span`), from the pickle cache if there."""
    path = cache_root() / f"{name}.pkl"
    if path.exists():
        cached: list[DocumentAnalysis] = pickle.loads(path.read_bytes())
        return cached
    nlp = load_pipeline(DEFAULT_MODEL)
    analyses = []
    documents = [d for d in documents_of(folder) if span is None or _inside(d, span)]
    for doc, document in cached_pipe(nlp, DEFAULT_MODEL, ((d.text, d) for d in documents)):
        outcome = analyze_or_reject(document, doc)
        if not isinstance(outcome, Rejected):
            analyses.append(outcome)
    path.write_bytes(pickle.dumps(analyses))
    return analyses


def t17_analyses(topic: str) -> list[DocumentAnalysis]:
    """The topic's articles published inside the span of its gold timelines (the news-tls protocol)."""
    from bench.stories.gold import topic_span

    return analyses_of(f"t17_{topic}", T17 / topic / "InputDocs", topic_span(topic))


def ecb_analyses() -> list[tuple[DocumentAnalysis, str]]:
    """Every ECB+ document (all 43 topics) with its name mentions (all story keys need), and its topic."""
    from bench.entities.ecbplus import DATA, read_document
    from storyline.extract.mentions import extract_mentions

    path = cache_root() / "ecbplus_mentions.pkl"
    if path.exists():
        cached: list[tuple[DocumentAnalysis, str]] = pickle.loads(path.read_bytes())
        return cached
    items = []
    for folder in sorted((p for p in DATA.iterdir() if p.is_dir()), key=lambda p: int(p.name)):
        for file in sorted(folder.glob("*.xml")):
            text = read_document(file)[0]
            document = Document(id=file.name, source=file.name, format="text", text=text, raw_text=text,
                                offset_map=OffsetMap.identity(len(text)))  # fmt: skip
            items.append((text, (document, folder.name)))
    nlp = load_pipeline(DEFAULT_MODEL)
    found = [
        (DocumentAnalysis(document=document, mentions=extract_mentions(document, doc)), topic)
        for doc, (document, topic) in cached_pipe(nlp, DEFAULT_MODEL, items)
    ]
    path.write_bytes(pickle.dumps(found))
    return found


def _inside(document: Document, span: tuple[str, str]) -> bool:
    value = document.published.value
    return value is not None and span[0] <= value <= span[1]


if __name__ == "__main__":  # fill the cache: python -m bench.stories.corpus [topic ...]
    sizes = {t: len(list((T17 / t / "InputDocs").rglob("*.txt"))) for t in t17_topics()}
    for topic in sys.argv[1:] or sorted(sizes, key=sizes.__getitem__):
        print(topic, len(t17_analyses(topic)), flush=True)
