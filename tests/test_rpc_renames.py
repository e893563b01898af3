"""Renaming an entity, a schema, a role or a service in an editor follows it into the GraphQL
and gRPC parts: bodies, arguments, batched fields, roles, owners and the proto field numbers
the message keeps (a rename must not lose a reserved number)."""

from __future__ import annotations

from designer.model import Design
from designer.model.api import ApiStyle, Schema, SchemaRef
from designer.model.data import Entity
from designer.model.rpc import GraphQLOperation, GrpcService, MessageNumbers, Rpc
from designer.model.types import Member
from designer.tui.editors import renames


def _design() -> Design:
    d = Design.new("shop")
    d.api.style = ApiStyle.MIXED
    d.data.entities.append(Entity(name="Order"))
    d.api.schemas.append(Schema(name="Stock"))
    d.api.graphql.operations.append(GraphQLOperation(
        name="order", returns=SchemaRef(name="Order"), roles=["clerk", "admin"],
        service="orders", arguments=[Member(name="filter", type="Stock")]))
    d.api.graphql.batched = ["Order.items"]
    d.api.grpc.services.append(GrpcService(name="StockService", service="orders", rpcs=[
        Rpc(name="Get", request=SchemaRef(name="Stock"), response=SchemaRef(name="Order"))]))
    d.api.grpc.numbers = [MessageNumbers(message="Order", fields={"id": 1}, reserved=[2]),
                          MessageNumbers(message="Order.address", fields={"city": 1})]
    return d


def test_an_entity_rename_reaches_bodies_batching_and_numbers() -> None:
    d = _design()
    renames.rename_entity(d, "Order", "Purchase")
    (op,) = d.api.graphql.operations
    assert op.returns == SchemaRef(name="Purchase")
    assert d.api.graphql.batched == ["Purchase.items"]
    assert d.api.grpc.services[0].rpcs[0].response == SchemaRef(name="Purchase")
    assert [(n.message, n.reserved) for n in d.api.grpc.numbers] == [
        ("Purchase", [2]), ("Purchase.address", [])]


def test_a_schema_rename_reaches_arguments_and_requests() -> None:
    d = _design()
    assert renames.type_uses(d, "Stock") == 2
    renames.rename_schema(d, "Stock", "StockLevel")
    assert d.api.graphql.operations[0].arguments[0].type == "StockLevel"
    assert d.api.grpc.services[0].rpcs[0].request == SchemaRef(name="StockLevel")


def test_roles_and_services_follow_their_rename_and_removal() -> None:
    d = _design()
    renames.rename_role(d, "clerk", "staff")
    renames.forget_role(d, "admin")
    renames.rename_service(d, "orders", "ordering")
    (op,) = d.api.graphql.operations
    assert (op.roles, op.service) == (["staff"], "ordering")
    assert d.api.grpc.services[0].service == "ordering"


def test_a_subscription_trigger_names_a_message_of_the_catalogue() -> None:
    from designer.model.checks import problems
    from designer.model.events import Message
    from designer.model.rpc import OperationKind

    d = _design()
    d.api.graphql.operations.append(GraphQLOperation(
        kind=OperationKind.SUBSCRIPTION, name="orderChanged", trigger="order.changed"))
    where = "api.graphql.operations[orderChanged].trigger"
    assert where in [p.location for p in problems(d)]
    d.architecture.events.messages.append(Message(name="order.changed"))
    assert where not in [p.location for p in problems(d)]


def test_a_message_rename_follows_into_subscription_triggers() -> None:
    from designer.model.rpc import OperationKind

    d = _design()
    d.api.graphql.operations.append(GraphQLOperation(
        kind=OperationKind.SUBSCRIPTION, name="orderChanged", trigger="order.changed"))
    assert renames.message_uses(d, "order.changed") == 1
    renames.rename_message(d, "order.changed", "order.updated")
    assert d.api.graphql.operations[-1].trigger == "order.updated"
