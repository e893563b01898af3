"""Cases for every rule: a mutation that triggers it and a near miss that does not.

Each mutation edits a fresh copy of the clean design of `test_review_fixtures`; the tests that
run them live in `test_review_rules`. A rule added without cases here fails there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from test_review_fixtures import endpoint, entity, service

from designer.contract.numbers import assign, retire
from designer.model.api import (
    ApiStyle,
    AuthStep,
    Endpoint,
    EndpointAuth,
    Method,
    Schema,
    SchemaField,
    SchemaRef,
    Versioning,
    Webhook,
)
from designer.model.architecture import ArchitectureStyle, Broker, CallStyle, Service
from designer.model.auth import AuthMethod, Hashing, OAuthFlow, Role, Secrets, SessionStore
from designer.model.data import (
    Cardinality,
    Database,
    Engine,
    Entity,
    Field,
    Index,
    Invalidation,
    Relationship,
)
from designer.model.design import Design
from designer.model.events import (
    Compatibility,
    Consumer,
    Delivery,
    Flow,
    FlowKind,
    FlowStep,
    Message,
    Retry,
    Topic,
)
from designer.model.operations import LogFormat, Orchestration, Rollout
from designer.model.requirements import Compliance
from designer.model.review import Acceptance
from designer.model.rpc import GraphQLOperation, GrpcService, OperationKind, Rpc
from designer.model.testing import TestLevel
from designer.model.types import Shape
from designer.model.webhook_delivery import WebhookDelivery

Mutation = Callable[[Design], None]


def _set(path: str, value: object) -> Mutation:
    """A mutation that sets `design.<path>` (dotted) to `value`."""
    *parents, last = path.split(".")

    def mutate(d: Design) -> None:
        target: object = d
        for name in parents:
            target = getattr(target, name)
        setattr(target, last, value)

    return mutate


def _all(*mutations: Mutation) -> Mutation:
    def mutate(d: Design) -> None:
        for m in mutations:
            m(d)

    return mutate


def _topic(**consumer: object) -> Mutation:
    """order.paid on a topic that users consume with the given consumer settings."""
    def mutate(d: Design) -> None:
        d.architecture.events.topics = [
            Topic(name="orders.events", messages=["order.paid"],
                  consumers=[Consumer(service="users", **consumer)]),  # type: ignore[arg-type]
            Topic(name="events.dlq")]

    return mutate


def _carried(key: str) -> Mutation:
    """Two order messages on a 6-partition topic, keyed by `key`."""
    def mutate(d: Design) -> None:
        d.architecture.events.messages = [Message(name="order.paid", key=key),
                                          Message(name="order.cancelled", key=key)]
        d.architecture.events.topics = [
            Topic(name="orders.events", partitions=6,
                  messages=["order.paid", "order.cancelled"])]

    return mutate


def _saga(first_compensation: str) -> Mutation:
    def mutate(d: Design) -> None:
        d.architecture.events.flows = [Flow(name="signup bonus", kind=FlowKind.CHOREOGRAPHY, steps=[
            FlowStep(service="orders", action="mark the order paid", message="order.paid",
                     compensation=first_compensation),
            FlowStep(service="users", action="credit points", compensation="debit points")])]

    return mutate


def _no_op(d: Design) -> None:
    """The clean design as it is."""


def _ep(key: str, **changes: object) -> Mutation:
    def mutate(d: Design) -> None:
        e = endpoint(d, key)
        for name, value in changes.items():
            setattr(e, name, value)

    return mutate


def _field(entity_name: str, field_name: str, **changes: object) -> Mutation:
    def mutate(d: Design) -> None:
        f = entity(d, entity_name).field(field_name)
        assert f is not None
        for name, value in changes.items():
            setattr(f, name, value)

    return mutate


def _add_endpoint(resource: str, e: Endpoint) -> Mutation:
    def mutate(d: Design) -> None:
        next(r for r in d.api.resources if r.name == resource).endpoints.append(e)

    return mutate


def _each(select: Callable[[Design], Iterable[object]], **changes: object) -> Mutation:
    """A mutation that sets `changes` on every item `select` picks."""

    def mutate(d: Design) -> None:
        for item in select(d):
            for name, value in changes.items():
                setattr(item, name, value)

    return mutate


def _drop_password(d: Design) -> None:
    user = entity(d, "User")
    user.fields = [f for f in user.fields if f.name != "password_hash"]


def _no_api(d: Design) -> None:
    d.api.resources = []


def _levels_without(*levels: TestLevel) -> Mutation:
    def mutate(d: Design) -> None:
        d.testing.levels = [lv for lv in d.testing.levels if lv not in levels]

    return mutate


def _toss_hook(**changes: object) -> Endpoint:
    """The inbound Toss Payments webhook (public: Toss calls it)."""
    return Endpoint(method=Method.POST, path="/payments/webhooks/toss", auth=EndpointAuth.NONE,
                    **changes)


def _schema_field(schema: str, name: str, **changes: object) -> Mutation:
    def mutate(d: Design) -> None:
        target = next(s for s in d.api.schemas if s.name == schema)
        member = next(f for f in target.fields if f.name == name)
        for key, value in changes.items():
            setattr(member, key, value)

    return mutate


def _refresh_and_logout() -> Mutation:
    """A refresh endpoint taking the refresh token, and a logout endpoint."""

    def mutate(d: Design) -> None:
        d.api.schemas.append(Schema(name="RefreshRequest", fields=[
            SchemaField(name="refresh_token", max_length=512)]))
        auth = next(r for r in d.api.resources if r.name == "auth")
        auth.endpoints += [
            Endpoint(method=Method.POST, path="/auth/refresh", auth=EndpointAuth.NONE,
                     auth_step=AuthStep.REFRESH, request=SchemaRef(name="RefreshRequest"),
                     response=SchemaRef(name="TokenPair")),
            Endpoint(method=Method.POST, path="/auth/logout", auth_step=AuthStep.LOGOUT,
                     status_codes=[204]),
        ]

    return mutate


def _read_only_orders(d: Design) -> None:
    """Only the public order reads are left (a read-only catalogue with no personal data)."""
    d.api.resources = [r for r in d.api.resources if r.name == "orders"]
    orders = d.api.resources[0]
    orders.endpoints = [e for e in orders.endpoints if e.method is Method.GET]


def _accept(rule: str, location: str) -> Mutation:
    def mutate(d: Design) -> None:
        d.review.accepted.append(
            Acceptance(rule=rule, location=location, reason="a gateway limits"))

    return mutate


def _all_public(d: Design) -> None:
    for _, e in d.api.endpoints():
        e.auth = EndpointAuth.NONE


def _graphql(d: Design) -> None:
    """The clean design served as GraphQL, with limits and an authenticated subscription."""
    d.api.style = ApiStyle.GRAPHQL
    d.api.graphql.max_depth = 8
    d.api.graphql.max_complexity = 500
    d.api.graphql.operations = [GraphQLOperation(
        kind=OperationKind.SUBSCRIPTION, name="orderChanged", returns=SchemaRef(name="Order"))]


def _order_lines(d: Design) -> None:
    """Order gets a list-valued relation field: its users."""
    next(e for e in d.data.entities if e.name == "Order").fields.append(
        Field(name="watchers", type="User", shape=Shape.LIST))


def _grpc(d: Design) -> None:
    """An orders gRPC service with one rpc (no deadline anywhere) and assigned numbers."""
    d.api.style = ApiStyle.GRPC
    d.api.grpc.services = [GrpcService(name="OrderService", rpcs=[
        Rpc(name="GetOrder", response=SchemaRef(name="Order"))])]
    assign(d)


def _rename_order_field(d: Design) -> None:
    order = next(e for e in d.data.entities if e.name == "Order")
    next(f for f in order.fields if f.name == "status").name = "state"
    assign(d)


def _reuse_removed_number(d: Design) -> None:
    order = next(e for e in d.data.entities if e.name == "Order")
    gone = order.fields.pop()
    retire(d, "Order", gone)
    order.fields.append(Field(name="memo", number=gone.number))


CASES: dict[str, tuple[Mutation, Mutation]] = {
    # Architecture
    "ARCH-001": (
        _set("architecture.style", None),
        _set("architecture.style", ArchitectureStyle.MONOLITH),
    ),
    "ARCH-002": (
        lambda d: service(d, "users").depends_on.append(
            service(d, "orders").depends_on[0].model_copy(update={"target": "orders"})
        ),
        _no_op,
    ),
    "ARCH-003": (
        lambda d: setattr(service(d, "users"), "responsibility", " "),
        lambda d: setattr(service(d, "users"), "responsibility", "Accounts"),
    ),
    "ARCH-004": (
        lambda d: setattr(d.architecture, "services", d.architecture.services[:1]),
        _all(
            lambda d: setattr(d.architecture, "services", d.architecture.services[:1]),
            _set("architecture.style", ArchitectureStyle.MODULAR_MONOLITH),
        ),
    ),
    "ARCH-005": (
        _set("architecture.services", []),
        _all(
            _set("architecture.services", []),
            _set("architecture.style", ArchitectureStyle.MONOLITH),
        ),
    ),
    "ARCH-006": (
        lambda d: d.architecture.services.append(Service(name="reports", responsibility="Reports")),
        _all(
            lambda d: d.architecture.services.append(
                Service(name="reports", responsibility="Reports")
            ),
            lambda d: d.data.databases.append(Database(name="reports-db", service="reports")),
        ),
    ),
    "ARCH-007": (
        _set("architecture.broker", Broker.NONE),
        _all(
            _set("architecture.broker", Broker.NONE),
            lambda d: setattr(service(d, "orders"), "publishes", []),
            lambda d: setattr(service(d, "users"), "consumes", []),
        ),
    ),
    "ARCH-008": (
        lambda d: service(d, "users").consumes.append("user.deleted"),
        _all(
            lambda d: service(d, "users").consumes.append("user.deleted"),
            lambda d: service(d, "orders").publishes.append("user.deleted"),
        ),
    ),
    "ARCH-009": (
        _all(_set("architecture.rationale", ""), _set("decisions", [])),
        _set("architecture.rationale", ""),
    ),
    "ARCH-010": (
        _set("operations.circuit_breaker", ""),
        _all(
            _set("operations.circuit_breaker", ""),
            lambda d: setattr(service(d, "orders").depends_on[0], "style", CallStyle.ASYNC),
        ),
    ),
    # API
    "API-001": (_set("api.versioning", None), _set("api.versioning", Versioning.HEADER)),
    "RPC-001": (_all(_graphql, _order_lines),
                _all(_graphql, _order_lines, _set("api.graphql.batched", ["Order.watchers"]))),
    "RPC-002": (_all(_graphql, _set("api.graphql.max_depth", None)), _graphql),
    "RPC-003": (_all(_graphql, lambda d: setattr(d.api.graphql.operations[0], "auth",
                                                 EndpointAuth.NONE)), _graphql),
    "RPC-004": (_grpc, _all(_grpc, _set("api.grpc.deadline_ms", 500))),
    "RPC-005": (_all(_grpc, _reuse_removed_number),
                _all(_grpc, _reuse_removed_number, lambda d: setattr(
                    next(e for e in d.data.entities if e.name == "Order").fields[-1],
                    "number", None))),
    "RPC-006": (_all(_grpc, _set("api.grpc.published", True), _rename_order_field),
                _all(_grpc, _rename_order_field)),
    "API-002": (
        _set("api.versioning", Versioning.NONE),
        _all(_set("api.versioning", Versioning.NONE), _no_api),
    ),
    "API-003": (
        _set("api.base_path", "/api"),
        _all(_set("api.base_path", "/api"), _set("api.versioning", Versioning.HEADER)),
    ),
    "API-004": (
        _ep("GET /orders", paginated=False),
        _ep("GET /orders", paginated=False, response=SchemaRef(name="Order")),
    ),
    "API-005": (
        _ep("GET /users/{id}", auth=EndpointAuth.NONE),
        _ep("GET /orders/{id}", auth=EndpointAuth.NONE),
    ),
    "API-006": (
        lambda d: d.api.schemas.append(Schema(name="ErrorResponse")),
        lambda d: d.api.schemas.append(Schema(name="Address")),
    ),
    "API-007": (
        _ep("GET /orders/{id}", status_codes=[404]),
        _ep("GET /orders/{id}", status_codes=[200, 404]),
    ),
    "API-008": (
        _ep("GET /orders/{id}", path="/orders/{id}/getItems"),
        _ep("GET /orders/{id}", path="/orders/{id}/settings"),
    ),
    "API-009": (
        _ep("GET /orders/{id}", request=SchemaRef(name="Order")),
        _ep("POST /orders", request=SchemaRef(name="Order")),
    ),
    "API-010": (_set("api.rate_limit", None), _all(_set("api.rate_limit", None), _no_api)),
    "API-011": (
        _ep("POST /orders", idempotency_key=False),
        _ep("POST /users", idempotency_key=False),
    ),
    "API-012": (
        _all(_set("api.cors_origins", ["*"]), _set("auth.methods", [AuthMethod.SESSION])),
        _set("api.cors_origins", ["*"]),
    ),
    "API-013": (_set("api.style", None), _no_op),
    "API-014": (
        _add_endpoint(
            "orders", Endpoint(method=Method.DELETE, path="/orders/{id}", auth=EndpointAuth.NONE)
        ),
        _add_endpoint("orders", Endpoint(method=Method.DELETE, path="/orders/{id}")),
    ),
    "API-015": (
        _set("api.webhooks", [Webhook(event="order.paid", signed=False)]),
        _set("api.webhooks", [Webhook(event="order.paid")]),
    ),
    # Data
    "DATA-001": (_set("data.databases", []), _no_op),
    "DATA-002": (
        lambda d: setattr(entity(d, "OrderItem"), "indexes", []),
        lambda d: setattr(entity(d, "OrderItem"), "indexes", [Index(fields=["order_id", "sku"])]),
    ),
    "DATA-003": (_field("User", "id", primary_key=False), _field("User", "email", unique=False)),
    "DATA-004": (
        lambda d: d.data.entities.append(Entity(name="Draft")),
        lambda d: d.data.entities.append(
            Entity(name="Draft", fields=[Field(name="id", primary_key=True)])
        ),
    ),
    "DATA-005": (
        lambda d: d.data.relationships.append(
            Relationship(source="User", target="Order", kind=Cardinality.MANY_TO_MANY)
        ),
        lambda d: d.data.relationships.append(
            Relationship(
                source="User", target="Order", kind=Cardinality.MANY_TO_MANY, through="OrderItem"
            )
        ),
    ),
    "DATA-006": (
        lambda d: entity(d, "Order").fields.append(
            Field(name="first_item_id", references="OrderItem", unique=True)
        ),
        lambda d: entity(d, "Order").fields.append(
            Field(name="first_item_id", references="OrderItem", unique=True, nullable=True)
        ),
    ),
    "DATA-007": (
        lambda d: d.data.entities.append(
            Entity(name="Coupon", fields=[Field(name="id", primary_key=True)])
        ),
        lambda d: d.data.entities.append(
            Entity(
                name="Coupon",
                fields=[
                    Field(name="id", primary_key=True),
                    Field(name="user_id", references="User", unique=True),
                ],
            )
        ),
    ),
    "DATA-008": (
        _field("Order", "user_id", references="User"),
        _field("Order", "user_id", description="User id, no foreign key"),
    ),
    "DATA-009": (
        _set("data.migration_tool", ""),
        _all(
            _set("data.migration_tool", ""),
            _each(lambda d: d.data.databases, engine=Engine.MONGODB),
        ),
    ),
    "DATA-010": (
        _set("data.backups.strategy", ""),
        _all(_set("data.backups.strategy", ""), _set("data.databases", [])),
    ),
    "DATA-011": (
        _all(_field("OrderItem", "order_id", primary_key=True),
             lambda d: setattr(entity(d, "OrderItem"), "indexes", [])),
        _field("OrderItem", "order_id", primary_key=True),
    ),
    "DATA-012": (
        lambda d: entity(d, "OrderItem").fields.append(Field(name="unit_price", type="float")),
        lambda d: entity(d, "OrderItem").fields.append(
            Field(name="unit_price", type="money", currency="KRW")),
    ),
    "DATA-013": (
        _each(lambda d: d.data.databases, engine=Engine.MYSQL),
        _all(_each(lambda d: d.data.databases, engine=Engine.MYSQL),
             _field("OrderItem", "sku", max_length=64), _field("User", "password_hash",
                                                                max_length=255)),
    ),
    "DATA-014": (_field("User", "id", nullable=True), _field("User", "email", nullable=True)),
    "DATA-016": (
        _field("User", "email", unique=False),
        _all(_field("User", "email", unique=False),
             lambda d: entity(d, "User").indexes.append(Index(fields=["email"], unique=True))),
    ),
    # Security and auth
    "SEC-001": (_set("auth.methods", []), _all(_set("auth.methods", []), _all_public)),
    "SEC-002": (
        _set("auth.login_rate_limit", None),
        _all(
            _set("auth.login_rate_limit", None),
            _drop_password,
            _set("auth.password_hashing", Hashing.NONE),
        ),
    ),
    "SEC-003": (
        _set("auth.password_hashing", Hashing.NONE),
        _all(_set("auth.password_hashing", Hashing.NONE), _drop_password),
    ),
    "SEC-004": (
        _set("auth.password_hashing", Hashing.PBKDF2),
        _set("auth.password_hashing", Hashing.BCRYPT),
    ),
    "SEC-005": (
        _set("auth.password_hashing", None),
        _all(_set("auth.password_hashing", None), _drop_password),
    ),
    "SEC-006": (
        _set("auth.jwt.rotation", False),
        _all(_set("auth.jwt.rotation", False), _set("auth.jwt.refresh_ttl_days", 0)),
    ),
    "SEC-007": (_set("auth.jwt.access_ttl_minutes", 120), _set("auth.jwt.access_ttl_minutes", 60)),
    "SEC-008": (_set("auth.jwt.algorithm", "none"), _set("auth.jwt.algorithm", "ES256")),
    "SEC-009": (
        _set("auth.lockout_attempts", None),
        _all(
            _set("auth.lockout_attempts", None),
            _drop_password,
            _set("auth.password_hashing", Hashing.NONE),
        ),
    ),
    "SEC-010": (_set("auth.password_min_length", 6), _set("auth.password_min_length", 8)),
    "SEC-011": (
        _set("operations.pii_masking", False),
        _all(_set("operations.pii_masking", False), _field("User", "email", pii=False)),
    ),
    "SEC-012": (
        _set("data.retention", ""),
        _all(_set("data.retention", ""), _set("requirements.compliance", [Compliance.SOC2])),
    ),
    "SEC-013": (
        _field("User", "email", pii=False),
        _all(_field("User", "email", pii=False), _set("requirements.compliance", [])),
    ),
    "SEC-014": (_set("auth.secrets", None), _set("auth.secrets", Secrets.ENV)),
    "SEC-015": (
        _set("auth.mfa_required_roles", []),
        _all(
            _set("auth.mfa_required_roles", []),
            _set("auth.roles", [Role(name="customer")]),
            _set("auth.permissions", []),
            _all_public,
        ),
    ),
    "SEC-016": (
        lambda d: setattr(d.auth, "permissions", d.auth.permissions[:1]),
        _all(
            lambda d: setattr(d.auth, "permissions", d.auth.permissions[:1]),
            _each(
                lambda d: [e for _, e in d.api.endpoints() if e.path.startswith("/orders")],
                auth=EndpointAuth.OPTIONAL,
            ),
        ),
    ),
    "SEC-017": (
        _all(_set("auth.methods", [AuthMethod.OAUTH2]), _set("auth.oauth.pkce", False)),
        _all(
            _set("auth.methods", [AuthMethod.OAUTH2]),
            _set("auth.oauth.pkce", False),
            _set("auth.oauth.flows", [OAuthFlow.CLIENT_CREDENTIALS]),
        ),
    ),
    "SEC-018": (
        _all(
            _set("auth.methods", [AuthMethod.SESSION]),
            _set("auth.session.store", SessionStore.MEMORY),
        ),
        _set("auth.methods", [AuthMethod.SESSION]),
    ),
    "SEC-019": (
        _set("auth.jwt.algorithm", "HS256"),
        _all(
            _set("auth.jwt.algorithm", "HS256"),
            _set("architecture.style", ArchitectureStyle.MODULAR_MONOLITH),
        ),
    ),
    # Performance
    "PERF-001": (
        _all(_set("data.caching", []), _set("architecture.broker", Broker.NONE),
             _set("requirements.nfr.peak_rps", 1500)),
        _all(_set("data.caching", []), _set("architecture.broker", Broker.NONE)),
    ),
    "PERF-002": (
        lambda d: setattr(d.data.caching[0], "ttl_seconds", 0),
        _all(
            lambda d: setattr(d.data.caching[0], "ttl_seconds", 0),
            lambda d: setattr(d.data.caching[0], "invalidation", Invalidation.EVENT),
        ),
    ),
    "PERF-003": (
        lambda d: setattr(entity(d, "Order"), "indexes", [Index(fields=["user_id"])]),
        lambda d: setattr(
            entity(d, "Order"), "indexes", [Index(fields=["status"]), Index(fields=["created_at"])]
        ),
    ),
    "PERF-004": (
        _all(
            _set("requirements.nfr.peak_rps", None), _set("requirements.nfr.p95_latency_ms", None)
        ),
        _set("requirements.nfr.p95_latency_ms", None),
    ),
    "PERF-005": (
        _set("operations.request_timeout_ms", 3000),
        _set("operations.request_timeout_ms", 6000),
    ),
    "PERF-006": (
        _all(_set("requirements.nfr.peak_rps", 2000), _set("data.caching", [])),
        _all(
            _set("requirements.nfr.peak_rps", 2000),
            _set("data.caching", []),
            _each(lambda d: d.data.databases, read_replicas=1),
        ),
    ),
    # Operations
    "OPS-001": (
        _set("operations.health_path", ""),
        _all(_set("operations.health_path", ""), _no_api),
    ),
    "OPS-002": (
        _set("operations.readiness_path", ""),
        _all(
            _set("operations.readiness_path", ""),
            _set("operations.orchestration", Orchestration.VM),
        ),
    ),
    "OPS-003": (
        _all(
            lambda d: setattr(d.requirements.integrations[0], "timeout_ms", None),
            _set("operations.outbound_timeout_ms", None),
        ),
        lambda d: setattr(d.requirements.integrations[0], "timeout_ms", None),
    ),
    "OPS-004": (
        lambda d: setattr(d.requirements.integrations[0], "idempotent", False),
        _all(
            lambda d: setattr(d.requirements.integrations[0], "idempotent", False),
            lambda d: setattr(d.requirements.integrations[0], "retries", 0),
        ),
    ),
    "OPS-005": (
        _set("operations.correlation_header", ""),
        _set("operations.correlation_header", "X-Correlation-ID"),
    ),
    "OPS-006": (
        _set("operations.log_format", LogFormat.TEXT),
        _set("operations.log_format", LogFormat.JSON),
    ),
    "OPS-007": (_set("operations.metrics", ""), _all(_set("operations.metrics", ""), _no_api)),
    "OPS-008": (
        _set("operations.tracing", ""),
        _all(
            _set("operations.tracing", ""),
            lambda d: setattr(d.architecture, "services", d.architecture.services[:1]),
        ),
    ),
    "OPS-009": (
        _set("operations.runbook", ""),
        _all(_set("operations.runbook", ""), _set("requirements.nfr.availability", None)),
    ),
    "OPS-010": (
        _set("operations.request_timeout_ms", None),
        _all(_set("operations.request_timeout_ms", None), _no_api),
    ),
    "OPS-011": (
        _set("operations.migrate_command", ""),
        _all(_set("operations.migrate_command", ""), _set("data.migration_tool", "")),
    ),
    "OPS-012": (
        _set("operations.rollout", None),
        _all(_set("operations.rollout", None), _set("operations.orchestration", None)),
    ),
    "OPS-013": (
        _set("operations.rollout", Rollout.RECREATE),
        _all(
            _set("operations.rollout", Rollout.RECREATE),
            _set("requirements.nfr.availability", 99.0),
        ),
    ),
    # Testing
    "TEST-001": (_set("testing.coverage_target", 80), _set("testing.coverage_target", 85)),
    "TEST-002": (_set("testing.levels", []), _set("testing.levels", [TestLevel.UNIT])),
    "TEST-003": (_levels_without(TestLevel.E2E), _levels_without(TestLevel.LOAD)),
    "TEST-004": (
        _levels_without(TestLevel.LOAD),
        _all(
            _levels_without(TestLevel.LOAD),
            _set("requirements.nfr.peak_rps", None),
            _set("requirements.nfr.p95_latency_ms", None),
        ),
    ),
    "TEST-005": (
        _set("testing.test_database", None),
        _all(_set("testing.test_database", None), _set("data.entities", [])),
    ),
    "TEST-006": (
        _levels_without(TestLevel.CONTRACT),
        _all(
            _levels_without(TestLevel.CONTRACT),
            lambda d: setattr(service(d, "orders"), "depends_on", []),
        ),
    ),
    "TEST-007": (
        _set("testing.mocking", ""),
        _all(_set("testing.mocking", ""), _set("requirements.integrations", [])),
    ),
    "TEST-008": (
        _set("testing.ci_stages", []),
        _all(_set("testing.ci_stages", []), _set("testing.levels", [])),
    ),
    # The model's own checks
    "MODEL-001": (lambda d: setattr(entity(d, "Order"), "database", "nowhere"), _no_op),
    # Rules of issue 15: inbound webhooks, mass assignment, kept records, input bounds
    "API-016": (
        _add_endpoint("orders", _toss_hook()),
        _add_endpoint("orders", _toss_hook(signature_header="Toss-Signature")),
    ),
    "API-017": (
        _field("Order", "status", read_only=False),
        _field("Order", "status", read_only=False, writable_by=["admin"]),
    ),
    "API-018": (
        _all(_set("requirements.compliance", [Compliance.ECOMMERCE_ACT]),
             _add_endpoint("orders", Endpoint(method=Method.DELETE, path="/orders/{id}"))),
        _all(_set("requirements.compliance", [Compliance.ECOMMERCE_ACT]),
             _add_endpoint("orders", Endpoint(method=Method.DELETE, path="/orders/{id}")),
             lambda d: setattr(entity(d, "Order"), "soft_delete", True)),
    ),
    "API-019": (
        _schema_field("LoginRequest", "password", max_length=None),
        _schema_field("LoginRequest", "password", max_length=None, pattern="^.{12,128}$"),
    ),
    "SEC-020": (
        _ep("POST /auth/login", auth_step=AuthStep.LOGIN),
        _all(_ep("POST /auth/login", auth_step=AuthStep.LOGIN), _refresh_and_logout()),
    ),
    "SEC-021": (
        _add_endpoint("auth", Endpoint(method=Method.POST, path="/auth/refresh",
                                       auth=EndpointAuth.NONE, auth_step=AuthStep.REFRESH,
                                       request=SchemaRef(name="LoginRequest"))),
        _refresh_and_logout(),
    ),
    "SEC-022": (
        _all(_set("auth.methods", []), _all_public),
        _all(_set("auth.methods", []), _all_public, _read_only_orders),
    ),
    "PERF-007": (
        lambda d: entity(d, "Order").fields.append(
            Field(name="items", type="OrderItem", shape=Shape.LIST)),
        lambda d: entity(d, "Order").fields.append(
            Field(name="item_skus", type="string", shape=Shape.LIST)),
    ),
    "DATA-015": (
        _each(lambda d: d.data.relationships, required=False),
        _all(_each(lambda d: d.data.relationships, required=False),
             _field("OrderItem", "order_id", nullable=True)),
    ),
    "OPS-014": (
        _each(lambda d: d.requirements.integrations, timeout_ms=20000),
        _each(lambda d: d.requirements.integrations, timeout_ms=20000, retries=0),
    ),
    "ARCH-011": (
        _all(_set("decisions", []), lambda d: setattr(service(d, "orders"), "publishes", [])),
        _set("decisions", []),
    ),
    "EVT-001": (
        _topic(delivery=Delivery.AT_LEAST_ONCE),
        _topic(delivery=Delivery.AT_LEAST_ONCE, dedupe_key="event_id"),
    ),
    "EVT-002": (
        _topic(delivery=Delivery.EXACTLY_ONCE, dedupe_key="event_id", retry=Retry(attempts=3)),
        _topic(delivery=Delivery.EXACTLY_ONCE, dedupe_key="event_id", retry=Retry(attempts=3),
               dead_letter="events.dlq"),
    ),
    "EVT-003": (
        _all(_carried("order_id"), _set("architecture.events.registry", "Schema Registry")),
        _all(_carried("order_id"), _set("architecture.events.registry", "Schema Registry"),
             _set("architecture.events.compatibility", Compatibility.BACKWARD)),
    ),
    "EVT-004": (_carried(""), _carried("order_id")),
    "EVT-005": (
        lambda d: service(d, "orders").publishes.append("order.shipped"),
        _all(lambda d: service(d, "orders").publishes.append("order.shipped"),
             _set("architecture.events.messages", [
                 Message(name="order.shipped", external_consumers=["Toss Payments"])])),
    ),
    "EVT-006": (
        _set("api.webhooks", [Webhook(event="order.paid")]),
        _all(_set("api.webhooks", [Webhook(event="order.paid")]),
             _set("api.webhook_signing.timestamp_header", "X-Timestamp")),
    ),
    "EVT-007": (_saga(""), _saga("mark the order unpaid")),
    "EVT-009": (
        _set("api.webhooks", [Webhook(event="order.paid")]),
        _all(_set("api.webhooks", [Webhook(event="order.paid")]),
             _set("api.webhook_delivery", WebhookDelivery(
                 schedule_seconds=[60, 600], disable_after_failures=10))),
    ),
    "EVT-008": (_set("architecture.events.outbox", []), _no_op),
    # Accepted findings: an acceptance that matches nothing is reported; one that matches stays
    "REVIEW-001": (
        _accept("API-010", "api.rate_limit"),
        _all(_set("api.rate_limit", None), _accept("API-010", "api.rate_limit")),
    ),
}
