"""The SQL dialects designer writes, and which engine speaks which."""

from __future__ import annotations

from dataclasses import dataclass

from designer.model.data import Engine


@dataclass(frozen=True)
class Dialect:
    """What differs between SQL dialects in how names are written."""

    name: str
    """`postgresql`, `mysql` or `sqlite`: also the file name's dialect part."""
    title: str
    """How a person names it."""
    quote: str
    """Identifier quote character (doubled inside a name)."""
    limit: int
    """Longest identifier."""
    limit_in_bytes: bool
    """The limit counts UTF-8 bytes (PostgreSQL) rather than characters (MySQL)."""
    fold_case: bool
    """Names that differ only in case are the same name (MySQL columns, SQLite)."""
    bmp_only: bool
    """Identifiers may not hold characters outside the Basic Multilingual Plane (emoji)."""

    table_file_limit: int = 0
    """Longest table name once encoded as a file name (MySQL writes `@xxxx` for each character
    that is not an ASCII letter, digit or underscore); 0: no such limit."""

    def size(self, name: str) -> int:
        """Length of `name` as this dialect counts it."""
        return len(name.encode("utf-8")) if self.limit_in_bytes else len(name)

    def file_size(self, name: str) -> int:
        """Length of a table name as MySQL's file name."""
        return sum(1 if c.isascii() and (c.isalnum() or c == "_") else 5 for c in name)


POSTGRESQL = Dialect("postgresql", "PostgreSQL", '"', 63, True, False, False)
"""NAMEDATALEN - 1 = 63 bytes; longer names are silently truncated by the server."""
MYSQL = Dialect("mysql", "MySQL / MariaDB", "`", 64, False, True, True, table_file_limit=240)
"""64 characters; identifiers are stored as utf8mb3, so no emoji; columns ignore case; a table
is a file, so its encoded name stays under the file system's 255 bytes (with `.ibd`)."""
SQLITE = Dialect("sqlite", "SQLite", '"', 128, False, True, False)
"""No hard limit; 128 keeps names readable. ASCII names ignore case."""

_BY_ENGINE = {Engine.POSTGRESQL: POSTGRESQL, Engine.MYSQL: MYSQL, Engine.MARIADB: MYSQL,
              Engine.SQLITE: SQLITE}


def for_engine(engine: Engine) -> Dialect:
    """The dialect of a relational `engine`."""
    return _BY_ENGINE[engine]
