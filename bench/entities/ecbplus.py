"""ECB+ cross-document entity coreference (test topics 36–45) for storyline and two baselines.

Setting: the CROMER XML tokens are joined with spaces (sentences on their own lines) and parsed by our
pipeline; gold mentions are the entity-type markables (HUMAN_PART_*, LOC_*, NON_HUMAN_PART) with
tokens, clustered by CROSS_DOC_COREF instance ids (INTRA_DOC_COREF targets for within-document-only
chains, singletons otherwise). Each gold mention takes the cluster of the predicted name mention that
overlaps it most; a gold mention no predicted mention overlaps is a singleton. All test documents are
linked as one corpus (topics mixed). Scores are reported on all gold entity mentions, and on the
"named" subset that our extractor found a name mention for (the same subset for every system).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from bench.entities.metrics import conll
from storyline.extract.mentions import extract_mentions
from storyline.extract.nlp import load_pipeline
from storyline.link.entities import link_entities
from storyline.model import Document, DocumentAnalysis, Mention, OffsetMap

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "ecbplus" / "ECB+"
TEST_TOPICS = range(36, 46)
ENTITY_TAGS = ("HUMAN_PART", "LOC_", "NON_HUMAN_PART")


@dataclass(frozen=True)
class GoldMention:
    id: str
    document: str
    start: int
    end: int
    cluster: str


def read_document(path: Path) -> tuple[str, list[GoldMention]]:
    root = ET.parse(path).getroot()
    text, offsets, sentence = "", {}, None
    for token in root.iter("token"):
        if sentence is not None and token.get("sentence") != sentence:
            text += "\n"
        elif text:
            text += " "
        sentence = token.get("sentence")
        offsets[token.get("t_id")] = (len(text), len(text) + len(token.text or ""))
        text += token.text or ""
    clusters: dict[str, str] = {}
    for relation in root.iter("CROSS_DOC_COREF"):
        for source in relation.iter("source"):
            clusters[source.get("m_id", "")] = relation.get("note", "")
    for relation in root.iter("INTRA_DOC_COREF"):
        target = relation.find("target")
        for source in relation.iter("source"):
            clusters.setdefault(
                source.get("m_id", ""), f"{path.name}:{target.get('m_id') if target is not None else ''}"
            )
    gold = []
    for markable in root.find("Markables") or []:
        anchors = [offsets[a.get("t_id")] for a in markable.iter("token_anchor") if a.get("t_id") in offsets]
        if anchors and markable.tag.startswith(ENTITY_TAGS):
            m_id = markable.get("m_id", "")
            cluster = clusters.get(m_id, f"{path.name}:single:{m_id}")
            gold.append(
                GoldMention(
                    f"{path.name}:{m_id}",
                    path.name,
                    min(a[0] for a in anchors),
                    max(a[1] for a in anchors),
                    cluster,
                )
            )
    return text, gold


def load() -> tuple[list[tuple[str, str]], list[GoldMention]]:
    texts, gold = [], []
    for topic in TEST_TOPICS:
        for path in sorted((DATA / str(topic)).glob("*.xml")):
            text, mentions = read_document(path)
            texts.append((path.name, text))
            gold.extend(mentions)
    return texts, gold


def predict(texts: list[tuple[str, str]]) -> list[DocumentAnalysis]:
    nlp = load_pipeline()
    analyses = []
    for (name, text), doc in zip(texts, nlp.pipe([t for _, t in texts], batch_size=16), strict=True):
        document = Document(
            id=name,
            source=name,
            format="text",
            text=text,
            raw_text=text,
            offset_map=OffsetMap.identity(len(text)),
        )
        analyses.append(DocumentAnalysis(document=document, mentions=extract_mentions(document, doc)))
    return analyses


def system_clusters(analyses: list[DocumentAnalysis]) -> dict[str, dict[str, str]]:
    """System name → predicted mention id → cluster id."""
    mentions = [m for a in analyses for m in a.mentions]
    ours = {m: e.id for e in link_entities(analyses, []) for m in e.mentions}
    exact = {m.id: m.text for m in mentions}
    return {"storyline": ours, "exact string": exact, "rapidfuzz ratio ≥ 90": fuzzy(mentions, 90)}


def fuzzy(mentions: list[Mention], threshold: int) -> dict[str, str]:
    names = sorted({m.text for m in mentions})
    scores = cdist(names, names, scorer=fuzz.ratio, score_cutoff=threshold)
    parent = list(range(len(names)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in zip(*scores.nonzero(), strict=True):
        parent[find(int(i))] = find(int(j))
    root = {name: names[find(i)] for i, name in enumerate(names)}
    return {m.id: root[m.text] for m in mentions}


def evaluate() -> dict[str, dict[str, dict[str, float]]]:
    texts, gold = load()
    analyses = predict(texts)
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for analysis in analyses:
        by_doc[analysis.document.id].extend(analysis.mentions)
    matched = {g.id: _best_overlap(g, by_doc[g.document]) for g in gold}
    key_all = _clusters({g.id: g.cluster for g in gold})
    named = {g.id for g in gold if matched[g.id] is not None}
    key_named = _clusters({g.id: g.cluster for g in gold if g.id in named})
    results: dict[str, dict[str, dict[str, float]]] = {}
    for system, assign in system_clusters(analyses).items():
        response = {g.id: assign.get(matched[g.id] or "", f"single:{g.id}") for g in gold}
        results[system] = {
            "all": conll(key_all, _clusters(response)),
            "named": conll(key_named, _clusters({k: v for k, v in response.items() if k in named})),
        }
    results["_counts"] = {
        "all": {"mentions": len(gold), "documents": len(texts)},
        "named": {"mentions": len(named)},
    }
    return results


def _best_overlap(gold: GoldMention, predicted: list[Mention]) -> str | None:
    best, best_overlap = None, 0
    for mention in predicted:
        overlap = min(gold.end, mention.end) - max(gold.start, mention.start)
        if overlap > best_overlap:
            best, best_overlap = mention.id, overlap
    return best


def _clusters(assign: dict[str, str]) -> list[frozenset[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for mention, cluster in assign.items():
        groups[cluster].add(mention)
    return [frozenset(g) for g in groups.values()]
