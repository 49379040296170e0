"""Organisation and place alias pairs (same / different), storyline next to rapidfuzz.

Run: `python -m bench.entities.orgpairs`. The pairs (bench/entities/data/org_pairs.tsv) are names seen in
Timeline17 and PolNeAR texts, with the traps: a channel ("Russia Today"), a ministry ("US State
Department") and a team are not the country. storyline decides a pair by linking two one-mention
documents; rapidfuzz by `fuzz.ratio` of the folded names ≥ 90 (as on ECB+).
"""

from __future__ import annotations

from pathlib import Path

from rapidfuzz import fuzz

from storyline.link.entities import link_entities
from storyline.model import Document, DocumentAnalysis, Mention, OffsetMap, make_id
from storyline.names import fold_text

DATA = Path(__file__).resolve().parent / "data" / "org_pairs.tsv"
Pair = tuple[str, str, str, str, bool]


def load_pairs(path: Path = DATA) -> list[Pair]:
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    return [(a, la, b, lb, same.strip() == "1") for a, la, b, lb, same in rows]


def _document(name: str, label: str) -> DocumentAnalysis:
    text = f"{name} said so."
    doc_id = make_id("doc", text, label)
    mention = Mention(id=make_id("mention", doc_id, 0), document=doc_id, start=0, end=len(name), text=name,
                      label=label)  # fmt: skip
    document = Document(id=doc_id, source=doc_id, format="text", text=text, raw_text=text,
                        offset_map=OffsetMap.identity(len(text)))  # fmt: skip
    return DocumentAnalysis(document=document, mentions=(mention,))


def storyline_same(pair: Pair) -> bool:
    a, la, b, lb, _ = pair
    return len(link_entities([_document(a, la), _document(b, lb)], ())) == 1


def rapidfuzz_same(pair: Pair) -> bool:
    return fuzz.ratio(fold_text(pair[0]), fold_text(pair[2])) >= 90


def score(pairs: list[Pair], same: object) -> dict[str, float]:
    decide = same  # a callable Pair -> bool
    predicted = [decide(p) for p in pairs]  # type: ignore[operator]
    tp = sum(1 for p, guess in zip(pairs, predicted, strict=True) if guess and p[4])
    fp = sum(1 for p, guess in zip(pairs, predicted, strict=True) if guess and not p[4])
    fn = sum(1 for p, guess in zip(pairs, predicted, strict=True) if not guess and p[4])
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "false merges": fp, "missed": fn}  # fmt: skip


def main() -> None:
    pairs = load_pairs()
    print(f"{sum(p[4] for p in pairs)} same, {sum(not p[4] for p in pairs)} different")
    for name, decide in (("storyline", storyline_same), ("rapidfuzz ratio >= 90", rapidfuzz_same)):
        print(name, score(pairs, decide))
    for pair in pairs:
        if storyline_same(pair) != pair[4]:
            print("  wrong:", pair)


if __name__ == "__main__":
    main()
