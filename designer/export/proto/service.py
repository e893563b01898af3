"""The services of a design's protos: the design's own (`api.grpc.services`, each rpc unary or
streaming, with its deadline and errors), or one derived from the gRPC endpoints: a unary rpc
per endpoint, named Get, List, Create, Update or Delete after the operation. Every rpc has a
request and a response message of its own (buf's STANDARD lint)."""

from __future__ import annotations

import re

from designer.contract.naming import operation_id
from designer.contract.variants import paginates
from designer.export.proto.names import Unique, field_base, message_base, package_part
from designer.export.proto.render import Builder, comment
from designer.model.api import Endpoint, Method, Resource
from designer.model.design import Design
from designer.model.rpc import GrpcService, Rpc, RpcKind

_VERSION = re.compile(r"^v[0-9]+((alpha|beta)[0-9]*)?$")


def package(design: Design) -> str:
    """The design's package, else `shop.v1`: the design's name and the version its base path
    names (else v1)."""
    if design.api.grpc.package:
        return design.api.grpc.package
    version = next((s.lower() for s in reversed(design.api.base_path.split("/"))
                    if _VERSION.match(s.lower())), "v1")
    return f"{package_part(design.requirements.name, 'api')}.{version}"


def rpc_base(endpoint: Endpoint, many: bool | None) -> str:
    """PascalCase rpc name: GET /orders → ListOrders, PATCH /orders/{id} → UpdateOrder."""
    name = operation_id(endpoint.method.value, endpoint.path,
                        collection=many if endpoint.method is Method.GET else None)
    if name.startswith("patch"):
        name = "update" + name[len("patch"):]
    return message_base(name[:1].upper() + name[1:]) if name else "Call"


def rpc(builder: Builder, rpcs: Unique, resource: Resource, endpoint: Endpoint) -> list[str]:
    """The rpc line of `endpoint` (with its comment); its messages go to the builder."""
    design = builder.design
    many = endpoint.response.many if endpoint.response else None
    name = builder.top.take(rpc_base(endpoint, many), suffixes=("", "Request", "Response"))
    rpcs.take(name)
    request = builder.declare(("rpc", name, "request"), "message", name + "Request")
    response = builder.declare(("rpc", name, "response"), "message", name + "Response")
    fields = Unique()
    for param in endpoint.path_params:
        request.add(f"  {builder.scalar_of(resource, param)} "
                    f"{fields.take(field_base(param), '_')}")
    for name_ in endpoint.filters:
        request.add(f"  optional {builder.scalar_of(resource, name_)} "
                    f"{fields.take(field_base(name_), '_')}")
    if endpoint.request is not None:
        kind = builder.body(endpoint, endpoint.request, request=True)
        label = "repeated " if endpoint.request.many else ""
        wanted = "items" if endpoint.request.many else field_base(endpoint.request.name)
        request.add(f"  {label}{kind} {fields.take(wanted, '_')}")
    paged = endpoint.response is not None and endpoint.response.many \
        and paginates(design, endpoint)
    if paged:
        request.add(f"  int32 {fields.take('page_size', '_')}")
        request.add(f"  string {fields.take('page_token', '_')}")
    if endpoint.response is not None:
        kind = builder.body(endpoint, endpoint.response, request=False)
        if endpoint.response.many:
            response.add(f"  repeated {kind} items")
            if paged:
                response.add("  string next_page_token")
        else:
            response.add(f"  {kind} {field_base(endpoint.response.name)}")
    text = "\n".join(t for t in (endpoint.summary.strip(), endpoint.description.strip()) if t)
    return [*comment(text, "  "),
            f"  rpc {name}({request.name}) returns ({response.name});"]


def service_name(design: Design) -> str:
    """`ShopService`: buf asks services to end with Service."""
    return message_base(design.requirements.name or "api") + "Service"


_STREAM_IN = {RpcKind.CLIENT_STREAM, RpcKind.BIDI_STREAM}
_STREAM_OUT = {RpcKind.SERVER_STREAM, RpcKind.BIDI_STREAM}


def deadline(design: Design, service: GrpcService, call: Rpc) -> int | None:
    """The deadline of `call` in ms: its own, else its service's, else the package's."""
    grpc = design.api.grpc
    return next((d for d in (call.deadline_ms, service.deadline_ms, grpc.deadline_ms)
                 if d is not None), None)


def declared_rpc(builder: Builder, rpcs: Unique, service: GrpcService, call: Rpc) -> list[str]:
    """The rpc line of a design's own rpc (with its comment); its messages go to the builder."""
    design = builder.design
    name = builder.top.take(message_base(call.name) if call.name.strip() else "Call",
                            suffixes=("", "Request", "Response"))
    rpcs.take(name)
    request = builder.declare(("rpc", name, "request"), "message", name + "Request")
    response = builder.declare(("rpc", name, "response"), "message", name + "Response")
    paged = call.paginated and call.kind is RpcKind.UNARY and call.response is not None \
        and call.response.many
    if call.request is not None:
        kind = builder.body_of(call.request)
        label = "repeated " if call.request.many else ""
        request.add(f"  {label}{kind} {field_base(call.request.name)}")
    if paged:
        request.add("  int32 page_size")
        request.add("  string page_token")
    if call.response is not None:
        kind = builder.body_of(call.response)
        if call.response.many:
            response.add(f"  repeated {kind} items")
            if paged:
                response.add("  string next_page_token")
        else:
            response.add(f"  {kind} {field_base(call.response.name)}")
    notes = [call.description.strip()]
    limit = deadline(design, service, call)
    if limit is not None:
        notes.append(f"Deadline: {limit} ms.")
    statuses = {e.error: e.status.value for e in design.api.grpc.errors}
    if call.errors:
        notes.append("Errors: " + ", ".join(
            f"{e} ({statuses[e]})" if e in statuses else e for e in call.errors) + ".")
    into = "stream " if call.kind in _STREAM_IN else ""
    out = "stream " if call.kind in _STREAM_OUT else ""
    return [*comment("\n".join(n for n in notes if n), "  "),
            f"  rpc {name}({into}{request.name}) returns ({out}{response.name});"]
