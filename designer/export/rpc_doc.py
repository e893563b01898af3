"""What the document says about the GraphQL and gRPC parts: operations tables, an example
operation with its variables and result, the GraphQL error model, limits, deadlines and the
status mapping. Every row comes from the design."""

from __future__ import annotations

import json
from typing import Any

from designer.contract.examples import entity_example, member_example, schema_example
from designer.contract.styles import has_graphql, has_grpc, has_rest
from designer.contract.types import Types
from designer.contract.variants import Body, BodyContext
from designer.export.graphql.names import field_base
from designer.model import Design
from designer.model.api import SchemaRef
from designer.model.rpc import GraphQLOperation, OperationKind
from designer.model.types import Member


def _type(member: Member) -> str:
    inner = member.type
    return f"[{inner}]" if member.is_list else inner


def _returns(ref: SchemaRef | None, paginated: bool = False, empty: str = "Boolean") -> str:
    if ref is None:
        return empty
    if ref.many:
        return f"{ref.name} connection" if paginated else f"list of {ref.name}"
    return ref.name


def _body(design: Design, types: Types, ref: SchemaRef) -> dict[str, Any]:
    entity = types.entities.get(ref.name)
    locale = design.requirements.locale
    if entity is not None:
        raw = entity_example(entity, BodyContext(Body.READ), types, locale)
    else:
        raw = schema_example(types.schemas[ref.name], types, locale)
    return {field_base(k): v for k, v in raw.items() if not isinstance(v, dict | list)}


def _example(design: Design, types: Types, op: GraphQLOperation) -> dict[str, str]:
    """The operation text, its variables and its result as indented JSON."""
    variables = {field_base(m.name): member_example(m, types, design.requirements.locale,
                                                    op.name) for m in op.arguments}
    declared = ", ".join(f"${field_base(m.name)}: {_gql_type(m)}" for m in op.arguments)
    passed = ", ".join(f"{field_base(m.name)}: ${field_base(m.name)}" for m in op.arguments)
    result: Any = True
    selection = ""
    if op.returns is not None:
        one = _body(design, types, op.returns)
        fields = " ".join(one) or "__typename"
        if op.returns.many and op.paginated:
            selection = (f" {{ edges {{ node {{ {fields} }} }} "
                         "pageInfo { hasNextPage endCursor } }")
            result = {"edges": [{"node": one}], "pageInfo": {"hasNextPage": False,
                                                             "endCursor": None}}
        else:
            selection = f" {{ {fields} }}"
            result = [one] if op.returns.many else one
    text = (f"{op.kind.value} {op.name[:1].upper() + op.name[1:]}"
            f"{f'({declared})' if declared else ''} {{\n"
            f"  {op.name}{f'({passed})' if passed else ''}{selection}\n}}")
    return {"operation": text, "variables": _json(variables),
            "result": _json({"data": {op.name: result}})}


def _json(value: Any) -> str:
    # A value never closes the fence it is written in.
    return json.dumps(value, ensure_ascii=False, indent=2).replace("```", "`\u200b``")


def _gql_type(member: Member) -> str:
    from designer.export.graphql.scalars import CUSTOM, NATIVE
    from designer.model.types import FieldType

    builtin = member.builtin
    name = member.type
    if builtin in NATIVE:
        name = NATIVE[builtin]  # type: ignore[index]
    elif builtin in CUSTOM:
        name = CUSTOM[builtin].name  # type: ignore[index]
    elif builtin is FieldType.ENUM:
        name = "String"
    name = f"[{name}!]" if member.is_list else name
    return name if member.optional or member.nullable else name + "!"


_ERROR = {"errors": [{"message": "Not found", "extensions": {"code": "NOT_FOUND"}}],
          "data": None}


def _sdl_checks_roles(design: Design) -> bool:
    """The exported SDL marks roles with its `@auth` directive."""
    from designer.export.graphql.sdl import render

    return "\ndirective @auth(" in (render(design) or "")


def rpc_context(design: Design) -> dict[str, Any]:
    """The template's view of the GraphQL and gRPC parts (empty parts for other designs)."""
    from designer.export.proto.service import deadline, package

    types = Types.of(design)
    out: dict[str, Any] = {"rest": has_rest(design), "graphql": None, "grpc": None}
    if has_graphql(design):
        g = design.api.graphql
        ops = [{"kind": o.kind.value, "name": o.name,
                "arguments": ", ".join(f"{m.name}: {_type(m)}" for m in o.arguments),
                "returns": _returns(o.returns, o.paginated),
                "access": "public" if o.auth.value == "none" else
                ", ".join(o.roles) or "signed in", "description": o.description}
               for o in g.operations]
        sample = next((o for o in g.operations if o.kind is OperationKind.QUERY), None)
        error = dict(_ERROR)
        if sample is not None:
            error = {"errors": [{"message": "Not found", "path": [sample.name],
                                 "extensions": {"code": "NOT_FOUND"}}],
                     "data": {sample.name: None}}
        out["graphql"] = {
            "path": g.path, "operations": ops,
            "example": _example(design, types, sample) if sample else None,
            "error": _json(error),
            "max_depth": g.max_depth, "max_complexity": g.max_complexity,
            "persisted": g.persisted_queries, "batched": list(g.batched),
            "interfaces": [(i.name, ", ".join(i.fields), i.description.strip().rstrip("."))
                           for i in g.interfaces if i.name],
            "auth": _sdl_checks_roles(design)}
    if has_grpc(design):
        grpc = design.api.grpc
        out["grpc"] = {
            "package": package(design),
            "own_packages": [(s.name, s.package) for s in grpc.services
                             if s.package.strip() and s.package.strip() != package(design)],
            "rpcs": [{"service": s.name, "name": r.name, "kind": r.kind.value.replace("_", " "),
                      "request": _returns(r.request, empty="empty"),
                      "response": _returns(r.response, empty="empty"),
                      "deadline": deadline(design, s, r), "errors": ", ".join(r.errors)}
                     for s, r in grpc.rpcs()],
            "errors": [(e.error, e.status.value, e.description) for e in grpc.errors]}
    return out
