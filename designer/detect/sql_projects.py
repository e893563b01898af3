"""SQL Server, from the database project of the solution a .NET service is built in.

A .NET service's data layer often names no engine in the tree: EF Core through a vendor's
package whose provider the vendor's code picks, the connection string kept in a cloud
configuration store. Its solution may still hold an SSDT database project (`.sqlproj`) whose
schema provider (`<DSP>…Sql130DatabaseSchemaProvider</DSP>`, `SqlAzureV12…`) is SQL Server's or
Azure SQL's: the schema the team deploys for it. That names the engine, at the weakest rank
(`Scope.FALLBACK`: it is no configuration), and only for a service that has a data layer and
names no engine itself nor through the projects it references.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Iterator

from designer.detect.assemble import Unit
from designer.detect.ecosystems.dotnet import PROJECT_ENDINGS
from designer.detect.nonservices import module_names, module_uses
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "dotnet"

_PROJECT = re.compile(r'^Project\("[^"]*"\)\s*=\s*"[^"]*"\s*,\s*"([^"]+)"', re.MULTILINE)
"""A solution's project line: its path, relative to the solution's folder."""

_SQL_SERVER = re.compile(
    r"<DSP>\s*Microsoft\.Data\.Tools\.Schema\.Sql\.Sql(?:\d+|Azure\w*)DatabaseSchemaProvider\s*</DSP>"
)
"""SQL Server's (a version's) or Azure SQL's schema provider."""

_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY})


def name_engine(top: str, units: dict[str, Unit]) -> None:
    """Give SQL Server, as a fallback, to each .NET service with a data layer and no engine
    whose solution holds a SQL Server database project."""
    for unit, project in engineless_services(units):
        found = _database_project(top, project)
        if found:
            unit.signals[LANGUAGE].append(
                Signal(FindingKind.DATABASE, "SQL Server", Strength.DEPENDENCY, found,
                       scope=Scope.FALLBACK)
            )


def engineless_services(units: dict[str, Unit]) -> Iterator[tuple[Unit, str]]:
    """Each ASP.NET Core service, with its project file, that has a data layer and names no
    engine, itself or through the projects of the tree it references (development-only
    findings aside): the services a schema shipped beside them may name the engine of."""
    by_name = {name: u for u in units.values() for name in module_names(u, LANGUAGE)}
    for unit in units.values():
        project = next((p for p, e, _ in unit.manifests if e == LANGUAGE), "")
        if not project.endswith(PROJECT_ENDINGS) or not any(
            s.kind is FindingKind.FRAMEWORK and s.name == "ASP.NET Core"
            for s in unit.signals.get(LANGUAGE, [])
        ):
            continue
        signals = [
            s
            for u in _reached(unit, by_name)
            for s in u.signals.get(LANGUAGE, [])
            if s.strength is not Strength.DEV
        ]
        if any(s.kind is FindingKind.DATABASE for s in signals) or not any(
            s.kind in _DATA for s in signals
        ):
            continue
        yield unit, project


def _reached(unit: Unit, by_name: dict[str, Unit]) -> list[Unit]:
    """The unit and the projects of the tree it references, directly or through others."""
    seen = [unit]
    for current in seen:
        for name in sorted(module_uses(current, LANGUAGE)):
            other = by_name.get(name)
            if other is not None and other not in seen:
                seen.append(other)
    return seen


def _database_project(top: str, project: str) -> Evidence | None:
    """The schema-provider line of a SQL Server database project listed in a solution (in the
    project's folder or one above it) that also lists the project, or None."""
    folder = posixpath.dirname(project)
    while True:
        try:
            names = sorted(n for n in os.listdir(os.path.join(top, folder)) if n.endswith(".sln"))
        except OSError:
            names = []
        for name in names:
            solution = posixpath.normpath(posixpath.join(folder, name))
            text = read_text(top, solution)[0] or ""
            paths = [
                posixpath.normpath(posixpath.join(folder, p.replace("\\", "/")))
                for p in _PROJECT.findall(text)
            ]
            if project not in paths:
                continue
            for path in paths:
                if not path.endswith(".sqlproj"):
                    continue
                lines = (read_text(top, path)[0] or "").splitlines()
                for number, line in enumerate(lines, 1):
                    if _SQL_SERVER.search(line):
                        return Evidence(path=path, line=number, text=line.strip())
        if folder in ("", "."):
            return None
        folder = posixpath.dirname(folder) or "."
