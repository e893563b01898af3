"""Authorization in the SDL: a declared `@auth(requires: [...])` directive on root fields from
their operation's roles, on entity object types from the permission matrix (read or list on a
resource of the entity, and the roles that inherit those), on input fields from the field's
`writable_by`; graphql-js accepts the result. A design that says none of it declares none."""

from __future__ import annotations

from contract_tools import validate_sdl

from designer.export.graphql import graphql_files
from designer.model import Design
from designer.model.api import (
    ApiStyle,
    Endpoint,
    EndpointAuth,
    Method,
    Resource,
    SchemaRef,
    Variant,
)
from designer.model.auth import Action, Permission, Role
from designer.model.data import Entity, Field
from designer.model.rpc import GraphQLOperation, OperationKind


def _design() -> Design:
    d = Design.new("shop")
    d.api.style = ApiStyle.GRAPHQL
    d.auth.roles += [Role(name="customer"), Role(name="vip", inherits=["customer"]),
                     Role(name="admin")]
    d.data.entities.append(Entity(name="Order", fields=[
        Field(name="id", type="uuid", primary_key=True, read_only=True),
        Field(name="status", writable_by=["admin"]), Field(name="note")]))
    d.api.resources.append(Resource(name="orders", entity="Order", endpoints=[
        Endpoint(method=Method.POST, path="/orders", summary="Place an order (back office)",
                 request=SchemaRef(name="Order", variant=Variant.CREATE),
                 response=SchemaRef(name="Order"), roles=["admin"])]))
    d.auth.permissions += [
        Permission(role="customer", resource="orders", actions=[Action.READ], own_only=True),
        Permission(role="admin", resource="orders", actions=[Action.UPDATE])]
    d.api.graphql.operations += [
        GraphQLOperation(name="order", returns=SchemaRef(name="Order"), roles=["customer"]),
        GraphQLOperation(kind=OperationKind.MUTATION, name="placeOrder",
                         returns=SchemaRef(name="Order"), roles=["admin"],
                         arguments=[Field(name="input", type="Order")]),
        GraphQLOperation(name="ping", auth=EndpointAuth.NONE, roles=["admin"]),
    ]
    return d


def _sdl(design: Design) -> str:
    return graphql_files(design)["schema.graphql"]


def test_roles_matrix_and_writers_become_auth_directives_graphql_js_accepts() -> None:
    text = _sdl(_design())
    lines = text.splitlines()
    assert sum(line.startswith("directive @auth(") for line in lines) == 1
    assert 'type Order @auth(requires: ["customer", "vip"]) {' in lines
    assert '  order: Order! @auth(requires: ["customer", "vip"])' in lines
    assert any(line.startswith("  placeOrder(") and line.endswith('@auth(requires: ["admin"])')
               for line in lines)
    assert "  ping: Boolean!" in lines  # no sign-in: roles say nothing
    # Only admins may set status: the input of the admins' endpoint carries it, checked.
    assert '  status: String! @auth(requires: ["admin"])' in lines
    assert '  status: String!' in lines  # the read type's field has no writers' check
    assert any(line.startswith("  createOrder(") and line.endswith('@auth(requires: ["admin"])')
               for line in lines)
    (result,) = validate_sdl([text])
    assert result["ok"], result["errors"]


def test_a_design_without_roles_declares_no_directive() -> None:
    design = _design()
    design.auth.permissions.clear()
    for op in design.api.graphql.operations:
        op.roles = []
    design.data.entities[0].fields[1].writable_by = []
    design.api.resources[0].endpoints[0].roles = []
    text = _sdl(design)
    assert "@auth" not in text
    (result,) = validate_sdl([text])
    assert result["ok"], result["errors"]


def test_hostile_role_names_stay_valid_strings() -> None:
    design = _design()
    hostile = ['say "hi"\\', "관리자 🎉", "1st\tline\nnext", "__typename"]
    design.auth.roles += [Role(name=n) for n in hostile]
    design.api.graphql.operations[0].roles = hostile
    text = _sdl(design)
    (result,) = validate_sdl([text])
    assert result["ok"], result["errors"]
    assert text.count("@auth(") >= 3


def test_the_document_says_the_schema_checks_roles_only_when_it_does() -> None:
    from designer.export import render_all

    assert "`@auth(requires: [...])`" in render_all(_design(), {"doc"})["architecture.md"]
    bare = _design()
    bare.auth.permissions.clear()
    for op in bare.api.graphql.operations:
        op.roles = []
    bare.api.resources[0].endpoints[0].roles = []
    assert "@auth" not in render_all(bare, {"doc"})["architecture.md"]
