"""MySQL, from the schema dump a PHP application ships for its installer.

A PHP product often names its engine nowhere in settings the detector reads: its installer
asks for the database and writes the settings file itself, or a settings array holds only a
host and a password, and the data layer it queries through (ThinkORM, Medoo, a query builder)
speaks several engines. What it does ship is its schema: a dump its installer loads (`app.sql`
at the root, `config/app.sql`), written by a MySQL tool, whose tables end in MySQL's storage
options (`) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`). That names the engine the schema is for,
at the weakest rank (`Scope.FALLBACK`: it is no configuration), and only for an application
that has a data layer and names no engine at all, as a SQL Server database project does for a
.NET service (`sql_projects`).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.nonservices import is_test_host
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

_MYSQL_TABLE = re.compile(
    r"^[ \t]*\)[ \t]*ENGINE[ \t]*=[ \t]*(?:InnoDB|MyISAM|Aria)\b[^\n]*",
    re.MULTILINE | re.IGNORECASE,
)
"""The close of a `CREATE TABLE` with MySQL's (MariaDB's) storage engine option."""

_CREATE = re.compile(r"\bCREATE[ \t]+TABLE\b", re.IGNORECASE)

_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY})

_SKIPPED = frozenset({*PRUNED, "vendor", "node_modules"})

MAX_FILES = 50
"""SQL files looked at per application at most: a tree with more is left alone."""


def name_engine(top: str, units: dict[str, Unit]) -> None:
    """Give MySQL, as a fallback, to each PHP application with a framework, a data layer and
    no engine whose tree ships a MySQL schema dump."""
    for unit in units.values():
        signals = [s for s in unit.signals.get(LANGUAGE, []) if s.strength is not Strength.DEV]
        if (
            not any(s.kind is FindingKind.FRAMEWORK for s in signals)
            or not any(s.kind in _DATA for s in signals)
            or any(s.kind is FindingKind.DATABASE for found in unit.signals.values() for s in found)
        ):
            continue
        evidence = _dump(top, unit.folder)
        if evidence is not None:
            unit.signals[LANGUAGE].append(
                Signal(FindingKind.DATABASE, "MySQL", Strength.ENTRY, evidence,
                       scope=Scope.FALLBACK)
            )


def _dump(top: str, folder: str) -> Evidence | None:
    """The first table of a MySQL schema dump under `folder`, outside tests and vendored
    code (None when there is none, or more SQL files than the budget)."""
    for path in code_files(
        top,
        folder,
        (".sql",),
        MAX_FILES,
        skip_dir=lambda name: name in _SKIPPED or is_test_host(name),
    ):
        if path is None:
            return None
        text = read_text(top, path)[0] or ""
        match = _MYSQL_TABLE.search(text)
        if match and _CREATE.search(text):
            line = text.count("\n", 0, match.start()) + 1
            return Evidence(path=path, line=line, text=match.group(0).strip()[:120])
    return None
