"""What a typed field's `type` names, and how a person reads it.

Every output resolves types here: the OpenAPI schema, the document's tables, the ER diagram and
the app's field lists all say `list of OrderItem` or `decimal(12,2)` the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from designer.model.types import BUILTIN_TYPES, FieldType, Member

if TYPE_CHECKING:
    from designer.model.api import Schema
    from designer.model.data import Entity
    from designer.model.design import Design
    from designer.model.types import EnumType


DECIMAL_PATTERN = r"^-?[0-9]+(\.[0-9]+)?$"
"""Digits of a decimal sent as text (amounts survive JavaScript clients unrounded)."""


def decimal_pattern(member: Member) -> str:
    """Digits pattern of a decimal: at most `precision - scale` whole and `scale` fraction
    digits when the design gives them."""
    if member.precision is None:
        return DECIMAL_PATTERN
    scale = member.scale or 0
    whole = max(member.precision - scale, 1)
    if scale == 0:
        return rf"^-?[0-9]{{1,{whole}}}$"
    return rf"^-?[0-9]{{1,{whole}}}(\.[0-9]{{1,{scale}}})?$"


class Kind(StrEnum):
    """What a type name resolves to."""

    BUILTIN = "builtin"
    ENUM = "enum"
    ENTITY = "entity"
    SCHEMA = "schema"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Types:
    """The named types of one design, looked up by name."""

    enums: dict[str, EnumType]
    entities: dict[str, Entity]
    schemas: dict[str, Schema]

    @classmethod
    def of(cls, design: Design) -> Types:
        """The named types of `design`; the first of duplicate names wins (a reported problem)."""
        enums: dict[str, EnumType] = {}
        for item in design.data.enums:
            enums.setdefault(item.name, item)
        entities: dict[str, Entity] = {}
        for entity in design.data.entities:
            entities.setdefault(entity.name, entity)
        schemas: dict[str, Schema] = {}
        for schema in design.api.schemas:
            if schema.name not in entities:
                schemas.setdefault(schema.name, schema)
        return cls(enums, entities, schemas)

    def kind(self, name: str) -> Kind:
        """What `name` (a field's `type`) is."""
        if name in BUILTIN_TYPES:
            return Kind.BUILTIN
        if name in self.enums:
            return Kind.ENUM
        if name in self.entities:
            return Kind.ENTITY
        if name in self.schemas:
            return Kind.SCHEMA
        return Kind.UNKNOWN

    def names(self) -> list[str]:
        """Every type name a field may use: built-ins, then enums, entities and schemas."""
        named = [*self.enums, *self.entities, *self.schemas]
        return [*(t.value for t in FieldType), *dict.fromkeys(named)]

    def enum_values(self, member: Member) -> list[str]:
        """The allowed values of an inline or named enum field; empty for other types."""
        if member.type == FieldType.ENUM:
            return list(dict.fromkeys(member.enum_values))
        named = self.enums.get(member.type)
        return list(dict.fromkeys(named.values)) if named else []


def element_text(member: Member) -> str:
    """The element type as a person reads it: `decimal(12,2)`, `money KRW`, `string(80)`."""
    kind = member.type
    if kind == FieldType.DECIMAL and member.precision is not None:
        scale = member.scale if member.scale is not None else 0
        return f"decimal({member.precision},{scale})"
    if kind == FieldType.MONEY and member.currency:
        return f"money {member.currency.upper()}"
    if kind in (FieldType.STRING, FieldType.TEXT) and member.max_length is not None:
        return f"{kind}({member.max_length})"
    if kind == FieldType.ENUM and member.enum_values:
        return "enum(" + "|".join(dict.fromkeys(member.enum_values)) + ")"
    return kind


def type_text(member: Member) -> str:
    """The whole type as a person reads it: `list of OrderItem`, `map of integer`, `object`."""
    element = element_text(member)
    if member.is_list:
        return f"list of {element}"
    if member.is_map:
        return f"map of {element}"
    return element


def short_text(member: Member) -> str:
    """The type without parameters, for diagrams: `string`, `list of OrderItem`."""
    if member.is_list:
        return f"list of {member.type}"
    if member.is_map:
        return f"map of {member.type}"
    return member.type


def access_text(member: Member) -> str:
    """Who sets the field, as a person reads it: `read-only`, `write-only`, `set by admin`."""
    parts = []
    if member.read_only:
        parts.append("read-only")
    if member.write_only:
        parts.append("write-only")
    roles = [r for r in getattr(member, "writable_by", []) if r.strip()]
    if roles:
        parts.append("set by " + ", ".join(roles))
    return "; ".join(parts)
