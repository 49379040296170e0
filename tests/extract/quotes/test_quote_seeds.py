"""The five seed articles: every direct quote found, each with the right speaker, and the repeat linked."""

from __future__ import annotations

from collections import defaultdict

import pytest
from quote_helpers import Run, clean_seed, speaker_names

from storyline.link.statements import link_statements
from storyline.model import DocumentAnalysis, Entity, Mention, make_id
from tests.conftest import seed_text

pytestmark = pytest.mark.seeds

# From our reading of the seeds: the speaker of every direct quote, in text order.
EXPECTED = {
    "000": ["Dmitry Peskov", "Dmitry Peskov"],
    "001": ["Roman Golovchenko"],
    "002": ["Vladimir Putin"],
    "003": ["Jovita Neliupšienė"] * 5 + ["Dmitry Peskov"] * 3,
    "004": ["Dmitry Peskov", "Dmitry Peskov", "Anton Siluanov"]
    + ["Svetlana Tikhanovskaya"] * 4
    + ["Linas Linkevičius"] * 2
    + ["Vladimir Putin"],
}
PUBLISHED = {
    "000": "2021-03-30",
    "001": "2021-04-28",
    "002": "2019-07-03",
    "003": "2020-09-14",
    "004": "2020-09-20",
}


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_direct_quotes_and_speakers(run: Run, seed: str) -> None:
    _, mentions, quotes = run(clean_seed(seed_text(seed)), published=PUBLISHED[seed])
    direct = [q for q in quotes if q.kind == "direct"]
    assert speaker_names(direct, mentions) == EXPECTED[seed]


def test_speaker_accuracy_on_all_direct_quotes(run: Run) -> None:
    right = total = 0
    for seed, expected in EXPECTED.items():
        _, mentions, quotes = run(clean_seed(seed_text(seed)), published=PUBLISHED[seed])
        found = speaker_names([q for q in quotes if q.kind == "direct"], mentions)
        total += len(expected)
        right += sum(a == b for a, b in zip(found, expected, strict=False))
    assert total == 22
    assert right / total >= 0.9


def test_partial_quotes_are_fragments_not_statements(run: Run) -> None:
    document, _, quotes = run(clean_seed(seed_text("001")), published=PUBLISHED["001"])
    fragments = [document.text[a:b] for q in quotes for a, b in q.fragments]
    assert "necessary solutions" in fragments
    assert all(q.text != "necessary solutions" for q in quotes)


def _entities(analyses: list[DocumentAnalysis]) -> list[Entity]:
    """Simple entities for the test: person name mentions grouped by surname (what linking would do)."""
    by_id = {m.id: m for a in analyses for m in a.mentions}
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in by_id.values():
        if mention.kind == "name":
            groups[mention.text.split()[-1].lower()].append(mention)
    return [
        Entity(
            id=make_id("entity", key),
            name=key,
            type="PERSON",
            aliases=(key,),
            mentions=tuple(m.id for m in group),
        )
        for key, group in sorted(groups.items())
    ]


def test_unification_repeat_links_to_its_first_report(run: Run) -> None:
    analyses = []
    for seed in ("001", "000"):
        document, mentions, quotes = run(clean_seed(seed_text(seed)), published=PUBLISHED[seed])
        analyses.append(DocumentAnalysis(document=document, mentions=mentions, quotes=quotes))
    statements = link_statements(analyses, _entities(analyses))
    quotes = {q.id: q for a in analyses for q in a.quotes}
    (statement,) = [
        s for s in statements if any(quotes[i].text.startswith("There is no talk") for i in s.quotes)
    ]
    texts = [quotes[i].text for i in statement.quotes]
    assert any("no talk of the unification" in t for t in texts)
    assert statement.first_document == analyses[1].document.id
    assert quotes[statement.quotes[0]].document == analyses[1].document.id
    assert statement.first_published.value == "2021-03-30"
    assert sum(len(s.quotes) for s in statements) == len(quotes)
