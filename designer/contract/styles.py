"""Which style serves each endpoint: a REST design's endpoints are REST; a GraphQL or gRPC
design's endpoints are its operations (unless one is marked REST); a mixed design's endpoints
are REST unless marked GraphQL or gRPC (REST at the edge, gRPC between services). Every export
reads its part from here, so no operation is written in two contracts.

A mixed design that marks nothing (no endpoint style, no GraphQL operation, no gRPC service)
keeps the meaning it had before styles could be marked: every endpoint in every style."""

from __future__ import annotations

from designer.model.api import ApiStyle, Endpoint, Resource
from designer.model.design import Design


def unmarked_mixed(design: Design) -> bool:
    """A mixed design that says nothing about which part is served how."""
    api = design.api
    return (api.style is ApiStyle.MIXED and not api.graphql.operations
            and not api.grpc.services and all(e.style is None for _, e in api.endpoints()))


def endpoint_style(design: Design, endpoint: Endpoint) -> ApiStyle:
    """The style `endpoint` is served in."""
    if endpoint.style is not None and endpoint.style is not ApiStyle.MIXED:
        return endpoint.style
    style = design.api.style
    if style is ApiStyle.MIXED and _transport(design, endpoint):
        return ApiStyle.GRAPHQL
    return ApiStyle.REST if style in (None, ApiStyle.MIXED) else style


def endpoints_of(design: Design, style: ApiStyle) -> list[tuple[Resource, Endpoint]]:
    """Every endpoint served in `style`, with its resource, in design order."""
    if unmarked_mixed(design):
        return design.api.endpoints()
    return [(r, e) for r, e in design.api.endpoints() if endpoint_style(design, e) is style]


def has_graphql(design: Design) -> bool:
    """The design has a GraphQL part: its style is GraphQL, or it is mixed and has GraphQL
    operations or endpoints."""
    style = design.api.style
    if style is ApiStyle.GRAPHQL or unmarked_mixed(design):
        return True
    return style is ApiStyle.MIXED and bool(design.api.graphql.operations
                                            or endpoints_of(design, ApiStyle.GRAPHQL))


def has_grpc(design: Design) -> bool:
    """The design has a gRPC part (like `has_graphql`)."""
    style = design.api.style
    if style is ApiStyle.GRPC or unmarked_mixed(design):
        return True
    return style is ApiStyle.MIXED and bool(design.api.grpc.services
                                            or endpoints_of(design, ApiStyle.GRPC))


def has_rest(design: Design) -> bool:
    """The design has a REST part: it is REST (or undecided), or it has REST endpoints."""
    if design.api.style in (None, ApiStyle.REST) or unmarked_mixed(design):
        return True
    return bool(endpoints_of(design, ApiStyle.REST))


def rest_only(design: Design) -> Design:
    """A copy of `design` whose resources hold only its REST endpoints (for the OpenAPI)."""
    if design.api.style in (None, ApiStyle.REST) or unmarked_mixed(design):
        return design
    resources = [r.model_copy(update={"endpoints": [e for e in r.endpoints
                                                    if endpoint_style(design, e)
                                                    is ApiStyle.REST]})
                 for r in design.api.resources]
    return design.model_copy(update={"api": design.api.model_copy(
        update={"resources": resources})})


def _transport(design: Design, endpoint: Endpoint) -> bool:
    """The GraphQL endpoint itself (`POST /graphql`, no bodies of its own) in a design that
    has GraphQL operations: it serves them, it is not a REST operation."""
    path = "/" + endpoint.path.strip("/")
    return (bool(design.api.graphql.operations) and endpoint.request is None
            and endpoint.response is None
            and path == "/" + design.api.graphql.path.strip("/"))
