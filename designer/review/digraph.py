"""A small directed graph: what the review's graph checks need, without importing networkx.

networkx took a quarter of `designer check`'s start-up (about 70 ms) for a few traversals of
graphs with tens of nodes. This keeps the part of its `DiGraph` interface the review uses
(nodes and edges with attributes, kept in insertion order) and the traversals themselves:
strongly connected components, one cycle through a node and the lexicographically smallest
topological order. Results equal networkx's (tests/test_review_graphs.py compares them on random
graphs); only the community search still uses networkx, imported when it runs.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any


class Digraph:
    """Nodes and edges with attribute dicts; iteration follows insertion order."""

    def __init__(self) -> None:
        self._nodes: dict[Hashable, dict[str, Any]] = {}
        self._succ: dict[Hashable, dict[Hashable, dict[str, Any]]] = {}
        self._pred: dict[Hashable, dict[Hashable, dict[str, Any]]] = {}

    def add_node(self, node: Hashable, **attrs: Any) -> None:
        if node not in self._nodes:
            self._nodes[node] = {}
            self._succ[node] = {}
            self._pred[node] = {}
        self._nodes[node].update(attrs)

    def add_nodes_from(self, nodes: Iterable[Hashable]) -> None:
        for node in nodes:
            self.add_node(node)

    def add_edge(self, source: Hashable, target: Hashable, **attrs: Any) -> None:
        self.add_node(source)
        self.add_node(target)
        data = self._succ[source].setdefault(target, {})
        data.update(attrs)
        self._pred[target][source] = data

    def add_edges_from(self, edges: Iterable[tuple[Hashable, Hashable]]) -> None:
        for source, target in edges:
            self.add_edge(source, target)

    def has_edge(self, source: Hashable, target: Hashable) -> bool:
        return target in self._succ.get(source, {})

    def successors(self, node: Hashable) -> Iterator[Hashable]:
        return iter(self._succ[node])

    def predecessors(self, node: Hashable) -> Iterator[Hashable]:
        return iter(self._pred[node])

    def in_degree(self, node: Hashable) -> int:
        return len(self._pred[node])

    def number_of_edges(self) -> int:
        return sum(len(targets) for targets in self._succ.values())

    @property
    def nodes(self) -> _Nodes:
        """Iterable of node names; `nodes(data="key")` gives (node, value) pairs."""
        return _Nodes(self._nodes)

    @property
    def edges(self) -> _Edges:
        """Iterable of (source, target); `edges(data=True | "key")` adds the attributes;
        `edges[source, target]` is the attribute dict of one edge."""
        return _Edges(self._succ)

    def subgraph(self, nodes: Iterable[Hashable]) -> Digraph:
        """The graph induced on `nodes` (a copy, in this graph's order)."""
        keep = set(nodes)
        sub = Digraph()
        for node, attrs in self._nodes.items():
            if node in keep:
                sub.add_node(node, **attrs)
        for source, targets in self._succ.items():
            if source in keep:
                for target, attrs in targets.items():
                    if target in keep:
                        sub.add_edge(source, target, **attrs)
        return sub


class _Nodes:
    def __init__(self, nodes: dict[Hashable, dict[str, Any]]) -> None:
        self._nodes = nodes

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._nodes)

    def __len__(self) -> int:
        return len(self._nodes)

    def __contains__(self, node: object) -> bool:
        return node in self._nodes

    def __call__(self, data: str) -> Iterator[tuple[Hashable, Any]]:
        return ((node, attrs.get(data)) for node, attrs in self._nodes.items())


class _Edges:
    def __init__(self, succ: dict[Hashable, dict[Hashable, dict[str, Any]]]) -> None:
        self._succ = succ

    def __iter__(self) -> Iterator[tuple[Hashable, Hashable]]:
        return ((u, v) for u, targets in self._succ.items() for v in targets)

    def __getitem__(self, edge: tuple[Hashable, Hashable]) -> dict[str, Any]:
        return self._succ[edge[0]][edge[1]]

    def __call__(self, data: bool | str = False) -> Iterator[tuple[Any, ...]]:
        for u, targets in self._succ.items():
            for v, attrs in targets.items():
                if data is True:
                    yield u, v, attrs
                elif data is False:
                    yield u, v
                else:
                    yield u, v, attrs.get(data)


def strongly_connected_components(graph: Digraph) -> list[set[Hashable]]:
    """Tarjan's algorithm, iterative (no recursion limit on long chains)."""
    index: dict[Hashable, int] = {}
    low: dict[Hashable, int] = {}
    on_stack: set[Hashable] = set()
    stack: list[Hashable] = []
    found: list[set[Hashable]] = []
    counter = 0
    for root in graph.nodes:
        if root in index:
            continue
        work: list[tuple[Hashable, Iterator[Hashable]]] = [(root, graph.successors(root))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            advanced = False
            for target in targets:
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, graph.successors(target)))
                    advanced = True
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: set[Hashable] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                found.append(component)
    return found


def find_cycle(graph: Digraph, source: Hashable) -> list[Hashable]:
    """The nodes of the first cycle a depth-first search from `source` closes (successors in
    insertion order), from the node it closes on; empty when none is reachable."""
    path: list[Hashable] = [source]
    on_path = {source}
    visited = {source}
    work: list[Iterator[Hashable]] = [graph.successors(source)]
    while work:
        for target in work[-1]:
            if target in on_path:
                return path[path.index(target):]
            if target not in visited:
                visited.add(target)
                path.append(target)
                on_path.add(target)
                work.append(graph.successors(target))
                break
        else:
            work.pop()
            on_path.discard(path.pop())
    return []


def condensation(graph: Digraph) -> tuple[Digraph, dict[int, list[Hashable]]]:
    """Each strongly connected component as one node (numbered), with the edges between them;
    and each number's sorted members."""
    components = strongly_connected_components(graph)
    owner = {node: number for number, members in enumerate(components) for node in members}
    condensed = Digraph()
    condensed.add_nodes_from(range(len(components)))
    for u, v in graph.edges:
        if owner[u] != owner[v]:
            condensed.add_edge(owner[u], owner[v])
    return condensed, {number: sorted(members) for number, members in enumerate(components)}


def lexicographic_order(graph: Digraph, key: Callable[[Hashable], Any]) -> list[Hashable]:
    """Every node after its predecessors, the smallest `key` first among those ready."""
    waiting = {node: graph.in_degree(node) for node in graph.nodes}
    ready = [(key(node), number, node) for number, node in enumerate(graph.nodes)
             if not waiting[node]]
    heapq.heapify(ready)
    order: list[Hashable] = []
    position = {node: number for number, node in enumerate(graph.nodes)}
    while ready:
        _, _, node = heapq.heappop(ready)
        order.append(node)
        for target in graph.successors(node):
            waiting[target] -= 1
            if not waiting[target]:
                heapq.heappush(ready, (key(target), position[target], target))
    return order
