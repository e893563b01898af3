"""Typed fields as JSON Schema (OpenAPI 3.1 dialect).

Decimals are strings with `format: decimal` (a format of the OpenAPI Format Registry) and a
digits pattern: money and quantities must survive JavaScript clients, whose numbers are IEEE
doubles, without rounding; payment APIs such as Toss Payments and PayPal send amounts as text
for the same reason. Money in a currency without minor units (KRW) is a whole number. Nullable
fields use the 3.1 form `type: [T, "null"]`; lists are `array`, maps `additionalProperties`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from designer.contract.types import DECIMAL_PATTERN, Kind, Types, decimal_pattern
from designer.contract.values import fits
from designer.model.types import ZERO_DECIMAL_CURRENCIES, FieldType, Member

_BASE: dict[FieldType, dict[str, Any]] = {
    FieldType.STRING: {"type": "string"},
    FieldType.TEXT: {"type": "string"},
    FieldType.INTEGER: {"type": "integer", "format": "int32"},
    FieldType.BIGINT: {"type": "integer", "format": "int64"},
    FieldType.DECIMAL: {"type": "string", "format": "decimal", "pattern": DECIMAL_PATTERN},
    FieldType.FLOAT: {"type": "number", "format": "double"},
    FieldType.BOOLEAN: {"type": "boolean"},
    FieldType.UUID: {"type": "string", "format": "uuid"},
    FieldType.DATE: {"type": "string", "format": "date"},
    FieldType.DATETIME: {"type": "string", "format": "date-time"},
    FieldType.TIME: {"type": "string", "format": "time"},
    FieldType.EMAIL: {"type": "string", "format": "email"},
    FieldType.URL: {"type": "string", "format": "uri"},
    FieldType.JSON: {},
    FieldType.ENUM: {"type": "string"},
    FieldType.BINARY: {"type": "string", "contentEncoding": "base64"},
    FieldType.OBJECT: {"type": "object"},
}

_STRINGLIKE = {FieldType.STRING, FieldType.TEXT, FieldType.EMAIL, FieldType.URL}
_NUMERIC = {FieldType.INTEGER, FieldType.BIGINT, FieldType.FLOAT}

RefFor = Callable[[str], dict[str, Any]]
"""Gives the `$ref` of an entity or schema by design name (and records that it is used)."""


def _number(value: float) -> int | float:
    """A whole float as an int, so `minimum: 1` is not written `1.0`."""
    return int(value) if float(value).is_integer() else value


def _money(member: Member) -> dict[str, Any]:
    currency = member.currency.upper()
    if currency in ZERO_DECIMAL_CURRENCIES:
        schema: dict[str, Any] = {"type": "integer", "format": "int64"}
    else:
        schema = {"type": "string", "format": "decimal", "pattern": decimal_pattern(member)}
    if currency:
        schema["x-currency"] = currency
    return schema


def element_schema(member: Member, types: Types, ref_for: RefFor) -> dict[str, Any]:
    """The JSON Schema of one element of `member` (ignoring list / map and null)."""
    kind = types.kind(member.type)
    if kind is Kind.ENTITY or kind is Kind.SCHEMA:
        return ref_for(member.type)
    if kind is Kind.ENUM:
        return {"type": "string", "enum": types.enum_values(member)}
    if kind is Kind.UNKNOWN:
        # Model checks stop the export before this; keep the spec valid regardless.
        return {}
    builtin = FieldType(member.type)
    if builtin is FieldType.MONEY:
        return _money(member)
    schema = dict(_BASE[builtin])
    if builtin is FieldType.ENUM and member.enum_values:
        schema["enum"] = types.enum_values(member)
    if builtin is FieldType.DECIMAL:
        schema["pattern"] = decimal_pattern(member)
    if builtin is FieldType.OBJECT:
        schema.update(object_schema(member.fields, types, ref_for))
    if builtin in _STRINGLIKE:
        if member.min_length is not None:
            schema["minLength"] = member.min_length
        if member.max_length is not None:
            schema["maxLength"] = member.max_length
        if member.pattern:
            schema["pattern"] = member.pattern
    if builtin in _NUMERIC:
        for key, value in (("minimum", member.minimum), ("maximum", member.maximum),
                           ("multipleOf", member.multiple_of)):
            if value is not None:
                schema[key] = _number(value)
    return schema


def object_schema(members: list[Member], types: Types, ref_for: RefFor) -> dict[str, Any]:
    """`required` and `properties` of an inline object's fields."""
    props: dict[str, Any] = {}
    required: list[str] = []
    for member in members:
        if member.name in props or not member.name:
            continue
        props[member.name] = member_schema(member, types, ref_for)
        if not member.optional:
            required.append(member.name)
    out: dict[str, Any] = {}
    if required:
        out["required"] = required
    out["properties"] = props
    out["additionalProperties"] = False
    return out


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return {"oneOf": [schema, {"type": "null"}]}
    if "type" not in schema:
        return schema  # any JSON value already admits null
    kind = schema["type"]
    out = {**schema, "type": [*(kind if isinstance(kind, list) else [kind]), "null"]}
    if "enum" in out:
        out["enum"] = [*out["enum"], None]
    return out


def member_schema(
    member: Member, types: Types, ref_for: RefFor, *, nullable: bool | None = None,
    notes: list[str] | None = None,
) -> dict[str, Any]:
    """The JSON Schema of a typed field: element, list or map, null, access, default, text."""
    schema = element_schema(member, types, ref_for)
    if member.is_list:
        schema = {"type": "array", "items": schema}
        if member.min_items is not None:
            schema["minItems"] = member.min_items
        if member.max_items is not None:
            schema["maxItems"] = member.max_items
    elif member.is_map:
        schema = {"type": "object", "additionalProperties": schema}
    if member.nullable if nullable is None else nullable:
        schema = _nullable(schema)
    if "$ref" in schema:
        # A sibling keyword next to $ref is fine in 3.1, but some tools drop it: wrap instead.
        schema = {"allOf": [schema]} if member.description.strip() or notes else schema
    text = [member.description.strip()] if member.description.strip() else []
    text += notes or []
    if member.type == FieldType.JSON and not member.is_list and not member.is_map and not text:
        text.append("Any JSON value.")
    if text:
        schema["description"] = " ".join(text)
    if member.read_only:
        schema["readOnly"] = True
    if member.write_only:
        schema["writeOnly"] = True
    default = parse_default(member, types)
    if default is not None:
        schema["default"] = default
    return schema


def parse_default(member: Member, types: Types | None = None) -> Any:
    """The field's default as a JSON value, or None when it is server-computed or unknown.

    Only literal defaults that are valid for the field's schema are kept: `now()` or
    `gen_random_uuid()` are the database's business, and a default the validators would reject
    (too short, off the pattern, out of range) is worse than none.
    """
    value = _literal_default(member, types)
    if value is None or types is None:
        return value
    return value if fits(value, member, types) else None


def _literal_default(member: Member, types: Types | None) -> Any:
    raw = member.default.strip()
    if not raw or member.is_list or member.is_map:
        return None
    quoted = len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\""
    text = raw[1:-1] if quoted else raw
    kind = member.type
    if kind in (FieldType.INTEGER, FieldType.BIGINT) and re.fullmatch(r"-?[0-9]+", raw):
        return int(raw)
    if kind == FieldType.MONEY and member.currency.upper() in ZERO_DECIMAL_CURRENCIES:
        return int(raw) if re.fullmatch(r"-?[0-9]+", raw) else None
    if kind == FieldType.FLOAT and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", raw):
        return float(raw)
    if kind in (FieldType.DECIMAL, FieldType.MONEY) and re.fullmatch(
        decimal_pattern(member), text
    ):
        return text
    if kind == FieldType.BOOLEAN and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    values = types.enum_values(member) if types else list(member.enum_values)
    if kind == FieldType.ENUM or (types and types.kind(kind) is Kind.ENUM):
        return text if text in values else None
    if kind in (FieldType.STRING, FieldType.TEXT) and (quoted or "(" not in raw):
        fits = member.max_length is None or len(text) <= member.max_length
        return text if fits else None
    return None
