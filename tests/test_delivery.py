"""Delivery facts: deployable units, rollout and strangler steps, the pipeline, CORS, the
client's token steps and personal data — each from the design, nothing invented."""

from __future__ import annotations

from designer.export import delivery, facts
from designer.model import Design
from designer.model.api import AuthStep, Endpoint, EndpointAuth, Method, Resource, SchemaRef
from designer.model.architecture import ArchitectureStyle, Dependency, Service
from designer.model.auth import AuthMethod
from designer.model.data import Database, Engine, Entity, Field
from designer.model.operations import EnvVar, Rollout


def _services() -> Design:
    design = Design.new("shop")
    design.architecture.style = ArchitectureStyle.MICROSERVICES
    design.architecture.services = [
        Service(name="orders", depends_on=[Dependency(target="catalog")]),
        Service(name="catalog"), Service(name="legacy", legacy=True)]
    design.data.databases = [Database(name="orders-db", service="orders"),
                             Database(name="catalog-db", service="catalog")]
    design.operations.image = "ghcr.io/acme/shop"
    design.operations.port = 8080
    design.operations.env = [EnvVar(name="LOG_LEVEL")]
    design.api.resources = [Resource(name="r", endpoints=[
        Endpoint(method=Method.GET, path="/orders", service="orders"),
        Endpoint(method=Method.GET, path="/products", service="catalog"),
        Endpoint(method=Method.GET, path="/reports", service="legacy")])]
    return design


def test_each_service_is_a_unit_with_its_own_image_and_only_its_stores_variables() -> None:
    units = {u.name: u for u in delivery.units(_services())}
    assert list(units) == ["orders", "catalog", "legacy"]
    assert units["orders"].image == "ghcr.io/acme/shop-orders" and units["orders"].port == 8080
    assert "DATABASE_URL_ORDERS_DB" in units["orders"].env
    assert "DATABASE_URL_CATALOG_DB" not in units["orders"].env
    assert {"LOG_LEVEL", "PORT"} <= set(units["catalog"].env)


def test_a_modular_monolith_ships_as_one_unit() -> None:
    design = _services()
    design.architecture.style = ArchitectureStyle.MODULAR_MONOLITH
    (unit,) = delivery.units(design)
    assert unit.name == "shop" and unit.image == "ghcr.io/acme/shop"


def test_strangler_steps_move_callees_first_and_keep_what_the_legacy_still_serves() -> None:
    steps = delivery.strangler_steps(_services())
    assert steps[0].startswith("Route the 1 endpoint(s) of catalog")
    assert steps[1].startswith("Route the 1 endpoint(s) of orders")
    assert steps[2] == "legacy still serves 1 endpoint(s): decide their owner"


def test_canary_steps_and_rollback_come_from_the_design() -> None:
    design = _services()
    design.operations.rollout = Rollout.CANARY
    assert delivery.rollout_steps(design) == [
        "Canary steps are not decided (operations: canary steps)"]
    design.operations.canary_steps = [10, 100]
    design.operations.canary_step_minutes = 5
    design.operations.migrate_command = "alembic upgrade head"
    assert delivery.rollout_steps(design) == [
        "Run the migrations (`alembic upgrade head`), expand-only so the old version keeps "
        "working", "Send 10% of traffic to the new version and watch for 5 min",
        "Send 100% of traffic to the new version and watch for 5 min"]
    assert delivery.rollback_criteria(design) == []
    design.requirements.nfr.error_rate = 0.5
    assert delivery.rollback_criteria(design) == ["error rate above 0.5%"]
    design.testing.ci_stages = ["lint", "unit"]
    assert delivery.pipeline(design) == ["lint", "unit", "build and push images", "migrate",
                                         "deploy (canary)"]


def test_cors_lists_what_the_endpoints_use_and_cookies_need_credentials() -> None:
    design = _services()
    design.api.cors_origins = ["https://app.example"]
    design.auth.methods = [AuthMethod.SESSION]
    cors = facts.cors(design)
    assert cors.methods == ["GET", "OPTIONS"]
    assert cors.credentials and "Authorization" not in cors.request_headers
    design.auth.methods = [AuthMethod.JWT]
    assert not facts.cors(design).credentials
    assert "Authorization" in facts.cors(design).request_headers


def test_token_steps_are_only_the_designs_endpoints() -> None:
    design = _services()
    assert facts.token_steps(design) == []
    design.api.resources[0].endpoints.append(Endpoint(
        method=Method.POST, path="/auth/refresh", auth=EndpointAuth.NONE,
        auth_step=AuthStep.REFRESH))
    assert [(s.what, s.call) for s in facts.token_steps(design)] == [
        ("Refresh when a call answers 401", "POST /api/v1/auth/refresh")]


def test_personal_data_names_who_receives_it_and_its_handling() -> None:
    design = Design.new("shop")
    design.data.databases = [Database(name="main", engine=Engine.POSTGRESQL)]
    design.data.entities = [Entity(name="User", fields=[
        Field(name="id", type="uuid", primary_key=True),
        Field(name="email", type="email", pii=True),
        Field(name="password_hash", pii=True, write_only=True)])]
    design.api.resources = [Resource(name="users", entity="User", endpoints=[
        Endpoint(method=Method.GET, path="/users/{id}", response=SchemaRef(name="User"))])]
    rows = {p.field: p for p in facts.personal_data(design)}
    assert rows["email"].returned_by == ["GET /api/v1/users/{id}"]
    assert rows["password_hash"].returned_by == []
    assert rows["password_hash"].handling[0] == "never returned (write-only)"
    design.operations.pii_masking = True
    assert facts.personal_data(design)[0].handling == ["masked in logs"]
