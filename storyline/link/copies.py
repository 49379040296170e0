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
from collections.abc import Iterable, Sequence

from storyline.link.duplicates import origin_rank
from storyline.link.passages import units_of, words_of
from storyline.link.stories import STORY, linked
from storyline.link.story_keys import StoryKeys, story_keys
from storyline.model import Copy, DocumentAnalysis, NearDuplicate, Span, make_id

WHOLE = 0.8
MIN_FACTS, MIN_NAMES, MIN_OVERLAP = 2, 2, 0.3
COMMON = 50
FURNITURE = 3  # unrelated documents sharing one passage that make it site furniture
QUOTE_WORDS = 6  # a quote is a fact by its first words, so a trimmed quote still matches
_NUMBER = re.compile(r"\d[\d.,]*%?")


def link_copies(
    analyses: Sequence[DocumentAnalysis], duplicates: Sequence[NearDuplicate]
) -> tuple[Copy, ...]:
    """Every copy relation (origin → copy) in the corpus, sorted by (origin, copy)."""
    by_id = {a.document.id: a for a in analyses}
    known = [p for p in duplicates if p.a.document in by_id and p.b.document in by_id]
    furniture = find_furniture(known, {d: story_keys(a) for d, a in by_id.items()})
    grouped: dict[tuple[str, str], list[NearDuplicate]] = defaultdict(list)
    for passage in known:
        if _side(passage.a) not in furniture and _side(passage.b) not in furniture:
            grouped[(passage.a.document, passage.b.document)].append(passage)
    copies = [
        _passage_copy(origin, copy, passages, by_id[copy]) for (origin, copy), passages in grouped.items()
    ]
    linked = {frozenset(pair) for pair in grouped}
    copies.extend(c for c in find_rewrites(analyses) if frozenset((c.origin, c.copy)) not in linked)
    return tuple(sorted(copies, key=lambda c: (c.origin, c.copy)))


def find_furniture(duplicates: Sequence[NearDuplicate], keys: dict[str, StoryKeys]) -> set[tuple[str, int]]:
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


def _unrelated(own: StoryKeys, others: Sequence[str], keys: dict[str, StoryKeys]) -> int:
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


def find_rewrites(analyses: Sequence[DocumentAnalysis]) -> list[Copy]:
    """Pairs of documents that share quotes, numbers, dates and names enough to be one retold."""
    facts = {a.document.id: facts_of(a) for a in analyses}
    rank = origin_rank([a.document for a in analyses])
    rewrites = []
    for first, second in _fact_candidates(facts):
        origin, copy = sorted((first, second), key=rank.__getitem__)
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


def _is_rewrite(shared: Iterable[str]) -> bool:
    kinds = Counter(fact.split(":", 1)[0] for fact in shared)
    return kinds["quote"] >= 1 and kinds["number"] + kinds["date"] >= MIN_FACTS and kinds["name"] >= MIN_NAMES


def _fact_candidates(facts: dict[str, frozenset[str]]) -> set[tuple[str, str]]:
    postings: dict[str, list[str]] = defaultdict(list)
    for document in sorted(facts):
        for fact in facts[document]:
            if fact.startswith("quote:"):
                postings[fact].append(document)
    pairs: set[tuple[str, str]] = set()
    for documents in postings.values():
        if 1 < len(documents) <= COMMON:
            pairs.update((a, b) for i, a in enumerate(documents) for b in documents[i + 1 :])
    return pairs


def _passage_copy(origin: str, copy: str, passages: list[NearDuplicate], analysis: DocumentAnalysis) -> Copy:
    units = list(units_of(copy, analysis.document.text))
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
