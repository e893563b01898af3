"""The endpoints editor and the permission matrix, driven by keys in a tiny host app."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any

from textual.coordinate import Coordinate
from textual.widgets import DataTable, Input, OptionList, Select, SelectionList

from designer.model import Design
from designer.model.api import Endpoint, EndpointAuth, Method, Resource
from designer.model.auth import Action, Permission, Role
from designer.model.data import Entity, Field
from designer.tui.editors.crud_dialog import CrudScreen
from designer.tui.editors.dialogs import ConfirmScreen, PickScreen
from designer.tui.editors.endpoints import EndpointsEditor
from designer.tui.editors.form import RecordForm
from designer.tui.editors.host import EditorHost
from designer.tui.editors.lists import RolesEditor
from designer.tui.editors.matrix import CellScreen, PermissionMatrixEditor
from designer.tui.widgets.row_table import RowTable


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async pilot test without an async pytest plugin."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def _shop() -> Design:
    design = Design.new("shop")
    design.data.entities += [
        Entity(name="User", fields=[Field(name="id", type="uuid", primary_key=True)]),
        Entity(name="Order", fields=[Field(name="id", type="uuid", primary_key=True)]),
    ]
    design.auth.roles += [Role(name="admin"), Role(name="customer")]
    return design


@sync
async def test_generate_crud_from_an_entity() -> None:
    design = _shop()
    app = EditorHost(design, [EndpointsEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one(RowTable).focus()
        await pilot.press("g")
        assert isinstance(app.screen, PickScreen)
        await pilot.press("down", "enter")  # the second entity: Order
        await pilot.pause()
        assert isinstance(app.screen, CrudScreen)  # which operations, which public
        await pilot.press("ctrl+s")
        await pilot.pause()
        table = app.query_one(RowTable)
        assert table.row_count == 6  # resource row + five endpoints
        await pilot.press("g", "down", "enter", "ctrl+s")  # again: nothing new
        await pilot.pause()
    (resource,) = design.api.resources
    assert resource.name == "orders" and resource.entity == "Order"
    assert [e.key for e in resource.endpoints] == [
        "GET /orders", "POST /orders", "GET /orders/{id}", "PUT /orders/{id}",
        "DELETE /orders/{id}"]
    assert app.changes == ["api.resources[orders]"]


@sync
async def test_add_an_endpoint_with_roles_into_a_new_resource() -> None:
    design = _shop()
    app = EditorHost(design, [EndpointsEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one(RowTable).focus()
        await pilot.press("a")
        form = app.screen
        assert isinstance(form, RecordForm)
        await pilot.press(*"auth", "tab")
        form.query_one("#f-method", Select).value = "POST"
        form.query_one("#f-path", Input).value = "auth/login"
        form.query_one("#f-roles", SelectionList).select("admin")
        form.query_one("#f-request", Input).value = "User:create"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form  # the path must start with '/'
        assert "must start with '/'" in str(form.query_one("#e-path").render())
        form.query_one("#f-path", Input).value = "/auth/login"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is not form
    (resource,) = design.api.resources
    (endpoint,) = resource.endpoints
    assert resource.name == "auth"
    assert (endpoint.key, endpoint.roles, endpoint.request.name) == (  # type: ignore[union-attr]
        "POST /auth/login", ["admin"], "User")
    assert endpoint.auth is EndpointAuth.REQUIRED


@sync
async def test_edit_moves_an_endpoint_and_deleting_a_resource_forgets_its_permissions() -> None:
    design = _shop()
    design.api.resources += [
        Resource(name="orders", endpoints=[Endpoint(method=Method.GET, path="/orders")]),
        Resource(name="users"),
    ]
    design.auth.permissions.append(Permission(role="admin", resource="orders"))
    app = EditorHost(design, [EndpointsEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one(RowTable).focus()
        await pilot.press("down", "e")  # the endpoint row
        app.screen.query_one("#f-resource", Input).value = "users"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert design.api.resources[0].endpoints == []
        assert design.api.resources[1].endpoints[0].path == "/orders"
        app.query_one(EndpointsEditor).fill(focus="r0")
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
    assert [r.name for r in design.api.resources] == ["users"]
    assert design.auth.permissions == []


@sync
async def test_matrix_cell_creates_updates_and_removes_a_permission() -> None:
    design = _shop()
    design.api.resources += [Resource(name="orders"), Resource(name="users")]
    app = EditorHost(design, [PermissionMatrixEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(DataTable)
        table.focus()
        assert table.cursor_coordinate == Coordinate(0, 1)
        await pilot.press("down", "enter")  # customer × orders
        assert isinstance(app.screen, CellScreen)
        await pilot.press("down", "space")  # read
        app.screen.query_one("Checkbox").value = True  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert design.auth.permissions == [Permission(
            role="customer", resource="orders", actions=[Action.READ], own_only=True)]
        assert str(table.get_cell_at(Coordinate(1, 1))) == "·R···*"
        await pilot.press("right", "f")
        await pilot.pause()
        assert design.auth.permission("customer", "users").actions == list(Action)  # type: ignore[union-attr]
        await pilot.press("left", "space")
        await pilot.press("down", "space", "ctrl+s")  # untick read → no actions left
        await pilot.pause()
        await pilot.press("right", "x")
        await pilot.pause()
    assert design.auth.permissions == []
    assert app.changes[-1] == "auth.permissions[customer/users]"


@sync
async def test_matrix_scrolls_sideways_with_many_resources() -> None:
    design = _shop()
    design.api.resources += [Resource(name=f"resource_{i:02d}") for i in range(12)]
    app = EditorHost(design, [PermissionMatrixEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(DataTable)
        table.focus()
        await pilot.press(*["right"] * 11, "f")
        await pilot.pause()
        assert table.scroll_x > 0
        assert table.size.width <= 80
    assert design.auth.permission("admin", "resource_11") is not None


@sync
async def test_pick_screen_escape_changes_nothing() -> None:
    design = _shop()
    app = EditorHost(design, [EndpointsEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one(RowTable).focus()
        await pilot.press("g")
        assert app.screen.query_one(OptionList).option_count == 2
        await pilot.press("escape")
        await pilot.pause()
    assert design.api.resources == [] and app.changes == []


@sync
async def test_api_and_matrix_problems_are_shown_inline() -> None:
    design = _shop()
    design.api.resources.append(Resource(name="orders", endpoints=[
        Endpoint(path="/orders", roles=["ghost"])]))
    design.auth.permissions.append(Permission(role="admin", resource="gone"))
    app = EditorHost(design, [EndpointsEditor, PermissionMatrixEditor])
    async with app.run_test(size=(80, 24)):
        endpoints, matrix = (str(e.query_one(".editor-problems").render())
                             for e in (app.query_one(EndpointsEditor),
                                       app.query_one(PermissionMatrixEditor)))
    assert "references unknown role 'ghost'" in endpoints
    assert "permission admin/gone: references unknown resource 'gone'" in matrix


@sync
async def test_a_new_role_appears_in_the_matrix_at_once() -> None:
    design = _shop()
    design.api.resources.append(Resource(name="orders"))
    app = EditorHost(design, [RolesEditor, PermissionMatrixEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one(RolesEditor).query_one(RowTable).focus()
        await pilot.press("a", *"support", "enter")
        await pilot.pause()
        matrix = app.query_one(PermissionMatrixEditor).query_one(DataTable)
        assert matrix.row_count == 3
        assert str(matrix.get_cell_at(Coordinate(2, 0))) == "support"


@sync
async def test_a_fill_keeps_the_cursor_and_checks_the_design_once(monkeypatch: Any) -> None:
    import designer.model.checks as checks

    calls: list[int] = []
    real = checks.problems
    monkeypatch.setattr(checks, "problems", lambda d: calls.append(1) or real(d))
    design = _shop()
    design.api.resources += [Resource(name=f"things{i}", endpoints=[
        Endpoint(method=m, path=f"/things{i}") for m in (Method.GET, Method.POST)])
        for i in range(300)]
    app = EditorHost(design, [EndpointsEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(RowTable)
        editor = app.query_one(EndpointsEditor)
        assert table.row_count == 900
        table.focus()
        await pilot.press("end", "up")
        await pilot.pause()
        calls.clear()
        editor.fill()
        assert calls == [1]
        assert (table.cursor_row, editor.cursor()) == (898, (299, 0))
        await pilot.press("enter")
        assert isinstance(app.screen, RecordForm) and app.screen.form_title == "Edit endpoint"


@sync
async def test_crud_asks_which_operations_and_which_are_public() -> None:
    """The public catalogue: list and get need no sign-in; the person unticks update."""
    design = _shop()
    design.data.entities.append(Entity(name="Product"))
    app = EditorHost(design, [EndpointsEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one(RowTable).focus()
        await pilot.press("g", "end", "enter")  # Product
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, CrudScreen)
        assert dialog.plan.public == ["list", "get"]
        operations = dialog.query_one("#operations", SelectionList)
        operations.focus()
        await pilot.press("down", "down", "down", "space")  # untick update
        await pilot.press("ctrl+s")
        await pilot.pause()
    (resource,) = design.api.resources
    assert [(e.key, e.auth.value) for e in resource.endpoints] == [
        ("GET /products", "none"), ("POST /products", "required"),
        ("GET /products/{id}", "none"), ("DELETE /products/{id}", "required")]
