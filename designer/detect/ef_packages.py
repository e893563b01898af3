"""An EF Core package a .NET project references for a helper, beside the query library it uses.

A project whose SQL runs through a query library (Dapper, SqlKata) sometimes also references an
EF Core provider package for something other than a context: SQL Server's retrying execution
strategy for its own connections, a type it borrows. No class of its code derives from or names
a context (`DbContext`, `DbSet<T>`, `DbContextOptions<T>`), so EF Core keeps none of its data:
the query library is its data layer, and the package's EF Core a development-only mention, as
`ecosystems.dotnet._vendor_providers` makes a vendor's EF Core package beside a query library
at parse time. (A context in a project it references is still lent to it.) Telling so needs
every C# file of the project (`dotnet_sources.own_sources`); one too large to read is left
alone.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import own_sources
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "dotnet"

_CONTEXT = re.compile(r"(?i:db)Context\b|\bDbSet\s*<|\bDbContextOptions\w*\s*<")
"""A context named in code: a class deriving from one, a set of its entities, its options."""


def demote(top: str, units: dict[str, Unit]) -> None:
    """Make EF Core a development-only mention in each .NET project that references it by
    package only, beside a query library it depends on, and whose code names no context."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        ef_core = [s for s in signals if s.kind is FindingKind.ORM and s.name == "EF Core"]
        if (
            not ef_core
            or any(s.strength is not Strength.DEPENDENCY or not s.evidence.path.endswith(".csproj")
                   for s in ef_core)
            or not any(
                s.kind is FindingKind.QUERY and s.name != "ADO.NET"
                and s.strength is Strength.DEPENDENCY
                for s in signals
            )
        ):
            continue
        paths = own_sources(top, unit, units)
        if not paths or any(_CONTEXT.search(read_text(top, path)[0] or "") for path in paths):
            continue
        unit.signals[LANGUAGE] = [
            s.replace(strength=Strength.DEV) if s in ef_core else s for s in signals
        ]
