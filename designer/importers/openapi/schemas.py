"""JSON Schema (as OpenAPI writes it) → the design's type system.

A schema becomes a `Member`: a built-in type with its format and constraints, an inline object
or enum, a list or a map of those, or the name of an entity or named schema when it is a `$ref`
to a component. What the type system cannot say (`oneOf` of several types, `not`, tuple
`items`, string `const`) is reported and the field falls back to `json` (any value).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from designer.contract.types import DECIMAL_PATTERN
from designer.importers.refs import Resolver
from designer.importers.report import Report
from designer.model.types import ZERO_DECIMAL_CURRENCIES, FieldType, Member, Shape

NameOf = Callable[[str], str | None]
"""Design type name of a `$ref` (an entity or schema name), or None when it is not one."""

_FORMATS = {
    "uuid": FieldType.UUID,
    "date": FieldType.DATE,
    "date-time": FieldType.DATETIME,
    "time": FieldType.TIME,
    "email": FieldType.EMAIL,
    "uri": FieldType.URL,
    "url": FieldType.URL,
    "binary": FieldType.BINARY,
    "byte": FieldType.BINARY,
}
_WHOLE = re.compile(r"^\^-\?\[0-9\]\{1,(\d+)\}\$$")
_FRACTION = re.compile(r"^\^-\?\[0-9\]\{1,(\d+)\}\(\\\.\[0-9\]\{1,(\d+)\}\)\?\$$")
_UNSUPPORTED = ("not", "if", "prefixItems", "patternProperties", "dependentSchemas")


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _types(schema: dict[str, Any]) -> tuple[list[str], bool]:
    """The schema's JSON types without null, and whether null is allowed."""
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else [k for k in kind if isinstance(k, str)] \
        if isinstance(kind, list) else []
    nullable = "null" in kinds or schema.get("nullable") is True  # 3.0 spells it nullable
    return [k for k in kinds if k != "null"], nullable


def default_text(value: Any) -> str:
    """A JSON default as the design writes defaults: `'pending'`, `0`, `true`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, str):
        return "'" + value + "'"
    return ""


class SchemaReader:
    """Turns schemas of one document into members, reporting what does not fit."""

    def __init__(self, resolver: Resolver, name_of: NameOf, report: Report) -> None:
        self.resolver = resolver
        self.name_of = name_of
        self.report = report

    def member(self, name: str, schema: Any, where: str, depth: int = 0) -> Member:
        """The member called `name` that `schema` describes."""
        member = Member(name=name)
        self._fill(member, schema, where, depth)
        return member

    def _fill(self, member: Member, schema: Any, where: str, depth: int) -> None:
        if not isinstance(schema, dict):
            self.report.note(where, "schema is not an object; imported as any JSON value")
            member.type = FieldType.JSON.value
            return
        if depth > 40:
            self.report.note(where, "schema nested too deeply; imported as any JSON value")
            member.type = FieldType.JSON.value
            return
        schema = self._unwrap(member, schema, where)
        if "$ref" in schema:
            target = self.name_of(schema["$ref"])
            if target is not None:
                member.type = target
                return
            schema = self._unwrap(member, self.resolver.deref(schema), where)
        for key in _UNSUPPORTED:
            if key in schema:
                self.report.note(where, f"`{key}` has no equivalent; left out")
        kinds, nullable = _types(schema)
        member.nullable = member.nullable or nullable
        if "enum" in schema and isinstance(schema["enum"], list):
            values = [v for v in schema["enum"] if v is not None]
            if all(isinstance(v, str) for v in values) and values:
                member.type = FieldType.ENUM.value
                member.enum_values = values
                member.nullable = member.nullable or None in schema["enum"]
                if "default" in schema:
                    member.default = default_text(schema["default"])
                return
            self.report.note(where, "enum of non-string values; imported without its values")
        kind = kinds[0] if len(kinds) == 1 else ("" if not kinds else "many")
        if kind == "many":
            self.report.note(where, f"a value of several types ({', '.join(kinds)}); "
                             "imported as any JSON value")
            member.type = FieldType.JSON.value
        elif kind == "array":
            self._array(member, schema, where, depth)
        elif kind == "object" or (not kind and "properties" in schema):
            self._object(member, schema, where, depth)
        elif kind == "string":
            self.where = where
            self._string(member, schema)
        elif kind == "integer":
            self._integer(member, schema)
        elif kind == "number":
            member.type = FieldType.FLOAT.value
            self._bounds(member, schema)
        elif kind == "boolean":
            member.type = FieldType.BOOLEAN.value
        else:
            member.type = FieldType.JSON.value
            if member.description == "Any JSON value.":
                member.description = ""
        if "default" in schema:
            member.default = default_text(schema["default"])

    def _unwrap(self, member: Member, schema: dict[str, Any], where: str) -> dict[str, Any]:
        """Take description, access flags and null off wrappers (`allOf: [$ref]`, `oneOf:
        [$ref, null]`) and return the schema that carries the type."""
        if isinstance(schema.get("description"), str) and not member.description:
            member.description = schema["description"]
        if schema.get("readOnly") is True:
            member.read_only = True
        if schema.get("writeOnly") is True:
            member.write_only = True
        if "default" in schema and "$ref" not in schema and "allOf" in schema:
            member.default = default_text(schema["default"])
        for key in ("allOf", "oneOf", "anyOf"):
            parts = schema.get(key)
            if not isinstance(parts, list) or not parts:
                continue
            kept = [p for p in parts if not (isinstance(p, dict) and p.get("type") == "null")]
            if len(kept) < len(parts):
                member.nullable = True
            if len(kept) == 1 and isinstance(kept[0], dict):
                rest = {k: v for k, v in schema.items() if k != key}
                inner = kept[0]
                if "$ref" in inner:
                    return {**rest, **inner} if not rest.get("type") else inner
                return self._unwrap(member, {**rest, **inner}, where)
            self.report.note(where, f"`{key}` of {len(kept)} schemas has no equivalent; "
                             "imported as any JSON value")
            return {}
        return schema

    def _array(self, member: Member, schema: dict[str, Any], where: str, depth: int) -> None:
        items = schema.get("items", {})
        inner = Member(name=member.name)
        self._fill(inner, items, f"{where}[]", depth + 1)
        if inner.shape is not Shape.ONE:
            self.report.note(where, "a list of lists or maps; imported as a list of JSON values")
            inner = Member(name=member.name, type=FieldType.JSON.value)
        self._take_element(member, inner)
        member.shape = Shape.LIST
        if isinstance(schema.get("minItems"), int):
            member.min_items = schema["minItems"]
        if isinstance(schema.get("maxItems"), int) and schema["maxItems"] >= 1:
            member.max_items = schema["maxItems"]

    def _object(self, member: Member, schema: dict[str, Any], where: str, depth: int) -> None:
        extra = schema.get("additionalProperties")
        props = schema.get("properties")
        if isinstance(extra, dict) and not props:
            inner = Member(name=member.name)
            self._fill(inner, extra, f"{where}{{}}", depth + 1)
            if inner.shape is not Shape.ONE:
                self.report.note(where, "a map of lists or maps; imported as a map of JSON "
                                 "values")
                inner = Member(name=member.name, type=FieldType.JSON.value)
            self._take_element(member, inner)
            member.shape = Shape.MAP
            return
        member.type = FieldType.OBJECT.value
        member.fields = self.members(schema, where, depth + 1)

    def members(self, schema: dict[str, Any], where: str, depth: int = 0) -> list[Member]:
        """The fields of an object schema, `required` read as not optional."""
        props = schema.get("properties")
        if not isinstance(props, dict):
            return []
        required = schema.get("required") if isinstance(schema.get("required"), list) else []
        out: list[Member] = []
        for key, value in props.items():
            child = self.member(str(key), value, f"{where}.{key}", depth)
            child.optional = key not in required
            out.append(child)
        return out

    @staticmethod
    def _take_element(member: Member, inner: Member) -> None:
        """Copy the element facts of `inner` (the items of a list or map) onto `member`."""
        for key in ("type", "fields", "enum_values", "min_length", "max_length", "pattern",
                    "minimum", "maximum", "multiple_of", "precision", "scale", "currency"):
            setattr(member, key, getattr(inner, key))
        if inner.description and not member.description:
            member.description = inner.description

    where = ""

    def _string(self, member: Member, schema: dict[str, Any]) -> None:
        fmt = schema.get("format")
        pattern = schema.get("pattern") if isinstance(schema.get("pattern"), str) else ""
        if fmt == "decimal":
            member.type = FieldType.DECIMAL.value
            self._decimal(member, pattern)
            if isinstance(schema.get("x-currency"), str):
                member.type = FieldType.MONEY.value
                member.currency = schema["x-currency"]
            return
        if schema.get("contentEncoding") == "base64":
            member.type = FieldType.BINARY.value
            return
        member.type = _FORMATS.get(fmt, FieldType.STRING).value if isinstance(fmt, str) \
            else FieldType.STRING.value
        if member.type in (FieldType.STRING.value, FieldType.EMAIL.value, FieldType.URL.value):
            for key, attr, low in (("minLength", "min_length", 0), ("maxLength", "max_length", 1)):
                value = schema.get(key)
                if isinstance(value, int) and not isinstance(value, bool) and value >= low:
                    setattr(member, attr, value)
                elif value is not None:
                    self.report.note(self.where, f"{key} {value!r} is not a length designer "
                                     "takes; left out")
            member.pattern = pattern

    @staticmethod
    def _decimal(member: Member, pattern: str) -> None:
        if not pattern or pattern == DECIMAL_PATTERN:
            return
        if match := _WHOLE.match(pattern):
            member.precision, member.scale = int(match[1]), None
        elif match := _FRACTION.match(pattern):
            scale = int(match[2])
            member.precision, member.scale = int(match[1]) + scale, scale

    def _integer(self, member: Member, schema: dict[str, Any]) -> None:
        fmt = schema.get("format")
        currency = schema.get("x-currency")
        if isinstance(currency, str) and currency.upper() in ZERO_DECIMAL_CURRENCIES:
            member.type = FieldType.MONEY.value
            member.currency = currency
            return
        member.type = FieldType.BIGINT.value if fmt == "int64" else FieldType.INTEGER.value
        self._bounds(member, schema)

    @staticmethod
    def _bounds(member: Member, schema: dict[str, Any]) -> None:
        for key, attr in (("minimum", "minimum"), ("maximum", "maximum"),
                          ("multipleOf", "multiple_of")):
            value = _number(schema.get(key))
            if value is not None and (attr != "multiple_of" or value > 0):
                setattr(member, attr, value)
