"""Snapshots of the GraphQL and gRPC editors at 80×24 and 120×40.

Regenerate with `pytest tests/test_rpc_editors_snapshots.py --snapshot-update`, then look at
the SVGs (`rsvg-convert x.svg -o x.png`): each test's docstring says what you should see.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from steady import steady_screen
from textual.pilot import Pilot
from textual.widgets import Input

from designer.model import Design
from designer.model.api import ApiStyle, Schema, SchemaField, SchemaRef
from designer.model.auth import Role
from designer.model.data import Entity, Field, FieldType
from designer.model.rpc import (
    ErrorMapping,
    GraphQLInterface,
    GraphQLOperation,
    GrpcService,
    GrpcStatus,
    OperationKind,
    Rpc,
    RpcKind,
)
from designer.model.types import Member, Shape
from designer.tui.editors.graphql import (
    GraphQLInterfacesEditor,
    GraphQLOperationsEditor,
    GraphQLSettingsEditor,
)
from designer.tui.editors.grpc import GrpcErrorsEditor, GrpcPackageEditor, GrpcServicesEditor
from designer.tui.editors.host import EditorHost

SnapCompare = Callable[..., bool]
SIZES = [(80, 24), (120, 40)]


def _collab() -> Design:
    """Documents with comments served over GraphQL, stock over gRPC."""
    d = Design.new("collab")
    d.api.style = ApiStyle.MIXED
    d.data.entities += [
        Entity(name="Document", fields=[
            Field(name="id", type=FieldType.UUID, primary_key=True), Field(name="title"),
            Field(name="comments", type="Comment", shape=Shape.LIST)]),
        Entity(name="Comment", fields=[
            Field(name="id", type=FieldType.UUID, primary_key=True), Field(name="body")]),
    ]
    d.api.schemas.append(Schema(name="StockLevel", fields=[
        SchemaField(name="sku"), SchemaField(name="available", type="integer")]))
    d.auth.roles += [Role(name="editor"), Role(name="viewer")]
    d.api.graphql.operations += [
        GraphQLOperation(name="document", returns=SchemaRef(name="Document"),
                         arguments=[Member(name="id", type="uuid")]),
        GraphQLOperation(kind=OperationKind.MUTATION, name="addComment",
                         returns=SchemaRef(name="Comment"), roles=["editor"],
                         arguments=[Member(name="documentId", type="uuid"),
                                    Member(name="body", description="Markdown text")]),
        GraphQLOperation(kind=OperationKind.SUBSCRIPTION, name="documentChanged",
                         returns=SchemaRef(name="Document"), roles=["editor", "viewer"],
                         arguments=[Member(name="id", type="uuid")]),
    ]
    d.api.graphql.max_depth = 8
    d.api.graphql.batched = ["Document.comments"]
    d.api.graphql.interfaces.append(GraphQLInterface(
        name="Node", fields=["id"], description="Anything a client can fetch by id"))
    d.api.grpc.package = "inventory.v1"
    d.api.grpc.deadline_ms = 2000
    d.api.grpc.errors.append(ErrorMapping(error="OUT_OF_STOCK",
                                          status=GrpcStatus.FAILED_PRECONDITION,
                                          description="Not enough stock left"))
    d.api.grpc.services.append(GrpcService(name="InventoryService", rpcs=[
        Rpc(name="GetStock", request=SchemaRef(name="StockLevel"),
            response=SchemaRef(name="StockLevel"), deadline_ms=500, errors=["OUT_OF_STOCK"]),
        Rpc(name="WatchStock", kind=RpcKind.SERVER_STREAM,
            response=SchemaRef(name="StockLevel")),
        Rpc(name="SyncStock", kind=RpcKind.BIDI_STREAM, request=SchemaRef(name="StockLevel"),
            response=SchemaRef(name="StockLevel"))]))
    return d


def _steps(*keys: str) -> Callable[[Pilot[Any]], Any]:
    """Focus the first table, press `keys`, stop the cursor blinking."""

    async def run(pilot: Pilot[Any]) -> None:
        pilot.app.query("RowTable").first().focus()
        await pilot.press(*keys)
        await pilot.pause()
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        await steady_screen(pilot)

    return run


GRAPHQL = [GraphQLOperationsEditor, GraphQLSettingsEditor, GraphQLInterfacesEditor]
GRPC = [GrpcPackageEditor, GrpcServicesEditor, GrpcErrorsEditor]


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_graphql_editors(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """You should see "GraphQL operations": query document, mutation addComment (highlighted)
    and subscr. documentChanged with their return types; right "Arguments of addComment":
    documentId uuid and body string; below "GraphQL server": /graphql, batched
    Document.comments, max depth 8; then "GraphQL interfaces": Node over id with its
    description."""
    app = EditorHost(_collab(), GRAPHQL)
    assert snap_compare(app, terminal_size=size, run_before=_steps("down"))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_graphql_operation_form(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """You should see "Edit GraphQL operation" for documentChanged: Kind subscription,
    Returns Document (a choice), Variant read, Many and Paginated unticked, Auth required,
    Roles a selection list with editor and viewer ticked, Trigger and Service choices, Save and
    Cancel inside the dialog."""
    app = EditorHost(_collab(), GRAPHQL)
    assert snap_compare(app, terminal_size=size, run_before=_steps("down", "down", "e"))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_grpc_editors(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """You should see "gRPC package" inventory.v1 with deadline 2000; "gRPC services" with
    InventoryService (3 RPCs) and its RPCs GetStock unary, WatchStock server→ (request
    Empty), SyncStock bidi, each with StockLevel bodies; "gRPC error statuses": OUT_OF_STOCK
    → FAILED_PRECONDITION with its description."""
    app = EditorHost(_collab(), GRPC)
    assert snap_compare(app, terminal_size=size, run_before=_steps())


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_rpc_form(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """You should see "Edit RPC of InventoryService" for GetStock: Kind unary, Request and
    Response StockLevel (choices) with their variant and many rows, Deadline ms 500, Errors a
    selection list with OUT_OF_STOCK ticked (at 80×24 the last rows scroll)."""
    app = EditorHost(_collab(), GRPC)
    assert snap_compare(app, terminal_size=size, run_before=_steps("tab", "tab", "e"))
