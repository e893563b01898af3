"""Cross-field checks of the GraphQL and gRPC parts: names, the bodies they refer to, batched
relation fields, the package name and stored proto field numbers.

A body that names nothing and a stored field number an export cannot use are blocking: the
contract would have to invent one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from designer.model.api import ApiStyle, SchemaRef
from designer.model.checks import Problem, _members, _names, _type_names, label
from designer.model.design import Design

_PACKAGE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")


def rpc_problems(d: Design) -> Iterator[Problem]:
    """Every problem of the design's GraphQL and gRPC parts."""
    from designer.contract.numbers import numbers_problems

    bodies = {e.name for e in d.data.entities} | {s.name for s in d.api.schemas}
    roles = {r.name for r in d.auth.roles}
    messages = {m.name for m in d.architecture.events.messages}
    named = _type_names(d)
    graphql = d.api.graphql
    for kind in {o.kind for o in graphql.operations}:
        yield from _names(f"api.graphql.operations.{kind.value}",
                          [o.name for o in graphql.operations if o.kind is kind], "operation")
    for i, op in enumerate(graphql.operations):
        where = f"api.graphql.operations[{label(op.name, i)}]"
        yield from _body(f"{where}.returns", op.returns, bodies)
        yield from _members(f"{where}.arguments", op.arguments, named)
        for role in op.roles:
            if role and role not in roles:
                yield Problem(f"{where}.roles", f"references unknown role '{role}'")
        if op.trigger and op.trigger not in messages:
            yield Problem(f"{where}.trigger", f"references unknown message '{op.trigger}'")
    yield from _names("api.graphql.interfaces", [i.name for i in graphql.interfaces],
                      "interface")
    for i, interface in enumerate(graphql.interfaces):
        if not any(f.strip() for f in interface.fields):
            yield Problem(f"api.graphql.interfaces[{label(interface.name, i)}].fields",
                          "an interface declares at least one field")
    for ref in graphql.batched:
        entity_name, _, field_name = ref.partition(".")
        entity = d.data.entity(entity_name)
        if entity is None or not field_name:
            yield Problem(f"api.graphql.batched[{ref}]", "is not `Entity.field` of an entity")
    grpc = d.api.grpc
    if grpc.package and not _PACKAGE.match(grpc.package):
        yield Problem("api.grpc.package", f"'{grpc.package}' is not a proto package name "
                      "(lower-case words joined by dots, e.g. orders.v1)")
    yield from _names("api.grpc.services", [s.name for s in grpc.services], "service")
    for i, service in enumerate(grpc.services):
        where = f"api.grpc.services[{label(service.name, i)}]"
        if service.package and not _PACKAGE.match(service.package):
            yield Problem(f"{where}.package", f"'{service.package}' is not a proto package "
                          "name (lower-case words joined by dots, e.g. inventory.v1)")
        yield from _names(f"{where}.rpcs", [r.name for r in service.rpcs], "rpc")
        for j, rpc in enumerate(service.rpcs):
            at = f"{where}.rpcs[{label(rpc.name, j)}]"
            yield from _body(f"{at}.request", rpc.request, bodies)
            yield from _body(f"{at}.response", rpc.response, bodies)
    yield from _names("api.grpc.errors", [e.error for e in grpc.errors], "error")
    for at, message in numbers_problems(d):
        yield Problem(f"api.grpc.numbers[{at}]", message, True)
    for resource in d.api.resources:
        for endpoint in resource.endpoints:
            if endpoint.style is ApiStyle.MIXED:
                yield Problem(f"api.resources[{resource.name}].endpoints[{endpoint.key}].style",
                              "an endpoint is served in one style: rest, graphql or grpc")


def _body(at: str, ref: SchemaRef | None, bodies: set[str]) -> Iterator[Problem]:
    if ref is not None and ref.name not in bodies:
        yield Problem(at, f"references unknown entity or schema '{ref.name}'", True)
