"""Two real requests designed keyboard-only, from an empty design to an export.

The JWT auth service of seed 001's SPEC sample (FastAPI, PostgreSQL, JWT, login endpoint,
pytest, the hand-off variables) at 80×24, and a Korean shopping mall with several services
(PIPA and the e-commerce act, Toss Payments, a database per service, CRUD with a public
catalogue and no order deletion) at 120×40. Assertions are on the saved file.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from keyboard import add_record, answer, settle, table_of
from textual.pilot import Pilot

from designer import store
from designer.commands.new import create
from designer.model.progress import Stage, StageStatus
from designer.tui.app import make_app
from designer.tui.editors.endpoints import EndpointsEditor
from designer.tui.editors.entities import EntitiesEditor
from designer.tui.editors.lists import (
    DatabasesEditor,
    EnvVarsEditor,
    FeaturesEditor,
    IntegrationsEditor,
    RolesEditor,
    ServicesEditor,
)

pytestmark = pytest.mark.usefixtures("no_blink")


async def next_stage(pilot: Pilot[Any], stage: Stage) -> None:
    """F5: this stage is done; the next one is shown."""
    await pilot.press("f5")
    await settle(pilot)
    assert pilot.app.screen.stage is stage


async def export_all(pilot: Pilot[Any]) -> None:
    """The palette's "export: all"; with open review errors, confirm in the question."""
    await pilot.press("ctrl+p", *"export: all", "enter")
    await settle(pilot)
    if type(pilot.app.screen).__name__ == "ConfirmDialog":
        await pilot.press("enter")
        await settle(pilot)


async def crud(pilot: Pilot[Any], entity_index: int) -> None:
    """g, the entity, then generate what the dialog proposes."""
    await table_of(pilot, EndpointsEditor)
    await pilot.press("g", "home", *["down"] * entity_index, "enter")
    await settle(pilot)
    assert type(pilot.app.screen).__name__ == "CrudScreen"
    await pilot.press("ctrl+s")
    await settle(pilot)


def test_journey_jwt_auth_service(tmp_path: Path) -> None:
    path = create("auth", tmp_path)

    async def journey() -> None:
        app = make_app(path, autosave_delay=0.05)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await answer(pilot, "name", "Auth Service")
            await answer(pilot, "domain", "identity")
            await add_record(pilot, FeaturesEditor, {
                "name": "Sign in", "story": "As a user I sign in with email and password"})
            await next_stage(pilot, Stage.STACK)
            await answer(pilot, "framework", "FastAPI")
            await next_stage(pilot, Stage.API)
            await add_record(pilot, EndpointsEditor, {
                "resource": "auth", "method": "POST", "path": "/auth/login",
                "summary": "Sign in", "auth": "none"})
            await next_stage(pilot, Stage.DATA)
            await add_record(pilot, DatabasesEditor, {"name": "main", "version": "16"})
            await add_record(pilot, EntitiesEditor, {"name": "User"})
            await next_stage(pilot, Stage.AUTH)
            await add_record(pilot, RolesEditor, {"name": "user"})
            await next_stage(pilot, Stage.TESTING)
            await answer(pilot, "levels", ["unit", "integration", "e2e", "load"])
            await next_stage(pilot, Stage.OPERATIONS)
            await table_of(pilot, EnvVarsEditor)
            await pilot.press("i", "ctrl+s")  # the variables the design implies
            await settle(pilot)
            await next_stage(pilot, Stage.REVIEW)
            await export_all(pilot)
            await pilot.press("f5")
            await settle(pilot)

    asyncio.run(journey())
    saved = store.load(path)
    assert (saved.requirements.name, saved.requirements.domain) == ("Auth Service", "identity")
    assert [f.name for f in saved.requirements.features] == ["Sign in"]
    assert saved.stack.framework == "FastAPI" and saved.stack.language == "Python"
    endpoint = saved.api.resources[0].endpoints[0]
    assert (endpoint.key, endpoint.auth.value) == ("POST /auth/login", "none")
    assert [(d.name, d.version) for d in saved.data.databases] == [("main", "16")]
    assert [e.name for e in saved.data.entities] == ["User"]
    assert [str(m) for m in saved.auth.methods] == ["jwt"]
    assert [r.name for r in saved.auth.roles] == ["user"]
    assert saved.testing.load_tool == "k6"  # shown when load tests were chosen, and saved
    env = {v.name for v in saved.operations.env}
    assert {"DATABASE_URL", "JWT_SIGNING_KEY", "PORT"} <= env
    assert all(saved.progress.status(s) is StageStatus.DONE for s in Stage)
    docs = tmp_path / "auth-docs"
    assert (docs / "architecture.md").is_file() and (docs / "openapi.yaml").is_file()


def test_journey_korean_shopping_mall(tmp_path: Path) -> None:
    path = create("mall", tmp_path)

    async def journey() -> None:
        app = make_app(path, autosave_delay=0.05)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await answer(pilot, "name", "한국몰")
            await answer(pilot, "domain", "e-commerce")
            await answer(pilot, "compliance", ["pipa", "ecommerce_act"])
            await answer(pilot, "architecture_style", "microservices")
            for name in ("catalog", "order", "payment"):
                await add_record(pilot, ServicesEditor, {"name": name})
            await add_record(pilot, IntegrationsEditor, {
                "name": "Toss Payments", "kind": "payment", "provider": "toss"})
            await next_stage(pilot, Stage.STACK)
            await answer(pilot, "framework", "NestJS")
            await next_stage(pilot, Stage.API)
            await next_stage(pilot, Stage.DATA)
            await add_record(pilot, DatabasesEditor, {"name": "orders-db", "service": "order"})
            await add_record(pilot, EntitiesEditor, {"name": "Product", "service": "catalog"})
            await add_record(pilot, EntitiesEditor, {"name": "Order", "service": "order"})
            await pilot.press("ctrl+b")  # back to the API: CRUD from the entities
            await settle(pilot)
            await crud(pilot, 0)  # Product: list and get public
            await crud(pilot, 1)  # Order: no delete (the e-commerce act keeps orders)
            await pilot.press("ctrl+n", "ctrl+n")
            await settle(pilot)
            assert app.screen.stage is Stage.AUTH
            await add_record(pilot, RolesEditor, {"name": "customer"})
            await next_stage(pilot, Stage.TESTING)
            await next_stage(pilot, Stage.OPERATIONS)
            await table_of(pilot, EnvVarsEditor)
            await pilot.press("i", "ctrl+s")
            await settle(pilot)
            await next_stage(pilot, Stage.REVIEW)
            await export_all(pilot)

    asyncio.run(journey())
    saved = store.load(path)
    assert saved.requirements.name == "한국몰"
    assert {str(c) for c in saved.requirements.compliance} == {"pipa", "ecommerce_act"}
    assert str(saved.architecture.style) == "microservices"
    assert [s.name for s in saved.architecture.services] == ["catalog", "order", "payment"]
    assert [(i.name, str(i.kind)) for i in saved.requirements.integrations] == [
        ("Toss Payments", "payment")]
    assert saved.stack.framework == "NestJS"
    assert [(d.name, d.service) for d in saved.data.databases] == [("orders-db", "order")]
    assert [(e.name, e.service) for e in saved.data.entities] == [
        ("Product", "catalog"), ("Order", "order")]
    endpoints = {e.key: e.auth.value for _, e in saved.api.endpoints()}
    assert endpoints["GET /products"] == endpoints["GET /products/{id}"] == "none"
    assert endpoints["POST /products"] == "required"
    assert "DELETE /orders/{id}" not in endpoints and "PUT /orders/{id}" in endpoints
    assert "DELETE /products/{id}" in endpoints
    assert {"DATABASE_URL", "PORT"} <= {v.name for v in saved.operations.env}
    assert (tmp_path / "mall-docs" / "architecture.md").is_file()
