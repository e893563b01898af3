"""CHECK constraints from a field's constraints: lengths, bounds, item counts, patterns.

A bound the type already enforces (a varchar's length) is not repeated. Patterns are ECMA 262
regular expressions in the design; PostgreSQL (`~`, advanced regular expressions) and MySQL
(`REGEXP`, PCRE in MariaDB, ICU in MySQL 8) read the common subset the same way, so a pattern
using what only ECMA 262 has (named groups, `\\p{…}` classes) is left to the application.
"""

from __future__ import annotations

import re

from designer.export.sql.dialects import MYSQL, POSTGRESQL, SQLITE, Dialect
from designer.export.sql.literals import NUMBER_TYPES, STRING_TYPES, number, string
from designer.export.sql.types import SqlType
from designer.model.types import Member, Shape

_ECMA_ONLY = re.compile(r"\(\?<[^=!]|\\[pPk]|\\u\{|\\c[A-Za-z]|\(\?[imsx-]+[:)]")


def portable_pattern(pattern: str) -> bool:
    """Whether `pattern` means the same in PostgreSQL and MySQL as in ECMA 262."""
    return bool(pattern) and "\x00" not in pattern and not _ECMA_ONLY.search(pattern)


def _length(dialect: Dialect, column: str) -> str:
    return f"length({column})" if dialect is SQLITE else f"char_length({column})"


def _items(dialect: Dialect, column: str) -> str | None:
    if dialect is POSTGRESQL:
        return f"jsonb_array_length({column})"
    if dialect is MYSQL:
        return f"json_length({column})"
    return None


def expressions(dialect: Dialect, member: Member, column: str, sql_type: SqlType) -> list[str]:
    """The CHECK expressions of a column; `column` is its quoted name."""
    out: list[str] = []
    if member.shape is Shape.LIST:
        items = _items(dialect, column)
        if items and member.min_items:
            out.append(f"{items} >= {member.min_items}")
        if items and member.max_items is not None:
            out.append(f"{items} <= {member.max_items}")
        return out
    if member.shape is not Shape.ONE or sql_type.family not in ("string", "integer", "bigint",
                                                                "decimal", "float"):
        return out
    if member.type in STRING_TYPES:
        if member.min_length:
            out.append(f"{_length(dialect, column)} >= {member.min_length}")
        bounded_by_type = sql_type.text.startswith("varchar")
        if member.max_length is not None and not bounded_by_type:
            out.append(f"{_length(dialect, column)} <= {member.max_length}")
        bmp = all(ord(c) <= 0xFFFF for c in member.pattern) or not dialect.bmp_only
        if dialect is not SQLITE and bmp and portable_pattern(member.pattern):
            operator = "~" if dialect is POSTGRESQL else "REGEXP"
            out.append(f"{column} {operator} {string(dialect, member.pattern)}")
    elif member.type in NUMBER_TYPES:
        if member.minimum is not None:
            out.append(f"{column} >= {number(member.minimum)}")
        if member.maximum is not None:
            out.append(f"{column} <= {number(member.maximum)}")
    return out
