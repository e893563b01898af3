"""Names for the OpenAPI export: romanisation, component names, operationIds."""

from __future__ import annotations

import pytest

from designer.contract.naming import (
    NameTable,
    component_base,
    operation_id,
    pascal,
    singular,
    words,
)


def test_words_romanise_hangul_and_drop_accents_and_emoji() -> None:
    assert words("주문 내역") == ["jumun", "naeyeok"]
    assert words("OrderItem") == ["Order", "Item"]
    assert words("HTTPServer café 🎉") == ["HTTP", "Server", "cafe"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("order item", "OrderItem"),
        ("상품", "Sangpum"),
        ("3d model", "Schema3DModel"),
        ("🎉", "Schema_6146299c"),
        ('"quoted" [x]', "QuotedX"),
    ],
)
def test_component_base(value: str, expected: str) -> None:
    assert component_base(value) == expected


def test_name_table_is_unique_ignoring_case_and_suffixes() -> None:
    table = NameTable(["Error"])
    assert table.take("Error") == "Error2"
    assert table.take("Order", ("", "Create")) == "Order"
    assert table.take("OrderCreate") == "OrderCreate2"
    assert table.take("order") == "order2"


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/orders", "listOrders"),
        ("GET", "/orders/{id}", "getOrder"),
        ("POST", "/orders", "createOrder"),
        ("PUT", "/orders/{id}", "updateOrder"),
        ("PATCH", "/orders/{id}", "patchOrder"),
        ("DELETE", "/orders/{id}", "deleteOrder"),
        ("POST", "/orders/{id}/cancel", "cancelOrder"),
        ("POST", "/auth/login", "authLogin"),
        ("GET", "/users/me", "getUserMe"),
        ("GET", "/users/{user_id}/addresses", "listUserAddresses"),
        ("GET", "/categories", "listCategories"),
        ("GET", "/", "getRoot"),
        ("GET", "/🎉", "getRoot"),
        ("GET", "/123", "get123"),
    ],
)
def test_operation_id(method: str, path: str, expected: str) -> None:
    assert operation_id(method, path) == expected


def test_singular() -> None:
    words_ = ["orders", "categories", "addresses", "status", "boxes"]
    assert [singular(w) for w in words_] == ["order", "category", "address", "status", "box"]


@pytest.mark.parametrize("entity", ["리뷰", "주문 내역", "Café", "🎉", "OrderItem"])
def test_crud_paths_schema_names_and_operation_ids_come_from_one_naming(entity: str) -> None:
    """CRUD generation and the OpenAPI export name one entity the same way, Korean included."""
    from designer.export.openapi import build
    from designer.model import Design
    from designer.model.api import Resource
    from designer.model.data import Entity, Field
    from designer.tui.editors.crud import crud_endpoints, resource_name

    design = Design.new("Names")
    design.data.entities = [Entity(name=entity, fields=[Field(name="id", type="uuid",
                                                              primary_key=True)])]
    endpoints = crud_endpoints(design.data.entities[0])
    design.api.resources = [Resource(name=resource_name(entity), entity=entity,
                                     endpoints=endpoints)]
    assert all(e.path.startswith("/") and "//" not in e.path for e in endpoints)
    assert endpoints[0].path.strip("/") != ""
    doc = build(design)
    base = component_base(entity)
    assert base in doc["components"]["schemas"]
    ids = [op["operationId"] for path in doc["paths"].values() for op in path.values()]
    words_of_path = pascal(endpoints[0].path.strip("/").replace("-", " "))
    assert ids[0] == "list" + words_of_path
