"""Issue 12's acceptance on the real seeds: 001 copies 000, one story with sub-stories, a sourced brief."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.model import CorpusLinks, DocumentAnalysis
from storyline.run.ingest import ingest_paths
from storyline.settings import Settings
from storyline.store import open_store
from storyline.summarize.brief import BriefOptions, build_brief
from storyline.summarize.render import brief_markdown
from tests.conftest import SEEDS

pytestmark = pytest.mark.seeds


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[DocumentAnalysis], CorpusLinks]:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    store = open_store(tmp_path_factory.mktemp("seeds") / "kb.db")
    ingest_paths([str(SEEDS)], store, Settings())
    analyses, links = list(store.load_analyses()), store.load_links()
    store.close()
    return analyses, links


def seed_ids(analyses: list[DocumentAnalysis]) -> dict[str, str]:
    return {Path(a.document.source).name[:3]: a.document.id for a in analyses}


def test_the_001_passage_restating_000_is_a_copy_with_000_as_origin(corpus) -> None:  # type: ignore[no-untyped-def]
    analyses, links = corpus
    ids = seed_ids(analyses)
    [copy] = [c for c in links.copies if {c.origin, c.copy} == {ids["000"], ids["001"]}]
    assert (copy.origin, copy.copy, copy.kind) == (ids["000"], ids["001"], "passage")
    texts = {a.document.id: a.document.text for a in analyses}
    assert copy.passages and all(p.origin == ids["000"] for p in copy.passages)
    restated = " ".join(texts[ids["001"]][p.b.start : p.b.end] for p in copy.passages)
    assert "Peskov" in restated and "Union State" in restated
    assert {(d.a, d.b) for d in links.duplicates} >= {(p.a, p.b) for p in copy.passages}


def test_the_five_seeds_form_one_story_with_sub_stories(corpus) -> None:  # type: ignore[no-untyped-def]
    analyses, links = corpus
    [story] = [s for s in links.stories if s.parent is None]
    assert set(story.documents) == set(seed_ids(analyses).values())
    parts = [s for s in links.stories if s.parent == story.id]
    assert len(parts) >= 2 and sorted(d for p in parts for d in p.documents) == sorted(story.documents)


def test_the_brief_cites_every_line_and_each_citation_is_the_sentence(corpus) -> None:  # type: ignore[no-untyped-def]
    analyses, _ = corpus
    brief = build_brief(analyses, BriefOptions(dates=4, per_date=1))
    assert len(brief.dates) == 4 and all(len(d.sentences) == 1 for d in brief.dates)
    texts = {a.document.id: a.document.text for a in analyses}
    for day in (*brief.dates, *brief.planned):
        for sentence in day.sentences:
            assert texts[sentence.document][sentence.start : sentence.end] == sentence.text
    assert all(not d.planned for d in brief.dates) and all(d.planned for d in brief.planned)
    markdown = brief_markdown(brief, {a.document.id: a.document for a in analyses})
    lines = [line for line in markdown.splitlines() if line.startswith("- ")]
    notes = re.findall(r"^\[\^(\d+)\]: .* document (doc:\w+), characters (\d+)–(\d+)$", markdown, re.M)
    assert len(lines) == len(notes) >= 4
