"""A complete, clean design that the review finds nothing wrong with, for the review tests.

Each rule test mutates a fresh copy of it: one mutation that triggers the rule, one near miss
that does not.
"""

from __future__ import annotations

from designer.model.api import (
    Api,
    ApiStyle,
    Endpoint,
    EndpointAuth,
    Method,
    RateLimit,
    Resource,
    Schema,
    SchemaField,
    SchemaRef,
    Variant,
    Versioning,
)
from designer.model.architecture import (
    Architecture,
    ArchitectureStyle,
    Broker,
    Dependency,
    Service,
)
from designer.model.auth import Action, Auth, AuthMethod, Hashing, Permission, Role, Secrets
from designer.model.data import (
    Backups,
    CacheRule,
    Data,
    Database,
    Entity,
    Field,
    FieldType,
    Index,
    Relationship,
)
from designer.model.decisions import Decision
from designer.model.design import Design
from designer.model.events import Events
from designer.model.operations import Operations, Orchestration, Rollout
from designer.model.requirements import (
    Compliance,
    Integration,
    IntegrationKind,
    NonFunctional,
    Requirements,
)
from designer.model.stack import Stack
from designer.model.testing import TestDatabase, Testing, TestLevel


def _pk() -> Field:
    return Field(name="id", type=FieldType.UUID, primary_key=True)


def good_design() -> Design:
    """Two services, three entities, a login, everything a senior architect asks for."""
    return Design(
        requirements=Requirements(
            name="Shop",
            domain="e-commerce",
            nfr=NonFunctional(peak_rps=500, p95_latency_ms=200, availability=99.9),
            compliance=[Compliance.PIPA],
            integrations=[
                Integration(
                    name="Toss Payments",
                    kind=IntegrationKind.PAYMENT,
                    timeout_ms=3000,
                    retries=2,
                    idempotent=True,
                )
            ],
        ),
        architecture=Architecture(
            style=ArchitectureStyle.MICROSERVICES,
            rationale="Orders scale separately from accounts.",
            broker=Broker.KAFKA,
            events=Events(outbox=["orders"]),
            services=[
                Service(
                    name="orders",
                    responsibility="Orders and their items",
                    depends_on=[Dependency(target="users")],
                    publishes=["order.paid"],
                ),
                Service(
                    name="users", responsibility="Accounts and sign-in", consumes=["order.paid"]
                ),
            ],
        ),
        stack=Stack(language="Python", framework="FastAPI"),
        api=Api(
            style=ApiStyle.REST,
            versioning=Versioning.URL,
            rate_limit=RateLimit(),
            cors_origins=["https://shop.example.com"],
            schemas=[
                Schema(
                    name="LoginRequest",
                    fields=[SchemaField(name="email", type="email"),
                            SchemaField(name="password", max_length=128)],
                ),
                Schema(name="TokenPair", fields=[SchemaField(name="access_token")]),
            ],
            resources=[
                Resource(
                    name="auth",
                    endpoints=[
                        Endpoint(
                            method=Method.POST,
                            path="/auth/login",
                            auth=EndpointAuth.NONE,
                            request=SchemaRef(name="LoginRequest"),
                            response=SchemaRef(name="TokenPair"),
                            status_codes=[200, 401],
                        ),
                    ],
                ),
                Resource(
                    name="users",
                    entity="User",
                    endpoints=[
                        Endpoint(
                            method=Method.POST,
                            path="/users",
                            auth=EndpointAuth.NONE,
                            service="users",
                            request=SchemaRef(name="User", variant=Variant.CREATE),
                            response=SchemaRef(name="User"),
                            status_codes=[201, 400],
                        ),
                        Endpoint(
                            method=Method.GET,
                            path="/users/{id}",
                            service="users",
                            response=SchemaRef(name="User"),
                        ),
                    ],
                ),
                Resource(
                    name="orders",
                    entity="Order",
                    endpoints=[
                        Endpoint(
                            method=Method.GET,
                            path="/orders",
                            service="orders",
                            response=SchemaRef(name="Order", many=True),
                            paginated=True,
                            filters=["status"],
                            sort=["created_at"],
                        ),
                        Endpoint(
                            method=Method.POST,
                            path="/orders",
                            service="orders",
                            idempotency_key=True,
                            request=SchemaRef(name="Order", variant=Variant.CREATE),
                            response=SchemaRef(name="Order"),
                        ),
                        Endpoint(
                            method=Method.GET,
                            path="/orders/{id}",
                            service="orders",
                            response=SchemaRef(name="Order"),
                        ),
                    ],
                ),
            ],
        ),
        data=Data(
            databases=[
                Database(name="users-db", service="users"),
                Database(name="orders-db", service="orders"),
            ],
            orm="SQLAlchemy 2.0",
            migration_tool="Alembic",
            entities=[
                Entity(
                    name="User",
                    service="users",
                    database="users-db",
                    fields=[
                        _pk(),
                        Field(name="email", type=FieldType.EMAIL, unique=True, pii=True),
                        Field(name="password_hash"),
                    ],
                ),
                Entity(
                    name="Order",
                    service="orders",
                    database="orders-db",
                    fields=[
                        _pk(),
                        Field(name="user_id", type=FieldType.UUID),
                        Field(name="status", type=FieldType.ENUM, enum_values=["new", "paid"],
                              read_only=True),
                        Field(name="created_at", type=FieldType.DATETIME),
                    ],
                    indexes=[Index(fields=["status", "created_at"]), Index(fields=["created_at"])],
                ),
                Entity(
                    name="OrderItem",
                    service="orders",
                    database="orders-db",
                    fields=[
                        _pk(),
                        Field(name="order_id", type=FieldType.UUID, references="Order"),
                        Field(name="sku"),
                    ],
                    indexes=[Index(fields=["order_id"])],
                ),
            ],
            relationships=[Relationship(source="Order", target="OrderItem")],
            caching=[CacheRule(target="User")],
            backups=Backups(strategy="daily snapshots + WAL archiving"),
            retention="Accounts deleted on request within 30 days; orders kept 5 years.",
        ),
        auth=Auth(
            methods=[AuthMethod.JWT],
            password_hashing=Hashing.ARGON2ID,
            roles=[Role(name="customer"), Role(name="admin")],
            mfa_required_roles=["admin"],
            permissions=[
                Permission(role="customer", resource="users", actions=[Action.READ]),
                Permission(
                    role="customer",
                    resource="orders",
                    actions=[Action.LIST, Action.READ, Action.CREATE],
                ),
            ],
            secrets=Secrets.VAULT,
        ),
        testing=Testing(
            levels=[
                TestLevel.UNIT,
                TestLevel.INTEGRATION,
                TestLevel.CONTRACT,
                TestLevel.E2E,
                TestLevel.LOAD,
            ],
            test_database=TestDatabase.TESTCONTAINERS,
            mocking="respx",
            ci_stages=["lint", "unit", "integration", "e2e"],
        ),
        operations=Operations(
            health_path="/health",
            readiness_path="/ready",
            pii_masking=True,
            metrics="Prometheus",
            tracing="OpenTelemetry",
            circuit_breaker="pybreaker",
            request_timeout_ms=30000,
            outbound_timeout_ms=5000,
            retry_attempts=2,
            orchestration=Orchestration.KUBERNETES,
            rollout=Rollout.ROLLING,
            migrate_command="alembic upgrade head",
            runbook="docs/runbook.md",
        ),
        decisions=[Decision(id="ADR-001", title="Microservices")],
    )


def endpoint(design: Design, key: str) -> Endpoint:
    """The endpoint `METHOD /path` of `design`."""
    return next(e for _, e in design.api.endpoints() if e.key == key)


def entity(design: Design, name: str) -> Entity:
    """The entity called `name`."""
    found = design.data.entity(name)
    assert found is not None
    return found


def service(design: Design, name: str) -> Service:
    """The service called `name`."""
    return next(s for s in design.architecture.services if s.name == name)
