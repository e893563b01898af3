"""The GraphQL and gRPC parts of the model: optional (a REST design's file is unchanged),
round-tripped, checked; and proto field numbers that survive renames, reorders and removals."""

from __future__ import annotations

from pathlib import Path

import pytest

from designer import store
from designer.contract.numbers import assign, layout, retire
from designer.model import Design, problems
from designer.model.api import ApiStyle, SchemaRef
from designer.model.data import Entity, Field
from designer.model.rpc import GraphQLOperation, GrpcService, OperationKind, Rpc, RpcKind

ROOT = Path(__file__).resolve().parent.parent
# The stories written before the GraphQL and gRPC parts existed: their files must not change.
EXAMPLES = [ROOT / "examples" / slug / f"{slug}.design.yaml" for slug in (
    "ecommerce-postgres", "fastapi-auth-service", "monolith-to-microservices", "realtime-chat",
    "user-management-express")]


def shop() -> Design:
    design = Design.new("shop")
    design.api.style = ApiStyle.GRPC
    design.data.entities = [Entity(name="Order", fields=[
        Field(name="id", type="uuid", primary_key=True), Field(name="total", type="integer"),
        Field(name="note", type="string", optional=True)])]
    return design


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_existing_designs_save_to_the_same_bytes(path: Path) -> None:
    design = store.load(path)
    assert "graphql:" not in store.dumps(design) and "grpc:" not in store.dumps(design)
    assert "number:" not in store.dumps(design)


def test_operations_and_rpcs_round_trip_through_the_file(tmp_path: Path) -> None:
    design = shop()
    design.api.graphql.operations = [GraphQLOperation(
        kind=OperationKind.SUBSCRIPTION, name="orderChanged",
        returns=SchemaRef(name="Order"), trigger="order.changed")]
    design.api.graphql.max_depth = 8
    design.api.grpc.package = "orders.v1"
    design.api.grpc.services = [GrpcService(name="OrderService", rpcs=[
        Rpc(name="WatchOrders", kind=RpcKind.SERVER_STREAM, response=SchemaRef(name="Order"),
            deadline_ms=500)])]
    assign(design)
    path = tmp_path / "shop.design.yaml"
    store.save(design, path)
    again = store.load(path)
    assert again == design
    assert again.api.grpc.services[0].rpcs[0].kind is RpcKind.SERVER_STREAM
    assert [f.number for f in again.data.entities[0].fields] == [1, 2, 3]


def test_numbers_survive_rename_reorder_and_removal() -> None:
    design = shop()
    assign(design)
    before = layout(design)["Order"].numbers
    assert before == {"id": 1, "total": 2, "note": 3, "created_at": 4, "updated_at": 5}
    order = design.data.entities[0]
    order.fields[1].name = "amount"
    order.fields = [order.fields[2], order.fields[0], order.fields[1]]
    retire(design, "Order", order.fields[0])
    order.fields = order.fields[1:]
    order.fields = [*order.fields, Field(name="memo", type="string")]
    assign(design)
    after = layout(design)["Order"]
    assert after.numbers == {"id": 1, "amount": 2, "memo": 6, "created_at": 4, "updated_at": 5}
    assert after.reserved == [3]
    assert "note" in after.reserved_names and "total" in after.reserved_names


def test_a_hand_removed_field_is_reserved_without_the_app() -> None:
    design = shop()
    assign(design)
    design.data.entities[0].fields.pop()
    assert layout(design)["Order"].reserved == [3]
    design.data.entities[0].fields.append(Field(name="memo", type="string"))
    assert layout(design)["Order"].numbers["memo"] == 6


def test_layout_before_assign_is_what_assign_stores() -> None:
    design = shop()
    planned = layout(design)
    assert assign(design) > 0
    assert layout(design) == planned
    assert assign(design) == 0


def test_unusable_numbers_and_unknown_bodies_are_blocking_problems() -> None:
    design = shop()
    design.data.entities[0].fields[1].number = 19_500
    design.data.entities[0].fields[2].number = 1
    design.data.entities[0].fields[0].number = 1
    design.api.grpc.package = "Orders V1"
    design.api.grpc.services = [GrpcService(name="S", rpcs=[
        Rpc(name="A", request=SchemaRef(name="Nope")), Rpc(name="A")])]
    found = {(p.location, p.blocking) for p in problems(design)}
    assert ("api.grpc.numbers[Order.total]", True) in found
    assert ("api.grpc.numbers[Order.note]", True) in found
    assert ("api.grpc.package", False) in found
    assert ("api.grpc.services[S].rpcs[A].request", True) in found
    assert ("api.grpc.services[S].rpcs[A]", False) in found
