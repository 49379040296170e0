"""Document-level copies: shared passages grouped per pair of documents, and rewrites found by shared facts.

A pair of documents with shared passages is a copy of kind "document" when the passages cover at least
WHOLE of the copy's comparable sentences, else "passage". A rewrite retells an article in other words but
keeps its facts: a pair without shared passages is a rewrite when it shares a direct quote, at least
MIN_FACTS numbers and dates, at least MIN_NAMES names, and the Jaccard overlap of the two fact sets is at
least MIN_OVERLAP. Facts are exact strings, so candidates come from an inverted index (facts held by
more than COMMON documents are too common to point at one source and are skipped).

Site furniture is not a copy: a passage shared with FURNITURE or more documents that are unrelated to
its own and to each other (they do not share the names and words a story link needs,
storyline/link/stories.py) is the site's footer, comment policy or sign-off line repeated under
unrelated articles, and is left out of the copies (the near-duplicate records keep it). A wire
paragraph recycled into articles on one story is shared with related documents and stays a copy,
also in an article of another story: the documents it came from are related to each other.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from storyline.link.stories import STORY, linked
from storyline.link.story_keys import StoryKeys, story_keys
from storyline.model import Copy, Document, DocumentAnalysis, NearDuplicate, Span, make_id
from storyline.sketch.passages import units_of, words_of

WHOLE = 0.8
MIN_FACTS, MIN_NAMES, MIN_OVERLAP = 2, 2, 0.3
COMMON = 50
FURNITURE = 3  # unrelated documents sharing one passage that make it site furniture
QUOTE_WORDS = 6  # a quote is a fact by its first words, so a trimmed quote still matches
QUOTE = "quote:"
_NUMBER = re.compile(r"\d[\d.,]*%?")


@dataclass(frozen=True, slots=True)
class CopyInputs:
    """What copies are decided from, per document: its facts, story keys, origin order and text (the
    copy side's text is read for coverage), and each quote fact's holders across the whole corpus."""

    facts: Mapping[str, frozenset[str]]
    keys: Mapping[str, StoryKeys]
    order: Mapping[str, tuple[bool, str, str]]  # origin_key of each document
    texts: Mapping[str, str]
    holders: Mapping[str, frozenset[str]]  # quote fact -> every document that has it


def link_copies(
    analyses: Sequence[DocumentAnalysis], duplicates: Sequence[NearDuplicate]
) -> tuple[Copy, ...]:
    """Every copy relation (origin → copy) in the corpus, sorted by (origin, copy)."""
    return copies_in(copy_inputs(analyses), duplicates)


def copy_inputs(analyses: Sequence[DocumentAnalysis]) -> CopyInputs:
    """The inputs of `copies_in` for a corpus of `analyses`."""
    facts = {a.document.id: facts_of(a) for a in analyses}
    return CopyInputs(
        facts=facts,
        keys={a.document.id: story_keys(a) for a in analyses},
        order={a.document.id: origin_key(a.document) for a in analyses},
        texts={a.document.id: a.document.text for a in analyses},
        holders=quote_holders(facts),
    )


def copies_in(
    inputs: CopyInputs, duplicates: Sequence[NearDuplicate], scope: Collection[str] | None = None
) -> tuple[Copy, ...]:
    """The copies with a document in `scope` (every copy: None), sorted by (origin, copy). A pair's copy
    depends on its two documents' facts and passages, the holders of their quote facts, and, for the site
    furniture, every passage of the two documents and the keys of those passages' documents: `inputs`
    and `duplicates` must hold all of that for the documents of `scope`."""
    known = [p for p in duplicates if p.a.document in inputs.keys and p.b.document in inputs.keys]
    furniture = find_furniture(known, inputs.keys)
    grouped: dict[tuple[str, str], list[NearDuplicate]] = defaultdict(list)
    for passage in known:
        pair = (passage.a.document, passage.b.document)
        in_scope = scope is None or pair[0] in scope or pair[1] in scope
        if in_scope and not {_side(passage.a), _side(passage.b)} & furniture:
            grouped[pair].append(passage)
    copies = [
        _passage_copy(origin, copy, passages, inputs.texts[copy])
        for (origin, copy), passages in grouped.items()
    ]
    linked = {frozenset(pair) for pair in grouped}
    copies.extend(c for c in find_rewrites(inputs, scope) if frozenset((c.origin, c.copy)) not in linked)
    return tuple(sorted(copies, key=lambda c: (c.origin, c.copy)))


def origin_key(document: Document) -> tuple[bool, str, str]:
    """Publication order (storyline/link/duplicates.py's origin_rank): dated before undated, then by id."""
    return (document.published.value is None, document.published.value or "", document.id)


def find_furniture(
    duplicates: Sequence[NearDuplicate], keys: Mapping[str, StoryKeys]
) -> set[tuple[str, int]]:
    """(document, passage start) of passages shared with FURNITURE or more mutually unrelated documents."""
    partners: dict[tuple[str, int], set[str]] = defaultdict(set)
    for passage in duplicates:
        partners[_side(passage.a)].add(passage.b.document)
        partners[_side(passage.b)].add(passage.a.document)
    return {
        side
        for side, others in partners.items()
        if len(others) >= FURNITURE and _unrelated(keys[side[0]], sorted(others), keys) >= FURNITURE
    }


def _unrelated(own: StoryKeys, others: Sequence[str], keys: Mapping[str, StoryKeys]) -> int:
    """How many of `others` (up to FURNITURE) are unrelated to `own` and to each other (greedy, in order).

    Furniture sits under articles of many stories; a wire passage recycled into one unrelated article is
    held by documents of one story, which are related to each other and count once."""
    chosen: list[StoryKeys] = []
    for other in others:
        candidate = keys[other]
        if not linked(own, candidate, STORY) and not any(linked(c, candidate, STORY) for c in chosen):
            chosen.append(candidate)
            if len(chosen) == FURNITURE:
                break
    return len(chosen)


def _side(span: Span) -> tuple[str, int]:
    return (span.document, span.start)


def find_rewrites(inputs: CopyInputs, scope: Collection[str] | None = None) -> list[Copy]:
    """Pairs of documents (with one in `scope`) that share quotes, numbers, dates and names enough to be
    one retold."""
    facts = inputs.facts
    rewrites = []
    for first, second in _fact_candidates(inputs.holders, scope):
        origin, copy = sorted((first, second), key=inputs.order.__getitem__)
        shared = facts[origin] & facts[copy]
        overlap = len(shared) / len(facts[origin] | facts[copy])
        if _is_rewrite(shared) and overlap >= MIN_OVERLAP:
            rewrites.append(
                Copy(
                    id=make_id("copy", *sorted((origin, copy))),
                    origin=origin,
                    copy=copy,
                    kind="rewrite",
                    similarity=round(overlap, 4),
                    shared=tuple(sorted(shared)),
                )
            )
    return rewrites


def facts_of(analysis: DocumentAnalysis) -> frozenset[str]:
    """The checkable facts of one document: quotes (their first words), numbers, day dates and names."""
    text = analysis.document.text
    quotes = {
        "quote:" + " ".join(words[:QUOTE_WORDS])
        for q in analysis.quotes
        if q.kind == "direct" and len(words := words_of(q.text)) >= QUOTE_WORDS
    }
    numbers = {"number:" + n.rstrip(".,") for n in _NUMBER.findall(text) if not _is_year(n.rstrip(".,"))}
    dates = {
        "date:" + t.value for t in analysis.timexes if t.time is not None and t.time.granularity == "day"
    }
    names = {"name:" + " ".join(words_of(m.text)) for m in analysis.mentions if m.kind == "name"}
    return frozenset(quotes | numbers | dates | names)


def quote_facts(facts: frozenset[str]) -> frozenset[str]:
    """The quote facts among `facts` (the ones rewrite candidates come from)."""
    return frozenset(f for f in facts if f.startswith(QUOTE))


def quote_holders(facts: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each quote fact → the documents that have it."""
    holders: dict[str, set[str]] = defaultdict(set)
    for document, found in facts.items():
        for fact in quote_facts(found):
            holders[fact].add(document)
    return {fact: frozenset(documents) for fact, documents in holders.items()}


def _is_rewrite(shared: Iterable[str]) -> bool:
    kinds = Counter(fact.split(":", 1)[0] for fact in shared)
    return kinds["quote"] >= 1 and kinds["number"] + kinds["date"] >= MIN_FACTS and kinds["name"] >= MIN_NAMES


def _fact_candidates(
    holders: Mapping[str, frozenset[str]], scope: Collection[str] | None
) -> set[tuple[str, str]]:
    """Pairs (sorted) holding a quote fact held by at most COMMON documents (one of them in `scope`)."""
    pairs: set[tuple[str, str]] = set()
    for documents in holders.values():
        if 1 < len(documents) <= COMMON and (scope is None or any(d in scope for d in documents)):
            ordered = sorted(documents)
            pairs.update(
                (a, b)
                for i, a in enumerate(ordered)
                for b in ordered[i + 1 :]
                if scope is None or a in scope or b in scope
            )
    return pairs


def _passage_copy(origin: str, copy: str, passages: list[NearDuplicate], text: str) -> Copy:
    units = list(units_of(copy, text))
    covered = sum(1 for u in units if any(p.b.start <= u.start and u.end <= p.b.end for p in passages))
    coverage = covered / len(units) if units else 1.0
    return Copy(
        id=make_id("copy", *sorted((origin, copy))),
        origin=origin,
        copy=copy,
        kind="document" if coverage >= WHOLE else "passage",
        similarity=round(coverage, 4),
        passages=tuple(passages),
    )


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and number[:2] in ("19", "20")
