"""Small GraphQL and gRPC designs the export, review and app tests share."""

from __future__ import annotations

from designer.model import Design
from designer.model.api import ApiStyle, Endpoint, Method, Resource, SchemaRef
from designer.model.data import Entity, Field
from designer.model.rpc import (
    ErrorMapping,
    GraphQLOperation,
    GrpcService,
    GrpcStatus,
    OperationKind,
    Rpc,
    RpcKind,
)
from designer.model.types import Member


def collab() -> Design:
    """A GraphQL design: documents read, renamed and watched (a subscription)."""
    design = Design.new("collab")
    design.api.style = ApiStyle.GRAPHQL
    design.data.entities = [Entity(name="Document", description="A shared document.", fields=[
        Field(name="id", type="uuid", primary_key=True), Field(name="title"),
        Field(name="body", type="text")])]
    design.api.graphql.operations = [
        GraphQLOperation(name="document", description="One document.",
                         arguments=[Member(name="id", type="uuid")],
                         returns=SchemaRef(name="Document")),
        GraphQLOperation(name="documents", returns=SchemaRef(name="Document", many=True),
                         paginated=True),
        GraphQLOperation(kind=OperationKind.MUTATION, name="renameDocument",
                         arguments=[Member(name="id", type="uuid"), Member(name="title")],
                         returns=SchemaRef(name="Document")),
        GraphQLOperation(kind=OperationKind.SUBSCRIPTION, name="documentChanged",
                         description="Pushed after every edit of the document.",
                         arguments=[Member(name="id", type="uuid")],
                         returns=SchemaRef(name="Document"), trigger="document.changed")]
    return design


def inventory() -> Design:
    """A mixed design: REST at the edge, an inventory gRPC service between services."""
    design = Design.new("shop")
    design.api.style = ApiStyle.MIXED
    design.data.entities = [Entity(name="Stock", fields=[
        Field(name="sku", primary_key=True), Field(name="quantity", type="integer"),
        Field(name="warehouse", optional=True)])]
    design.api.resources = [Resource(name="stock", entity="Stock", endpoints=[
        Endpoint(method=Method.GET, path="/stock/{sku}", response=SchemaRef(name="Stock"))])]
    design.api.grpc.package = "inventory.v1"
    design.api.grpc.deadline_ms = 800
    design.api.grpc.errors = [ErrorMapping(error="OUT_OF_STOCK",
                                           status=GrpcStatus.FAILED_PRECONDITION)]
    design.api.grpc.services = [GrpcService(name="Inventory", rpcs=[
        Rpc(name="GetStock", request=SchemaRef(name="Stock"), response=SchemaRef(name="Stock"),
            deadline_ms=200),
        Rpc(name="ReserveStock", request=SchemaRef(name="Stock", variant="create"),
            response=SchemaRef(name="Stock"), errors=["OUT_OF_STOCK"]),
        Rpc(name="WatchStock", kind=RpcKind.SERVER_STREAM, response=SchemaRef(name="Stock")),
        Rpc(name="UploadCounts", kind=RpcKind.CLIENT_STREAM,
            request=SchemaRef(name="Stock"), response=SchemaRef(name="Stock", many=True)),
        Rpc(name="SyncStock", kind=RpcKind.BIDI_STREAM, request=SchemaRef(name="Stock"),
            response=SchemaRef(name="Stock"))])]
    return design
