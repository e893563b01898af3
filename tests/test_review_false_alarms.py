"""The false alarms issue 15 lists, each as the design that raised it: now quiet, while the
near case that is a real problem still fires."""

from __future__ import annotations

from test_review_fixtures import endpoint, entity, good_design, service

from designer.model.api import ApiStyle, AuthStep, Endpoint, EndpointAuth, Method, Versioning
from designer.model.architecture import Service
from designer.model.auth import Role
from designer.model.data import Engine, Entity, Field, Index
from designer.model.design import Design
from designer.model.requirements import Integration, IntegrationKind
from designer.review import review


def _found(design: Design, rule_id: str) -> list[str]:
    return [f.location for f in review(design) if f.rule_id == rule_id]


def _hook(design: Design, path: str, provider: str) -> None:
    design.requirements.integrations.append(
        Integration(name=provider, kind=IntegrationKind.PAYMENT, provider=provider,
                    timeout_ms=3000, retries=0, idempotent=True))
    orders = next(r for r in design.api.resources if r.name == "orders")
    orders.endpoints.append(Endpoint(method=Method.POST, path=path, auth=EndpointAuth.NONE,
                                     signature_header="X-Signature"))


def test_inbound_payment_webhooks_need_no_idempotency_key() -> None:
    for path, provider in (("/payments/webhooks/toss", "toss_payments"),
                           ("/payments/stripe-events", "stripe")):
        design = good_design()
        _hook(design, path, provider)
        assert _found(design, "API-011") == [], path
    design = good_design()
    endpoint(design, "POST /orders").idempotency_key = False  # a client's order still needs one
    assert _found(design, "API-011") == ["api.endpoints[POST /orders]"]


def test_a_gateway_and_a_stateless_notifier_own_no_data_by_design() -> None:
    design = good_design()
    design.architecture.services += [
        Service(name="gateway", responsibility="Routing, JWT check"),
        Service(name="notifier", responsibility="Sends e-mails", consumes=["order.paid"]),
        Service(name="reports", responsibility="Sales reports"),
    ]
    design.requirements.integrations.append(
        Integration(name="SES", kind=IntegrationKind.NOTIFICATION, services=["notifier"],
                    timeout_ms=2000, retries=2))
    assert _found(design, "ARCH-006") == ["architecture.services[reports]"]


def test_outbox_processed_events_and_logs_are_not_orphans() -> None:
    design = good_design()
    for name in ("OutboxEvent", "ProcessedEvent", "StockUpdateLog", "Coupon"):
        design.data.entities.append(Entity(name=name, fields=[Field(name="id",
                                                                    primary_key=True)]))
    assert _found(design, "DATA-007") == ["data.entities[Coupon]"]


def test_a_composite_index_led_by_the_filter_or_the_path_parameter_serves_the_list() -> None:
    design = good_design()
    order = entity(design, "Order")
    order.indexes = [Index(fields=["user_id", "status", "created_at"])]
    orders = next(r for r in design.api.resources if r.name == "orders")
    orders.endpoints.append(Endpoint(method=Method.GET, path="/users/{user_id}/orders",
                                     filters=["status"], sort=["created_at"], paginated=True))
    assert set(_found(design, "PERF-003")) == {"api.endpoints[GET /orders]"}, \
        "GET /orders fixes no user_id: the index does not lead with status there"
    order.indexes.append(Index(fields=["status", "created_at"]))
    assert _found(design, "PERF-003") == []


def test_graphql_is_not_asked_for_url_versioning() -> None:
    design = good_design()
    design.api.versioning = Versioning.NONE
    assert _found(design, "API-002") == ["api.versioning"]
    design.api.style = ApiStyle.GRAPHQL
    assert _found(design, "API-002") == []


def test_public_sign_in_steps_need_no_permission_row() -> None:
    design = good_design()
    design.auth.roles = [Role(name="customer")]
    design.auth.permissions = [p for p in design.auth.permissions if p.resource != "auth"]
    endpoint(design, "POST /auth/login").auth_step = AuthStep.LOGIN
    auth = next(r for r in design.api.resources if r.name == "auth")
    auth.endpoints.append(Endpoint(method=Method.POST, path="/auth/logout",
                                   auth_step=AuthStep.LOGOUT, status_codes=[204]))
    assert "auth.permissions[auth]" not in _found(design, "SEC-016")
    auth.endpoints.append(Endpoint(method=Method.GET, path="/auth/sessions"))
    assert "auth.permissions[auth]" in _found(design, "SEC-016")


def test_a_declared_redis_cache_counts_in_front_of_one_database() -> None:
    design = good_design()
    design.requirements.nfr.peak_rps = 3000
    design.data.databases = design.data.databases[:1]
    design.data.databases[0].engine = Engine.POSTGRESQL
    design.data.caching = []
    assert _found(design, "PERF-006") == ["data.databases"]
    design.stack.cache = "Redis 7"
    assert _found(design, "PERF-006") == []


def test_a_service_consuming_events_calls_its_provider_off_the_request_path() -> None:
    design = good_design()
    design.requirements.integrations[0].timeout_ms = 20000
    design.requirements.integrations[0].services = ["users"]  # users consumes order.paid
    assert _found(design, "OPS-014") == []
    design.requirements.integrations[0].services = ["orders"]
    assert _found(design, "OPS-014") == ["requirements.integrations[Toss Payments]"]
    assert service(design, "orders").publishes
