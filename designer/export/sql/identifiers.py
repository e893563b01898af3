"""Identifiers any name can become: quoted always, within the dialect's length limit, unique.

A user may name an entity `order`, `주문 내역`, `a"b` or `🎉`. Quoting makes reserved words and
Korean safe; doubling the quote character makes quotes safe. What a dialect cannot hold at all
(NUL, emoji in MySQL, trailing spaces in MySQL, names past the length limit) is replaced, and a
name shortened to fit ends in a hash of the whole name, so two long names that share a prefix
stay apart and the same name always gives the same identifier.
"""

from __future__ import annotations

from designer.contract.naming import short_hash
from designer.export.sql.dialects import Dialect


def quote(dialect: Dialect, name: str) -> str:
    """`name` as a quoted identifier."""
    q = dialect.quote
    return q + name.replace(q, q + q) + q


def _clean(dialect: Dialect, name: str) -> str:
    text = name.replace("\x00", "")
    if dialect.bmp_only:
        text = "".join(c if ord(c) <= 0xFFFF else "_" for c in text)
        # MySQL refuses names ending in spaces.
        text = text.rstrip()
    return text


def _fits(dialect: Dialect, text: str, table: bool, room: int = 0) -> bool:
    if dialect.size(text) > dialect.limit - room:
        return False
    limit = dialect.table_file_limit
    return not (table and limit) or dialect.file_size(text) <= limit - room


def fit(dialect: Dialect, name: str, *, table: bool = False) -> str:
    """`name` as an identifier the dialect keeps whole: cleaned, and when too long cut to a
    prefix plus `_` and eight hex digits of the whole name. `table`: also within the length
    of a table's file name."""
    text = _clean(dialect, name)
    if not text.strip():
        return "_" + short_hash(name)
    if _fits(dialect, text, table):
        return text
    suffix = "_" + short_hash(name)
    while text and not _fits(dialect, text, table, len(suffix)):
        text = text[:-1]
    return text.rstrip() + suffix


class Namespace:
    """Hands out identifiers unique within one namespace (a database's relations and
    constraints, or a table's columns), in the order asked."""

    def __init__(self, dialect: Dialect, *, fold_case: bool | None = None) -> None:
        self._dialect = dialect
        self._fold = dialect.fold_case if fold_case is None else fold_case
        self._taken: set[str] = set()

    def _key(self, name: str) -> str:
        return name.lower() if self._fold else name

    def take(self, base: str, *, table: bool = False) -> str:
        """`base` fitted, or the first of `base_2`, `base_3` … that is free once fitted."""
        number = 1
        while True:
            wanted = base if number == 1 else f"{base}_{number}"
            candidate = fit(self._dialect, wanted, table=table)
            if self._key(candidate) not in self._taken:
                self._taken.add(self._key(candidate))
                return candidate
            number += 1
