"""The proto3 file of a design: a message per entity body (read, create, replace, patch) and
named schema, enums with a zero `_UNSPECIFIED` value, and one service with one unary rpc per
endpoint, each with its own request and response message (buf's STANDARD lint).

Field numbers are the design's (`designer.contract.numbers`): a field keeps its number through
renames and reorders, and the numbers and names of removed fields are `reserved`. Messages made
only for one rpc number their fields in order, as they follow from the rpc's shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from designer.contract.numbers import Layout, layout
from designer.contract.types import Kind, Types
from designer.contract.variants import (
    Body,
    BodyContext,
    body_context,
    fields_of,
    timestamp_fields,
)
from designer.export.proto.names import (
    Unique,
    enum_value_base,
    field_base,
    message_base,
    upper_snake,
)
from designer.model.api import Endpoint, Resource, SchemaRef
from designer.model.data import Entity
from designer.model.design import Design
from designer.model.types import ZERO_DECIMAL_CURRENCIES, FieldType, Member

TIMESTAMP = (".google.protobuf.Timestamp", "google/protobuf/timestamp.proto")
VALUE = (".google.protobuf.Value", "google/protobuf/struct.proto")
STRUCT = (".google.protobuf.Struct", "google/protobuf/struct.proto")

_SCALARS = {
    FieldType.STRING: "string", FieldType.TEXT: "string", FieldType.EMAIL: "string",
    FieldType.URL: "string", FieldType.UUID: "string", FieldType.DECIMAL: "string",
    FieldType.DATE: "string", FieldType.TIME: "string", FieldType.INTEGER: "int32",
    FieldType.BIGINT: "int64", FieldType.FLOAT: "double", FieldType.BOOLEAN: "bool",
    FieldType.BINARY: "bytes",
}
_SHAPE_SUFFIX = {Body.READ: "", Body.CREATE: "Create", Body.REPLACE: "Replace",
                 Body.PATCH: "Patch"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def comment(text: str, indent: str = "") -> list[str]:
    """`// text` lines for a design's free text (nothing for blank text)."""
    clean = text.strip().encode("utf-8", "replace").decode("utf-8")
    return [f"{indent}// {_CONTROL.sub(' ', line).rstrip()}".rstrip()
            for line in clean.splitlines() if clean]


@dataclass
class _Block:
    keyword: str
    name: str
    text: str = ""
    lines: list[str] = field(default_factory=list)
    count: int = 0
    service: str = ""
    """The service whose file holds it (an rpc's own messages); empty: the shared file."""
    fields: list[str] = field(default_factory=list)

    def add(self, line: str, number: int | None = None) -> None:
        self.count = number if number is not None else self.count + 1
        self.fields.append(line.split()[-1])
        self.lines.append(f"{line} = {self.count};")

    def reserve(self, numbered: Layout) -> None:
        """`reserved` lines for the numbers and names the message gave up."""
        if numbered.reserved:
            self.lines.append(f"  reserved {', '.join(map(str, numbered.reserved))};")
        taken = {f.replace("_", "").lower() for f in self.fields}
        names = [n for n in dict.fromkeys(field_base(x) for x in numbered.reserved_names)
                 if n.replace("_", "").lower() not in taken]
        if names:
            self.lines.append(f"  reserved {', '.join(f'{chr(34)}{n}{chr(34)}' for n in names)};")


class Builder:
    """Declares the messages and enums of one design's proto file, each once."""

    def __init__(self, design: Design) -> None:
        self.design = design
        self.types = Types.of(design)
        self.top = Unique(("Google",))
        self.declared: dict[tuple[str, ...], _Block] = {}
        self.order: list[_Block] = []
        self.imports: set[str] = set()
        self.numbers = layout(design)
        self.service = ""
        """The service whose rpcs are being declared (their own messages go to its file)."""

    def declare(self, key: tuple[str, ...], keyword: str, name: str, text: str = "") -> _Block:
        block = _Block(keyword, name, text, service=self.service if key[0] == "rpc" else "")
        self.declared[key] = block
        self.order.append(block)
        return block

    def entity(self, entity: Entity, context: BodyContext) -> str:
        members = fields_of(entity, context)
        key = ("entity", entity.name, context.shape.value, *(m.name for m, _ in members))
        if key in self.declared:
            return self.declared[key].name
        read = context.shape is Body.READ
        name = self.top.take(message_base(entity.name) + _SHAPE_SUFFIX[context.shape])
        block = self.declare(key, "message", name, entity.description if read else "")
        names = Unique()
        numbered = self.numbers[entity.name]
        for member, required in members:
            needed = required and not member.nullable and context.shape is not Body.PATCH
            self._field(block, names, member, needed, ("entity", entity.name), not read,
                        numbered.numbers[member.name])
        if read:
            for stamp in timestamp_fields(entity):
                block.add(f"  {self._use(TIMESTAMP)} {names.take(field_base(stamp), '_')}",
                          numbered.numbers[stamp])
        block.reserve(numbered)
        return block.name

    def schema(self, name: str) -> str:
        key = ("schema", name)
        if key in self.declared:
            return self.declared[key].name
        schema = self.types.schemas[name]
        block = self.declare(key, "message", self.top.take(message_base(name)),
                             schema.description)
        names = Unique()
        numbered = self.numbers[name]
        for member in schema.fields:
            self._field(block, names, member, not (member.optional or member.nullable), key,
                        False, numbered.numbers[member.name])
        block.reserve(numbered)
        return block.name

    def _object(self, owner: tuple[str, ...], member: Member, write: bool) -> str:
        key = ("object", *owner, member.name, "write" if write else "")
        if key in self.declared:
            return self.declared[key].name
        base = message_base(owner[1]) + message_base(member.name) + ("Input" if write else "")
        block = self.declare(key, "message", self.top.take(base), member.description)
        names = Unique()
        inside = ("object", f"{owner[1]}.{member.name}")
        numbered = self.numbers[inside[1]]
        for inner in member.fields:
            self._field(block, names, inner, not (inner.optional or inner.nullable), inside,
                        write, numbered.numbers[inner.name])
        block.reserve(numbered)
        return block.name

    def _enum(self, key: tuple[str, ...], base: str, values: list[str], text: str) -> str:
        if key in self.declared:
            return self.declared[key].name
        name = self.top.take(base)
        block = self.declare(key, "enum", name, text)
        prefix = upper_snake(name)
        # Enum values share the package's scope: the one table keeps them apart.
        block.lines.append(f"  {self.top.take(prefix + '_UNSPECIFIED', '_')} = 0;")
        for number, value in enumerate(values, start=1):
            block.lines.append(f"  {self.top.take(f'{prefix}_{enum_value_base(value)}', '_')}"
                               f" = {number};")
        return block.name

    def _use(self, known: tuple[str, str]) -> str:
        self.imports.add(known[1])
        return known[0]

    @staticmethod
    def known_imports() -> list[tuple[str, str]]:
        """(type as written, file that declares it) of the well-known types used."""
        return [TIMESTAMP, VALUE, STRUCT]

    def element(self, member: Member, owner: tuple[str, ...], write: bool = False) -> str:
        """The type of one value of `member`."""
        kind = self.types.kind(member.type)
        if kind is Kind.ENUM:
            named = self.types.enums[member.type]
            return self._enum(("enum", named.name), message_base(named.name),
                              self.types.enum_values(member), named.description)
        if kind is Kind.ENTITY:
            shape = Body.CREATE if write else Body.READ
            return self.entity(self.types.entities[member.type], BodyContext(shape))
        if kind is Kind.SCHEMA:
            return self.schema(member.type)
        builtin = FieldType(member.type)
        if builtin is FieldType.ENUM:
            base = message_base(owner[1]) + message_base(member.name)
            return self._enum(("enum", *owner, member.name), base,
                              self.types.enum_values(member), "")
        if builtin is FieldType.OBJECT:
            return self._object(owner, member, write) if member.fields else self._use(STRUCT)
        if builtin is FieldType.DATETIME:
            return self._use(TIMESTAMP)
        if builtin is FieldType.JSON:
            return self._use(VALUE)
        if builtin is FieldType.MONEY:
            return "int64" if member.currency.upper() in ZERO_DECIMAL_CURRENCIES else "string"
        return _SCALARS[builtin]

    def _field(self, block: _Block, names: Unique, member: Member, required: bool,
               owner: tuple[str, ...], write: bool, number: int) -> None:
        kind = self.element(member, owner, write)
        name = names.take(field_base(member.name), "_")
        if member.is_map:
            line = f"map<string, {kind}> {name}"
        elif member.is_list:
            line = f"repeated {kind} {name}"
        else:
            line = f"{'' if required else 'optional '}{kind} {name}"
        for text in comment(member.description, "  "):
            block.lines.append(text)
        block.add("  " + line, number)

    def body(self, endpoint: Endpoint, target: SchemaRef, request: bool) -> str:
        entity = self.types.entities.get(target.name)
        if entity is None:
            return self.schema(target.name)
        context = body_context(self.design, endpoint, target) if request \
            else BodyContext(Body.READ)
        return self.entity(entity, context)

    def body_of(self, target: SchemaRef) -> str:
        """The message of a design's own rpc body: an entity in its variant, or a schema."""
        entity = self.types.entities.get(target.name)
        if entity is None:
            return self.schema(target.name)
        shape = {"read": Body.READ, "create": Body.CREATE, "update": Body.PATCH}
        return self.entity(entity, BodyContext(shape[target.variant.value]))

    def scalar_of(self, resource: Resource, name: str) -> str:
        """The type of a path parameter or filter: its entity field's, else a string."""
        entity = self.types.entities.get(resource.entity)
        member = entity.field(name) if entity else None
        if member is None or member.is_list or member.is_map or member.type == "object" \
                or self.types.kind(member.type) not in (Kind.BUILTIN, Kind.ENUM):
            return "string"
        return self.element(member, ("entity", resource.entity))
