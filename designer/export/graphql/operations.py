"""The design's own GraphQL operations (`api.graphql.operations`) as fields of the Query,
Mutation and Subscription roots: arguments typed like any field (entities and schemas as their
input types), results as their read types, a paginated list as a Relay connection."""

from __future__ import annotations

from designer.contract.naming import NameTable
from designer.contract.variants import Body, BodyContext
from designer.export.graphql.names import field_base
from designer.export.graphql.sdl import Builder
from designer.export.graphql.text import description
from designer.model.api import EndpointAuth
from designer.model.rpc import GraphQLOperation
from designer.model.types import Member


def argument(builder: Builder, member: Member, owner: tuple[str, ...]) -> str:
    """The GraphQL type of an argument (`ID!`, `[OrderCreateInput!]`, `Int = 20`)."""
    if member.is_map:
        kind = builder.map_scalar()
    else:
        kind = builder.element(member, True, owner)
        if member.is_list:
            kind = f"[{kind}!]"
    required = not (member.optional or member.nullable)
    return kind + ("!" if required else "")


def declared(builder: Builder, names: NameTable, op: GraphQLOperation) -> str:
    """The root field of `op`, with its description."""
    name = names.take(field_base(op.name))
    args = NameTable()
    parts = [f"{args.take(field_base(m.name))}: "
             f"{argument(builder, m, ('operation', op.name or name))}" for m in op.arguments]
    result = "Boolean!"
    if op.returns is not None:
        entity = builder.types.entities.get(op.returns.name)
        if entity is not None:
            node = builder.entity(entity, BodyContext(Body.READ))
        else:
            node = builder.schema(op.returns.name, False)
        if op.returns.many and op.paginated:
            result = builder.connection(node) + "!"
            first = min(builder.design.api.page_size, builder.design.api.max_page_size)
            parts.append(f"{args.take('first')}: Int = {first}")
            parts.append(f"{args.take('after')}: String")
        elif op.returns.many:
            result = f"[{node}!]!"
        else:
            result = f"{node}!"
    signature = f"({', '.join(parts)})" if parts else ""
    roles = op.roles if op.auth is not EndpointAuth.NONE else []
    return description(op.description, "  ") + f"  {name}{signature}: {result}" \
        + builder.auth(roles)
