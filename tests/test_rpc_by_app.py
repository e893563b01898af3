"""A small mixed design (REST at the edge, GraphQL and gRPC inside) made in the app from an
empty design, keys and choices only: roles, a schema with fields, a GraphQL query with a typed
argument and roles, the server's limits, a gRPC package, an error status, a service with a
unary and a bidirectional RPC. The saved file holds all of it.

Then the proto field numbers: the first save stores them, so a reorder (`]`, `shift+up`), a
rename and a removal made in the app, and a reorder made by hand in the file, keep every number
of the exported proto, the removed field's number `reserved` and a new field given a fresh
one."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

from dialogs import fill, open_with, save, settle, until
from textual.pilot import Pilot
from textual.widgets import Select

from designer import store
from designer.commands.new import create
from designer.export.proto import proto_files
from designer.model.api import ApiStyle, SchemaRef
from designer.model.progress import Stage
from designer.model.rpc import GrpcStatus, OperationKind, RpcKind
from designer.tui.app import make_app
from designer.tui.editors.graphql import GraphQLOperationsEditor, GraphQLSettingsEditor
from designer.tui.editors.grpc import GrpcErrorsEditor, GrpcPackageEditor, GrpcServicesEditor
from designer.tui.editors.lists import RolesEditor
from designer.tui.editors.schemas import SchemasEditor
from designer.tui.widgets.question_field import QuestionField
from designer.tui.widgets.row_table import RowTable


async def _done(pilot: Pilot[Any], app: Any) -> None:
    await pilot.press("ctrl+s")  # save now, then let the autosave worker finish
    await settle(pilot, app)
    await pilot.pause(0.3)
    await settle(pilot, app)


async def _build(path: Path) -> None:
    app = make_app(path, autosave_delay=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        screen = app.screen
        await screen.go_to(Stage.AUTH)
        await settle(pilot, app)
        screen.form.query_one(RolesEditor).query_one(RowTable).focus()
        for role in ("admin", "clerk"):
            await open_with(pilot, "a", *role)
            await save(pilot)

        await screen.go_to(Stage.API)
        await settle(pilot, app)
        form = screen.form
        grpc = form.query_one(GrpcServicesEditor)
        assert not grpc.display  # no style chosen yet: no gRPC part to edit
        style = next(f for f in form.query(QuestionField) if f.question.id == "style")
        style.query_one(".answer", Select).value = "mixed"
        await settle(pilot, app)
        assert grpc.display and form.query_one(GraphQLOperationsEditor).display

        schemas = form.query_one(SchemasEditor)
        schemas.table("schemas").focus()
        await open_with(pilot, "a", *"StockLevel")
        await save(pilot)
        schemas.table("schema-fields").focus()
        for name, kind in (("sku", "string"), ("available", "integer"), ("note", "string")):
            await open_with(pilot, "a")
            await fill(pilot, app, name=name, type=kind)

        ops = form.query_one(GraphQLOperationsEditor)
        ops.table("graphql-operations").focus()
        await open_with(pilot, "a")
        await fill(pilot, app, kind="query", name="stock", returns="StockLevel",
                    roles=["clerk"])
        ops.table("graphql-arguments").focus()
        await open_with(pilot, "a")
        await fill(pilot, app, name="sku", type="string")

        server = form.query_one(GraphQLSettingsEditor)
        server.query_one(RowTable).focus()
        await open_with(pilot, "e")
        await fill(pilot, app, max_depth="8", max_complexity="500", persisted_queries=True)

        package = form.query_one(GrpcPackageEditor)
        package.query_one(RowTable).focus()
        await open_with(pilot, "e")
        await fill(pilot, app, package="inventory.v1", deadline_ms="2000")

        errors = form.query_one(GrpcErrorsEditor)
        errors.query_one(RowTable).focus()
        await open_with(pilot, "a", *"OUT_OF_STOCK")
        await fill(pilot, app, status="FAILED_PRECONDITION")

        grpc.table("grpc-services").focus()
        await open_with(pilot, "a", *"InventoryService")
        await save(pilot)
        grpc.table("grpc-rpcs").focus()
        await open_with(pilot, "a")
        await fill(pilot, app, name="GetStock", request="StockLevel", response="StockLevel",
                    deadline_ms="500", errors=["OUT_OF_STOCK"])
        await open_with(pilot, "a")
        await fill(pilot, app, name="SyncStock", kind="bidi_stream", request="StockLevel",
                    response="StockLevel")
        await _done(pilot, app)


async def _reorder(path: Path) -> None:
    """Move `sku` two places down with `]`, then one place up with shift+up, in the app."""
    app = make_app(path, autosave_delay=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        screen = app.screen
        await screen.go_to(Stage.API)
        await settle(pilot, app)
        schemas = screen.form.query_one(SchemasEditor)
        fields = schemas.table("schema-fields")
        fields.focus()
        fields.move_cursor(row=0)
        await pilot.press("]", "]")
        await pilot.pause()
        assert [f.name for f in app.design.api.schemas[0].fields] == ["available", "note", "sku"]
        assert fields.cursor_row == 2  # the cursor went with the field
        await pilot.press("shift+up")
        await pilot.pause()
        await _done(pilot, app)


async def _rename_and_remove(path: Path) -> None:
    """Rename `sku` to `sku_code`, delete `note`, add `warehouse`, in the schema editor."""
    app = make_app(path, autosave_delay=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        screen = app.screen
        await screen.go_to(Stage.API)
        await settle(pilot, app)
        schemas = screen.form.query_one(SchemasEditor)
        fields = schemas.table("schema-fields")
        fields.focus()
        rows = [fields.row_text(i) for i in range(fields.row_count)]
        at = next(i for i, row in enumerate(rows) if row[0] == "sku")
        fields.move_cursor(row=at)
        await open_with(pilot, "e")
        await fill(pilot, app, name="sku_code")
        rows = [fields.row_text(i) for i in range(fields.row_count)]
        fields.move_cursor(row=next(i for i, row in enumerate(rows) if row[0] == "note"))
        await open_with(pilot, "d")
        await pilot.press("y")
        await until(pilot, lambda: len(app.design.api.schemas[0].fields) == 2)
        await open_with(pilot, "a")
        await fill(pilot, app, name="warehouse", type="string")
        await _done(pilot, app)


def _numbers(path: Path, message: str) -> tuple[dict[str, int], str]:
    """The field numbers of `message` in the proto exported from `path`, and its reserved
    line ("" for none)."""
    text = "\n".join(proto_files(store.load(path)).values())
    block = re.search(rf"^message {message} {{\n(.*?)^}}", text, re.M | re.S)
    assert block is not None, text
    body = block.group(1)
    fields = dict(re.findall(r"^\s+(?:optional |repeated )?[.\w<>, ]+? (\w+) = (\d+);", body,
                             re.M))
    reserved = re.search(r"^\s+reserved ([\d, ]+);", body, re.M)
    return {k: int(v) for k, v in fields.items()}, reserved.group(1) if reserved else ""


def test_a_mixed_design_is_made_in_the_app_and_its_numbers_never_move(tmp_path: Path) -> None:
    path = create("Inventory", tmp_path)
    asyncio.run(_build(path))
    saved = store.load(path)
    api = saved.api
    assert api.style is ApiStyle.MIXED
    assert [r.name for r in saved.auth.roles] == ["admin", "clerk"]
    (op,) = api.graphql.operations
    assert (op.kind, op.name, op.returns, op.roles) == (
        OperationKind.QUERY, "stock", SchemaRef(name="StockLevel"), ["clerk"])
    assert [(a.name, a.type) for a in op.arguments] == [("sku", "string")]
    assert (api.graphql.max_depth, api.graphql.max_complexity,
            api.graphql.persisted_queries) == (8, 500, True)
    assert (api.grpc.package, api.grpc.deadline_ms) == ("inventory.v1", 2000)
    assert [(e.error, e.status) for e in api.grpc.errors] == [
        ("OUT_OF_STOCK", GrpcStatus.FAILED_PRECONDITION)]
    (service,) = api.grpc.services
    assert service.name == "InventoryService"
    get, sync = service.rpcs
    assert (get.name, get.kind, get.request, get.response, get.deadline_ms, get.errors) == (
        "GetStock", RpcKind.UNARY, SchemaRef(name="StockLevel"), SchemaRef(name="StockLevel"),
        500, ["OUT_OF_STOCK"])
    assert (sync.name, sync.kind) == ("SyncStock", RpcKind.BIDI_STREAM)
    # The first save stored the numbers, in the order the fields were added.
    assert [(f.name, f.number) for f in api.schemas[0].fields] == [
        ("sku", 1), ("available", 2), ("note", 3)]
    before, reserved = _numbers(path, "StockLevel")
    assert before == {"sku": 1, "available": 2, "note": 3} and reserved == ""

    # A reorder in the app keeps the numbers.
    asyncio.run(_reorder(path))
    assert [f.name for f in store.load(path).api.schemas[0].fields] == [
        "available", "sku", "note"]
    assert _numbers(path, "StockLevel") == (before, "")

    # A reorder by hand in the file (the fields listed backwards) keeps the numbers.
    design = store.load(path)
    design.api.schemas[0].fields.reverse()
    store.save(design, path)
    assert _numbers(path, "StockLevel") == (before, "")

    asyncio.run(_rename_and_remove(path))
    after, reserved = _numbers(path, "StockLevel")
    assert after == {"sku_code": 1, "available": 2, "warehouse": 4}
    assert reserved == "3"


def test_a_headless_save_stores_the_numbers_an_export_had_given(tmp_path: Path) -> None:
    path = create("Inventory", tmp_path)
    design = store.load(path)
    design.api.style = ApiStyle.GRPC
    design.api.schemas.append(_schema(["b", "a", "c"]))
    exported = _numbers_of(design)
    store.save(design, path)
    saved = store.load(path)
    assert {f.name: f.number for f in saved.api.schemas[0].fields} == exported
    saved.api.schemas[0].fields.sort(key=lambda f: f.name)  # a reorder …
    saved.api.schemas[0].fields[0].name = "alpha"  # … and a rename
    assert {("alpha" if k == "a" else k): v for k, v in exported.items()} == \
        _numbers_of(saved)
    before = store.dumps(saved)
    assert store.dumps(saved) == before  # settled: saving again changes nothing


def _schema(names: list[str]) -> Any:
    from designer.model.api import Schema, SchemaField

    return Schema(name="Item", fields=[SchemaField(name=n) for n in names])


def _numbers_of(design: Any) -> dict[str, int]:
    from designer.contract.numbers import layout

    return dict(layout(design)[design.api.schemas[0].name].numbers)
