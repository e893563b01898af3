"""Whether a JSON value fits a typed field: shape, null, element type, format and constraints.

The one check behind user examples, generated examples and literal defaults: a value the
OpenAPI validators would reject never reaches an export.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from designer.contract.patterns import found as pattern_found
from designer.contract.types import Kind, Types, decimal_pattern
from designer.model.types import ZERO_DECIMAL_CURRENCIES, FieldType, Member


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else "other"


def is_multiple(value: float, step: float) -> bool:
    """multipleOf as the Python JSON Schema validators check it."""
    if isinstance(step, float) or isinstance(value, float):
        quotient = value / step
        try:
            return int(quotient) == quotient
        except OverflowError:
            return False
    return value % step == 0


def fits(value: Any, member: Member, types: Types) -> bool:
    """Whether `value` fits `member` (shape, null, element type and constraints).

    References to entities and schemas accept any object: their fields are checked where
    they are defined.
    """
    if value is None:
        return member.nullable
    if member.is_list:
        if not isinstance(value, list):
            return False
        if member.min_items is not None and len(value) < member.min_items:
            return False
        if member.max_items is not None and len(value) > member.max_items:
            return False
        return all(fits_element(v, member, types) for v in value)
    if member.is_map:
        return isinstance(value, dict) and all(
            fits_element(v, member, types) for v in value.values()
        )
    return fits_element(value, member, types)


def fits_element(value: Any, member: Member, types: Types) -> bool:
    """Whether `value` fits one element of `member` (ignoring list / map shape and null)."""
    kind = types.kind(member.type)
    found = _json_type(value)
    if kind in (Kind.ENTITY, Kind.SCHEMA):
        return found == "object"
    if kind is Kind.ENUM:
        return value in types.enum_values(member)
    if kind is Kind.UNKNOWN:
        return True
    builtin = FieldType(member.type)
    if builtin is FieldType.JSON:
        return True
    if builtin is FieldType.OBJECT:
        return found == "object" and _object_fits(value, member.fields, types)
    if builtin is FieldType.ENUM:
        values = types.enum_values(member)
        return found == "string" and (not values or value in values)
    if builtin is FieldType.BOOLEAN:
        return found == "boolean"
    if builtin in (FieldType.INTEGER, FieldType.BIGINT, FieldType.FLOAT):
        if found not in ("integer", "number") or (builtin is not FieldType.FLOAT
                                                  and found != "integer"):
            return False
        if builtin is FieldType.INTEGER and not -(2**31) <= value < 2**31:
            return False
        return _range_fits(value, member)
    if builtin is FieldType.MONEY and member.currency.upper() in ZERO_DECIMAL_CURRENCIES:
        return found == "integer"
    if found != "string":
        return False
    if builtin in (FieldType.DECIMAL, FieldType.MONEY):
        return re.fullmatch(decimal_pattern(member), value) is not None
    return _string_fits(value, member, builtin)


def _range_fits(value: float, member: Member) -> bool:
    if member.minimum is not None and value < member.minimum:
        return False
    if member.maximum is not None and value > member.maximum:
        return False
    return member.multiple_of is None or is_multiple(value, member.multiple_of)


_FORMATS = {
    FieldType.UUID: re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
                               r"-[0-9a-fA-F]{12}"),
    FieldType.DATE: re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
    FieldType.DATETIME: re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}"
                                   r"(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})"),
    FieldType.TIME: re.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?"
                               r"([Zz]|[+-][0-9]{2}:[0-9]{2})"),
    FieldType.EMAIL: re.compile(r"[^@\s]+@[^@\s]+"),
    FieldType.URL: re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]*"),
}


def _string_fits(value: str, member: Member, builtin: FieldType) -> bool:
    shape = _FORMATS.get(builtin)
    if shape is not None and not shape.fullmatch(value):
        return False
    if builtin in (FieldType.STRING, FieldType.TEXT, FieldType.EMAIL, FieldType.URL):
        if member.min_length is not None and len(value) < member.min_length:
            return False
        if member.max_length is not None and len(value) > member.max_length:
            return False
        # A pattern that is not run (see `patterns.found`) cannot refuse the value.
        if member.pattern and pattern_found(member.pattern, value) is False:
            return False
    return True


def _object_fits(value: dict[str, Any], members: Iterable[Member], types: Types) -> bool:
    known = {m.name: m for m in members if m.name}
    if any(key not in known for key in value):
        return False
    for name, member in known.items():
        if name not in value:
            if not member.optional:
                return False
        elif not fits(value[name], member, types):
            return False
    return True
