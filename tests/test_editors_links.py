"""The fields that link parts of a design instead of repeating them: an endpoint's sign-in
step, a variable's purpose, the services an integration serves, the topics a decision argues
for. Driven by keys and widgets in a tiny host app, asserted on the model."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any

from textual.widgets import Select, SelectionList

from designer.export.facts import env_vars
from designer.model import Design
from designer.model.api import AuthStep, Endpoint, EndpointAuth, Method, Resource
from designer.model.architecture import Service
from designer.model.auth import AuthMethod, Provider
from designer.model.data import Database
from designer.model.decisions import Decision, Topic
from designer.model.operations import EnvVar
from designer.model.requirements import Integration
from designer.tui.editors.endpoints import EndpointsEditor
from designer.tui.editors.form import RecordForm
from designer.tui.editors.host import EditorHost
from designer.tui.editors.lists import DecisionsEditor, EnvVarsEditor, IntegrationsEditor
from designer.tui.widgets.row_table import RowTable


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async pilot test without an async pytest plugin."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


async def _edit_first(app: EditorHost, pilot: Any, rows_down: int = 0) -> RecordForm:
    app.query_one(RowTable).focus()
    await pilot.press(*["down"] * rows_down, "e")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, RecordForm)
    return form


@sync
async def test_an_endpoint_is_marked_as_a_providers_oauth_callback() -> None:
    design = Design.new("shop")
    design.auth.methods = [AuthMethod.OAUTH2]
    design.auth.oauth.providers = [Provider.KAKAO, Provider.NAVER]
    design.api.resources = [Resource(name="auth", endpoints=[Endpoint(
        method=Method.POST, path="/auth/kakao", auth=EndpointAuth.NONE)])]
    app = EditorHost(design, [EndpointsEditor])
    async with app.run_test(size=(100, 40)) as pilot:
        form = await _edit_first(app, pilot, rows_down=1)
        provider = form.query_one("#f-provider", Select)
        assert [v for _, v in provider._options if isinstance(v, str)] == ["kakao", "naver"]
        form.query_one("#f-auth_step", Select).value = "oauth_callback"
        provider.value = "kakao"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is not form
    endpoint = design.api.resources[0].endpoints[0]
    assert (endpoint.auth_step, endpoint.provider) == (AuthStep.OAUTH_CALLBACK, "kakao")


@sync
async def test_a_variable_takes_an_implied_purpose_and_replaces_the_derived_name() -> None:
    design = Design.new("shop")
    design.data.databases = [Database(name="main")]
    design.operations.env = [EnvVar(name="SPRING_DATASOURCE_URL", secret=True)]
    assert "DATABASE_URL" in {v.name for v in env_vars(design)}
    app = EditorHost(design, [EnvVarsEditor])
    async with app.run_test(size=(100, 40)) as pilot:
        form = await _edit_first(app, pilot)
        purpose = form.query_one("#f-purpose", Select)
        offered = [v for _, v in purpose._options if isinstance(v, str)]
        assert offered == ["database:main", "port"]
        purpose.value = "database:main"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert design.operations.env[0].purpose == "database:main"
    assert [v.name for v in env_vars(design)] == ["PORT", "SPRING_DATASOURCE_URL"]


@sync
async def test_an_integration_is_tied_to_the_services_that_call_it() -> None:
    design = Design.new("shop")
    design.architecture.services = [Service(name="orders"), Service(name="payments")]
    design.requirements.integrations = [Integration(name="Toss Payments")]
    app = EditorHost(design, [IntegrationsEditor])
    async with app.run_test(size=(100, 40)) as pilot:
        form = await _edit_first(app, pilot)
        form.query_one("#f-services", SelectionList).select("payments")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert design.requirements.integrations[0].services == ["payments"]


@sync
async def test_a_decision_names_the_choices_it_argues_for() -> None:
    design = Design.new("shop")
    design.decisions = [Decision(id="ADR-001", title="Kafka for events")]
    app = EditorHost(design, [DecisionsEditor])
    async with app.run_test(size=(100, 50)) as pilot:
        form = await _edit_first(app, pilot)
        form.query_one("#f-topics", SelectionList).select("broker")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert design.decisions[0].topics == [Topic.BROKER]
