"""The editors' non-UI logic: field → control rules, codecs, CRUD generation, renames, matrix
cells and applying a detection. No Textual app is started here."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.model import Design, Stage, problems
from designer.model.api import Endpoint, Method, Resource, SchemaRef, Variant
from designer.model.architecture import Dependency, Service
from designer.model.auth import Action, Permission, Role
from designer.model.data import Entity, Field, Relationship
from designer.model.requirements import Integration
from designer.model.stack import DetectedBackend, Detection, Evidence, Finding, FindingKind
from designer.tui.editors import crud, renames
from designer.tui.editors.fields import FormOptions, parse_text, spec_for, specs_for
from designer.tui.editors.lists import dependencies_codec
from designer.tui.editors.stack_apply import apply_backend, choose_framework, needs_choice


def test_field_kinds_follow_the_annotation() -> None:
    kinds = {s.name: (s.kind, s.optional) for s in specs_for(Integration, FormOptions())}
    assert kinds == {
        "name": ("text", False),
        "kind": ("enum", False),
        "provider": ("text", False),
        "description": ("text", False),
        "timeout_ms": ("int", True),
        "retries": ("int", True),
        "circuit_breaker": ("bool", False),
        "idempotent": ("bool", False),
        "services": ("list", False),
    }


def test_lists_become_comma_inputs_or_selection_lists() -> None:
    assert spec_for(Endpoint, "filters", FormOptions()).kind == "list"  # type: ignore[union-attr]
    assert spec_for(Endpoint, "status_codes", FormOptions()).kind == "list"  # type: ignore[union-attr]
    roles = spec_for(Endpoint, "roles", FormOptions(choices={"roles": ["admin"]}))
    assert roles is not None and roles.kind == "multi" and roles.choices == (("admin", "admin"),)
    # nested models are not rendered without a codec
    assert spec_for(Endpoint, "request", FormOptions()) is None


def test_help_comes_from_the_field_docstring() -> None:
    spec = spec_for(Field, "references", FormOptions())
    assert spec is not None and "foreign key" in spec.help


def test_optional_numbers_parse_empty_as_none() -> None:
    spec = spec_for(Integration, "timeout_ms", FormOptions())
    assert spec is not None
    assert parse_text(spec, "  ") is None
    assert parse_text(spec, " 250 ") == "250"


def test_dependency_codec_round_trips_and_rejects_unknown_protocols() -> None:
    old = [Dependency(target="payments", description="charges cards")]
    codec = dependencies_codec(old)
    deps = codec.from_text("payments:sync:rest, mailer:async:event, stock")
    service = Service(name="orders", depends_on=deps)
    assert [(d.target, d.style.value, d.protocol.value) for d in service.depends_on] == [
        ("payments", "sync", "rest"), ("mailer", "async", "event"), ("stock", "sync", "rest"),
    ]
    assert service.depends_on[0].description == "charges cards"
    assert codec.to_text(service.depends_on) == (
        "payments:sync:rest, mailer:async:event, stock:sync:rest"
    )
    with pytest.raises(ValueError, match="protocol must be one of"):
        codec.from_text("payments:sync:soap")


@pytest.mark.parametrize(
    ("entity", "resource", "path"),
    [("Order", "orders", "/orders"), ("OrderItem", "order_items", "/order-items"),
     ("Category", "categories", "/categories"), ("Address", "addresses", "/addresses"),
     ("Person", "people", "/people"), ("Day", "days", "/days")],
)
def test_resource_names(entity: str, resource: str, path: str) -> None:
    assert crud.resource_name(entity) == resource
    assert crud.collection_path(entity) == path


def _shop() -> Design:
    design = Design.new("shop")
    design.data.entities.append(
        Entity(name="Order", service="orders", fields=[Field(name="id", type="uuid",
                                                             primary_key=True)])
    )
    return design


def test_add_crud_creates_five_endpoints_with_bodies() -> None:
    design = _shop()
    resource, added = crud.add_crud(design, "Order")
    assert resource == "orders"
    assert added == ["GET /orders", "POST /orders", "GET /orders/{id}", "PUT /orders/{id}",
                     "DELETE /orders/{id}"]
    (res,) = design.api.resources
    assert res.entity == "Order"
    listing, create, get, update, delete = res.endpoints
    assert listing.paginated and listing.response == SchemaRef(name="Order", many=True)
    assert create.request == SchemaRef(name="Order", variant=Variant.CREATE)
    assert update.request == SchemaRef(name="Order", variant=Variant.UPDATE)
    assert get.path_params == ["id"] and delete.response is None
    assert {e.service for e in res.endpoints} == {"orders"}
    assert create.summary == "Create an order"
    assert not [p for p in problems(design) if p.location.startswith("api.")]


def test_add_crud_skips_existing_endpoints_and_reuses_the_resource() -> None:
    design = _shop()
    design.api.resources.append(Resource(name="orders", endpoints=[
        Endpoint(method=Method.GET, path="/orders", summary="mine")]))
    _, added = crud.add_crud(design, "Order")
    assert len(added) == 4
    assert design.api.resources[0].endpoints[0].summary == "mine"
    assert crud.add_crud(design, "Order") == ("orders", [])
    with pytest.raises(KeyError):
        crud.add_crud(design, "Nope")


@settings(max_examples=40, deadline=None)
@given(st.from_regex(r"[A-Z][a-z]{1,8}([A-Z][a-z]{1,8})?", fullmatch=True))
def test_generated_crud_never_has_problems(name: str) -> None:
    design = Design.new("x")
    design.data.entities.append(Entity(name=name))
    crud.add_crud(design, name)
    assert [p for p in problems(design) if p.location.startswith("api.")] == []
    assert len({e.key for _, e in design.api.endpoints()}) == 5


def test_rename_entity_rewrites_references() -> None:
    design = _shop()
    design.data.entities.append(Entity(name="Item", fields=[Field(name="order_id",
                                                                   references="Order.id")]))
    design.data.relationships.append(Relationship(source="Order", target="Item"))
    crud.add_crud(design, "Order")
    renames.rename_entity(design, "Order", "Purchase")
    design.data.entities[0].name = "Purchase"
    assert design.data.entities[1].fields[0].references == "Purchase.id"
    assert design.data.relationships[0].source == "Purchase"
    assert design.api.resources[0].entity == "Purchase"
    assert problems(design) == []


def test_role_rename_and_removal_follow_the_matrix() -> None:
    design = Design.new("x")
    design.auth.roles += [Role(name="admin"), Role(name="staff", inherits=["admin"])]
    design.auth.permissions.append(Permission(role="admin", resource="orders"))
    design.api.resources.append(Resource(name="orders", endpoints=[
        Endpoint(path="/orders", roles=["admin"])]))
    renames.rename_role(design, "admin", "root")
    assert design.auth.permissions[0].role == "root"
    assert design.auth.roles[1].inherits == ["root"]
    assert design.api.resources[0].endpoints[0].roles == ["root"]
    renames.forget_role(design, "root")
    assert design.auth.permissions == [] and design.auth.roles[1].inherits == []
    design.auth.permissions.append(Permission(role="staff", resource="orders"))
    renames.rename_resource(design, "orders", "purchases")
    assert design.auth.permissions[0].resource == "purchases"
    renames.forget_resource(design, "purchases")
    assert design.auth.permissions == []


def test_matrix_cells() -> None:
    from designer.tui.editors.matrix import cell_text, set_cell

    perms: list[Permission] = []
    set_cell(perms, "admin", "orders", [Action.DELETE, Action.LIST], False)
    assert perms == [Permission(role="admin", resource="orders",
                                actions=[Action.LIST, Action.DELETE])]
    assert cell_text(perms[0]) == "L···D "
    set_cell(perms, "admin", "orders", [Action.READ], True)
    assert cell_text(perms[0]) == "·R···*"
    set_cell(perms, "admin", "orders", [], False)
    assert perms == [] and cell_text(None) == "····· "


def _detection(ambiguous: bool = False) -> Detection:
    fastapi = Finding(kind=FindingKind.FRAMEWORK, name="FastAPI", version="0.110", confidence=0.9,
                      evidence=[Evidence(path="main.py", line=1, text="app = FastAPI()")])
    flask = Finding(kind=FindingKind.FRAMEWORK, name="Flask", confidence=0.5)
    orm = Finding(kind=FindingKind.ORM, name="SQLAlchemy")
    return Detection(root="proj", backends=[DetectedBackend(
        language="Python", ambiguous=ambiguous, findings=[fastapi, flask, orm])])


def test_apply_backend_and_choices() -> None:
    design = Design.new("x")
    design.data.orm = "Tortoise"
    changed = apply_backend(design, _detection(), 0)
    assert (design.stack.framework, design.stack.framework_version) == ("FastAPI", "0.110")
    assert design.data.orm == "Tortoise"  # asked in the data stage: not overwritten
    assert "stack.framework" in changed and design.stack.detection is not None
    flask = _detection().backends[0].findings[1]
    apply_backend(design, _detection(), 0, flask)
    assert design.stack.framework == "Flask"
    assert needs_choice(None) and needs_choice(Detection())
    assert needs_choice(_detection(ambiguous=True)) and not needs_choice(_detection())
    assert choose_framework(design, "other", "Hapi") == ["stack.framework"]
    assert (design.stack.framework, design.stack.framework_other) == ("other", "Hapi")


def test_apply_backend_fills_what_the_scan_missed_with_the_frameworks_usual_answer() -> None:
    design = Design.new("x")
    apply_backend(design, _detection(), 0)
    # No server or test finding: FastAPI's usual ones, as choosing FastAPI by hand gives.
    assert (design.stack.server, design.stack.test_framework) == ("Uvicorn", "pytest")
    detection = _detection()
    detection.backends[0].findings.append(Finding(kind=FindingKind.TEST, name="unittest"))
    apply_backend(design, detection, 0)
    assert design.stack.test_framework == "unittest"  # what the scan found wins
    nuxt = Detection(root="web", backends=[DetectedBackend(language="", findings=[
        Finding(kind=FindingKind.FRAMEWORK, name="Nuxt", version="3.14.0")])])
    apply_backend(design, nuxt, 0)
    assert (design.stack.language, design.stack.server) == ("TypeScript", "Node.js (Nitro)")
    unknown = Detection(root="x", backends=[DetectedBackend(language="Zig", findings=[
        Finding(kind=FindingKind.FRAMEWORK, name="Hand-rolled")])])
    apply_backend(design, unknown, 0)
    assert (design.stack.server, design.stack.test_framework) == ("", "")


def test_apply_backend_fills_the_database_engine_only_when_none_is_set() -> None:
    from designer.model.data import Database, Engine

    detection = _detection()
    detection.backends[0].findings.append(
        Finding(kind=FindingKind.DATABASE, name="PostgreSQL", version="16"))
    design = Design.new("x")
    assert "data.databases" in apply_backend(design, detection, 0)
    assert [(d.name, d.engine, d.version) for d in design.data.databases] == [
        ("main", Engine.POSTGRESQL, "16")]
    chosen = Design.new("y")
    chosen.data.databases.append(Database(name="orders", engine=Engine.MYSQL))
    assert "data.databases" not in apply_backend(chosen, detection, 0)
    assert [(d.name, d.engine) for d in chosen.data.databases] == [("orders", Engine.MYSQL)]


def test_registry_covers_every_stage() -> None:
    from designer.tui.editors.registry import editors_for

    assert [e.__name__ for e in editors_for(Stage.API)] == [
        "EndpointsEditor", "SchemasEditor", "ChannelsEditor", "WebhooksEditor",
        "WebhookSigningEditor", "WebhookDeliveryEditor", "GraphQLOperationsEditor",
        "GraphQLSettingsEditor", "GraphQLInterfacesEditor", "GrpcPackageEditor",
        "GrpcServicesEditor", "GrpcErrorsEditor"]
    assert [e.__name__ for e in editors_for(Stage.REQUIREMENTS)][-5:] == [
        "MessagesEditor", "TopicsEditor", "TrafficMatrixEditor", "FlowsEditor",
        "EventSettingsEditor"]
    assert [e.__name__ for e in editors_for(Stage.DATA)] == [
        "DatabasesEditor", "EnumsEditor", "EntitiesEditor", "CachingEditor"]
    assert editors_for(Stage.TESTING) == []
    for stage in Stage:
        for editor in editors_for(stage):
            assert editor.HELP.startswith("## "), editor


def test_editors_do_not_import_heavy_modules_at_import_time() -> None:
    probe = (
        "import sys, designer.tui.editors.registry\n"
        "bad = [m for m in sys.modules if m.startswith(('networkx', 'designer.export',"
        " 'designer.review', 'jinja2', 'mermaid'))]\n"
        "print(','.join(sorted(bad)))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""


def test_pure_modules_do_not_import_textual() -> None:
    probe = (
        "import sys\n"
        "import designer.tui.editors.crud, designer.tui.editors.renames\n"
        "import designer.tui.editors.stack_apply, designer.tui.editors.fields\n"
        "print(any(m.split('.')[0] == 'textual' for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_crud_proposal_reads_the_permission_matrix_and_the_retention_laws() -> None:
    from designer.model.requirements import Compliance

    design = Design.new("mall")
    design.data.entities += [Entity(name="Order"), Entity(name="Product"), Entity(name="Member")]
    assert crud.propose(design, "Order") == crud.CrudPlan()  # everything, signed in
    assert crud.propose(design, "Product").public == ["list", "get"]  # the public catalogue
    assert crud.propose(design, "Member").public == []
    design.auth.permissions.append(Permission(role="guest", resource="members",
                                              actions=[Action.CREATE]))
    plan = crud.propose(design, "Member")
    assert plan.public == ["create"] and "guest" in plan.reasons[0]  # sign-up is public
    design.requirements.compliance.append(Compliance.ECOMMERCE_ACT)
    plan = crud.propose(design, "Order")
    assert "delete" not in plan.operations and "5 years" in plan.reasons[-1]
    assert "delete" in crud.propose(design, "Product").operations  # not a business record
    crud.add_crud(design, "Order", plan.operations, plan.public)
    assert [e.method.value for _, e in design.api.endpoints()] == ["GET", "POST", "GET", "PUT"]
