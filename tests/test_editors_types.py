"""The type-system editors: named enums, named schemas, and the typed-field dialog shared by
entity fields and schema fields, driven by keys in a tiny host app."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any

from textual.widgets import Input, Select, SelectionList

from designer.model import Design
from designer.model.api import Endpoint, Resource, Schema, SchemaField, SchemaRef
from designer.model.auth import Role
from designer.model.data import Entity, Field, FieldType
from designer.model.types import EnumType, Shape
from designer.tui.editors import renames
from designer.tui.editors.entities import EntitiesEditor
from designer.tui.editors.host import EditorHost
from designer.tui.editors.lists import EnumsEditor
from designer.tui.editors.members import MemberForm, member_check, relevant, type_choices
from designer.tui.editors.schemas import SchemasEditor
from designer.tui.widgets.row_table import RowTable


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async pilot test without an async pytest plugin."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def _shop() -> Design:
    d = Design.new("shop")
    d.data.entities += [
        Entity(name="User", fields=[
            Field(name="id", type=FieldType.UUID, primary_key=True),
            Field(name="role", default="'customer'"),
        ]),
        Entity(name="OrderItem", fields=[Field(name="sku"), Field(name="qty", type="integer")]),
    ]
    d.auth.roles += [Role(name="admin"), Role(name="customer")]
    return d


def test_relevant_rows_follow_type_and_shape() -> None:
    assert relevant("max_length", "string", "one") and not relevant("max_length", "uuid", "one")
    assert relevant("precision", "decimal", "one") and not relevant("precision", "money", "one")
    assert relevant("currency", "money", "one")
    assert relevant("minimum", "integer", "list") and not relevant("minimum", "OrderItem", "one")
    assert relevant("min_items", "OrderItem", "list") and not relevant("min_items", "uuid", "map")
    assert relevant("enum_values", "enum", "one") and not relevant("enum_values", "Status", "one")
    assert relevant("name", "anything", "one")


def test_type_choices_name_what_each_named_type_is() -> None:
    d = _shop()
    d.data.enums.append(EnumType(name="Status", values=["a"]))
    d.api.schemas.append(Schema(name="Cart"))
    choices = dict((v, lbl) for lbl, v in type_choices(d))
    assert choices["string"] == "string"
    assert choices["Status"] == "Status · enum"
    assert choices["OrderItem"] == "OrderItem · entity"
    assert choices["Cart"] == "Cart · schema"
    assert list(choices).index("Status") < list(choices).index("User") < list(choices).index(
        "Cart")


def test_member_check_reports_contradictions_per_row() -> None:
    errors = member_check(Field(name="x", read_only=True, write_only=True, min_length=5,
                                max_length=2, precision=4, scale=6, pattern="(",
                                currency="won!"))
    assert set(errors) == {"write_only", "max_length", "scale", "pattern", "currency"}
    assert member_check(Field(name="x", type="enum")) == {
        "enum_values": "an inline enum needs values"}


def test_renames_reach_field_types_and_bodies() -> None:
    d = _shop()
    d.api.schemas.append(Schema(name="Cart", fields=[
        SchemaField(name="lines", type="OrderItem", shape=Shape.LIST),
        SchemaField(name="meta", type="object", fields=[SchemaField(name="owner", type="User")]),
    ]))
    d.api.resources.append(Resource(name="carts", endpoints=[
        Endpoint(path="/cart", response=SchemaRef(name="Cart"))]))
    renames.rename_entity(d, "OrderItem", "Line")
    renames.rename_entity(d, "User", "Account")
    renames.rename_schema(d, "Cart", "Basket")
    assert d.api.schemas[0].fields[0].type == "Line"
    assert d.api.schemas[0].fields[1].fields[0].type == "Account"
    ref = d.api.resources[0].endpoints[0].response
    assert ref is not None and ref.name == "Basket"
    assert renames.type_uses(d, "Basket") == 1 and renames.type_uses(d, "Line") == 1


@sync
async def test_add_an_enum_and_rename_it_in_the_fields_that_use_it() -> None:
    design = _shop()
    design.data.entities[0].fields.append(Field(name="status", type="Status"))
    design.data.enums.append(EnumType(name="Status", values=["on"]))
    app = EditorHost(design, [EnumsEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one(RowTable).focus()
        await pilot.press("a", *"OrderStatus")
        form = app.screen
        form.query_one("#f-values", Input).value = "pending, paid, shipped"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("up", "e")  # rename Status → UserStatus
        form = app.screen
        form.query_one("#f-name", Input).value = "User"  # an entity's name: refused
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "already called 'User'" in str(form.query_one("#e-name").render())
        form.query_one("#f-name", Input).value = "UserStatus"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert [(e.name, e.values) for e in design.data.enums] == [
        ("UserStatus", ["on"]), ("OrderStatus", ["pending", "paid", "shipped"])]
    assert design.data.entities[0].fields[2].type == "UserStatus"
    assert app.changes == ["data.enums[OrderStatus]", "data.enums[UserStatus]"]


@sync
async def test_add_a_schema_with_a_list_of_entity_field_and_an_enum_field() -> None:
    design = _shop()
    design.data.enums.append(EnumType(name="CartState", values=["open", "closed"]))
    app = EditorHost(design, [SchemasEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one("#schemas").focus()
        await pilot.press("a", *"Cart", "enter")
        await pilot.pause()
        assert [s.name for s in design.api.schemas] == ["Cart"]
        await pilot.press("tab")
        assert app.focused is app.query_one("#schema-fields")
        await pilot.press("a", *"lines")
        form = app.screen
        assert isinstance(form, MemberForm)
        assert form.query_one("#r-max_length").display  # a string by default
        form.query_one("#f-type", Select).value = "OrderItem"
        form.query_one("#f-shape", Select).value = "list"
        await pilot.pause()
        assert not form.query_one("#r-max_length").display
        assert form.query_one("#r-min_items").display
        form.query_one("#f-min_items", Input).value = "1"
        form.query_one("#f-read_only").value = True  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("a", *"state")
        form = app.screen
        form.query_one("#f-type", Select).value = "CartState"
        await pilot.press("ctrl+s")
        await pilot.pause()
        cells = app.query_one("#schema-fields", RowTable).row_text(0)
        assert cells[:3] == ["lines", "list of OrderItem", "RO"]
    cart = design.api.schemas[0]
    lines, state = cart.fields
    assert (lines.type, lines.shape, lines.min_items, lines.read_only) == (
        "OrderItem", Shape.LIST, 1, True)
    assert (state.type, state.shape) == ("CartState", Shape.ONE)
    assert app.changes == ["api.schemas[Cart]", "api.schemas[Cart].fields[lines]",
                           "api.schemas[Cart].fields[state]"]


@sync
async def test_renaming_a_schema_updates_bodies_and_types() -> None:
    design = _shop()
    design.api.schemas += [Schema(name="Cart", fields=[SchemaField(name="id")]),
                           Schema(name="Checkout", fields=[SchemaField(name="cart",
                                                                       type="Cart")])]
    design.api.resources.append(Resource(name="carts", endpoints=[
        Endpoint(path="/cart", request=SchemaRef(name="Cart"))]))
    app = EditorHost(design, [SchemasEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one("#schemas").focus()
        await pilot.press("e")
        app.screen.query_one("#f-name", Input).value = "Basket"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("down", "d", "y")  # delete Checkout
        await pilot.pause()
    assert [s.name for s in design.api.schemas] == ["Basket"]
    request = design.api.resources[0].endpoints[0].request
    assert request is not None and request.name == "Basket"


@sync
async def test_edit_an_entity_field_to_a_read_only_list_writable_by_admin() -> None:
    design = _shop()
    app = EditorHost(design, [EntitiesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one("#fields").focus()
        await pilot.press("down", "e")  # User.role
        form = app.screen
        assert isinstance(form, MemberForm)
        assert not form.query_one("#r-min_items").display
        form.query_one("#f-shape", Select).value = "list"
        form.query_one("#f-read_only").value = True  # type: ignore[attr-defined]
        form.query_one("#f-max_length", Input).value = "20"
        roles = form.query_one("#f-writable_by", SelectionList)
        roles.select("admin")
        await pilot.pause()
        form.query_one("#f-max_items", Input).value = "3"
        await pilot.press("ctrl+s")
        await pilot.pause()
        cells = app.query_one("#fields", RowTable).row_text(1)
        assert cells[:3] == ["role", "list of string(20)", "RO"]
        await pilot.press("e")  # a uuid has no length: the hidden row is saved unset
        form = app.screen
        form.query_one("#f-type", Select).value = "uuid"
        await pilot.pause()
        assert not form.query_one("#r-max_length").display
        await pilot.press("ctrl+s")
        await pilot.pause()
    role = design.data.entities[0].fields[1]
    assert (role.type, role.shape, role.read_only, role.writable_by) == (
        "uuid", Shape.LIST, True, ["admin"])
    assert (role.max_length, role.max_items, role.default) == (None, 3, "'customer'")


@sync
async def test_field_dialog_refuses_contradictions_inline() -> None:
    design = _shop()
    app = EditorHost(design, [EntitiesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one("#fields").focus()
        await pilot.press("a", *"price")
        form = app.screen
        form.query_one("#f-type", Select).value = "decimal"
        await pilot.pause()
        form.query_one("#f-precision", Input).value = "4"
        form.query_one("#f-scale", Input).value = "6"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        assert "larger than the precision" in str(form.query_one("#e-scale").render())
        form.query_one("#f-scale", Input).value = "2"
        await pilot.press("ctrl+s")
        await pilot.pause()
    price = design.data.entities[0].fields[-1]
    assert (price.type, price.precision, price.scale) == ("decimal", 4, 2)
