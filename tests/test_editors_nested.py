"""An inline object's nested fields are edited in the app: the field form's "Nested fields…"
button opens a table of them, each in the same typed-field form, saved into the model."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any

from textual.widgets import Button, Input, Select

from designer.model import Design
from designer.model.api import Schema, SchemaField
from designer.model.types import FieldType
from designer.tui.editors.host import EditorHost
from designer.tui.editors.members import MemberForm, member_options
from designer.tui.editors.nested import NestedFieldsScreen
from designer.tui.editors.schemas import SchemasEditor


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async pilot test without an async pytest plugin."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


@sync
async def test_nested_fields_of_an_inline_object_are_added_in_the_app() -> None:
    design = Design.new("shop")
    design.api.schemas = [Schema(name="Checkout", fields=[
        SchemaField(name="address", type=FieldType.OBJECT)])]
    app = EditorHost(design, [SchemasEditor])
    async with app.run_test(size=(100, 45)) as pilot:
        form = MemberForm(SchemaField, design.api.schemas[0].fields[0], design,
                          title="Edit field", options=member_options(SchemaField, design))
        results: list[Any] = []
        app.push_screen(form, results.append)
        await pilot.pause()
        assert form.query_one("#inline-row").display
        form.query_one("#nested", Button).press()
        await pilot.pause()
        await pilot.pause()
        nested = app.screen
        assert isinstance(nested, NestedFieldsScreen)
        await pilot.press("a")
        await pilot.pause()
        inner = app.screen
        assert isinstance(inner, MemberForm)
        inner.query_one("#f-name", Input).value = "city"
        inner.query_one("#f-type", Select).value = "string"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is nested and nested.fields[0].name == "city"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        assert "1 nested field" in str(form.query_one("#inline-note").render())
        await pilot.press("ctrl+s")
        await pilot.pause()
    (saved,) = results
    assert [(f.name, f.type) for f in saved.fields] == [("city", "string")]


@sync
async def test_escape_keeps_the_nested_fields_as_they_were() -> None:
    design = Design.new("shop")
    field = SchemaField(name="address", type=FieldType.OBJECT,
                        fields=[SchemaField(name="zip")])
    app = EditorHost(design, [SchemasEditor])
    async with app.run_test(size=(100, 45)) as pilot:
        screen = NestedFieldsScreen(field.fields, design, "address")
        results: list[Any] = []
        app.push_screen(screen, results.append)
        await pilot.pause()
        await pilot.press("d", "escape")
        await pilot.pause()
    assert results == [None] and [f.name for f in field.fields] == ["zip"]
