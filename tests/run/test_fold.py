"""The incremental link step (`link_new`) equals a full relink, in any arrival order and batching."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.scale.vary import varied
from bench.scale.whole import db_state, fold_pieces, link_pieces
from storyline.link import timeline
from storyline.model import CorpusLinks, Correction, DocumentAnalysis, make_id
from storyline.run.fold import link_new
from storyline.run.ingest import ingest_paths
from storyline.run.link import link_corpus
from storyline.run.relink import LINK_STATE, all_fold_rows, relink
from storyline.settings import Settings
from storyline.store import Store, open_store
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> list[DocumentAnalysis]:
    """The demo corpus analysed once, without the article only the corpus can date (that one makes every
    link step a full relink, tested in test_arrival_order.py)."""
    with open_store(tmp_path_factory.mktemp("demo") / "demo.db") as store:
        ingest_paths([str(EXAMPLES / "demo")], store, Settings())
        dated_by_corpus = store.corpus_dated()
        return [a for a in store.load_analyses() if a.document.id not in dated_by_corpus]


def snapshot(store: Store) -> dict[str, Any]:
    return {"links": store.load_links(), "analyses": list(store.load_analyses(with_links=True))}


def full(analyses: Sequence[DocumentAnalysis], corrections: Sequence[Correction] = ()) -> dict[str, Any]:
    with open_store(":memory:") as store:
        for correction in corrections:
            store.add_correction(correction)
        for analysis in analyses:
            store.save_analysis(analysis)
        relink(store, Settings())
        return snapshot(store)


def folded(batches: Sequence[Sequence[DocumentAnalysis]], corrections: Sequence[Correction] = ()) -> Store:
    store = open_store(":memory:")
    for correction in corrections:
        store.add_correction(correction)
    for batch in batches:
        for analysis in batch:
            store.save_analysis(analysis)
        assert link_new(store, Settings()) == set()
        assert store.links_pending() == 0
    return store


def _batches(order: Sequence[DocumentAnalysis], cuts: Sequence[int]) -> list[list[DocumentAnalysis]]:
    bounds = sorted({0, len(order), *(c % (len(order) + 1) for c in cuts)})
    return [list(order[a:b]) for a, b in itertools.pairwise(bounds)]


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), cuts=st.lists(st.integers(0, 30), max_size=4))
def test_fold_equals_full_relink_in_any_order(
    demo: list[DocumentAnalysis], seed: int, cuts: list[int]
) -> None:
    order = demo[:]
    random.Random(seed).shuffle(order)
    reference = full(demo)
    assert reference["links"].statements and reference["links"].entities
    with folded(_batches(order, cuts)) as store:
        assert snapshot(store) == reference


def test_fold_applies_the_corrections(demo: list[DocumentAnalysis]) -> None:
    names = sorted(
        {m.text for a in demo for m in a.mentions if m.kind == "name" and m.label == "PERSON"}, key=len
    )
    merge = Correction(
        id=make_id("correction", "merge", names[-2:]), action="merge", targets=tuple(names[-2:])
    )
    half = len(demo) // 2
    with folded([demo[:half], demo[half:]], [merge]) as store:
        assert snapshot(store) == full(demo, [merge])


def _rows_written(store: Store, analysis: DocumentAnalysis, link: Any) -> int:
    """Rows the link step changes (triggers included) after `analysis` is stored."""
    store.save_analysis(analysis)
    before = store.conn.total_changes
    link(store, Settings())
    return store.conn.total_changes - before


def test_adding_one_document_writes_only_what_changed(demo: list[DocumentAnalysis]) -> None:
    with folded([demo[:-1]]) as store:
        written = _rows_written(store, demo[-1], link_new)
        assert snapshot(store) == full(demo)
    with folded([demo[:-1]]) as store:
        rewritten = _rows_written(store, demo[-1], relink)  # deletes and rewrites every link row
    assert 0 < written < rewritten / 2


def test_an_older_link_state_is_relinked_in_full(demo: list[DocumentAnalysis], tmp_path: Path) -> None:
    with folded([demo[:3]]) as store:
        store.conn.execute("DELETE FROM link_state")
        store.save_analysis(demo[3])
        link_new(store, Settings())
        assert store.link_state() and snapshot(store) == full(demo[:4])


def test_fold_one_document_at_a_time_in_reverse(demo: list[DocumentAnalysis]) -> None:
    with folded([[analysis] for analysis in reversed(demo)]) as store:
        assert snapshot(store) == full(demo)


FOOTER = "Comments are moderated and may take a day to appear below this article on our site."


def _copied(demo: list[DocumentAnalysis]) -> list[DocumentAnalysis]:
    """A few demo articles, three copies of two of them (new ids), and a footer shared by five (site
    furniture): near-duplicates, copies and furniture for the fold to find."""
    with_footer = [
        replace(a, document=replace(a.document, text=f"{a.document.text}\n{FOOTER}")) for a in demo[:5]
    ]
    copies = [varied(a, k) for a in demo[5:7] for k in (1, 2, 3)]
    return [*with_footer, *demo[5:8], *copies]


def _dated(demo: list[DocumentAnalysis]) -> list[DocumentAnalysis]:
    """The dated demo articles: with no undated document, the fold reads the store only by index."""
    return [a for a in demo if a.document.published.value is not None]


def test_fold_finds_the_same_copies_and_duplicates(demo: list[DocumentAnalysis]) -> None:
    corpus = _copied(_dated(demo))
    reference = full(corpus)
    assert len(reference["links"].copies) >= 6 and len(reference["links"].duplicates) >= 16
    order = corpus[:]
    random.Random(7).shuffle(order)
    for batches in ([[a] for a in order], [order[:4], order[4:9], order[9:]]):
        with folded(batches) as store:
            assert snapshot(store) == reference


def _never(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("the fold read every analysis")


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), cuts=st.lists(st.integers(0, 30), max_size=4))
def test_fold_by_index_equals_full_relink_in_any_order(
    demo: list[DocumentAnalysis], seed: int, cuts: list[int]
) -> None:
    dated = _dated(demo)
    reference = full(dated)
    order = dated[:]
    random.Random(seed).shuffle(order)
    batches = _batches(order, cuts)
    assert _folded_by_index(batches) == reference


def _folded_by_index(batches: Sequence[Sequence[DocumentAnalysis]]) -> dict[str, Any]:
    """The snapshot after folding `batches`, every link step after the first by index alone."""
    with folded(batches[:1]) as store:  # the first link step of a db is a full relink
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Store, "load_analyses", _never)
            patch.setattr(Store, "load_links", _never)
            for batch in batches[1:]:
                for analysis in batch:
                    store.save_analysis(analysis)
                assert link_new(store, Settings()) == set()
        return snapshot(store)


def test_fold_by_index_counts_an_entity_whose_events_kept_it(demo: list[DocumentAnalysis]) -> None:
    """A pinned order (seed 8 of the shuffles that found it): the entity fold relinks mentions of an event
    without changing the event's entities; that entity's stored count must still be read (it was taken
    for 0, so a common entity looked distinctive and two year-dated events merged)."""
    dated = _dated(demo)
    order = dated[:]
    random.Random(8).shuffle(order)
    assert _folded_by_index(_batches(order, [2, 15, 7])) == full(dated)


def test_fold_picks_the_sweep_up_midway(demo: list[DocumentAnalysis]) -> None:
    """Groups of varied copies (new words, dates moved a week per group) chain into long stretches of
    time; events arriving inside one resume its sweep from the entries open there."""
    corpus = [varied(a, k) for k in (0, 1, 4, 5, 8) for a in _dated(demo)[:10]]
    order = corpus[:]
    random.Random(3).shuffle(order)
    with folded(_batches(order, [8, 19, 31])) as store:
        assert snapshot(store) == full(corpus)


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A common-vocabulary share that makes the demo's 115 dated events cross quanta (64 -> 128 at 91)."""
    monkeypatch.setattr(timeline, "COMMON_SHARE", 0.1)
    monkeypatch.setattr(timeline, "MIN_COMMON", 1)


def _crossing(order: Sequence[DocumentAnalysis]) -> int:
    """How many documents of `order` come before the one that takes the event count past 90 (the
    quantum 64 -> 128), checking that a word then flips (its count between the two limits)."""
    counted = list(itertools.accumulate(len(a.events) for a in order))
    before = next(k for k, n in enumerate(counted) if n > 90)
    items, _ = timeline.timeline_items(order[: before + 1], [])
    words = Counter(w for i in items for w in i.words)
    low, high = timeline.vocabulary_limit(counted[before - 1]), timeline.vocabulary_limit(counted[before])
    assert low < high and any(low < n <= high for n in words.values())
    return before


@pytest.mark.usefixtures("small_limit")
def test_fold_crosses_a_quantum_inside_a_batch(demo: list[DocumentAnalysis]) -> None:
    dated = _dated(demo)
    order = dated[:]
    random.Random(11).shuffle(order)
    before = _crossing(order)
    assert _folded_by_index(_batches(order, [before - 3, before + 3])) == full(dated)


@pytest.mark.usefixtures("small_limit")
def test_fold_crosses_a_quantum_between_batches(demo: list[DocumentAnalysis]) -> None:
    dated = _dated(demo)
    order = dated[:]
    random.Random(12).shuffle(order)
    before = _crossing(order)
    assert _folded_by_index(_batches(order, [before, before + 1])) == full(dated)


def test_a_whole_build_written_in_pieces_equals_a_full_relink(demo: list[DocumentAnalysis]) -> None:
    """bench/scale/whole.py writes a whole link's fold rows and links in small transactions: the db is
    the one a full relink writes, link tables and fold state alike."""
    links = link_corpus(demo, [], Settings().min_near_duplicate)
    rows = replace(all_fold_rows(demo, links), full=False)
    with open_store(":memory:") as reference, open_store(":memory:") as pieces:
        for store in (reference, pieces):
            for analysis in demo:
                store.save_analysis(analysis)
        relink(reference, Settings())
        written = list(fold_pieces(rows, size=7))
        for piece in written:
            pieces.save_link_changes(CorpusLinks(), CorpusLinks(), LINK_STATE, piece)
        for part in link_pieces(links, size=7):
            pieces.save_link_changes(CorpusLinks(), part, LINK_STATE)
        assert len(written) > 10 and pieces.links_pending() == 0
        assert db_state(pieces) == db_state(reference)
