"""The real base of the scale benches: the distinct real articles of ../shared/bench, analysed once.

Timeline17 (publication day from its InputDocs/<date>/ folder) and PolNeAR (its metadata.tsv read as
`storyline ingest --metadata` reads it) are read and cleaned as `storyline ingest` does; identical
cleaned texts are kept once (the document id is the text's hash), undated ones dropped (an undated
document makes every fold read the whole corpus). ECB+ is left out: its documents carry no publication
date. ORDER is a fixed shuffle: the documents sorted by the blake2b hash of their id, so every topic
and outlet is in every stretch of it in about the same share, and the chunks analysed so far are a
prefix of the final order (`analyses`). The documents are analysed with the default pipeline in ORDER,
CHUNK documents at a time, parsed through the shared parse cache (bench/parsecache.py,
STORYLINE_PARSE_CACHE) and pickled under FOLDER, so a killed run resumes at its first missing chunk (a
document already analysed in an older chunk file is not analysed again); `timing.tsv` there records
each chunk's CPU and wall seconds.

Run: nice -n 10 python -m bench.scale.realbase [--chunks N]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import time
from collections.abc import Iterator
from pathlib import Path

from storyline.clean import clean_document
from storyline.ingest import read_paths
from storyline.ingest.published import DatingOptions
from storyline.ingest.sheet import load_sheet
from storyline.model import Document, DocumentAnalysis, RawDocument, Rejected

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "bench"
FOLDER = Path(os.environ.get("STORYLINE_SCALE_CACHE", "/work/cache/scale")) / "realbase"
DOCUMENTS = "documents-1.pickle"  # bump when the choice of documents changes
ANALYSES = "analyses-2"  # chunks of ORDER
CHUNK = 100
MAX_CHARS = 1_000_000


def _read(corpus: str) -> Iterator[Document]:
    if corpus == "timeline17":
        found = read_paths([str(SHARED / "timeline17")])
    else:
        folders = [str(SHARED / "polnear" / s / "text") for s in ("train", "dev", "test")]
        found = read_paths(folders, DatingOptions(sheet=load_sheet(str(SHARED / "polnear" / "metadata.tsv"))))
    for raw in found:
        if not isinstance(raw, RawDocument):
            continue
        cleaned = clean_document(raw)
        if not isinstance(cleaned, Rejected) and len(cleaned.text) < MAX_CHARS:
            yield cleaned


def documents() -> list[Document]:
    """The distinct dated cleaned documents in ORDER (cached under FOLDER)."""
    path = FOLDER / DOCUMENTS
    if not path.exists():
        FOLDER.mkdir(parents=True, exist_ok=True)
        kept: dict[str, Document] = {}
        for corpus in ("timeline17", "polnear"):
            for document in _read(corpus):
                if document.published.value is not None:
                    kept.setdefault(document.id, document)
        path.write_bytes(pickle.dumps(list(kept.values())))
    found: list[Document] = pickle.loads(path.read_bytes())
    return sorted(found, key=lambda d: hashlib.blake2b(d.id.encode(), digest_size=8).digest())


def chunk_path(index: int) -> Path:
    return FOLDER / f"{ANALYSES}-{index:03d}.pickle"


def _analysed() -> dict[str, DocumentAnalysis]:
    """Every analysis pickled under FOLDER (of any chunk file), by document id."""
    found: dict[str, DocumentAnalysis] = {}
    for path in sorted(FOLDER.glob("analyses-*.pickle")):
        found.update((a.document.id, a) for a in pickle.loads(path.read_bytes()))
    return found


def _tried() -> set[str]:
    """Ids of the documents analysed or rejected already (a chunk file of ORDER holds its chunk)."""
    chosen = documents()
    done = {d.id for i in range(_chunks(chosen)) if chunk_path(i).exists() for d in _part(chosen, i)}
    return done | set(_analysed())


def _chunks(chosen: list[Document]) -> int:
    return -(-len(chosen) // CHUNK)


def _part(chosen: list[Document], index: int) -> list[Document]:
    return chosen[index * CHUNK : (index + 1) * CHUNK]


def analyse(limit: int | None = None) -> None:
    """Analyse every chunk not pickled yet (at most `limit` of them), recording each one's cost."""
    from bench.parsecache import cached_pipe
    from storyline.extract.nlp import load_pipeline
    from storyline.run.analyze import analyze_or_reject
    from storyline.settings import DEFAULT_MODEL

    chosen, tried = documents(), _tried()
    todo = [i for i in range(_chunks(chosen)) if not chunk_path(i).exists()][:limit]
    nlp = load_pipeline(DEFAULT_MODEL) if todo else None
    for index in todo:
        started, cpu = time.perf_counter(), time.process_time()
        part = [d for d in _part(chosen, index) if d.id not in tried]
        found = []
        for doc, document in cached_pipe(nlp, DEFAULT_MODEL, ((d.text, d) for d in part)):
            outcome = analyze_or_reject(document, doc)
            if not isinstance(outcome, Rejected) and outcome.document.published.value is not None:
                found.append(outcome)
        partial = chunk_path(index).with_suffix(".partial")
        partial.write_bytes(pickle.dumps(found))
        partial.replace(chunk_path(index))
        line = f"{index}\t{len(part)}\t{len(found)}\t{time.process_time() - cpu:.1f}"
        line += f"\t{time.perf_counter() - started:.1f}\t{os.getloadavg()[0]:.1f}\n"
        with open(FOLDER / "timing.tsv", "a", encoding="utf-8") as log:
            log.write(line)
        print(line, end="", flush=True)


def analyses() -> list[DocumentAnalysis]:
    """The analyses of the documents in ORDER up to the first one not tried yet (a prefix of the base
    while chunks are being analysed; rejected documents are left out)."""
    tried, found = _tried(), _analysed()
    prefix = []
    for document in documents():
        if document.id not in tried:
            break
        if document.id in found:
            prefix.append(found[document.id])
    return prefix


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chunks", type=int, default=None, help="analyse at most this many chunks")
    args = parser.parse_args()
    started, cpu = time.perf_counter(), time.process_time()
    print(f"{len(documents())} documents, {_chunks(documents())} chunks", flush=True)
    print(
        f"documents: {time.process_time() - cpu:.0f} CPU s, {time.perf_counter() - started:.0f} s", flush=True
    )
    analyse(args.chunks)


if __name__ == "__main__":
    main()
