"""The engine of a data layer lent by a package, from the database port its README documents.

A product may publish its data layer as a package of its own (the EF Core context, its
provider and migrations in one NuGet package every service installs): a service then writes
through the context (`IDbContextFactory<DomainDbContext>`) but references no provider, and its
settings hold only the database server's host and port, read from the environment
(`Environment.GetEnvironmentVariable("APP_SQL_PORT")`). Nothing in its files names the engine;
the README documenting those variables does, by the port it gives the server: "`APP_SQL_PORT` -
SQL server port (`5432`)", `docker run … -e APP_SQL_PORT=5432`. A relational server's
well-known port names its engine (5432 PostgreSQL, 3306 MySQL, 1433 SQL Server), as a URL's
scheme would.

Taken only for a project with a data layer and no engine at all, only for a variable named for
a database's port that the project's own code reads, and only from the README of the project
or of the repository; the deployment the README documents ranks as a deployed configuration
(`Scope.DEPLOYED`).
"""

from __future__ import annotations

import re

from designer.detect.assemble import CONFIG, Unit
from designer.detect.codewalk import all_code_files
from designer.detect.readme_defaults import readme_lines
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

_PORTS = {"5432": "PostgreSQL", "3306": "MySQL", "1433": "SQL Server"}
"""Relational servers' well-known ports and their engines."""

_DOCUMENTED = re.compile(
    r"\b(?P<var>[A-Z][A-Z0-9_]*(?:SQL|DB|DATABASE|PG)_PORT)\b"
    r"[^\n]*?(?<![\w.:-])(?P<port>5432|3306|1433)(?![\w.:-])"
)
"""A database port variable and the port the same line gives it (`` `APP_SQL_PORT` - SQL
server port (`5432`) ``, `-e APP_DB_PORT=3306`)."""

_CODE = (".cs", ".java", ".kt", ".go", ".py", ".js", ".ts", ".rb", ".php", ".rs")
"""Source files whose reading of the variable ties it to the program."""

MAX_FILES = 400
"""Source files read per project at most: a larger project is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Add the engine the README's documented database port names to the projects with a data
    layer and no engine whose own code reads that port's variable."""
    for unit in units.values():
        signals = [s for found in unit.signals.values() for s in found]
        if any(s.kind is FindingKind.DATABASE for s in signals) or not any(
            s.kind in (FindingKind.ORM, FindingKind.QUERY) and s.strength is not Strength.DEV
            for s in signals
        ):
            continue
        documented = _documented(top, unit.folder)
        if not documented:
            continue
        paths = all_code_files(top, unit.folder, _CODE, MAX_FILES) or []
        texts = [read_text(top, path)[0] or "" for path in paths]
        for variable, (engine, evidence) in documented.items():
            if any(f'"{variable}"' in text or f"'{variable}'" in text for text in texts):
                unit.signals.setdefault(CONFIG, []).append(
                    Signal(FindingKind.DATABASE, engine, Strength.ENTRY, evidence,
                           scope=Scope.DEPLOYED)
                )
                break


def _documented(top: str, folder: str) -> dict[str, tuple[str, Evidence]]:
    """Each database port variable a README of `folder` or of the repository documents, with
    the engine its port names and the line (the project's own README first)."""
    found: dict[str, tuple[str, Evidence]] = {}
    for path, number, line in readme_lines(top, folder):
        for match in _DOCUMENTED.finditer(line):
            found.setdefault(
                match.group("var"),
                (_PORTS[match.group("port")],
                 Evidence(path=path, line=number, text=line.strip()[:200])),
            )
    return found
