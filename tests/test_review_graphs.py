"""The graph layer on small hand-built graphs and designs."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from designer.model.architecture import Dependency, Service
from designer.model.data import Cardinality, Entity, Field, Relationship
from designer.model.design import Design
from designer.review.digraph import Digraph
from designer.review.graphs import (
    context_name,
    cycles,
    dependency_order,
    entity_graph,
    required_subgraph,
    service_graph,
    suggest_contexts,
)


def _digraph(*edges: tuple[str, str]) -> Digraph:
    graph = Digraph()
    graph.add_edges_from(edges)
    return graph


def _design(entities: list[Entity], relationships: list[Relationship] | None = None) -> Design:
    design = Design.new("graphs")
    design.data.entities = entities
    design.data.relationships = relationships or []
    return design


def _ref(name: str, target: str, *, nullable: bool = False) -> Field:
    return Field(name=name, references=target, nullable=nullable)


def test_acyclic_graph_has_no_cycles() -> None:
    assert cycles(_digraph(("a", "b"), ("b", "c"), ("a", "c"))) == []


def test_each_tangle_reports_one_cycle_starting_at_its_smallest_name() -> None:
    graph = _digraph(("c", "a"), ("a", "b"), ("b", "c"), ("x", "y"), ("y", "x"), ("c", "x"))
    assert cycles(graph) == [["a", "b", "c"], ["x", "y"]]


def test_self_loop_is_a_cycle() -> None:
    assert cycles(_digraph(("a", "a"), ("a", "b"))) == [["a"]]


def test_dependency_order_puts_dependencies_first_and_groups_cycles() -> None:
    # edges point dependent → dependency
    graph = _digraph(("c", "b"), ("b", "a"), ("e", "d"), ("d", "e"), ("e", "a"))
    graph.add_node("z")
    assert dependency_order(graph) == [["a"], ["b"], ["c"], ["d", "e"], ["z"]]


def test_service_graph_ignores_unknown_and_self_dependencies() -> None:
    design = Design.new("s")
    design.architecture.services = [
        Service(
            name="b",
            depends_on=[Dependency(target="a"), Dependency(target="b"), Dependency(target="ghost")],
        ),
        Service(name="a"),
    ]
    graph = service_graph(design)
    assert sorted(graph.nodes) == ["a", "b"]
    assert list(graph.edges) == [("b", "a")]
    assert graph.edges["b", "a"]["style"] == "sync"


def test_entity_graph_edges_from_fields_and_relationships() -> None:
    design = _design(
        [
            Entity(name="User"),
            Entity(name="Tag"),
            Entity(name="Post", fields=[_ref("author_id", "User.id", nullable=True)]),
            Entity(name="PostTag"),
            Entity(name="Comment"),
        ],
        [
            Relationship(source="Post", target="Comment"),
            Relationship(
                source="Post", target="Tag", kind=Cardinality.MANY_TO_MANY, through="PostTag"
            ),
            Relationship(source="User", target="Tag", kind=Cardinality.MANY_TO_MANY),
        ],
    )
    graph = entity_graph(design)
    edges = {(u, v): (d["required"], d["kind"]) for u, v, d in graph.edges(data=True)}
    assert edges == {
        ("Post", "User"): (False, "fk"),
        ("Comment", "Post"): (True, "one_to_many"),
        ("PostTag", "Post"): (True, "join"),
        ("PostTag", "Tag"): (True, "join"),
        ("User", "Tag"): (False, "many_to_many"),
    }
    assert graph.edges["Post", "User"]["location"] == "data.entities[Post].fields[author_id]"
    assert sorted(required_subgraph(graph).edges) == [
        ("Comment", "Post"),
        ("PostTag", "Post"),
        ("PostTag", "Tag"),
    ]


def test_field_and_relationship_for_one_reference_merge_as_required() -> None:
    design = _design(
        [Entity(name="A"), Entity(name="B", fields=[_ref("a_id", "A", nullable=True)])],
        [Relationship(source="A", target="B", required=True)],
    )
    graph = entity_graph(design)
    assert list(graph.edges) == [("B", "A")]
    assert graph.edges["B", "A"]["required"] is True


def test_required_cycle_but_not_a_nullable_one() -> None:
    required = _design(
        [Entity(name="A", fields=[_ref("b_id", "B")]), Entity(name="B", fields=[_ref("a_id", "A")])]
    )
    assert cycles(required_subgraph(entity_graph(required))) == [["A", "B"]]
    nullable = _design(
        [
            Entity(name="A", fields=[_ref("b_id", "B", nullable=True)]),
            Entity(name="B", fields=[_ref("a_id", "A")]),
        ]
    )
    assert cycles(required_subgraph(entity_graph(nullable))) == []
    assert cycles(entity_graph(nullable)) == [["A", "B"]]


def test_suggest_contexts_finds_two_clusters() -> None:
    design = _design(
        [
            Entity(name="Order", fields=[_ref("customer_id", "Customer")]),
            Entity(name="OrderLine", fields=[_ref("order_id", "Order")]),
            Entity(name="Customer"),
            Entity(name="Invoice", fields=[_ref("order_id", "Order")]),
            Entity(name="Post", fields=[_ref("author_id", "Author")]),
            Entity(name="Author"),
            Entity(name="Comment", fields=[_ref("post_id", "Post")]),
            Entity(name="Setting"),
        ]
    )
    contexts = suggest_contexts(design)
    assert contexts == [
        ["Customer", "Invoice", "Order", "OrderLine"],
        ["Author", "Comment", "Post"],
        ["Setting"],
    ]
    assert context_name(entity_graph(design), contexts[0]) == "Order"


@pytest.mark.parametrize("shuffle", [False, True])
def test_suggest_contexts_is_independent_of_input_order(shuffle: bool) -> None:
    entities = [
        Entity(name=f"E{i}", fields=[_ref("p", f"E{i // 3 * 3}")] if i % 3 else [])
        for i in range(9)
    ]
    if shuffle:
        entities = entities[::-1]
    assert suggest_contexts(_design(entities)) == [
        ["E0", "E1", "E2"],
        ["E3", "E4", "E5"],
        ["E6", "E7", "E8"],
    ]


def _nx_cycles(graph: nx.DiGraph) -> list[list[str]]:
    """What cycles() printed when it ran on networkx (the reference for the own traversal)."""
    found = []
    for component in nx.strongly_connected_components(graph):
        nodes = sorted(component)
        if len(nodes) == 1 and not graph.has_edge(nodes[0], nodes[0]):
            continue
        path = [u for u, _ in nx.find_cycle(graph.subgraph(nodes), source=nodes[0])]
        turn = path.index(min(path))
        found.append(path[turn:] + path[:turn])
    return sorted(found)


def _nx_order(graph: nx.DiGraph) -> list[list[str]]:
    condensed = nx.condensation(graph)
    members = {c: sorted(condensed.nodes[c]["members"]) for c in condensed.nodes}
    order = nx.lexicographical_topological_sort(condensed.reverse(copy=True),
                                                key=lambda c: members[c][0])
    return [members[c] for c in order]


@pytest.mark.parametrize("seed", range(200))
def test_cycles_and_order_equal_networkx_on_random_graphs(seed: int) -> None:
    rng = random.Random(seed)
    names = [f"n{i:02d}" for i in range(rng.randint(1, 14))]
    edges = sorted({(rng.choice(names), rng.choice(names))
                    for _ in range(rng.randint(0, 3 * len(names)))})
    rng.shuffle(edges)  # insertion order decides which cycle a search closes first
    ours, theirs = Digraph(), nx.DiGraph()
    for graph in (ours, theirs):
        graph.add_nodes_from(sorted(names))
        graph.add_edges_from(edges)
    assert cycles(ours) == _nx_cycles(theirs)
    assert dependency_order(ours) == _nx_order(theirs)
    assert list(ours.edges) == list(theirs.edges)
