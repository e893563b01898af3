"""The type system every typed field shares: entity fields, named schemas (and later messages).

A field's `type` is a built-in scalar (`string`, `uuid`, `money` …), `object` for an inline
nested object described by its own `fields`, `enum` for an inline list of values, or the name
of something the design defines: a named enum, an entity or a named schema. `shape` wraps that
element type in a list or a map (string keys). Nullable (the value may be null) and optional
(the key may be absent) are separate facts, as they are in JSON Schema, GraphQL and SQL.

Constraints and access flags are written to the design file only when set, so a plain field
stays a few lines long and a file diffs well.
"""

from enum import StrEnum
from typing import Any

from pydantic import Field as PydanticField
from pydantic import SerializerFunctionWrapHandler, model_serializer

from designer.model.base import Part
from designer.model.factories import new_list


class FieldType(StrEnum):
    """Built-in element types."""

    STRING = "string"
    TEXT = "text"
    INTEGER = "integer"
    BIGINT = "bigint"
    DECIMAL = "decimal"
    FLOAT = "float"
    BOOLEAN = "boolean"
    UUID = "uuid"
    DATE = "date"
    DATETIME = "datetime"
    TIME = "time"
    EMAIL = "email"
    URL = "url"
    JSON = "json"
    ENUM = "enum"
    """Inline enum: the values are the field's `enum_values`."""
    BINARY = "binary"
    MONEY = "money"
    """An amount of money in `currency` (KRW: whole won; others: a decimal string)."""
    OBJECT = "object"
    """Inline nested object: the field's own `fields`."""


BUILTIN_TYPES = frozenset(t.value for t in FieldType)
"""Every built-in type name; any other name must be a named enum, entity or schema."""

ZERO_DECIMAL_CURRENCIES = frozenset({"KRW", "JPY", "VND", "CLP", "ISK", "TWD", "UGX", "XOF"})
"""Currencies without minor units: amounts are whole numbers (ISO 4217 exponent 0)."""


class Shape(StrEnum):
    """How many values of the element type a field holds."""

    ONE = "one"
    LIST = "list"
    MAP = "map"
    """An object whose keys are strings and whose values are the element type."""


_SPARSE: dict[str, Any] = {
    "shape": Shape.ONE.value,
    "fields": [],
    "optional": False,
    "read_only": False,
    "write_only": False,
    "example": "",
    "enum_values": [],
    "min_length": None,
    "max_length": None,
    "pattern": "",
    "minimum": None,
    "maximum": None,
    "multiple_of": None,
    "min_items": None,
    "max_items": None,
    "precision": None,
    "scale": None,
    "currency": "",
    "writable_by": [],
    "number": None,
}
"""Keys written to a file only when they differ from these defaults."""


class Member(Part):
    """A typed field: the part of an entity field, a schema field or a message field that says
    what values it holds."""

    name: str = ""
    """Field name, unique within its owner."""
    type: str = FieldType.STRING.value
    """A built-in type, `object` (inline `fields`), or a named enum, entity or schema."""
    shape: Shape = Shape.ONE
    """One value, a list of values, or a map from string keys to values."""
    fields: list["Member"] = PydanticField(default_factory=new_list)
    """Fields of an inline object (type `object`)."""
    nullable: bool = False
    """The value may be null."""
    optional: bool = False
    """The key may be absent from a payload (entity fields: derived from default and nullable)."""
    read_only: bool = False
    """Set by the server, never by a client: ids, timestamps, totals, owner ids from the token."""
    write_only: bool = False
    """Sent by clients, never returned: passwords, card numbers."""
    default: str = ""
    """Default value as written in the design (`now()`, `0`, `'pending'`); empty means none."""
    example: str = ""
    """An example value as JSON or plain text; empty means one is generated from the type."""
    description: str = ""
    """What the field means."""
    enum_values: list[str] = PydanticField(default_factory=new_list)
    """Allowed values of an inline enum."""
    min_length: int | None = PydanticField(default=None, ge=0)
    """Shortest string allowed."""
    max_length: int | None = PydanticField(default=None, ge=1)
    """Longest string allowed."""
    pattern: str = ""
    """Regular expression (ECMA 262) a string must match."""
    minimum: float | None = None
    """Smallest number allowed."""
    maximum: float | None = None
    """Largest number allowed."""
    multiple_of: float | None = PydanticField(default=None, gt=0)
    """A number must be a multiple of this."""
    min_items: int | None = PydanticField(default=None, ge=0)
    """Fewest items of a list."""
    max_items: int | None = PydanticField(default=None, ge=1)
    """Most items of a list."""
    precision: int | None = PydanticField(default=None, ge=1, le=1000)
    """Total digits of a decimal."""
    scale: int | None = PydanticField(default=None, ge=0, le=1000)
    """Digits after the decimal point of a decimal."""
    currency: str = ""
    """ISO 4217 currency of a money field (KRW, USD …)."""
    number: int | None = PydanticField(default=None, ge=1, le=536_870_911)
    """Proto field number, given once (`designer.contract.numbers`) and kept through renames
    and reorders; None: not given yet."""

    @model_serializer(mode="wrap")
    def _sparse(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data = handler(self)
        for key, default in _SPARSE.items():
            if key in data and data[key] == default:
                del data[key]
        for key in ("minimum", "maximum", "multiple_of"):
            # `minimum: 1`, not `1.0`: a hand-written bound reads back as the user wrote it.
            value = data.get(key)
            if isinstance(value, float) and value.is_integer():
                data[key] = int(value)
        return data

    @property
    def is_list(self) -> bool:
        """Holds a list of values."""
        return self.shape is Shape.LIST

    @property
    def is_map(self) -> bool:
        """Holds a map from string keys to values."""
        return self.shape is Shape.MAP

    @property
    def builtin(self) -> FieldType | None:
        """The built-in element type, or None when `type` names something of the design."""
        return FieldType(self.type) if self.type in BUILTIN_TYPES else None


class EnumType(Part):
    """A named enum that fields of entities and schemas share (OrderStatus, Role …)."""

    name: str = ""
    """Unique name, e.g. OrderStatus."""
    description: str = ""
    """What the values mean."""
    values: list[str] = PydanticField(default_factory=new_list)
    """Allowed values, in order."""
