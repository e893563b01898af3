"""PostgreSQL, from the schema dump a .NET service's solution ships beside its projects.

A .NET service whose data layer and connection come from projects outside the repository (a
common library referenced by a relative path into a sibling checkout) names no engine in the
tree: no provider package, no connection string but a commented one. Its solution's folder
may still hold the schema the team loads, as `pg_dump` wrote it (`-- PostgreSQL database dump`
heading the file): the schema of a PostgreSQL database. That names the engine at the weakest
rank (`Scope.FALLBACK`: it is no configuration), and only for an ASP.NET Core service that has
a data layer and names no engine itself nor through the projects it references, as an SSDT
database project does for SQL Server (`sql_projects`), and as a PHP application's MySQL dump
does (`sql_dumps`).
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.nonservices import is_test_host
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.sql_projects import engineless_services
from designer.detect.walker import PRUNED, read_head
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "dotnet"

_DUMP = re.compile(r"^--[ \t]*PostgreSQL database dump[ \t]*\r?$", re.MULTILINE)
"""The heading `pg_dump` writes at the top of a dump."""

_SKIPPED = frozenset({*PRUNED, "bin", "obj", "node_modules"})

MAX_FILES = 50
"""SQL files looked at per solution at most: a tree with more is left alone."""

HEAD = 1024
"""Bytes read of a SQL file: the dump's heading comes first."""


def name_engine(top: str, units: dict[str, Unit]) -> None:
    """Give PostgreSQL, as a fallback, to each ASP.NET Core service with a data layer and no
    engine whose solution's folder holds a PostgreSQL dump."""
    for unit, project in engineless_services(units):
        folder = _solution_folder(top, project)
        found = None if folder is None else _dump(top, folder)
        if found:
            unit.signals[LANGUAGE].append(
                Signal(FindingKind.DATABASE, "PostgreSQL", Strength.DEPENDENCY, found,
                       scope=Scope.FALLBACK)
            )


def _solution_folder(top: str, project: str) -> str | None:
    """The folder of the nearest solution (`.sln`) at or above the project's folder."""
    folder = posixpath.dirname(project) or "."
    while True:
        try:
            if any(n.endswith(".sln") for n in os.listdir(os.path.join(top, folder))):
                return folder
        except OSError:
            pass
        if folder in ("", "."):
            return None
        folder = posixpath.dirname(folder) or "."


def _dump(top: str, folder: str) -> Evidence | None:
    """The heading of a PostgreSQL dump under `folder`, outside tests and build output (None
    when there is none, or more SQL files than the budget)."""
    for path in code_files(
        top,
        folder,
        (".sql",),
        MAX_FILES,
        skip_dir=lambda name: name in _SKIPPED or is_test_host(name),
    ):
        if path is None:
            return None
        text = read_head(top, path, HEAD) or ""
        match = _DUMP.search(text)
        if match:
            line = text.count("\n", 0, match.start()) + 1
            return Evidence(path=path, line=line, text=match.group(0).strip())
    return None
