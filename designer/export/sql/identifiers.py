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


def _cut(dialect: Dialect, text: str, room: int) -> str:
    """The longest prefix of `text` that is at most `room` long in the dialect's measure."""
    out = text
    while out and dialect.size(out) > room:
        out = out[:-1]
    return out


def fit(dialect: Dialect, name: str) -> str:
    """`name` as an identifier the dialect keeps whole: cleaned, and when too long cut to a
    prefix plus `_` and eight hex digits of the whole name."""
    text = _clean(dialect, name)
    if not text.strip():
        return "_" + short_hash(name)
    if dialect.size(text) <= dialect.limit:
        return text
    suffix = "_" + short_hash(name)
    return _cut(dialect, text, dialect.limit - len(suffix)).rstrip() + suffix


class Namespace:
    """Hands out identifiers unique within one namespace (a database's relations and
    constraints, or a table's columns), in the order asked."""

    def __init__(self, dialect: Dialect, *, fold_case: bool | None = None) -> None:
        self._dialect = dialect
        self._fold = dialect.fold_case if fold_case is None else fold_case
        self._taken: set[str] = set()

    def _key(self, name: str) -> str:
        return name.lower() if self._fold else name

    def take(self, base: str) -> str:
        """`base` fitted, or the first of `base_2`, `base_3` … that is free once fitted."""
        number = 1
        while True:
            wanted = base if number == 1 else f"{base}_{number}"
            candidate = fit(self._dialect, wanted)
            if self._key(candidate) not in self._taken:
                self._taken.add(self._key(candidate))
                return candidate
            number += 1
