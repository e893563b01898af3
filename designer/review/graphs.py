"""The design as graphs: services and their calls, entities and their references.

Graphs are built from sorted nodes and edges so that every traversal, cycle and community below
is the same on every run. Edges point from the dependent to what it depends on: a service to the
service it calls, an entity to the entity its foreign key refers to.
"""

from __future__ import annotations

from collections.abc import Iterable

from designer.model.data import Cardinality
from designer.model.design import Design
from designer.review.digraph import (
    Digraph,
    condensation,
    find_cycle,
    lexicographic_order,
    strongly_connected_components,
)


def service_graph(design: Design) -> Digraph:
    """Services as nodes, `depends_on` as edges caller → callee (attrs `style`, `protocol`).

    Dependencies on unknown services or on the service itself are left to the model's checks.
    """
    graph = Digraph()
    services = sorted({s.name for s in design.architecture.services if s.name})
    graph.add_nodes_from(services)
    edges = sorted(
        (s.name, d.target, d.style.value, d.protocol.value)
        for s in design.architecture.services
        for d in s.depends_on
        if s.name and d.target in services and d.target != s.name
    )
    for source, target, style, protocol in edges:
        if not graph.has_edge(source, target):
            graph.add_edge(source, target, style=style, protocol=protocol)
    return graph


def entity_graph(design: Design) -> Digraph:
    """Entities as nodes (attr `service`), references as edges dependent → referenced.

    Edges carry `required`, `kind` and `location` (where the design states the reference).
    They come from foreign-key fields (required unless nullable) and from relationships:
    one-to-one and one-to-many make the target refer to the source; a many-to-many with a
    join entity makes the join entity refer to both sides; one without a join entity adds an
    edge source → target of kind many_to_many that is never required.
    """
    graph = Digraph()
    entities = sorted(design.data.entities, key=lambda e: e.name)
    names = {e.name for e in entities if e.name}
    for entity in entities:
        if entity.name:
            graph.add_node(entity.name, service=entity.service)
    edges: list[tuple[str, str, bool, str, str]] = []
    for entity in entities:
        for field in entity.fields:
            target = field.reference_entity
            if entity.name and target in names:
                where = f"data.entities[{entity.name}].fields[{field.name}]"
                edges.append((entity.name, target, not field.nullable, "fk", where))
    for rel in design.data.relationships:
        if rel.source not in names or rel.target not in names:
            continue
        where = f"data.relationships[{rel.source}->{rel.target}]"
        if rel.kind is Cardinality.MANY_TO_MANY:
            if rel.through in names:
                edges.append((rel.through, rel.source, True, "join", where))
                edges.append((rel.through, rel.target, True, "join", where))
            else:
                edges.append((rel.source, rel.target, False, "many_to_many", where))
        else:
            edges.append((rel.target, rel.source, rel.required, rel.kind.value, where))
    for source, target, required, kind, where in sorted(edges):
        if graph.has_edge(source, target):
            # A FK field and its relationship describe one reference: required if either says so.
            data = graph.edges[source, target]
            data["required"] = data["required"] or required
        else:
            graph.add_edge(source, target, required=required, kind=kind, location=where)
    return graph


def cycles(graph: Digraph) -> list[list[str]]:
    """One cycle per strongly connected tangle, as a node path starting at its smallest name.

    Self-loops count. Reporting one concrete cycle per tangle (not every simple cycle) keeps
    the output short and bounded however dense the graph.
    """
    found: list[list[str]] = []
    for component in strongly_connected_components(graph):
        nodes = sorted(component)
        start = nodes[0]
        if len(nodes) == 1 and not graph.has_edge(start, start):
            continue
        path = find_cycle(graph.subgraph(nodes), start)
        turn = path.index(min(path))
        found.append(path[turn:] + path[:turn])
    return sorted(found)


def required_subgraph(graph: Digraph) -> Digraph:
    """Only the edges that must be satisfied at insert time (non-nullable references)."""
    keep = [(u, v) for u, v, required in graph.edges(data="required") if required]
    sub = Digraph()
    sub.add_nodes_from(sorted(graph.nodes))
    sub.add_edges_from(sorted(keep))
    return sub


def dependency_order(graph: Digraph) -> list[list[str]]:
    """Groups of nodes with every dependency before its dependents; ties broken by name.

    Each group is one node, or the sorted members of a cycle that must be built together.
    """
    condensed, members = condensation(graph)
    reverse = Digraph()  # dependencies first: edges from what is depended on to its dependents
    reverse.add_nodes_from(condensed.nodes)
    reverse.add_edges_from((v, u) for u, v in condensed.edges)
    order = lexicographic_order(reverse, key=lambda c: members[c][0])
    return [members[c] for c in order]


def suggest_contexts(design: Design) -> list[list[str]]:
    """A suggested grouping of entities into bounded contexts (networkx's greedy modularity
    communities).

    Entities with no references form contexts of their own. Each context is sorted; contexts are
    ordered by size (largest first), then by their first name.
    """
    # networkx only here: this rule fires for microservices without services, and its
    # community search is not worth owning (imported once, when it runs).
    import networkx as nx
    from networkx.algorithms.community import greedy_modularity_communities

    directed = entity_graph(design)
    graph = nx.Graph()
    graph.add_nodes_from(sorted(directed.nodes))
    graph.add_edges_from(sorted((min(u, v), max(u, v)) for u, v in directed.edges if u != v))
    linked = [n for n in graph.nodes if graph.degree(n) > 0]
    groups: list[list[str]] = [[n] for n in graph.nodes if graph.degree(n) == 0]
    if linked:
        communities: Iterable[frozenset[str]] = greedy_modularity_communities(
            graph.subgraph(sorted(linked))
        )
        groups.extend(sorted(c) for c in communities)
    return sorted(groups, key=lambda g: (-len(g), g))


def context_name(graph: Digraph, members: list[str]) -> str:
    """Name a context after its most referenced entity (ties by name)."""
    return min(members, key=lambda n: (-graph.in_degree(n), n))
