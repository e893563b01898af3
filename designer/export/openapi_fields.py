"""Field definitions of the data model as JSON Schema (OpenAPI 3.1 dialect).

Decimals are strings with `format: decimal` (a format of the OpenAPI Format Registry) and a
digits pattern: money and quantities must survive JavaScript clients, whose numbers are IEEE
doubles, without rounding; payment APIs such as Toss Payments and PayPal send amounts as text
for the same reason. Nullable fields use the 3.1 form `type: [T, "null"]`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from designer.model.data import Entity, Field, FieldType

DECIMAL_PATTERN = r"^-?[0-9]+(\.[0-9]+)?$"

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
    FieldType.EMAIL: {"type": "string", "format": "email"},
    FieldType.URL: {"type": "string", "format": "uri"},
    FieldType.JSON: {},
    FieldType.ENUM: {"type": "string"},
    FieldType.BINARY: {"type": "string", "contentEncoding": "base64"},
}

_STRINGLIKE = {FieldType.STRING, FieldType.TEXT, FieldType.EMAIL, FieldType.URL}
_TIMESTAMPS = ("created_at", "updated_at")
_SENSITIVE = re.compile(r"(^|_)(password|passwd|secret)(_|$)|(^|_)hash$|_digest$", re.I)
_GENERATED_PK = {FieldType.UUID, FieldType.INTEGER, FieldType.BIGINT}


def type_schema(
    kind: FieldType,
    *,
    enum_values: Sequence[str] = (),
    max_length: int | None = None,
    nullable: bool = False,
) -> dict[str, Any]:
    """The JSON Schema of one value of type `kind`, without description or default."""
    schema = dict(_BASE[kind])
    if kind is FieldType.ENUM and enum_values:
        schema["enum"] = list(dict.fromkeys(enum_values))
    if max_length is not None and kind in _STRINGLIKE:
        schema["maxLength"] = max_length
    if nullable and "type" in schema:
        schema["type"] = [schema["type"], "null"]
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
    return schema


def field_schema(field: Field, *, nullable: bool | None = None) -> dict[str, Any]:
    """The JSON Schema of an entity field: type, format, length, enum, default, description."""
    schema = type_schema(
        field.type,
        enum_values=field.enum_values,
        max_length=field.max_length,
        nullable=field.nullable if nullable is None else nullable,
    )
    if field.type is FieldType.JSON:
        schema["description"] = "Any JSON value."
    notes = [field.description.strip()] if field.description.strip() else []
    if field.references:
        notes.append(f"References {field.reference_entity}.")
    if notes:
        schema["description"] = " ".join(notes)
    default = parse_default(field)
    if default is not None:
        schema["default"] = default
    return schema


def parse_default(field: Field) -> Any:
    """The field's default as a JSON value, or None when it is server-computed or unknown.

    Only literal defaults that are valid for the field's schema are kept: `now()` or
    `gen_random_uuid()` are the database's business, and a default the validators would reject
    is worse than none.
    """
    raw = field.default.strip()
    if not raw:
        return None
    quoted = len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\""
    text = raw[1:-1] if quoted else raw
    kind = field.type
    if kind in (FieldType.INTEGER, FieldType.BIGINT) and re.fullmatch(r"-?[0-9]+", raw):
        return int(raw)
    if kind is FieldType.FLOAT and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", raw):
        return float(raw)
    if kind is FieldType.DECIMAL and re.fullmatch(DECIMAL_PATTERN, text):
        return text
    if kind is FieldType.BOOLEAN and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if kind is FieldType.ENUM:
        return text if text in field.enum_values else None
    if kind in (FieldType.STRING, FieldType.TEXT) and (quoted or "(" not in raw):
        fits = field.max_length is None or len(text) <= field.max_length
        return text if fits else None
    return None


def primary_keys(entity: Entity) -> list[Field]:
    """The primary-key fields of `entity`, in field order."""
    return [f for f in entity.fields if f.primary_key]


def is_generated(field: Field) -> bool:
    """Set by the server, never by the client: generated keys, timestamps, computed defaults."""
    if field.primary_key and not field.references:
        return field.type in _GENERATED_PK or bool(field.default.strip())
    if field.name in (*_TIMESTAMPS, "deleted_at"):
        return True
    return "(" in field.default


def is_sensitive(field: Field) -> bool:
    """Secrets (password hashes, secrets) that a response must never carry."""
    return bool(_SENSITIVE.search(field.name))


def timestamp_fields(entity: Entity) -> list[str]:
    """created_at / updated_at the entity has implicitly (`timestamps`) and not as fields."""
    if not entity.timestamps:
        return []
    return [name for name in _TIMESTAMPS if entity.field(name) is None]
