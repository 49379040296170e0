"""Stories folded incrementally: story keys kept per document, only the stories new documents touch rebuilt.

`update_stories` (storyline/link/stories.py) folds new documents into a StoryState; here that state is
read from the store for just what the update can look at: the documents sharing a name with the new ones
(the name index, complete for those names), the members of their stories, and the keys of all of these.
A story's links never leave it, so the stories this state gives for the touched documents are the ones a
full `build_stories` gives; every other stored story is kept.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.link.stories import StoryState, update_stories
from storyline.link.story_keys import StoryKeys, story_keys
from storyline.model import DocumentAnalysis, Story
from storyline.store import Store

LINKER = "stories"


@dataclass(frozen=True, slots=True)
class StoryFold:
    """The stories an update made or changed, the ids it retired, and the new documents' keys."""

    stories: tuple[Story, ...]
    removed: frozenset[str]
    names: dict[str, frozenset[str]]  # document -> its story names (the name index)
    data: dict[str, str]  # document -> its encoded keys


def encode(keys: StoryKeys) -> str:
    """One document's story keys as JSON text (what the store keeps)."""
    return json.dumps(
        {
            "published": keys.published,
            "names": sorted(keys.names),
            "terms": sorted(keys.terms),
            "display": dict(sorted(keys.display.items())),
        },
        ensure_ascii=False,
    )


def decode(document: str, text: str) -> StoryKeys:
    data = json.loads(text)
    return StoryKeys(
        document=document,
        published=data["published"],
        names=frozenset(data["names"]),
        terms=frozenset(data["terms"]),
        display=data["display"],
    )


def fold_stories(store: Store, new: Sequence[DocumentAnalysis]) -> StoryFold:
    """Fold `new` documents into the stored stories (module docstring)."""
    fresh = {a.document.id: story_keys(a) for a in new}
    first = store.documents_with_keys(LINKER, {n for k in fresh.values() for n in k.names})
    top, members, children = store.story_rows(first)
    state = StoryState(children=dict(children))
    for document, text in store.fold_data(LINKER, first | members.keys()).items():
        keys = state.keys[document] = decode(document, text)
        for name in keys.names:
            state.by_name.setdefault(name, set()).add(document)
    state.story_of.update(top)
    state.story_of.update(members)
    update = update_stories(state, new)
    return StoryFold(
        stories=update.stories,
        removed=frozenset(update.removed),
        names={d: k.names for d, k in fresh.items()},
        data={d: encode(k) for d, k in fresh.items()},
    )


def merged_stories(stored: Sequence[Story], fold: StoryFold) -> tuple[Story, ...]:
    """The stored stories with the fold's changes, by id."""
    changed = {s.id for s in fold.stories} | fold.removed
    return tuple(sorted([*(s for s in stored if s.id not in changed), *fold.stories], key=lambda s: s.id))


def all_story_keys(analyses: Sequence[DocumentAnalysis]) -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """(document → story names, document → encoded keys) for a full relink."""
    keys = {a.document.id: story_keys(a) for a in analyses}
    return {d: k.names for d, k in keys.items()}, {d: encode(k) for d, k in keys.items()}
