"""Names for the OpenAPI export: romanisation, component names, operationIds."""

from __future__ import annotations

import pytest

from designer.export.openapi_names import (
    NameTable,
    component_base,
    operation_id,
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
