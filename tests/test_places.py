"""Places in the design said as the app says them: from the model path every check gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from designer.model.places import place


def test_a_model_path_is_said_as_the_things_it_names() -> None:
    assert place("data.entities[OrderItem].fields[product_id]") == (
        "entity OrderItem › field product_id")
    assert place("api.resources[orders].endpoints[GET /v1/orders.json]") == (
        "resource orders › endpoint GET /v1/orders.json")
    assert place("operations.env[DATABASE_URL]") == "variable DATABASE_URL"
    assert place("data.caching[User]") == "cache rule User"
    assert place("architecture.services[주문 서비스]") == "service 주문 서비스"
    assert place("data.relationships[Order.items]") == "relationship Order.items"
    assert place("api.grpc.services[Orders].rpcs[Get]") == "gRPC › service Orders › RPC Get"
    assert place("requirements.nfr.latency_p95_ms") == "targets › latency p95 ms"
    assert place("requirements.integrations[Kakao 알림톡 [beta]]") == (
        "integration Kakao 알림톡 [beta]")


def test_what_is_not_a_model_path_comes_back_unchanged() -> None:
    for location in ("review", "foo.bar", "data", "data.entities[Order", "x[1].y"):
        assert place(location) == location


@given(st.text())
def test_any_text_gives_a_place_without_failing(location: str) -> None:
    said = place(location)
    assert isinstance(said, str)
    if "[" not in location and "." not in location:
        assert said == location


_KEYS = st.text(min_size=1).filter(lambda key: "]." not in key and "][" not in key)


@given(_KEYS, _KEYS)
def test_keys_come_back_whole_whatever_they_hold(entity: str, field: str) -> None:
    assert place(f"data.entities[{entity}].fields[{field}]") == (
        f"entity {entity} › field {field}")
