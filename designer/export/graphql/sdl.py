"""The SDL of a design: object types from entities (their read body) and named schemas, input
types from the bodies clients send, enums, scalars, and the Query and Mutation roots from the
design's endpoints (GET reads; POST, PUT, PATCH and DELETE change). Paginated lists are Relay
connections.

Types are made on first use, so a type nothing reaches is not declared, and a type that refers
to itself (a tree of categories) is declared once.

Authorization is written with a declared `@auth(requires: [role])` directive: on a root field
from its operation's roles, on an entity's object type from the roles the permission matrix
lets read or list a resource of that entity, on an input field from the field's `writable_by`.
A design that says none of these declares no directive.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from designer.contract.naming import NameTable, operation_id
from designer.contract.styles import endpoints_of
from designer.contract.types import Kind, Types
from designer.contract.variants import (
    Body,
    BodyContext,
    body_context,
    fields_of,
    paginates,
    timestamp_fields,
)
from designer.export.graphql.names import (
    PAGE_INFO,
    enum_value_base,
    field_base,
    type_base,
    type_table,
)
from designer.export.graphql.scalars import CUSTOM, MAP, NATIVE, SCALAR_NAMES, Scalar
from designer.export.graphql.text import description
from designer.model.api import ApiStyle, Endpoint, EndpointAuth, Method, Resource, SchemaRef
from designer.model.auth import Action
from designer.model.data import Entity
from designer.model.design import Design
from designer.model.rpc import OperationKind
from designer.model.types import FieldType, Member

_SUFFIX = {Body.CREATE: "CreateInput", Body.REPLACE: "ReplaceInput", Body.PATCH: "PatchInput"}
AUTH_DIRECTIVE = (
    '"""The caller needs one of these roles (checked before the type or field resolves)."""\n'
    "directive @auth(requires: [String!]!) on OBJECT | FIELD_DEFINITION | INPUT_FIELD_DEFINITION")
_READS = frozenset({Action.READ, Action.LIST})


@dataclass
class _Type:
    """One declared object, input or enum type."""

    keyword: str
    name: str
    text: str = ""
    lines: list[str] = field(default_factory=list)
    directives: str = ""
    fields: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Design field name → (GraphQL field name, type), for the interfaces."""
    implements: list[str] = field(default_factory=list)


class Builder:
    """Declares the types of one design's SDL, each once, in order of first use."""

    def __init__(self, design: Design) -> None:
        self.design = design
        self.types = Types.of(design)
        self.table = type_table(SCALAR_NAMES)
        self.declared: dict[tuple[str, ...], _Type] = {}
        self.order: list[_Type] = []
        self.scalars: dict[str, Scalar] = {}
        self.page_info = False
        self.auth_used = False
        self.entity_types: list[_Type] = []
        """Object types of entities' read bodies, in order of declaration."""

    def auth(self, roles: Sequence[str]) -> str:
        """` @auth(requires: [...])` for `roles` (declared on first use); "" for none."""
        roles = self._with_heirs([r for r in dict.fromkeys(roles) if r])
        if not roles:
            return ""
        self.auth_used = True
        return f" @auth(requires: [{', '.join(json.dumps(r, ensure_ascii=False) for r in roles)}])"

    def _with_heirs(self, roles: list[str]) -> list[str]:
        """`roles` and, after them, every role that inherits one of them (a room owner who
        inherits member may do what a member may), in the design's role order."""
        parents = {r.name: r.inherits for r in self.design.auth.roles}

        def has(role: str, seen: frozenset[str] = frozenset()) -> bool:
            return role in roles or any(has(p, seen | {role}) for p in parents.get(role, [])
                                        if p not in seen)

        return roles + [r for r in parents if r not in roles and has(r)] if roles else []

    def readers(self, entity: Entity) -> list[str]:
        """Roles the permission matrix lets read or list a resource of `entity`, in matrix
        order."""
        resources = {r.name for r in self.design.api.resources if r.entity == entity.name}
        return [p.role for p in self.design.auth.permissions
                if p.resource in resources and _READS & set(p.actions)]

    # ----- types ---------------------------------------------------------------------------

    def _declare(self, key: tuple[str, ...], keyword: str, base: str, text: str) -> _Type:
        item = _Type(keyword, self.table.take(base), text)
        self.declared[key] = item
        self.order.append(item)
        return item

    def entity(self, entity: Entity, context: BodyContext, input_: bool = False) -> str:
        """The object type (read) or input type (writes, or a read body a client sends) of
        `entity` in `context`."""
        members = fields_of(entity, context)
        read = context.shape is Body.READ
        input_ = input_ or not read
        key = ("entity", entity.name, context.shape.value, "input" if input_ else "",
               *(m.name for m, _ in members))
        if key in self.declared:
            return self.declared[key].name
        suffix = _SUFFIX[context.shape] if not read else "Input" if input_ else ""
        item = self._declare(key, "input" if input_ else "type", type_base(entity.name) + suffix,
                             entity.description if read else "")
        if not input_:
            item.directives = self.auth(self.readers(entity))
        names = NameTable()
        for member, required in members:
            needed = required and not member.nullable and context.shape is not Body.PATCH
            self._field(item, names, member, needed, input_, ("entity", entity.name))
        if read:
            for stamp in timestamp_fields(entity):
                name, kind = names.take(field_base(stamp)), f"{self._scalar(FieldType.DATETIME)}!"
                item.fields[stamp] = (name, kind)
                item.lines.append(f"  {name}: {kind}")
        if read and not input_:
            self.entity_types.append(item)
        return item.name

    def schema(self, name: str, input_: bool) -> str:
        """The object or input type of the named schema `name`."""
        key = ("schema", name, "input" if input_ else "")
        if key in self.declared:
            return self.declared[key].name
        schema = self.types.schemas[name]
        item = self._declare(key, "input" if input_ else "type",
                             type_base(name) + ("Input" if input_ else ""), schema.description)
        names = NameTable()
        for member in schema.fields:
            self._field(item, names, member, not (member.optional or member.nullable), input_,
                        ("schema", name))
        return item.name

    def _object(self, owner: tuple[str, ...], member: Member, input_: bool) -> str:
        key = ("object", *owner, member.name, "input" if input_ else "")
        if key in self.declared:
            return self.declared[key].name
        base = type_base(owner[1]) + type_base(member.name) + ("Input" if input_ else "")
        item = self._declare(key, "input" if input_ else "type", base, member.description)
        names = NameTable()
        inside = ("object", f"{owner[1]} {member.name}")
        for inner in member.fields:
            self._field(item, names, inner, not (inner.optional or inner.nullable), input_,
                        inside)
        return item.name

    def _enum(self, key: tuple[str, ...], base: str, values: list[str], text: str) -> str:
        if key in self.declared:
            return self.declared[key].name
        item = self._declare(key, "enum", base, text)
        names = NameTable()
        for value in values:
            item.lines.append(f"  {names.take(enum_value_base(value))}")
        return item.name

    def _scalar(self, kind: FieldType) -> str:
        if kind in NATIVE:
            return NATIVE[kind]
        scalar = CUSTOM[kind]
        self.scalars[scalar.name] = scalar
        return scalar.name

    def map_scalar(self) -> str:
        """The scalar a map is sent as (declared on first use)."""
        self.scalars[MAP.name] = MAP
        return MAP.name

    def element(self, member: Member, input_: bool, owner: tuple[str, ...]) -> str:
        """The named type of one value of `member`."""
        return self._element(member, input_, owner)

    def _element(self, member: Member, input_: bool, owner: tuple[str, ...]) -> str:
        """The named type of one value of `member`."""
        kind = self.types.kind(member.type)
        if kind is Kind.ENUM:
            named = self.types.enums[member.type]
            if named.values:
                return self._enum(("enum", named.name), type_base(named.name),
                                  self.types.enum_values(member), named.description)
            return "String"
        if kind is Kind.ENTITY:
            shape = Body.CREATE if input_ else Body.READ
            return self.entity(self.types.entities[member.type], BodyContext(shape))
        if kind is Kind.SCHEMA:
            return self.schema(member.type, input_)
        if member.type == FieldType.ENUM:
            values = self.types.enum_values(member)
            if not values:
                return "String"
            base = type_base(owner[1]) + type_base(member.name)
            return self._enum(("enum", *owner, member.name), base, values, "")
        if member.type == FieldType.OBJECT:
            if not member.fields:
                return self._scalar(FieldType.JSON)
            return self._object(owner, member, input_)
        return self._scalar(FieldType(member.type))

    def _field(self, item: _Type, names: NameTable, member: Member, required: bool,
               input_: bool, owner: tuple[str, ...]) -> None:
        if member.is_map:
            self.scalars[MAP.name] = MAP
            kind = MAP.name
        else:
            kind = self._element(member, input_, owner)
            if member.is_list:
                kind = f"[{kind}!]"
        writers = getattr(member, "writable_by", []) if input_ else []
        name, kind = names.take(field_base(member.name)), kind + ("!" if required else "")
        item.fields[member.name] = (name, kind)
        item.lines.append(description(member.description, "  ") + f"  {name}: {kind}"
                          + self.auth(writers))

    def interfaces(self) -> list[_Type]:
        """The design's interfaces that some entity type implements, each recorded on the
        types that implement it: those with every field of the interface, typed as on the
        first of them (an entity whose `id` is another type does not implement it)."""
        out: list[_Type] = []
        for wanted in self.design.api.graphql.interfaces:
            fields = list(dict.fromkeys(f for f in wanted.fields if f))
            having = [t for t in self.entity_types if fields and all(f in t.fields for f in fields)]
            if not having:
                continue
            shape = [having[0].fields[f] for f in fields]
            implementers = [t for t in having if [t.fields[f] for f in fields] == shape]
            item = _Type("interface", self.table.take(type_base(wanted.name)), wanted.description)
            item.lines = [f"  {name}: {kind}" for name, kind in shape]
            for implementer in implementers:
                implementer.implements.append(item.name)
            out.append(item)
        return out

    # ----- operations ----------------------------------------------------------------------

    def body(self, endpoint: Endpoint, target: SchemaRef, input_: bool) -> str:
        """The named type of one item of a request or response body."""
        entity = self.types.entities.get(target.name)
        if entity is not None:
            context = body_context(self.design, endpoint, target)
            if not input_:
                context = BodyContext(Body.READ)
            return self.entity(entity, context, input_)
        return self.schema(target.name, input_)

    def connection(self, node: str) -> str:
        """The Relay connection of `node` (its edge type and PageInfo declared with it)."""
        key = ("connection", node)
        if key in self.declared:
            return self.declared[key].name
        self.page_info = True
        edge = self._declare(("edge", node), "type", node + "Edge", "")
        edge.lines += ["  cursor: String!", f"  node: {node}!"]
        item = self._declare(key, "type", node + "Connection", "")
        item.lines += [f"  edges: [{edge.name}!]!", f"  pageInfo: {PAGE_INFO}!"]
        # The edge was declared first so that its name is free; show the connection first.
        self.order.remove(edge)
        self.order.append(edge)
        return item.name

    def argument_type(self, resource: Resource, name: str, nullable: bool) -> str:
        """The type of a path parameter or filter: its entity field's, else a string."""
        entity = self.types.entities.get(resource.entity)
        member = entity.field(name) if entity else None
        kind = "String"
        if member is not None and not member.is_list and not member.is_map \
                and self.types.kind(member.type) in (Kind.BUILTIN, Kind.ENUM) \
                and member.type != FieldType.OBJECT:
            kind = self._element(member, True, ("entity", resource.entity))
        elif name == "id" or name.endswith("_id"):
            kind = "ID"
        return kind + ("" if nullable else "!")


def is_transport(endpoint: Endpoint) -> bool:
    """The GraphQL endpoint itself (`POST /graphql`), not an operation of the schema."""
    literal = [s for s in endpoint.path.split("/") if s and "{" not in s]
    return (endpoint.request is None and endpoint.response is None
            and literal in ([], ["graphql"]))


def _operation(builder: Builder, fields: NameTable, resource: Resource,
               endpoint: Endpoint) -> str:
    design = builder.design
    many = endpoint.response.many if endpoint.response else None
    name = fields.take(operation_id(endpoint.method.value, endpoint.path,
                                    collection=many if endpoint.method is Method.GET else None))
    args = NameTable()
    parts: list[str] = []
    for param in endpoint.path_params:
        parts.append(f"{args.take(field_base(param))}: "
                     f"{builder.argument_type(resource, param, nullable=False)}")
    for name_ in endpoint.filters:
        parts.append(f"{args.take(field_base(name_))}: "
                     f"{builder.argument_type(resource, name_, nullable=True)}")
    if endpoint.request is not None:
        kind = builder.body(endpoint, endpoint.request, input_=True)
        kind = f"[{kind}!]!" if endpoint.request.many else f"{kind}!"
        parts.append(f"{args.take('input')}: {kind}")
    result = "Boolean!"
    if endpoint.response is not None:
        node = builder.body(endpoint, endpoint.response, input_=False)
        if endpoint.response.many and paginates(design, endpoint):
            result = builder.connection(node) + "!"
            first = min(design.api.page_size, design.api.max_page_size)
            parts.append(f"{args.take('first')}: Int = {first}")
            parts.append(f"{args.take('after')}: String")
        elif endpoint.response.many:
            result = f"[{node}!]!"
        else:
            result = f"{node}!"
    text = "\n\n".join(t for t in (endpoint.summary.strip(), endpoint.description.strip()) if t)
    signature = f"({', '.join(parts)})" if parts else ""
    roles = endpoint.roles if endpoint.auth is not EndpointAuth.NONE else []
    return description(text, "  ") + f"  {name}{signature}: {result}{builder.auth(roles)}"


def render(design: Design) -> str | None:
    """The SDL of `design`, or None when it has no query (GraphQL requires one)."""
    from designer.export.graphql.operations import declared

    builder = Builder(design)
    roots: dict[OperationKind, list[str]] = {kind: [] for kind in OperationKind}
    names = {kind: NameTable() for kind in OperationKind}
    for op in design.api.graphql.operations:
        roots[op.kind].append(declared(builder, names[op.kind], op))
    for resource, endpoint in endpoints_of(design, ApiStyle.GRAPHQL):
        if is_transport(endpoint):
            continue
        kind = OperationKind.QUERY if endpoint.method is Method.GET else OperationKind.MUTATION
        roots[kind].append(_operation(builder, names[kind], resource, endpoint))
    if not roots[OperationKind.QUERY]:
        return None
    blocks = ["# generated by designer: edit the design, then run designer export"]
    if builder.auth_used:
        blocks.append(AUTH_DIRECTIVE)
    for kind, root in zip(OperationKind, ("Query", "Mutation", "Subscription"), strict=True):
        if roots[kind]:
            blocks.append(f"type {root} {{\n" + "\n".join(roots[kind]) + "\n}")
    if builder.page_info:
        blocks.append(f'"""Where a page of a connection is; ask for the next with `after`."""\n'
                      f"type {PAGE_INFO} {{\n  hasNextPage: Boolean!\n  hasPreviousPage: Boolean!\n"
                      "  startCursor: String\n  endCursor: String\n}")
    for item in [*builder.interfaces(), *builder.order]:
        blocks.append(_declaration(item))
    for scalar in sorted(builder.scalars.values(), key=lambda s: s.name):
        spec = f' @specifiedBy(url: "{scalar.spec}")' if scalar.spec else ""
        blocks.append(description(scalar.description) + f"scalar {scalar.name}{spec}")
    return "\n\n".join(blocks) + "\n"


def _declaration(item: _Type) -> str:
    head = description(item.text) + f"{item.keyword} {item.name}"
    if not item.lines:
        # GraphQL has no empty object: a body with no field a client may read or send is
        # declared as a scalar of its own name, so every operation keeps its place.
        return head.replace(f"{item.keyword} {item.name}", f"scalar {item.name}", 1)
    implements = f" implements {' & '.join(item.implements)}" if item.implements else ""
    return head + implements + item.directives + " {\n" + "\n".join(item.lines) + "\n}"
