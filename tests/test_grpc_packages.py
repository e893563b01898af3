"""One gRPC package per service where the design asks (`services[].package`): the service's
file and the messages it uses go to that package's folder, numbered as in the API's package,
so each folder compiles on its own with protoc; services without one stay in the API's."""

from __future__ import annotations

import re

from contract_tools import check_proto

from designer.export.proto import proto_files
from designer.model import Design
from designer.model.api import ApiStyle, Schema, SchemaField, SchemaRef
from designer.model.data import Entity, Field
from designer.model.rpc import GrpcService, Rpc, RpcKind


def _design() -> Design:
    d = Design.new("market")
    d.api.style = ApiStyle.GRPC
    d.api.grpc.package = "market.v1"
    d.data.entities.append(Entity(name="Order", fields=[
        Field(name="id", type="uuid", primary_key=True), Field(name="total", type="integer")]))
    d.api.schemas.append(Schema(name="StockLevel", fields=[
        SchemaField(name="sku"), SchemaField(name="available", type="integer")]))
    d.api.grpc.services += [
        GrpcService(name="OrderService", rpcs=[
            Rpc(name="GetOrder", response=SchemaRef(name="Order"))]),
        GrpcService(name="InventoryService", package="inventory.v1", rpcs=[
            Rpc(name="WatchStock", kind=RpcKind.SERVER_STREAM,
                response=SchemaRef(name="StockLevel")),
            Rpc(name="OrderStock", request=SchemaRef(name="Order"),
                response=SchemaRef(name="StockLevel"))]),
    ]
    return d


def _numbers(text: str, message: str) -> list[str]:
    block = re.search(rf"^message {message} {{\n(.*?)^}}", text, re.M | re.S)
    assert block is not None, text
    return re.findall(r"(\w+ = \d+);", block.group(1))


def test_a_service_with_its_own_package_gets_a_folder_that_compiles_alone() -> None:
    files = proto_files(_design())
    assert sorted(files) == ["proto/inventory/v1/inventory_service.proto",
                             "proto/inventory/v1/types.proto",
                             "proto/market/v1/order_service.proto",
                             "proto/market/v1/types.proto"]
    inventory = files["proto/inventory/v1/inventory_service.proto"]
    assert "package inventory.v1;" in inventory and "service InventoryService {" in inventory
    assert "package inventory.v1;" in files["proto/inventory/v1/types.proto"]
    assert "OrderService" not in inventory
    # The same message, numbered the same way, in both packages that use it.
    assert _numbers(files["proto/market/v1/types.proto"], "Order") == \
        _numbers(files["proto/inventory/v1/types.proto"], "Order")
    assert "StockLevel" not in files["proto/market/v1/types.proto"]
    assert check_proto(files) == []


def test_services_without_a_package_share_the_apis() -> None:
    design = _design()
    design.api.grpc.services[1].package = ""
    assert sorted(proto_files(design)) == ["proto/market/v1/inventory_service.proto",
                                           "proto/market/v1/order_service.proto",
                                           "proto/market/v1/types.proto"]


def test_a_service_package_must_be_a_proto_package_name() -> None:
    from designer.model.checks import problems

    design = _design()
    design.api.grpc.services[1].package = "Inventory-V1"
    assert "api.grpc.services[InventoryService].package" in [
        p.location for p in problems(design)]


def test_the_document_names_a_services_own_package() -> None:
    from designer.export import render_all

    doc = render_all(_design(), {"doc"})["architecture.md"]
    assert "Package `market.v1`: one proto file per service" in doc
    assert "InventoryService has a package of its own, `inventory.v1`" in doc
