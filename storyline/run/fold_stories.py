"""Stories folded incrementally: story keys kept per document, only the stories new documents touch rebuilt.

`update_stories` (storyline/link/stories.py) folds new documents into a StoryState; here that state is
read from the store for just what the update can look at: the documents sharing a name with the new ones
(the name index, complete for those names), every member of their linked groups (a group, the connected
documents, is split into stories by communities), and the keys, stories and groups of all of these. A
group's links never leave it, so the stories this state gives for the touched groups are the ones a full
`build_stories` gives; every other stored story is kept.
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
GROUPS = "story-groups"  # a linked group (several stories) by its first document id


@dataclass(frozen=True, slots=True)
class StoryFold:
    """The stories an update made or changed, the ids it retired, and the new documents' keys."""

    stories: tuple[Story, ...]
    removed: frozenset[str]
    names: dict[str, frozenset[str]]  # document -> its story names (the name index)
    data: dict[str, str]  # document -> its encoded keys
    groups: dict[str, frozenset[str]]  # document -> {its linked group}, for every document regrouped
    keys: dict[str, StoryKeys]  # document -> its story keys, for the new documents


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
    groups = {g for keys in store.keys_of(GROUPS, first).values() for g in keys}
    documents = first | store.documents_with_keys(GROUPS, groups)
    top, _, children = store.story_rows(documents)
    state = StoryState(story_of=dict(top), children=dict(children))
    state.group_of.update((d, min(keys)) for d, keys in store.keys_of(GROUPS, documents).items())
    for document, text in store.fold_data(LINKER, documents).items():
        keys = state.keys[document] = decode(document, text)
        for name in keys.names:
            state.by_name.setdefault(name, set()).add(document)
    update = update_stories(state, new, fresh)
    regrouped = documents | fresh.keys()
    return StoryFold(
        stories=update.stories,
        removed=frozenset(update.removed),
        names={d: k.names for d, k in fresh.items()},
        data={d: encode(k) for d, k in fresh.items()},
        groups={d: frozenset({state.group_of[d]}) for d in regrouped if d in state.group_of},
        keys=fresh,
    )


def merged_stories(stored: Sequence[Story], fold: StoryFold) -> tuple[Story, ...]:
    """The stored stories with the fold's changes, by id."""
    changed = {s.id for s in fold.stories} | fold.removed
    return tuple(sorted([*(s for s in stored if s.id not in changed), *fold.stories], key=lambda s: s.id))


def all_story_keys(
    analyses: Sequence[DocumentAnalysis],
) -> tuple[dict[str, frozenset[str]], dict[str, str], dict[str, frozenset[str]]]:
    """(document → story names, document → encoded keys, document → {group}) for a full relink."""
    state = StoryState()
    update_stories(state, analyses)
    return (
        {d: k.names for d, k in state.keys.items()},
        {d: encode(k) for d, k in state.keys.items()},
        {d: frozenset({g}) for d, g in state.group_of.items()},
    )
