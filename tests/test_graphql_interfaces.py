"""GraphQL interfaces over shared fields, only where the design declares them: every entity
type with all the interface's fields, typed alike, implements it; one whose field has another
type does not; graphql-js accepts the result."""

from __future__ import annotations

from contract_tools import validate_sdl

from designer.export.graphql import graphql_files
from designer.model import Design
from designer.model.api import ApiStyle, SchemaRef
from designer.model.checks import problems
from designer.model.data import Entity, Field
from designer.model.rpc import GraphQLInterface, GraphQLOperation


def _design() -> Design:
    d = Design.new("shop")
    d.api.style = ApiStyle.GRAPHQL
    d.data.entities += [
        Entity(name="Order", fields=[Field(name="id", type="uuid", primary_key=True),
                                     Field(name="total", type="integer")]),
        Entity(name="User", fields=[Field(name="id", type="uuid", primary_key=True),
                                    Field(name="email", type="email")]),
        Entity(name="Counter", timestamps=False,
               fields=[Field(name="id", type="integer", primary_key=True)]),
    ]
    d.api.graphql.operations += [
        GraphQLOperation(name=n.lower(), returns=SchemaRef(name=n))
        for n in ("Order", "User", "Counter")]
    return d


def _sdl(design: Design) -> str:
    return graphql_files(design)["schema.graphql"]


def test_entities_sharing_the_fields_implement_the_declared_interfaces() -> None:
    design = _design()
    design.api.graphql.interfaces += [
        GraphQLInterface(name="Node", description="Anything with an id.", fields=["id"]),
        GraphQLInterface(name="Timestamped", fields=["created_at", "updated_at"])]
    text = _sdl(design)
    lines = text.splitlines()
    assert '"Anything with an id."' in lines
    assert "interface Node {" in lines and "interface Timestamped {" in lines
    assert "type Order implements Node & Timestamped {" in lines
    assert "type User implements Node & Timestamped {" in lines
    assert "type Counter {" in lines  # an integer id is not Node's UUID id; no timestamps
    (result,) = validate_sdl([text])
    assert result["ok"], result["errors"]
    assert {"Node", "Timestamped"} <= set(result["types"])


def test_no_interface_is_declared_unless_the_design_says_so() -> None:
    text = _sdl(_design())
    assert "interface " not in text and " implements " not in text


def test_an_interface_needs_a_name_and_a_field() -> None:
    design = _design()
    design.api.graphql.interfaces.append(GraphQLInterface(name="Empty"))
    found = [p.location for p in problems(design)]
    assert "api.graphql.interfaces[Empty].fields" in found


def test_the_document_names_the_interfaces() -> None:
    from designer.export import render_all

    design = _design()
    design.api.graphql.interfaces.append(
        GraphQLInterface(name="Node", description="Anything with an id.", fields=["id"]))
    doc = render_all(design, {"doc"})["architecture.md"]
    assert "`Node` over id (Anything with an id)." in doc
    assert "Interfaces" not in render_all(_design(), {"doc"})["architecture.md"]
