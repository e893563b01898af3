"""The engine a PHP application of its own ORM falls back to when its settings name none.

An application with an ORM of its own (over PDO, with Doctrine DBAL for the schema) ships
settings whose database section names a host and a user but no platform: the class that builds
the connection parameters picks the platform when the settings leave it out, through a constant
(`private const DEFAULT_PLATFORM = 'Mysql';`). That is the program's explicit default
(`Scope.CHOSEN`). Such a class lies deep in the code (`application/…/ORM/
DatabaseParamsFactory.php`), past what the walk reads of a large tree, so it is looked for on
disk, only in the rare PHP application where no known data layer and no engine was seen:
among the files whose path names the database or its connection.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

_PLATFORMS = (
    ("mysql", "MySQL"),
    ("mariadb", "MariaDB"),
    ("postgresql|postgres|pgsql", "PostgreSQL"),
    ("sqlite", "SQLite"),
    ("sqlsrv|sqlserver|mssql", "SQL Server"),
)
"""How a platform constant names each engine (case aside)."""

_DEFAULT = re.compile(
    r"^[ \t]*(?:(?:public|protected|private|final)[ \t]+)*const[ \t]+(?:string[ \t]+)?"
    r"DEFAULT_(?:DB_|DATABASE_)?(?:PLATFORM|DRIVER|ENGINE|DIALECT)[ \t]*=[ \t]*"
    r"['\"](?:pdo_)?(?P<name>\w+)['\"][ \t]*;",
    re.MULTILINE | re.IGNORECASE,
)
"""A class constant naming the default platform or driver."""

_KNOWN = frozenset({FindingKind.ORM, FindingKind.DATABASE})
"""What shows a data layer or an engine already known: a framework's ORM (Laravel's Eloquent)
configures its engine in settings the walk reads; the search is for an ORM of the
application's own (a query library beside it, Doctrine DBAL for the schema, names no
engine)."""

_WORDS = ("database", "connection")
"""Words of the paths (lower-cased) of the files that may hold it."""

_SKIPPED = frozenset({"vendor", "node_modules", "tests", "test", "client", "frontend", "public"})
"""Folders of other code: dependencies, tests, the browser application."""

MAX_FILES = 300
"""Files whose path names the database read at most."""

MAX_LISTED = 50_000
"""PHP files whose names are looked at, at most: only names, but a walk has to end."""


def engine(name: str) -> str:
    """The engine a platform constant's value names, or ""."""
    lowered = name.lower()
    return next((found for names, found in _PLATFORMS if lowered in names.split("|")), "")


def find(top: str, units: dict[str, Unit]) -> None:
    """Give each PHP application with a framework and no engine seen the platform its code's
    default constant names."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals) or any(
            s.kind in _KNOWN for found in unit.signals.values() for s in found
        ):
            continue
        for path in candidates(top, unit.folder):
            text = read_text(top, path)[0] or ""
            match = _DEFAULT.search(text)
            found = engine(match.group("name")) if match is not None else ""
            if match is None or not found:
                continue
            line = text.count("\n", 0, match.start()) + 1
            evidence = Evidence(path=path, line=line, text=match.group(0).strip())
            signals.append(
                Signal(FindingKind.DATABASE, found, Strength.ENTRY, evidence, scope=Scope.CHOSEN)
            )
            break


def candidates(top: str, folder: str, words: tuple[str, ...] = _WORDS) -> list[str]:
    """The PHP files of the project whose path names the database or its connection (or another
    of `words`), relative to `top`, in path order; none past `MAX_FILES` (nor in a tree of more
    than `MAX_LISTED` PHP files)."""
    found: list[str] = []
    for path in code_files(top, folder, (".php",), MAX_LISTED, skip_dir=_skipped):
        if path is None:
            return []
        if any(word in path.lower() for word in words):
            found.append(path)
            if len(found) > MAX_FILES:
                return []
    return sorted(found)


def _skipped(name: str) -> bool:
    return name.lower() in _SKIPPED
