"""The engine an EF Core model snapshot records, where nothing else names one.

A .NET service may take its context's base class and provider from a package of its own
organisation (a `…Persistence.PostgreSQL` package whose `PostgreSQLContext` the service's context
derives from, registered by the package's own extension method): no provider package, no
`UseNpgsql(…)` call and no connection string naming the engine appear in the tree. What EF Core
writes beside the migrations still does: the model snapshot (`…ModelSnapshot.cs`) carries the
provider's annotations (`.HasAnnotation("Npgsql:ValueGenerationStrategy", …)`,
`"SqlServer:ValueGenerationStrategy"`, `"MySql:…"`, `"Oracle:…"`), prefixed with the provider
that generated it. The engine the migrations were generated for is the service's engine.

Asked only of .NET units with a run-time EF Core data layer and no engine at all, reading the
snapshots of the project folders that EF Core evidence points into; snapshots naming several
providers tell nothing.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.ecosystems.dotnet import PROJECT_ENDINGS
from designer.detect.signals import Signal, Strength
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "dotnet"

_ANNOTATION = re.compile(r"""\.HasAnnotation\(\s*"(Npgsql|SqlServer|MySql|Oracle):""")
"""A provider-prefixed model annotation, as EF Core's snapshot generator writes it."""

_ENGINES = {
    "Npgsql": "PostgreSQL",
    "SqlServer": "SQL Server",
    "MySql": "MySQL",
    "Oracle": "Oracle",
}

MAX_SNAPSHOTS = 20
"""Snapshot files read per project folder at most (one per migrated context)."""


def find(top: str, units: dict[str, Unit]) -> None:
    """Give each EF Core unit with no engine the one engine its model snapshots record."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or any(s.kind is FindingKind.DATABASE for s in signals):
            continue
        layer = [
            s
            for s in signals
            if s.kind is FindingKind.ORM and s.name == "EF Core" and s.strength is not Strength.DEV
        ]
        folders = {_project_folder(top, s.evidence.path) for s in layer} - {None}
        seen: dict[str, Evidence] = {}
        for folder in sorted(folders):
            for path in code_files(
                top, folder, ("ModelSnapshot.cs",), MAX_SNAPSHOTS,
                skip_dir=lambda name: name in PRUNED,
            ):
                if path is None:
                    break
                lines = (read_text(top, path)[0] or "").splitlines()
                for number, line in enumerate(lines, 1):
                    if match := _ANNOTATION.search(line):
                        engine = _ENGINES[match.group(1)]
                        seen.setdefault(engine, Evidence(path=path, line=number, text=line.strip()))
        if len(seen) == 1:
            ((engine, evidence),) = seen.items()
            signals.append(Signal(FindingKind.DATABASE, engine, Strength.ENTRY, evidence))


def _project_folder(top: str, path: str) -> str | None:
    """The nearest folder above `path` holding a project file, or None when none does."""
    folder = posixpath.dirname(path) or "."
    while True:
        where = top if folder == "." else os.path.join(top, *folder.split("/"))
        try:
            names = os.listdir(where)
        except OSError:
            return None
        if any(n.endswith(PROJECT_ENDINGS) for n in names):
            return folder
        if folder == ".":
            return None
        folder = posixpath.dirname(folder) or "."
