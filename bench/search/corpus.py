"""ECB+ as a sentence-retrieval benchmark: each annotated sentence is a query; the relevant sentences are
those of OTHER documents that mention one of the same events (the same cross-document ACTION chain).

Sentences are ECB+'s own (its tokens joined with spaces, one sentence per line), restricted to the
sentences ECB+ annotated (ECBplus_coreference_sentences.csv), so every candidate has gold labels.
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "ecbplus"


@dataclass(frozen=True)
class GoldSentence:
    document: str  # ECB+ file stem, e.g. 1_10ecbplus
    number: int  # ECB+ sentence number
    text: str
    events: frozenset[str]  # cross-document event chain ids


@dataclass(frozen=True)
class GoldDocument:
    name: str
    topic: int
    sentences: tuple[GoldSentence, ...]


def annotated() -> dict[str, set[int]]:
    """ECB+ file stem -> the sentence numbers ECB+ annotated."""
    wanted: dict[str, set[int]] = defaultdict(set)
    with (DATA / "ECBplus_coreference_sentences.csv").open(newline="") as handle:
        for row in csv.DictReader(handle):
            wanted[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return wanted


def read_document(path: Path, keep: set[int]) -> GoldDocument:
    root = ET.parse(path).getroot()
    words: dict[int, list[str]] = defaultdict(list)
    token_sentence: dict[str, int] = {}
    for token in root.iter("token"):
        number = int(token.get("sentence", "0"))
        words[number].append(token.text or "")
        token_sentence[token.get("t_id", "")] = number
    markable_sentences: dict[str, set[int]] = defaultdict(set)
    for markable in root.find("Markables") or ():
        if markable.tag.startswith("ACTION"):
            for anchor in markable.iter("token_anchor"):
                markable_sentences[markable.get("m_id", "")].add(token_sentence[anchor.get("t_id", "")])
    events: dict[int, set[str]] = defaultdict(set)
    for relation in root.iter("CROSS_DOC_COREF"):
        chain = relation.get("note", "")
        if chain.startswith("ACT"):
            for source in relation.iter("source"):
                for number in markable_sentences.get(source.get("m_id", ""), ()):
                    events[number].add(chain)
    sentences = tuple(
        GoldSentence(path.stem, n, " ".join(words[n]), frozenset(events[n]))
        for n in sorted(words)
        if n in keep
    )
    return GoldDocument(path.stem, int(path.stem.split("_")[0]), sentences)


def documents() -> list[GoldDocument]:
    """Every ECB+ document with annotated sentences, in topic and file order."""
    wanted = annotated()
    found = []
    for path in sorted((DATA / "ECB+").glob("*/*.xml"), key=lambda p: (int(p.parent.name), p.name)):
        if path.stem in wanted:
            found.append(read_document(path, wanted[path.stem]))
    return [d for d in found if d.sentences]
