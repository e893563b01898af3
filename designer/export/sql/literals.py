"""SQL literals: strings, numbers, and the defaults a design writes (`now()`, `0`, `'pending'`).

A default is carried into the DDL only when it is a value the column's type accepts as written;
anything else (an expression, a value of the wrong type) is left to the application and named in
a comment, so the file always applies.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

from designer.export.sql.dialects import MYSQL, SQLITE, Dialect
from designer.model.types import ZERO_DECIMAL_CURRENCIES, FieldType, Member, Shape

_NUMBER = re.compile(r"^-?(?:0|[1-9][0-9]{0,30})(?:\.[0-9]{1,30})?$")
_INTEGER = re.compile(r"^-?(?:0|[1-9][0-9]{0,17})$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
_NOW = frozenset({"now()", "now", "current_timestamp", "current_timestamp()"})
_UUID_FUNCTIONS = frozenset({"gen_random_uuid()", "uuid()", "uuid_generate_v4()"})
INTEGER_TYPES = frozenset({FieldType.INTEGER, FieldType.BIGINT})
NUMBER_TYPES = INTEGER_TYPES | {FieldType.DECIMAL, FieldType.FLOAT, FieldType.MONEY}
STRING_TYPES = frozenset({FieldType.STRING, FieldType.TEXT, FieldType.EMAIL, FieldType.URL})


def string(dialect: Dialect, value: str) -> str:
    """`value` as a string literal (MySQL reads backslashes as escapes, so they are doubled)."""
    text = value.replace("\x00", "").replace("'", "''")
    if dialect is MYSQL:
        text = text.replace("\\", "\\\\")
    return f"'{text}'"


def number(value: float) -> str:
    """A bound as SQL: `1`, not `1.0`; no exponent."""
    if float(value).is_integer():
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def unquoted(raw: str) -> str:
    """A default as the value it means: `'pending'` → pending (`''` inside → `'`)."""
    text = raw.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1].replace(text[0] * 2, text[0])
    return text


def default(dialect: Dialect, member: Member, values: list[str]) -> str | None:
    """The column default for `member`'s design default, or None when it has none the database
    can carry as written. `values` are the allowed values of an enum field."""
    raw = member.default.strip()
    if not raw or member.shape is not Shape.ONE:
        return None
    lower = raw.lower()
    kind = member.type
    if values:
        value = unquoted(raw)
        return string(dialect, value) if value in values else None
    if kind == FieldType.BOOLEAN:
        if lower in ("true", "false"):
            return ("1" if lower == "true" else "0") if dialect is SQLITE else lower.upper()
        return None
    if kind in INTEGER_TYPES or (kind == FieldType.MONEY and member.precision is None and
                                 member.currency.upper() in ZERO_DECIMAL_CURRENCIES):
        # Money without minor units (KRW …) is a whole-number column (see types.py).
        return raw if _INTEGER.match(raw) else None
    if kind in NUMBER_TYPES:
        return raw if _NUMBER.match(raw) else None
    if kind == FieldType.DATETIME and lower in _NOW:
        return {"postgresql": "now()", "mysql": "CURRENT_TIMESTAMP(6)"}.get(dialect.name,
                                                                          "CURRENT_TIMESTAMP")
    if kind == FieldType.DATE and lower in (*_NOW, "current_date", "today"):
        return "(CURRENT_DATE)" if dialect is MYSQL else "CURRENT_DATE"
    if kind == FieldType.UUID:
        if lower in _UUID_FUNCTIONS:
            return {"postgresql": "gen_random_uuid()", "mysql": "(uuid())"}.get(dialect.name)
        value = unquoted(raw)
        return string(dialect, value.lower()) if _UUID.match(value) else None
    if kind in STRING_TYPES:
        value = unquoted(raw)
        if member.max_length is not None and len(value) > member.max_length:
            return None
        literal = string(dialect, value)
        # MySQL takes a default on TEXT only as an expression.
        return f"({literal})" if dialect is MYSQL and kind == FieldType.TEXT else literal
    if kind == FieldType.JSON:
        try:
            json.loads(raw)
        except ValueError:
            return None
        literal = string(dialect, raw)
        return f"({literal})" if dialect is MYSQL else literal
    return None
