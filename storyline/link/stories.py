"""Story clusters: documents joined by shared names and words, folded in as they arrive, same in any order.

Each document is reduced to keys that depend on it alone (storyline/link/story_keys.py): its most
frequent names and content words and its publication date. Two documents are linked when they share
at least STORY.names names and STORY.keys names and words together (a short document with few keys
needs fewer: a STORY.share of the smaller key set, at least one name), weighted by how many they share;
a connected group of links is split into stories by Louvain communities (storyline/link/story_graph.py),
so the clusters depend only on which documents there are, never on the order they came in. A group is
refolded whole when a new document links to it. Inside a story, links between documents published
within SUB_STORY.days days of each other split it into sub-stories (episodes) when they give more than
one component. `update_stories(state, new)` adds
documents to a stored state and returns only the stories that changed; `build_stories` folds all at once.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from storyline.link.story_graph import Edge, communities, components
from storyline.link.story_keys import StoryKeys, story_keys
from storyline.model import DocumentAnalysis, Story, make_id


@dataclass(frozen=True, slots=True)
class Rule:
    """When two documents are linked: shared names, shared names plus words, and (optionally) days apart.

    With `share` below 1, a document with few keys (a short text, few names) needs fewer: at most
    `share` of the smaller key set (rounded up), and as many names as the one with fewer names has."""

    names: int
    keys: int
    days: int | None = None
    share: float = 1.0


STORY = Rule(names=2, keys=6, share=0.2)
SUB_STORY = Rule(names=3, keys=7, days=31)
LABEL_NAMES, LABEL_TERMS, TOP = 3, 3, 8


@dataclass(slots=True)
class StoryState:
    """What story linking keeps between runs: each document's keys, a name index, each document's story."""

    keys: dict[str, StoryKeys] = field(default_factory=dict)
    by_name: dict[str, set[str]] = field(default_factory=dict)  # folded name -> document ids
    story_of: dict[str, str] = field(default_factory=dict)  # document id -> story id (top level)
    group_of: dict[str, str] = field(default_factory=dict)  # document id -> first id of its linked group
    children: dict[str, tuple[str, ...]] = field(default_factory=dict)  # story id -> its sub-story ids


@dataclass(frozen=True, slots=True)
class StoryUpdate:
    """The stories an update created or changed (with their sub-stories) and the ids it retired."""

    stories: tuple[Story, ...]
    removed: tuple[str, ...]


def build_stories(analyses: Sequence[DocumentAnalysis]) -> tuple[Story, ...]:
    """Every story and sub-story of the corpus, sorted by id."""
    return update_stories(StoryState(), analyses).stories


def update_stories(
    state: StoryState, new: Iterable[DocumentAnalysis], known: Mapping[str, StoryKeys] | None = None
) -> StoryUpdate:
    """Fold `new` documents into `state` (changed in place); return the stories that changed. `known`:
    the story keys of some of them, computed before (not computed again)."""
    found = known or {}
    added = sorted(
        {
            a.document.id: found[a.document.id] if a.document.id in found else story_keys(a)
            for a in new
            if a.document.id not in state.keys
        }.items()
    )
    for document, keys in added:
        state.keys[document] = keys
        for name in keys.names:
            state.by_name.setdefault(name, set()).add(document)
    if not added:
        return StoryUpdate((), ())
    touched = {
        state.group_of[d] for _, keys in added for d in _neighbours(state, keys, STORY) if d in state.group_of
    }
    members = {d for d, _ in added} | {d for d, g in state.group_of.items() if g in touched}
    old = {state.story_of[d] for d in members if d in state.story_of}
    retired = old | {child for story in old for child in state.children.pop(story, ())}
    stories: list[Story] = []
    edges = _edges(state, members, STORY)
    groups = components(members, edges)
    within = _edges_within(groups, edges)
    for group in groups:
        state.group_of.update((d, group[0]) for d in group)
        for community in communities(group, within[group[0]]):
            story = _story(state, community, None)
            parts = _substories(state, community, story.id)
            stories.extend([story, *parts])
            state.children[story.id] = tuple(p.id for p in parts)
            state.story_of.update((d, story.id) for d in community)
    kept = {s.id for s in stories}
    return StoryUpdate(tuple(sorted(stories, key=lambda s: s.id)), tuple(sorted(retired - kept)))


def linked(a: StoryKeys, b: StoryKeys, rule: Rule) -> bool:
    """Whether two documents share enough names and words (and, with `rule.days`, dates close enough)."""
    names = len(a.names & b.names)
    need_names, need_keys = needed(a, b, rule)
    if names < need_names or names + len(a.terms & b.terms) < need_keys:
        return False
    if rule.days is None or a.published is None or b.published is None:
        return True
    gap = abs(dt.date.fromisoformat(a.published) - dt.date.fromisoformat(b.published))
    return gap.days <= rule.days


def needed(a: StoryKeys, b: StoryKeys, rule: Rule) -> tuple[int, int]:
    """(names, names plus words) two documents must share under `rule` (fewer for short documents)."""
    if rule.share >= 1:
        return rule.names, rule.keys
    smaller = min(len(a.names) + len(a.terms), len(b.names) + len(b.terms))
    keys = min(rule.keys, max(1, math.ceil(rule.share * smaller)))
    return min(rule.names, max(1, min(len(a.names), len(b.names)))), keys


def _neighbours(state: StoryState, keys: StoryKeys, rule: Rule) -> list[str]:
    """Documents linked to `keys` (found through the name index: a link needs shared names)."""
    counts = Counter(d for n in keys.names for d in state.by_name.get(n, ()) if d != keys.document)
    return sorted(
        d
        for d, shared in counts.items()
        if shared >= needed(keys, state.keys[d], rule)[0] and linked(keys, state.keys[d], rule)
    )


def _edges(state: StoryState, documents: set[str], rule: Rule) -> list[Edge]:
    """The links among `documents`, each once (smaller id first), weighted by the names and words shared."""
    edges = []
    for a in sorted(documents):
        for b in _neighbours(state, state.keys[a], rule):
            if a < b and b in documents:
                ka, kb = state.keys[a], state.keys[b]
                edges.append((a, b, float(len(ka.names & kb.names) + len(ka.terms & kb.terms))))
    return edges


def _edges_within(groups: list[list[str]], edges: list[Edge]) -> dict[str, list[Edge]]:
    """Each connected group's edges, by its first id (so that a group's communities read its own edges,
    not every edge of the update: that was quadratic in the documents of a whole-corpus link)."""
    group_of = {d: group[0] for group in groups for d in group}
    within: dict[str, list[Edge]] = {group[0]: [] for group in groups}
    for edge in edges:
        within[group_of[edge[0]]].append(edge)
    return within


def _substories(state: StoryState, group: list[str], parent: str) -> list[Story]:
    parts = components(group, _edges(state, set(group), SUB_STORY))
    return [_story(state, part, parent) for part in parts] if len(parts) > 1 else []


def _story(state: StoryState, group: list[str], parent: str | None) -> Story:
    keys = [state.keys[d] for d in group]
    names = Counter(n for k in keys for n in k.names)
    terms = Counter(t for k in keys for t in k.terms)
    display = {n: k.display[n] for k in reversed(keys) for n in k.names}
    top_names = tuple(display[n] for n, _ in sorted(names.items(), key=lambda x: (-x[1], x[0]))[:TOP])
    top_terms = tuple(t for t, _ in sorted(terms.items(), key=lambda x: (-x[1], x[0]))[:TOP])
    dates = sorted(k.published for k in keys if k.published)
    return Story(
        id=make_id("story", group[0], parent),
        label=", ".join(top_names[:LABEL_NAMES] + top_terms[:LABEL_TERMS]),
        entities=top_names,
        terms=top_terms,
        documents=tuple(group),
        start=dates[0] if dates else None,
        end=dates[-1] if dates else None,
        parent=parent,
    )
