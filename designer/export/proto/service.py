"""The service of a design's proto file: one unary rpc per endpoint, named Get, List, Create,
Update or Delete after the operation, with a request and a response message of its own."""

from __future__ import annotations

import re

from designer.contract.naming import operation_id
from designer.contract.variants import paginates
from designer.export.proto.names import Unique, field_base, message_base, package_part
from designer.export.proto.render import Builder, comment
from designer.model.api import Endpoint, Method, Resource
from designer.model.design import Design

_VERSION = re.compile(r"^v[0-9]+((alpha|beta)[0-9]*)?$")


def package(design: Design) -> str:
    """`shop.v1`: the design's name and the version its base path names (else v1)."""
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
