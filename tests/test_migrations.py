"""Upgrades of older design files: what each step infers, and what it leaves alone."""

from __future__ import annotations

from pathlib import Path

from designer import store
from designer.migrations import migrate
from designer.model import SCHEMA_VERSION
from designer.model.api import AuthStep

FIXTURES = Path(__file__).parent / "fixtures"


def test_v2_file_gets_auth_steps_and_env_purposes_from_conventional_names() -> None:
    design = store.load(FIXTURES / "v2_shop.yaml")
    assert design.schema_version == SCHEMA_VERSION
    steps = {e.key: (e.auth_step, e.provider) for _, e in design.api.endpoints() if e.auth_step}
    # `POST /auth/kakao` names one of the design's providers: the Kakao callback.
    assert steps == {"POST /auth/kakao": (AuthStep.OAUTH_CALLBACK, "kakao"),
                     "POST /auth/refresh": (AuthStep.REFRESH, "")}
    purposes = {v.name: v.purpose for v in design.operations.env}
    # The one Redis database takes REDIS_URL; a vendor-named URL is not guessed at.
    assert purposes["REDIS_URL"] == "database:cache"
    assert purposes["JWT_PRIVATE_KEY"] == "jwt_signing_key"
    assert purposes["SPRING_DATASOURCE_URL"] == ""


def _v2(resources: list[dict], env: list[dict], databases: list[dict]) -> dict:
    return {"schema_version": 2, "api": {"resources": resources},
            "operations": {"env": env}, "data": {"databases": databases}}


def test_v2_database_url_is_tied_only_when_it_cannot_mean_two_databases() -> None:
    env = [{"name": "DATABASE_URL"}]
    one = migrate(_v2([], env, [{"name": "main"}]), 2, 3)
    two = migrate(_v2([], env, [{"name": "a"}, {"name": "b", "engine": "mysql"}]), 2, 3)
    assert one["operations"]["env"] == [{"name": "DATABASE_URL", "purpose": "database:main"}]
    assert two["operations"]["env"] == [{"name": "DATABASE_URL"}]


def test_v2_steps_need_the_method_and_a_conventional_path() -> None:
    endpoints = [{"method": "POST", "path": "/auth/login"},
                 {"method": "GET", "path": "/auth/login"},
                 {"method": "POST", "path": "/payments/webhooks/toss"},
                 {"method": "POST", "path": "/payments/confirm"},
                 {"method": "POST", "path": "/users/{id}/logout"},
                 {"method": "GET", "path": "/oauth/google/callback"},
                 {"method": "POST", "path": "/login-history"}]
    new = migrate(_v2([{"name": "auth", "endpoints": endpoints}], [], []), 2, 3)
    got = [e.get("auth_step") or e.get("payment_step")
           for e in new["api"]["resources"][0]["endpoints"]]
    assert got == ["login", None, "webhook", "confirm", "logout", "oauth_callback", None]
    assert new["api"]["resources"][0]["endpoints"][2]["provider"] == "toss_payments"
    assert new["schema_version"] == 3  # the v2 → v3 step alone


def test_v2_explicit_values_and_odd_shapes_are_kept() -> None:
    endpoints = [{"method": "POST", "path": "/auth/login", "auth_step": "token"}, "junk"]
    env = [{"name": "PORT", "purpose": "custom"}, "junk", {"name": 5}]
    new = migrate(_v2([{"name": "auth", "endpoints": endpoints}], env, []), 2, 3)
    assert new["api"]["resources"][0]["endpoints"] == endpoints
    assert new["operations"]["env"] == env


def test_v3_files_load_as_v5_with_their_old_meaning(tmp_path) -> None:
    """A version-3 file: every v4 addition takes the default that keeps what it meant."""
    from designer import store

    path = tmp_path / "v3.design.yaml"
    path.write_text(
        "schema_version: 3\n"
        "data:\n  databases:\n  - {name: main, engine: postgresql}\n"
        "  entities:\n  - name: User\n    fields:\n"
        "    - {name: id, type: uuid, primary_key: true}\n"
        "  - name: Order\n    fields:\n    - {name: id, type: uuid, primary_key: true}\n"
        "    - {name: user_id, type: uuid, references: User, on_delete: cascade}\n"
        "api:\n  style: mixed\n  resources:\n  - name: orders\n    endpoints:\n"
        "    - {method: GET, path: /orders}\n", encoding="utf-8")
    design = store.load(path)
    assert design.schema_version == 5
    ref = design.data.entities[1].fields[1]
    assert (ref.on_delete.value, ref.on_update.value) == ("cascade", "no_action")
    assert design.api.resources[0].endpoints[0].style is None
    assert design.api.grpc.services == [] and design.api.graphql.operations == []
    assert design.requirements.spec_id == ""


def test_v4_files_load_as_v5_with_their_old_meaning(tmp_path) -> None:
    """A version-4 file with webhooks, GraphQL and gRPC: every v5 addition takes the default
    that keeps what it meant, and every export says what it said (nothing about a delivery
    policy, no interface, one package)."""
    from designer import store
    from designer.export import render_all

    path = tmp_path / "v4.design.yaml"
    path.write_text(
        "schema_version: 4\n"
        "data:\n  entities:\n  - name: Order\n    fields:\n"
        "    - {name: id, type: uuid, primary_key: true}\n"
        "api:\n  style: mixed\n"
        "  webhooks:\n  - {event: order.paid, retries: 3}\n"
        "  grpc:\n    package: shop.v1\n    services:\n    - name: Orders\n"
        "      rpcs:\n      - {name: GetOrder, request: {name: Order}, response: {name: Order}}\n",
        encoding="utf-8")
    design = store.load(path)
    assert design.schema_version == 5
    assert design.api.webhook_delivery.model_dump(exclude_defaults=True) == {}
    assert design.api.graphql.interfaces == []
    assert design.api.grpc.services[0].package == ""
    files = render_all(design, {"doc", "proto"})
    document = " ".join(files["architecture.md"].split())
    assert "retried up to 3 times with exponential backoff." in document
    assert [name for name in files if name.endswith(".proto")] == [
        "proto/shop/v1/orders_service.proto", "proto/shop/v1/types.proto"]
