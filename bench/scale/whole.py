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

import shutil
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from bench.scale.build import BUILDING, SHARD, _grow, documents
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
from storyline.run.relink import LINK_STATE, relink
from storyline.settings import Settings
from storyline.store import FoldRows, Store, open_store
from storyline.store.fold_bands import all_bands

T = TypeVar("T")
PIECE = 20_000  # records (or documents' rows) written per transaction


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
        for piece in fold_pieces(rows):
            store.save_link_changes(CorpusLinks(), CorpusLinks(), LINK_STATE, piece)
        del rows
        for part in link_pieces(links):
            store.save_link_changes(CorpusLinks(), part, LINK_STATE)
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


def fold_pieces(rows: FoldRows, size: int = PIECE) -> Iterator[FoldRows]:
    """`rows` as pieces of at most `size` documents', records' or keys' rows each, written one
    transaction apiece (a whole build's rows in one transaction made a 3.9 GB WAL at 100k)."""
    yield replace(rows, keys={}, blocks={}, data={}, bands={}, counts={})  # what `gone` holds
    for linker, keyed in rows.keys.items():
        yield from (FoldRows(keys={linker: piece}) for piece in _sliced(keyed, size))
    for linker, keyed in rows.blocks.items():
        yield from (FoldRows(blocks={linker: piece}) for piece in _sliced(keyed, size))
    for linker, data in rows.data.items():
        yield from (FoldRows(data={linker: piece}) for piece in _sliced(data, size))
    yield from (FoldRows(bands=piece) for piece in _sliced(rows.bands, size))
    for linker, counts in rows.counts.items():
        yield from (FoldRows(counts={linker: piece}) for piece in _sliced(counts, size))


def link_pieces(links: CorpusLinks, size: int = PIECE) -> Iterator[CorpusLinks]:
    """The records of `links` as pieces of at most `size` records of one kind, entities first (the
    others point to them), each written in a transaction of its own."""
    for kind in ("entities", "statements", "timeline", "duplicates", "copies", "stories"):
        records = getattr(links, kind)
        for start in range(0, len(records), size):
            yield CorpusLinks(**{kind: records[start : start + size]})


def _sliced(mapping: Mapping[str, T], size: int) -> Iterator[dict[str, T]]:
    items = sorted(mapping.items())
    for start in range(0, len(items), size):
        yield dict(items[start : start + size])


def _copies(store: Store, part: Sequence[DocumentAnalysis]) -> None:
    """Link and write the copy linkers of one shard (nothing they find crosses copies)."""
    duplicates, copies = copies_of(part, Settings().min_near_duplicate)
    rows = replace(all_copy_rows(part), full=False)
    found = CorpusLinks(duplicates=duplicates, copies=copies)
    store.save_link_changes(CorpusLinks(), found, LINK_STATE, rows)


def _say(what: str, started: float) -> None:
    print(f"{what} ({time.process_time() - started:.0f} CPU s)", flush=True)


def check(size: int, workers: int, shard: int, whole: bool = False) -> bool:
    """Build `size` documents by shards (or as a whole, the copy linkers by shards) and compare with a
    full relink of the same documents."""
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        sharded = Path(folder) / f"scale-{size}.db"
        if whole:
            build_whole(size, sharded, shard)
        else:
            _grow(Path(folder) / f"{BUILDING}.db", [size], workers, shard, {size: sharded})
        full = Path(folder) / "full.db"
        shutil.copyfile(sharded, full)
        with open_store(full) as store:
            relink(store, Settings())
        with open_store(sharded) as a, open_store(full) as b:
            left, right = db_state(a), db_state(b)
    same = True
    for name in left:
        if left[name] != right[name]:
            same = False
            print(f"{name}: differs ({len(left[name])} vs {len(right[name])} rows)")
        else:
            print(f"{name}: equal ({len(left[name])} rows)")
    return same


def db_state(store: Store) -> dict[str, Any]:
    links = store.load_links()
    state: dict[str, Any] = {f: getattr(links, f) for f in CorpusLinks.__dataclass_fields__}
    for table in ("fold_keys", "fold_blocks", "fold_data", "fold_counts", "fold_mention_keys", "link_state"):
        state[table] = sorted(tuple(r) for r in store.conn.execute(f"SELECT * FROM {table}"))
    state["fold_bands"] = all_bands(store.conn)  # the union of the tiers, not their placement
    return state
