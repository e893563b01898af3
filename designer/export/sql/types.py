"""Column types: the design's type system mapped onto each dialect.

PostgreSQL keeps most of the design's meaning in the type (uuid, timestamptz, jsonb, enum
types); MySQL / MariaDB gets the nearest type that applies on both (char(36) for uuid,
datetime(6) for instants stored as UTC, JSON, inline ENUM); SQLite gets its storage classes.
Money in a currency without minor units (KRW, JPY …) is a whole number; other money is an exact
decimal, never a float.
"""

from __future__ import annotations

from dataclasses import dataclass

from designer.export.sql.dialects import MYSQL, POSTGRESQL, Dialect
from designer.model.types import ZERO_DECIMAL_CURRENCIES, FieldType, Member, Shape

MONEY_PRECISION, MONEY_SCALE = 19, 4
"""Exact decimal for money in currencies with minor units when the design sets no precision."""
MYSQL_STRING = 255
"""varchar length MySQL gets for a string field without a maximum length."""
EMAIL_LENGTH, URL_LENGTH = 320, 2048
"""Longest e-mail address (64 + 1 + 255) and a common URL limit."""
_MYSQL_DECIMAL = (65, 30)
"""MySQL's largest decimal precision and scale."""


@dataclass(frozen=True)
class SqlType:
    """A column's type in one dialect."""

    text: str
    """As written in the DDL."""
    family: str
    """What kind of value, for comparing a foreign key with its key: `string`, `integer` …"""
    long_text: bool = False
    """MySQL TEXT / BLOB / JSON: indexes need a prefix, keys cannot use it."""
    enum: str = ""
    """The name of the enum type an enum column has (PostgreSQL, DBML)."""


def is_document(member: Member, enum: bool) -> bool:
    """Stored as JSON: lists, maps, inline objects and fields typed by an entity or schema."""
    if member.shape is not Shape.ONE:
        return True
    builtin = member.builtin
    return (builtin is None and not enum) or builtin in (FieldType.OBJECT, FieldType.JSON)


def _decimal(dialect: Dialect, precision: int | None, scale: int | None) -> str:
    if precision is None:
        return "numeric" if dialect is POSTGRESQL else \
            ("decimal(19,4)" if dialect is MYSQL else "NUMERIC")
    scale = min(scale or 0, precision)
    if dialect is MYSQL:
        precision = min(precision, _MYSQL_DECIMAL[0])
        scale = min(scale, _MYSQL_DECIMAL[1], precision)
    name = "decimal" if dialect is MYSQL else "numeric" if dialect is POSTGRESQL else "NUMERIC"
    return f"{name}({precision},{scale})"


def _string(dialect: Dialect, length: int | None, default: int | None) -> SqlType:
    size = length or default
    if dialect is POSTGRESQL:
        return SqlType(f"varchar({size})" if size else "text", "string")
    if dialect is MYSQL:
        size = size or MYSQL_STRING
        # Past 16383 characters a utf8mb4 varchar no longer fits a row: TEXT types instead.
        if size > 16383:
            return SqlType("mediumtext", "string", long_text=True)
        return SqlType(f"varchar({size})", "string")
    return SqlType("TEXT", "string")


def column_type(dialect: Dialect, member: Member, enum_type: str = "",
                enum_values: tuple[str, ...] = (), enum_name: str = "") -> SqlType:
    """The type of a column holding `member`. `enum_type` is the quoted name of the
    PostgreSQL enum type of an enum field (`enum_name` unquoted); `enum_values` its values
    (MySQL writes them inline)."""
    enum = bool(enum_type or enum_values)
    if is_document(member, enum):
        return {"postgresql": SqlType("jsonb", "json"), "mysql": SqlType("json", "json", True)
                }.get(dialect.name, SqlType("TEXT", "json"))
    if enum:
        if dialect is POSTGRESQL:
            return SqlType(enum_type, "enum", enum=enum_name)
        if dialect is MYSQL and enum_values:
            from designer.export.sql.literals import string

            return SqlType("enum(" + ",".join(string(dialect, v) for v in enum_values) + ")",
                           "enum")
        return SqlType("TEXT" if dialect.name == "sqlite" else f"varchar({MYSQL_STRING})",
                       "string")
    kind = member.builtin
    pg, my = dialect is POSTGRESQL, dialect is MYSQL
    if kind in (FieldType.STRING, None):
        return _string(dialect, member.max_length, None)
    if kind is FieldType.EMAIL:
        return _string(dialect, member.max_length, EMAIL_LENGTH)
    if kind is FieldType.URL:
        return _string(dialect, member.max_length, None if pg else URL_LENGTH)
    if kind is FieldType.TEXT:
        return SqlType("text" if pg or my else "TEXT", "string", long_text=my)
    if kind is FieldType.INTEGER:
        return SqlType("integer" if pg else "int" if my else "INTEGER", "integer")
    if kind is FieldType.BIGINT:
        return SqlType("bigint" if pg or my else "INTEGER", "bigint")
    if kind is FieldType.DECIMAL:
        return SqlType(_decimal(dialect, member.precision, member.scale), "decimal")
    if kind is FieldType.MONEY:
        if member.currency.upper() in ZERO_DECIMAL_CURRENCIES and member.precision is None:
            return SqlType("bigint" if pg or my else "INTEGER", "bigint")
        precision = member.precision or MONEY_PRECISION
        scale = member.scale if member.scale is not None else MONEY_SCALE
        return SqlType(_decimal(dialect, precision, scale), "decimal")
    if kind is FieldType.FLOAT:
        return SqlType("double precision" if pg else "double" if my else "REAL", "float")
    if kind is FieldType.BOOLEAN:
        return SqlType("boolean" if pg or my else "INTEGER", "boolean")
    if kind is FieldType.UUID:
        return SqlType("uuid" if pg else "char(36)" if my else "TEXT", "uuid")
    if kind is FieldType.DATE:
        return SqlType("date" if pg or my else "TEXT", "date")
    if kind is FieldType.DATETIME:
        return SqlType("timestamptz" if pg else "datetime(6)" if my else "TEXT", "datetime")
    if kind is FieldType.TIME:
        return SqlType("time" if pg else "time(6)" if my else "TEXT", "time")
    if kind is FieldType.BINARY:
        return SqlType("bytea" if pg else "longblob" if my else "BLOB", "binary", long_text=my)
    return SqlType("text" if pg or my else "TEXT", "string", long_text=my)
