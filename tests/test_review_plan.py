"""The implementation plan: seed 001 step 4's phases in dependency order."""

from __future__ import annotations

from test_review_fixtures import good_design

from designer.model.api import Endpoint, Method, Resource, SchemaRef
from designer.model.architecture import Dependency, Service
from designer.model.data import Entity, Field, Relationship
from designer.model.design import Design
from designer.review.plan import implementation_plan


def _known_order() -> Design:
    """Invoice → Order → Customer, OrderLine → Order and Product; Tag stands alone."""
    design = Design.new("plan")
    design.data.entities = [
        Entity(name="Invoice", fields=[Field(name="order_id", references="Order")]),
        Entity(name="Tag"),
        Entity(name="OrderLine", fields=[Field(name="product_id", references="Product")]),
        Entity(name="Order", fields=[Field(name="customer_id", references="Customer")]),
        Entity(name="Product"),
        Entity(name="Customer"),
    ]
    design.data.relationships = [Relationship(source="Order", target="OrderLine")]
    design.architecture.services = [
        Service(name="billing", depends_on=[Dependency(target="orders")]),
        Service(name="orders", depends_on=[Dependency(target="catalog")]),
        Service(name="catalog"),
    ]
    design.api.resources = [
        Resource(
            name="invoices",
            entity="Invoice",
            endpoints=[Endpoint(method=Method.GET, path="/invoices/{id}")],
        ),
        Resource(
            name="customers",
            entity="Customer",
            endpoints=[
                Endpoint(method=Method.DELETE, path="/customers/{id}"),
                Endpoint(method=Method.GET, path="/customers/{id}"),
                Endpoint(method=Method.POST, path="/customers"),
            ],
        ),
        Resource(
            name="misc",
            endpoints=[
                Endpoint(method=Method.GET, path="/status"),
                Endpoint(
                    method=Method.POST, path="/orders/{id}/pay", response=SchemaRef(name="Order")
                ),
            ],
        ),
    ]
    return design


def test_phases_follow_seed_001_step_4() -> None:
    plan = implementation_plan(Design.new("empty"))
    assert [p.key for p in plan.phases] == ["setup", "core_models", "endpoints", "optimisation"]
    assert [p.title for p in plan.phases] == [
        "Setup",
        "Core models",
        "API endpoints",
        "Optimisation",
    ]
    assert all(p.goal for p in plan.phases)
    assert plan.phase("core_models").items == []


def test_entities_come_in_dependency_order() -> None:
    models = implementation_plan(_known_order()).phase("core_models").items
    assert models == [
        "Entity Customer",
        "Entity Order",
        "Entity Invoice",
        "Entity Product",
        "Entity OrderLine",
        "Entity Tag",
    ]


def test_services_come_callee_first() -> None:
    setup = implementation_plan(_known_order()).phase("setup").items
    assert [i for i in setup if i.startswith("Service")] == [
        "Service catalog",
        "Service orders",
        "Service billing",
    ]


def test_endpoints_follow_their_entities_then_method() -> None:
    endpoints = implementation_plan(_known_order()).phase("endpoints").items
    assert endpoints == [
        "POST /api/v1/customers",
        "GET /api/v1/customers/{id}",
        "DELETE /api/v1/customers/{id}",
        "POST /api/v1/orders/{id}/pay",
        "GET /api/v1/invoices/{id}",
        "GET /api/v1/status",
    ]


def test_reference_cycle_is_built_together() -> None:
    design = Design.new("cycle")
    design.data.entities = [
        Entity(name="B", fields=[Field(name="a_id", references="A")]),
        Entity(name="A", fields=[Field(name="b_id", references="B", nullable=True)]),
        Entity(name="C", fields=[Field(name="a_id", references="A")]),
    ]
    models = implementation_plan(design).phase("core_models").items
    assert models[0].startswith("Entities A + B (reference cycle")
    assert models[1:] == ["Entity C"]


def test_plan_of_the_clean_design() -> None:
    plan = implementation_plan(good_design())
    setup = plan.phase("setup").items
    assert setup[0] == "Project structure: FastAPI (Python)"
    assert "Service users" in setup and setup.index("Service users") < setup.index("Service orders")
    assert "Migrations with Alembic" in setup and "Health check GET /health" in setup
    assert plan.phase("core_models").items == ["Entity Order", "Entity OrderItem", "Entity User"]
    endpoints = plan.phase("endpoints").items
    assert endpoints[0] == "POST /api/v1/orders" and endpoints[-1] == "POST /api/v1/auth/login"
    optimisation = plan.phase("optimisation").items
    assert optimisation[0].startswith("Cache User in redis")
    assert any(i.startswith("Login rate limit 5 requests / 60 s") for i in optimisation)
    assert "Index OrderItem(order_id)" in optimisation


def test_plan_is_deterministic() -> None:
    design = _known_order()
    shuffled = design.model_copy(deep=True)
    shuffled.data.entities.reverse()
    shuffled.architecture.services.reverse()
    assert implementation_plan(design) == implementation_plan(shuffled)
