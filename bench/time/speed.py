"""Speed of the temporal layer: expressions/s and its share of per-document time next to the spaCy parse.

Run: python -m bench.time.speed [--docs 500]. Texts: distinct Timeline17 articles in path order; the
layer = publication-date inference + extract_times + extract_events on the parsed document.
"""

from __future__ import annotations

import argparse
import time

from bench.ingest.run import pick_articles
from storyline.model import Document, OffsetMap, make_id


def measure(limit: int) -> list[str]:
    from storyline.extract.events import extract_events
    from storyline.extract.nlp import load_pipeline
    from storyline.extract.time import extract_times, resolve_publication_date
    from storyline.settings import Settings

    nlp = load_pipeline(Settings().model)
    texts = [p.read_text("utf-8", errors="replace") for p in pick_articles(limit)]
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=Settings().batch_size))
    parse_s = time.perf_counter() - started
    expressions = 0
    started = time.perf_counter()
    for text, doc in zip(texts, docs, strict=True):
        document = Document(
            id=make_id("doc", text), source="t17", format="text", text=text, raw_text=text,
            offset_map=OffsetMap.identity(len(text)),
        )  # fmt: skip
        document = resolve_publication_date(document, doc)
        timexes = extract_times(document, doc)
        extract_events(document, doc, timexes, (), ())
        expressions += len(timexes)
    layer_s = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts)
    return [
        f"Speed on {len(texts)} Timeline17 articles ({words:,} words), one process:",
        f"spaCy parse {parse_s:.1f} s ({words / parse_s:,.0f} words/s); temporal layer (publication date + "
        f"expressions + events) {layer_s:.1f} s = {100 * layer_s / (layer_s + parse_s):.1f}% of parse+layer; "
        f"{expressions:,} expressions, {expressions / layer_s:,.0f} expressions/s, "
        f"{1000 * layer_s / len(texts):.1f} ms/document",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=500)
    print("\n".join(measure(parser.parse_args().docs)))


if __name__ == "__main__":
    main()
