"""A big scale db linked as a whole: what a full relink of N documents writes, in memory bounded by N.

Copies of the scale corpus share short blocking keys however they are varied: the entity linkers fold
names to lowercase ASCII (anyascii) and block abbreviations on their letters and long names on their
initials, so a 2-letter abbreviation has 676 keys in any script, and a 100k corpus (4,545 copies, each
with ~3 two-letter abbreviations and ~6 two-word initials) fills them all. A shard of copies therefore
always meets earlier ones, and folding what meets them relinks most of the db per shard. A whole
link does not need that: entities, statements, timeline and stories are linked over all N documents
at once (~16 ms CPU and ~40 KB a document), and only the copy linkers (near-duplicate passages, copies,
their MinHash bands: ~150 KB a document while they run) go shard by shard, which is exact because
copies of different base copies share no passage (no near-duplicate or copy across copies in the
one-piece 10k db). Documents and links are written through the store's writers, as `write_shard`.
`python -m bench.scale.build --check N --whole` compares such a db with a full `relink`.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from bench.scale.build import SHARD, documents
from storyline.link.entities import link_entities
from storyline.link.statements import link_statements
from storyline.link.stories import build_stories
from storyline.link.timeline import build_timeline
from storyline.model import CorpusLinks, DocumentAnalysis
from storyline.run.fold_copies import all_copy_rows
from storyline.run.fold_entities import entity_fold_rows
from storyline.run.fold_stories import GROUPS, all_story_keys
from storyline.run.fold_stories import LINKER as STORIES
from storyline.run.fold_timeline import all_timeline_rows
from storyline.run.link import copies_of
from storyline.run.relink import LINK_STATE
from storyline.settings import Settings
from storyline.store import FoldRows, Store, open_store


def build_whole(size: int, db: Path, shard: int = SHARD) -> float:
    """Write documents [0, size) of the scale corpus and their full links to a new db at `db` (run it
    in a child process: it holds the corpus); returns the CPU seconds it took."""
    started = time.process_time()
    analyses = documents(0, size)
    _say(f"{size:,} documents made", started)
    links = _links(analyses)
    _say("linked but the copies", started)
    rows = _rows(analyses, links)
    with open_store(db) as store:
        for analysis in analyses:
            store.save_analysis(analysis)
        _say("documents written", started)
        store.save_link_changes(CorpusLinks(), links, LINK_STATE, rows)
        del rows
        _say("links written", started)
        for start in range(0, size, shard):
            _copies(store, analyses[start : start + shard])
        _say("copies linked and written", started)
    return time.process_time() - started


def _links(analyses: Sequence[DocumentAnalysis]) -> CorpusLinks:
    """What `link_corpus` links, but the copied passages and copies."""
    entities = link_entities(analyses, [])
    statements = link_statements(analyses, entities)
    timeline = build_timeline(analyses, entities)
    stories = build_stories(analyses)
    return CorpusLinks(entities=entities, statements=statements, timeline=timeline, stories=stories)


def _rows(analyses: Sequence[DocumentAnalysis], links: CorpusLinks) -> FoldRows:
    """What `relink.all_fold_rows` gives, but the copy linkers' rows (written with their shards)."""
    rows = entity_fold_rows(analyses, links.entities)
    names, data, groups = all_story_keys(analyses)
    timeline = all_timeline_rows(analyses, links.entities)
    keys = {**rows.keys, STORIES: names, GROUPS: groups}
    return replace(rows, keys=keys, data={STORIES: data}, blocks={**rows.blocks, **timeline.blocks},
                   counts=timeline.counts, full=False)  # fmt: skip


def _copies(store: Store, part: Sequence[DocumentAnalysis]) -> None:
    """Link and write the copy linkers of one shard (nothing they find crosses copies)."""
    duplicates, copies = copies_of(part, Settings().min_near_duplicate)
    rows = replace(all_copy_rows(part), full=False)
    found = CorpusLinks(duplicates=duplicates, copies=copies)
    store.save_link_changes(CorpusLinks(), found, LINK_STATE, rows)


def _say(what: str, started: float) -> None:
    print(f"{what} ({time.process_time() - started:.0f} CPU s)", flush=True)
