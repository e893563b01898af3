"""Which dialect a DDL file is in: the `-- dialect:` line designer's export writes, else a
guess from MySQL's spellings; and the error of a reading that is plainly the wrong one."""

from __future__ import annotations

import re

_MYSQL_KEY = re.compile(r"^\s*(?:UNIQUE\s+)?(?:KEY|INDEX)\s+\w+\s*\(\s*[A-Za-z_]", re.I | re.M)
"""MySQL's `KEY name (column, …)` line inside CREATE TABLE, which PostgreSQL would read as a
column named KEY of an unknown type. A column list names columns; a PostgreSQL column `key`
of a type with a size (`key varchar(100)`) has digits there."""
_DIALECT = re.compile(r"^-- dialect: (\w+)", re.M)


def header_dialect(text: str) -> str | None:
    """The dialect the file's own `-- dialect: …` line names (designer's export writes one),
    as `--dialect` spells it; None without such a line."""
    marked = _DIALECT.search(text)
    if not marked:
        return None
    return "mysql" if marked[1] in ("mysql", "mariadb") else "postgres"


def guess_dialect(text: str) -> str:
    """The header's dialect; else `mysql` when the text quotes with backticks or names MySQL
    things, else `postgres`."""
    marked = header_dialect(text)
    if marked:
        return marked
    if "`" in text or re.search(r"\bENGINE\s*=|\bAUTO_INCREMENT\b|\bUNSIGNED\b", text,
                                re.I) or _MYSQL_KEY.search(text):
        return "mysql"
    return "postgres"


def other_dialect(dialect: str) -> str:
    """The one of the two dialects that is not `dialect`."""
    return "postgres" if dialect == "mysql" else "mysql"


SHOWN = {"postgres": "PostgreSQL", "mysql": "MySQL"}
"""Dialect → its name in a message."""


class Misread(ValueError):
    """A reading in one dialect that is plainly wrong: a column it leaves without a name (a
    `"quoted"` name MySQL takes for a string), or PostgreSQL's column `KEY` of an unknown type
    (MySQL's `KEY name (…)`)."""

    def __init__(self, dialect: str, what: str) -> None:
        super().__init__(what)
        self.dialect = dialect

