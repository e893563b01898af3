"""Snapshots of the editors at 80×24 (and the data stage at 120×40).

Regenerate with `pytest tests/test_editors_snapshots.py --snapshot-update`, then look at the
SVGs: each test's docstring says what you should see.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from steady import steady_screen
from textual.pilot import Pilot
from textual.widgets import Input

from designer.model import Design, Stage
from designer.model.api import Endpoint, Method, Resource, Schema, SchemaField, SchemaRef
from designer.model.architecture import Dependency, Service
from designer.model.auth import Action, Permission, Role
from designer.model.data import (
    CacheRule,
    Cardinality,
    Database,
    Engine,
    Entity,
    Field,
    FieldType,
    Index,
    Relationship,
)
from designer.model.requirements import Feature, Integration, IntegrationKind, Priority
from designer.model.stack import DetectedBackend, Detection, Evidence, Finding, FindingKind
from designer.model.types import EnumType, Shape
from designer.tui.editors.crud import add_crud
from designer.tui.editors.detection import DetectionEditor
from designer.tui.editors.endpoints import EndpointsEditor
from designer.tui.editors.entities import EntitiesEditor
from designer.tui.editors.host import EditorFactory, EditorHost
from designer.tui.editors.lists import (
    EnumsEditor,
    FeaturesEditor,
    IntegrationsEditor,
    ServicesEditor,
)
from designer.tui.editors.matrix import PermissionMatrixEditor
from designer.tui.editors.registry import editors_for
from designer.tui.editors.schemas import SchemasEditor
from designer.tui.widgets.row_table import RowTable

SnapCompare = Callable[..., bool]


def _shop() -> Design:
    """A small shop with every part the editors show."""
    d = Design.new("shop")
    d.requirements.features += [
        Feature(name="Sign up", story="As a buyer I create an account with my e-mail"),
        Feature(name="Checkout", story="As a buyer I pay for my cart with Toss Payments"),
        Feature(name="Reviews", priority=Priority.COULD),
    ]
    d.requirements.integrations.append(Integration(
        name="Toss Payments", kind=IntegrationKind.PAYMENT, provider="toss_payments",
        timeout_ms=3000, retries=2))
    d.architecture.services += [
        Service(name="orders", responsibility="Carts, orders and checkout",
                depends_on=[Dependency(target="payments")]),
        Service(name="payments", responsibility="Charges and refunds"),
    ]
    d.data.databases.append(Database(name="main", engine=Engine.POSTGRESQL, version="16",
                                     purpose="Orders and users"))
    d.data.entities += [
        Entity(name="User", fields=[
            Field(name="id", type=FieldType.UUID, primary_key=True),
            Field(name="email", type=FieldType.EMAIL, unique=True, pii=True),
            Field(name="name", pii=True, max_length=100),
        ], indexes=[Index(fields=["email"], unique=True)]),
        Entity(name="Order", fields=[
            Field(name="id", type=FieldType.UUID, primary_key=True),
            Field(name="user_id", type=FieldType.UUID, references="User.id"),
            Field(name="status", type=FieldType.ENUM, default="'pending'"),
            Field(name="total", type=FieldType.DECIMAL),
        ], indexes=[Index(fields=["user_id", "status"])]),
        Entity(name="Payment", fields=[Field(name="order_id", references="Ordr")]),
    ]
    d.data.relationships.append(Relationship(source="User", target="Order"))
    d.data.relationships.append(Relationship(source="Order", target="Product",
                                             kind=Cardinality.MANY_TO_MANY))
    d.data.caching.append(CacheRule(target="Product", ttl_seconds=600))
    d.auth.roles += [Role(name="admin", description="Back office staff"),
                     Role(name="customer", description="Buyers")]
    return d


def _no_blink(pilot: Pilot[Any]) -> None:
    for widget in pilot.app.screen.query(Input):
        widget.cursor_blink = False


def _steps(*keys: str, focus: str = "RowTable, DataTable") -> Callable[[Pilot[Any]], Any]:
    """Focus the first widget matching `focus` (the first table by default), press `keys`,
    stop the cursor blinking."""

    async def run(pilot: Pilot[Any]) -> None:
        _no_blink(pilot)
        pilot.app.query(focus).first().focus()
        await pilot.press(*keys)
        await pilot.pause()
        _no_blink(pilot)
        await steady_screen(pilot)

    return run


def _host(design: Design, editors: Sequence[EditorFactory]) -> EditorHost:
    return EditorHost(design, editors)


def test_requirements_stage_lists(snap_compare: SnapCompare) -> None:
    """You should see at 80×24: Features (Sign up, Checkout, Reviews with their priority and
    cut stories), Integrations (Toss Payments, payment, 3000 ms, 2 retries), Services (orders
    depending on payments), and an empty Messages editor (its Payload fields and Headers
    panes beside the message list, "No messages yet — press a to add one (order.placed).");
    the Channels heading starts below, the column scrolls on to the send/receive matrix,
    flows and event settings. Each has Add / Edit / Delete buttons and the footer shows
    a Add, e Edit, d Delete."""
    app = _host(_shop(), editors_for(Stage.REQUIREMENTS))
    assert snap_compare(app, terminal_size=(80, 24), run_before=_steps())


def test_record_form_with_an_inline_error(snap_compare: SnapCompare) -> None:
    """You should see the "Add integration" dialog over the integrations table: Name
    "Stripe", Kind external_api, Timeout ms "-1" with a red "Input should be greater than or
    equal to 0" under it, the other fields with their help as placeholders, Services a list
    of ticks (orders, payments, "new service…"), Save / Cancel; the footer shows esc Cancel
    and ^s Save."""
    app = _host(_shop(), [IntegrationsEditor])

    async def run(pilot: Pilot[Any]) -> None:
        pilot.app.query_one(RowTable).focus()
        await pilot.press("a", *"Stripe")
        pilot.app.screen.query_one("#f-timeout_ms", Input).value = "-1"
        await pilot.press("ctrl+s")
        await pilot.pause()
        _no_blink(pilot)
        await steady_screen(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run)


def test_services_dependency_form(snap_compare: SnapCompare) -> None:
    """You should see the "Edit service" dialog for orders: Depends on reads
    "payments:sync:rest"; Publishes and Consumes are comma-separated inputs."""
    app = _host(_shop(), [ServicesEditor])
    assert snap_compare(app, terminal_size=(80, 24), run_before=_steps("e"))


def test_endpoints_after_crud(snap_compare: SnapCompare) -> None:
    """You should see the Endpoints table: an "orders" resource row (Order · 5 endpoints),
    then GET/POST /orders and GET/PUT/DELETE /orders/{id} with summaries and "required" auth,
    a "users" resource with GET /users/me whose roles are "admin, customer"; footer keys
    a, e, d, g CRUD, r Resource."""
    design = _shop()
    add_crud(design, "Order")
    design.api.resources.append(Resource(name="users", entity="User", endpoints=[
        Endpoint(method=Method.GET, path="/users/me", summary="Who am I",
                 roles=["admin", "customer"])]))
    app = _host(design, [EndpointsEditor])
    assert snap_compare(app, terminal_size=(80, 24), run_before=_steps())


def test_endpoint_form(snap_compare: SnapCompare) -> None:
    """You should see the "Edit endpoint" dialog for POST /orders: resource orders, method
    POST, request "Order:create", response "Order:read", roles as a selection list of admin
    and customer, scopes the same kind of list saying "nothing to choose from yet", check
    boxes for paginated and idempotency key."""
    design = _shop()
    add_crud(design, "Order")
    app = _host(design, [EndpointsEditor])
    assert snap_compare(app, terminal_size=(80, 24), run_before=_steps("down", "down", "e"))


def test_entities_with_problems(snap_compare: SnapCompare) -> None:
    """You should see Entities (User 3, Order 4, Payment 1) with Order highlighted and its
    four fields (id flagged PK, user_id with FK → User.id, status default 'pending'), with no
    sideways scroll bar, "Indexes of Order" (user_id, status), the two
    relationships as 1:N and N:M, and red problems: Payment's order_id references unknown
    entity 'Ordr', Order.status is an enum without values, Product is unknown."""
    app = _host(_shop(), [EntitiesEditor])
    assert snap_compare(app, terminal_size=(80, 24), run_before=_steps("down"))


def test_permission_matrix(snap_compare: SnapCompare) -> None:
    """You should see the Roles table (admin, customer) and the Permission matrix scrolled
    sideways to its last column: the Role column pinned, orders and users scrolled out of
    view, the cursor on admin × refunds "L·C··"; the legend line below; then the empty OAuth
    scopes list; footer keys space Edit cell, f All, x Clear."""
    design = _shop()
    for name in ("orders", "users", "products", "payments", "carts", "reviews", "coupons",
                 "shipments", "refunds"):
        design.api.resources.append(Resource(name=name))
    design.auth.permissions += [
        Permission(role="admin", resource="orders", actions=list(Action)),
        Permission(role="customer", resource="orders", actions=[Action.READ], own_only=True),
        Permission(role="admin", resource="refunds", actions=[Action.LIST, Action.CREATE]),
    ]
    app = _host(design, editors_for(Stage.AUTH))
    assert snap_compare(app, terminal_size=(80, 24),
                        run_before=_steps(*["right"] * 8, focus="PermissionMatrixEditor DataTable"))


def test_matrix_cell_dialog(snap_compare: SnapCompare) -> None:
    """You should see a small dialog "customer on orders" with the five actions (R ticked)
    and "own only" ticked, over the matrix."""
    design = _shop()
    design.api.resources.append(Resource(name="orders"))
    design.auth.permissions.append(
        Permission(role="customer", resource="orders", actions=[Action.READ], own_only=True))
    app = _host(design, [PermissionMatrixEditor])
    assert snap_compare(app, terminal_size=(80, 24), run_before=_steps("down", "enter"))


def _detection() -> Detection:
    return Detection(root="shop", backends=[
        DetectedBackend(folder="api", language="Python", language_version=">=3.11", findings=[
            Finding(kind=FindingKind.FRAMEWORK, name="FastAPI", version="^0.110",
                    confidence=0.95, evidence=[
                        Evidence(path="api/pyproject.toml", line=12, text='fastapi = "^0.110"'),
                        Evidence(path="api/app/main.py", line=3, text="app = FastAPI()")]),
            Finding(kind=FindingKind.ORM, name="SQLAlchemy", confidence=0.8, evidence=[
                Evidence(path="api/pyproject.toml", line=13, text='sqlalchemy = "^2.0"')]),
        ]),
        DetectedBackend(folder="web", language="TypeScript", ambiguous=True, findings=[
            Finding(kind=FindingKind.FRAMEWORK, name="Express", confidence=0.5),
            Finding(kind=FindingKind.FRAMEWORK, name="Koa", confidence=0.5),
        ]),
    ])


def test_detection_findings(snap_compare: SnapCompare) -> None:
    """You should see the folder "shop" with Scan, a tree "Findings in shop" with backend
    "api — Python >=3.11" (FastAPI 95% with two evidence lines path:line text, SQLAlchemy) and
    "web — TypeScript (ambiguous)"; then "Stack: not chosen yet" (the chooser the ambiguity
    opens is below, out of this picture)."""
    design = _shop()
    design.stack.detection = _detection()
    app = _host(design, [DetectionEditor])
    assert snap_compare(app, terminal_size=(80, 24), run_before=_steps(focus="Tree"))


def test_detection_question_when_nothing_was_scanned(snap_compare: SnapCompare) -> None:
    """You should see the folder input ".", Scan, "Stack: not chosen yet" and "Use this", and no
    second framework chooser: until a scan leaves the question open, the framework question of
    the stage is the one place to choose it."""
    app = _host(Design.new("x"), [DetectionEditor])
    assert snap_compare(app, terminal_size=(80, 24), run_before=_steps(focus="RadioSet"))


@pytest.mark.parametrize("size", [(120, 40)])
def test_data_stage_wide(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """You should see, at 120×40, Databases (main, postgresql 16), the data model with all
    columns visible without scrolling and the red problems, and the Caching table (Product,
    redis, 600, ttl, cache-aside)."""
    app = _host(_shop(), editors_for(Stage.DATA))
    assert snap_compare(app, terminal_size=size, run_before=_steps())


def test_confirm_delete(snap_compare: SnapCompare) -> None:
    """You should see the dialog "Delete feature 'Checkout'?" with "Yes, delete" and a
    focused "No" over the features table."""
    app = _host(_shop(), [FeaturesEditor])
    assert snap_compare(app, terminal_size=(80, 24), run_before=_steps("down", "d"))


def _typed() -> Design:
    """The shop with named enums and schemas that use entities, enums and each other."""
    d = _shop()
    d.data.enums += [
        EnumType(name="OrderStatus", values=["pending", "paid", "shipped", "cancelled"],
                 description="Where an order is in its life"),
        EnumType(name="Role", values=["admin", "customer"]),
    ]
    d.data.entities[1].fields[2] = Field(name="status", type="OrderStatus", default="'pending'",
                                         read_only=True, writable_by=["admin"])
    d.api.schemas += [
        Schema(name="CartLine", fields=[
            SchemaField(name="sku", max_length=40),
            SchemaField(name="quantity", type="integer", minimum=1),
        ]),
        Schema(name="CartSummary", description="The cart with its total", fields=[
            SchemaField(name="lines", type="CartLine", shape=Shape.LIST, min_items=1),
            SchemaField(name="orders", type="Order", shape=Shape.LIST, read_only=True),
            SchemaField(name="total", type="money", currency="KRW", read_only=True),
            SchemaField(name="status", type="OrderStatus", nullable=True),
            SchemaField(name="coupon", optional=True, description="Code typed at checkout"),
        ]),
        Schema(name="LoginRequest", fields=[
            SchemaField(name="email", type="email"),
            SchemaField(name="password", write_only=True, min_length=8),
        ]),
    ]
    d.api.resources.append(Resource(name="carts", endpoints=[
        Endpoint(method=Method.GET, path="/cart", response=SchemaRef(name="CartSummary"))]))
    return d


SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_schemas_editor(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """You should see the Schemas editor: CartLine (2), CartSummary (5) highlighted,
    LoginRequest (2) on the left; right "Fields of CartSummary": lines "list of CartLine",
    orders "list of Order" RO, total "money KRW" RO, status OrderStatus NULL, coupon "string"
    OPT with its description; footer a Add, e Edit, d Delete."""
    app = _host(_typed(), [SchemasEditor])
    assert snap_compare(app, terminal_size=size, run_before=_steps("down"))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_schema_field_form(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """You should see "Edit field of CartSummary" for lines: a "Type" section (Name lines,
    Type "CartLine · schema", Shape list, Description), "Values" (Nullable, Optional, Default,
    Example), "Access" (Read-only, Write-only) and "Constraints" with only Min items "1" and
    Max items (no lengths or bounds: the element is a schema); no Storage section."""
    app = _host(_typed(), [SchemasEditor])
    assert snap_compare(app, terminal_size=size,
                        run_before=_steps("down", "tab", "e"))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_entity_field_form(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """You should see "Edit field" for Order.status over the data model: Type
    "OrderStatus · enum", Shape one, Default 'pending', Read-only ticked, Writable by a
    selection list with admin ticked and customer not, no Constraints section (an enum has
    none); at 120x40 the Storage section (Primary key, Unique, References, On delete, PII)
    shows too, at 80x24 it is below the scroll."""
    app = _host(_typed(), [EntitiesEditor])
    assert snap_compare(app, terminal_size=size,
                        run_before=_steps("down", "tab", "down", "down", "e"))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_enums_editor(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """You should see the Enums table: OrderStatus with "pending, paid, shipped, cancelled" and
    its description, Role with "admin, customer"; Add / Edit / Delete buttons."""
    app = _host(_typed(), [EnumsEditor])
    assert snap_compare(app, terminal_size=size, run_before=_steps())
