"""Record-list editors driven by keys in a tiny host app; assertions on the shared design."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any

from textual.widgets import Button, Input, Select, SelectionList, Static

from designer.model import Design
from designer.model.api import Endpoint, Resource
from designer.model.architecture import Service
from designer.model.auth import Permission, Role
from designer.model.requirements import Feature, Priority
from designer.tui.editors.dialogs import ConfirmScreen
from designer.tui.editors.form import RecordForm
from designer.tui.editors.host import EditorHost
from designer.tui.editors.lists import (
    DecisionsEditor,
    EnvVarsEditor,
    FeaturesEditor,
    IntegrationsEditor,
    RolesEditor,
    ServicesEditor,
)
from designer.tui.widgets.row_table import RowTable


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async pilot test without an async pytest plugin."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


async def _focus_table(app: EditorHost, editor: type) -> None:
    app.query_one(editor).query_one(RowTable).focus()


@sync
async def test_add_a_feature_with_a_priority() -> None:
    design = Design.new("shop")
    app = EditorHost(design, [FeaturesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        await _focus_table(app, FeaturesEditor)
        await pilot.press("a")
        assert isinstance(app.screen, RecordForm)
        await pilot.press(*"Sign up", "tab", *"As a buyer I sign up")
        app.screen.query_one("#f-priority", Select).value = "should"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, RecordForm)
    assert design.requirements.features == [
        Feature(name="Sign up", story="As a buyer I sign up", priority=Priority.SHOULD)
    ]
    assert app.changes == ["requirements.features[Sign up]"]


@sync
async def test_invalid_input_keeps_the_form_open_with_inline_errors() -> None:
    design = Design.new("shop")
    app = EditorHost(design, [IntegrationsEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        await _focus_table(app, IntegrationsEditor)
        await pilot.press("a")
        form = app.screen
        assert isinstance(form, RecordForm)
        form.query_one("#f-name", Input).value = "Toss Payments"
        form.query_one("#f-timeout_ms", Input).value = "-5"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        error = form.query_one("#e-timeout_ms", Static)
        assert error.has_class("-shown") and "greater than or equal to 0" in str(error.render())
        form.query_one("#f-timeout_ms", Input).value = "3000"
        await pilot.press("ctrl+s")
        await pilot.pause()
    (integration,) = design.requirements.integrations
    assert integration.timeout_ms == 3000 and integration.retries is None


@sync
async def test_names_must_be_unique_and_escape_cancels() -> None:
    design = Design.new("shop")
    design.requirements.features.append(Feature(name="Checkout"))
    app = EditorHost(design, [FeaturesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        await _focus_table(app, FeaturesEditor)
        await pilot.press("a", *"Checkout", "enter")
        await pilot.pause()
        assert isinstance(app.screen, RecordForm)
        assert "already called 'Checkout'" in str(app.screen.query_one("#e-name").render())
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, RecordForm)
    assert len(design.requirements.features) == 1 and app.changes == []


@sync
async def test_edit_and_delete_with_confirmation() -> None:
    design = Design.new("shop")
    design.operations.env.append(__import__("designer.model.operations", fromlist=["EnvVar"])
                                 .EnvVar(name="DATABASE_URL"))
    app = EditorHost(design, [EnvVarsEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        await _focus_table(app, EnvVarsEditor)
        await pilot.press("enter")  # Enter on a row edits it
        assert isinstance(app.screen, RecordForm)
        await pilot.press("tab", *"Postgres DSN", "tab", "space", "ctrl+s")
        await pilot.pause()
        assert design.operations.env[0].description == "Postgres DSN"
        assert design.operations.env[0].secret is True
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert len(design.operations.env) == 1
        await pilot.press("d", "y")
        await pilot.pause()
    assert design.operations.env == []
    assert app.changes == ["operations.env[DATABASE_URL]", "operations.env"]


@sync
async def test_services_with_dependencies_and_rename_cascade() -> None:
    design = Design.new("shop")
    design.architecture.services.append(Service(name="payments"))
    app = EditorHost(design, [ServicesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        await _focus_table(app, ServicesEditor)
        await pilot.press("a")
        form = app.screen
        form.query_one("#f-name", Input).value = "orders"
        form.query_one("#f-depends_on", Input).value = "payments:sync:grpc"
        form.query_one("#f-publishes", Input).value = "order.placed, order.paid"
        await pilot.press("ctrl+s")
        await pilot.pause()
        orders = design.architecture.services[1]
        assert orders.depends_on[0].protocol.value == "grpc"
        assert orders.publishes == ["order.placed", "order.paid"]
        await pilot.press("up", "e")
        app.screen.query_one("#f-name", Input).value = "billing"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert design.architecture.services[1].depends_on[0].target == "billing"


@sync
async def test_roles_inherit_from_a_selection_list_and_rename_updates_the_matrix() -> None:
    design = Design.new("shop")
    design.auth.roles.append(Role(name="admin"))
    design.auth.permissions.append(Permission(role="admin", resource="orders"))
    design.api.resources.append(Resource(name="orders", endpoints=[
        Endpoint(path="/orders", roles=["admin"])]))
    app = EditorHost(design, [RolesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        await _focus_table(app, RolesEditor)
        await pilot.press("a", *"staff")
        app.screen.query_one("#f-inherits", SelectionList).select("admin")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert design.auth.roles[1].inherits == ["admin"]
        await pilot.press("up", "e")
        app.screen.query_one("#f-name", Input).value = "root"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert design.auth.roles[1].inherits == ["root"]
    assert design.auth.permissions[0].role == "root"
    assert design.api.resources[0].endpoints[0].roles == ["root"]


@sync
async def test_decisions_get_the_next_id() -> None:
    design = Design.new("shop")
    app = EditorHost(design, [DecisionsEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        await _focus_table(app, DecisionsEditor)
        for title in ("Use PostgreSQL", "Use JWT"):
            await pilot.press("a")
            app.screen.query_one("#f-title", Input).value = title
            await pilot.press("ctrl+s")
            await pilot.pause()
    assert [(d.id, d.title) for d in design.decisions] == [
        ("ADR-001", "Use PostgreSQL"), ("ADR-002", "Use JWT")]


@sync
async def test_buttons_work_with_the_mouse_and_reload_rereads() -> None:
    design = Design.new("shop")
    app = EditorHost(design, [FeaturesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        editor = app.query_one(FeaturesEditor)
        add = next(b for b in editor.query(Button) if b.name == "add")
        await pilot.click(add)
        assert isinstance(app.screen, RecordForm)
        await pilot.press("escape")
        design.requirements.features.append(Feature(name="Search"))
        editor.reload()
        await pilot.pause()
        assert editor.query_one(RowTable).row_count == 1


@sync
async def test_a_selection_with_nothing_to_choose_keeps_the_value() -> None:
    design = Design.new("shop")
    app = EditorHost(design, [RolesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        await _focus_table(app, RolesEditor)
        await pilot.press("a", *"admin")
        inherits = app.screen.query_one("#f-inherits", SelectionList)  # the same kind always
        assert inherits.option_count == 1 and inherits.get_option_at_index(0).disabled
        await pilot.press("enter")
        await pilot.pause()
    assert design.auth.roles == [Role(name="admin")]


@sync
async def test_the_environment_editor_offers_the_variables_the_design_implies() -> None:
    from designer.model.auth import AuthMethod
    from designer.model.data import Database
    from designer.tui.editors.dialogs import ChooseManyScreen

    design = Design.new("shop")
    design.auth.methods = [AuthMethod.JWT]
    design.data.databases.append(Database(name="main"))
    app = EditorHost(design, [EnvVarsEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        await _focus_table(app, EnvVarsEditor)
        hint = str(app.query_one(EnvVarsEditor).query_one(".editor-hint", Static).render())
        assert "implies" in hint and "DATABASE_URL" in hint
        await pilot.press("i")
        assert isinstance(app.screen, ChooseManyScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
    names = {v.name: v for v in design.operations.env}
    assert {"DATABASE_URL", "JWT_SIGNING_KEY", "PORT"} <= set(names)
    assert names["DATABASE_URL"].purpose == "database:main" and names["DATABASE_URL"].secret
