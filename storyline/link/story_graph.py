"""The story link graph: weighted links between documents, connected groups, and their communities.

Linking documents that share a few names and words and taking connected components chains topics
together (one article on oil prices and Libya joins the oil-spill story to the war), so a connected
group is split into communities of the weighted link graph by Louvain modularity (networkx), run with
a fixed seed on a graph built in sorted order: the same documents give the same communities whatever
order they arrived in. A community of fewer than MIN_STORY documents is not a story of its own: it
joins the community it has the most link weight to (modularity splits even a small chain of five
articles on one story, and a tiny split-off is an episode, not another story). Two communities whose
links between them are dense — at least DENSE of the link density inside the sparser of the two — are
one story after all and are joined (its episodes stay its sub-stories): modularity splits a story
whose articles fall in two well-linked halves, and a chain between two stories is a few links, sparse.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

Edge = tuple[str, str, float]  # (document, other document with a larger id, weight)
RESOLUTION = 1.0  # Louvain's modularity resolution (1.0: the standard modularity)
SEED = 0
MIN_STORY = 5
DENSE = 0.05
COVER = 0.2


def components(documents: Iterable[str], edges: Iterable[Edge]) -> list[list[str]]:
    """Connected components (sorted lists, sorted by first id) of the graph over `documents`."""
    parent = {d: d for d in documents}

    def root(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    for a, b, _ in edges:
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for d in sorted(parent):
        groups.setdefault(root(d), []).append(d)
    return sorted(groups.values(), key=lambda g: g[0])


def communities(group: list[str], edges: Iterable[Edge]) -> list[list[str]]:
    """Louvain communities of one connected group (sorted lists, sorted by first id)."""
    members = set(group)
    graph = nx.Graph()
    graph.add_nodes_from(sorted(group))
    graph.add_weighted_edges_from(sorted(e for e in edges if e[0] in members and e[1] in members))
    if graph.number_of_edges() == 0:
        return [[d] for d in sorted(group)]
    found = nx.community.louvain_communities(graph, weight="weight", resolution=RESOLUTION, seed=SEED)
    return _join_dense(_absorb_small([sorted(c) for c in found], graph), graph)


def _absorb_small(found: list[list[str]], graph: nx.Graph) -> list[list[str]]:
    """Merge each community under MIN_STORY documents (smallest first) into its most-linked neighbour."""
    found = sorted(found, key=lambda c: (len(c), c[0]))
    while len(found) > 1 and len(found[0]) < MIN_STORY:
        small, rest = found[0], found[1:]
        weight = [_between(graph, small, set(c)) for c in rest]
        best = max(range(len(rest)), key=lambda i: (weight[i], -i))
        if weight[best] == 0:
            break
        rest[best] = sorted(rest[best] + small)
        found = sorted(rest, key=lambda c: (len(c), c[0]))
    return sorted(found, key=lambda c: c[0])


def _between(graph: nx.Graph, small: list[str], other: set[str]) -> float:
    return float(sum(graph[a][b]["weight"] for a in small for b in graph[a] if b in other))


def _join_dense(found: list[list[str]], graph: nx.Graph) -> list[list[str]]:
    """Join the two communities with the densest links between them (relative to inside) while >= DENSE."""
    groups = [set(c) for c in found]
    while len(groups) > 1:
        best = max(_pairs(groups, graph), default=None)
        if best is None or best[0] < DENSE:
            break
        _, i, j = best
        groups[-i] |= groups.pop(-j)
    return sorted((sorted(g) for g in groups), key=lambda c: c[0])


def _pairs(groups: list[set[str]], graph: nx.Graph) -> list[tuple[float, int, int]]:
    """(between density / the sparser inside density, -i, -j) for each pair of communities linked by
    at least COVER of the members of each (one bridging article linked to everything is not enough)."""
    index = {d: n for n, g in enumerate(groups) for d in g}
    between: dict[tuple[int, int], int] = {}
    ends: dict[tuple[int, int], set[str]] = {}
    inside = [0] * len(groups)
    for a, b in graph.edges():
        i, j = sorted((index[a], index[b]))
        if i == j:
            inside[i] += 1
        else:
            between[(i, j)] = between.get((i, j), 0) + 1
            ends.setdefault((i, j), set()).update((a, b))
    density = [inside[n] / (len(g) * (len(g) - 1) / 2) if len(g) > 1 else 1.0 for n, g in enumerate(groups)]
    found = []
    for (i, j), links in sorted(between.items()):
        cover = min(
            len(ends[(i, j)] & groups[i]) / len(groups[i]), len(ends[(i, j)] & groups[j]) / len(groups[j])
        )
        sparser = min(density[i], density[j])
        if cover >= COVER and sparser:
            found.append((links / (len(groups[i]) * len(groups[j])) / sparser, -i, -j))
    return found
