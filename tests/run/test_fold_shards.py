"""bench/scale/build.py grows a db by shards: a shard of copies that share no blocking key with the
stored documents is linked apart and added by `write_shard`. Its timeline cannot be linked apart: the
common vocabulary is corpus-wide, so a word in a few of one copy's events is common in that copy alone
and distinctive among all events (`bench.scale.build --check 2200 --shard 660` gave 9,321 timeline
entries, a full relink 9,313: copy 62, linked alone, kept 8 of its reports apart)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import pytest

from bench.scale.build import write_shard
from bench.scale.vary import SCALE_SHIFT_DAYS, Variation, kept_words
from bench.scale.whole import db_state
from storyline.link import timeline
from storyline.model import DocumentAnalysis
from storyline.run.ingest import ingest_paths
from storyline.run.link import link_corpus
from storyline.run.relink import all_fold_rows, relink
from storyline.settings import Settings
from storyline.store import Store, open_store
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> list[DocumentAnalysis]:
    """The dated demo articles, analysed once."""
    with open_store(tmp_path_factory.mktemp("demo") / "demo.db") as store:
        ingest_paths([str(EXAMPLES / "demo")], store, Settings())
        return [a for a in store.load_analyses() if a.document.published.value is not None]


@pytest.fixture
def no_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    """No floor under the common-vocabulary limit: it is COMMON_SHARE of the events (rounded), so one
    copy's ~115 events alone and five copies' ~575 have limits 2.56 and 10.24."""
    monkeypatch.setattr(timeline, "MIN_COMMON", 1)


def _copy(analysis: DocumentAnalysis, copy: int, base: Sequence[DocumentAnalysis]) -> DocumentAnalysis:
    """Copy `copy` in the scale benches' form: its own letters and dates, the base's common words kept."""
    return Variation(copy, group=1, shift=SCALE_SHIFT_DAYS, keep=kept_words(base)).analysis(analysis)


def _shard(store: Store, analyses: Sequence[DocumentAnalysis]) -> None:
    links = link_corpus(analyses, [], Settings().min_near_duplicate)
    write_shard(store, analyses, links, all_fold_rows(analyses, links))


def _between(analyses: Sequence[DocumentAnalysis], low: float, high: float) -> int:
    """How many words of the events of `analyses` are in more than `low` and at most `high` of them."""
    items, _ = timeline.timeline_items(analyses, [])
    words = Counter(w for i in items for w in i.words)
    return sum(1 for n in words.values() if low < n <= high)


@pytest.mark.usefixtures("no_floor")
def test_a_shard_linked_apart_gets_the_timeline_of_a_full_relink(dated: list[DocumentAnalysis]) -> None:
    stored = [_copy(a, k, dated) for k in range(4) for a in dated]
    shard = [_copy(a, 4, dated) for a in dated]
    events = sum(len(a.events) for a in shard)
    alone, together = timeline.vocabulary_limit(events), timeline.vocabulary_limit(5 * events)
    assert _between(shard, alone, together) >= 10  # common in the shard alone, not among all events
    with open_store(":memory:") as sharded, open_store(":memory:") as reference:
        _shard(sharded, stored)
        _shard(sharded, shard)
        for analysis in [*stored, *shard]:
            reference.save_analysis(analysis)
        relink(reference, Settings())
        assert sharded.links_pending() == 0
        left, right = db_state(sharded), db_state(reference)
        assert [t for t in left if left[t] != right[t]] == []
