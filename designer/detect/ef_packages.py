"""An EF Core package a .NET project references for a helper, beside the query library it uses.

A project whose SQL runs through a query library (Dapper, SqlKata) sometimes also references an
EF Core provider package for something other than a context: SQL Server's retrying execution
strategy for its own connections, a type it borrows. No class of its code derives from or names
a context (`DbContext`, `DbSet<T>`, `DbContextOptions<T>`), so EF Core keeps none of its data:
the query library is its data layer, and the package's EF Core a development-only mention, as
`ecosystems.dotnet._vendor_providers` makes a vendor's EF Core package beside a query library
at parse time. The same holds beside another engine's own client package (the AWS SDK's
DynamoDB, kept through its object persistence context, with a SQL Server EF Core provider left
in the csproj): the store the code writes through that client is the engine, and EF Core
none of its data layer. (A context in a project it references is still lent to it.) Telling so needs
every C# file of the project (`dotnet_sources.own_sources`); one too large to read is left
alone.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import own_sources
from designer.detect.ecosystems.dotnet import PROJECT_ENDINGS
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "dotnet"

_CONTEXT = re.compile(r"(?i:(?<!dynamo)db)Context\b|\bDbSet\s*<|\bDbContextOptions\w*\s*<")
"""A context named in code: a class deriving from one, a set of its entities, its options. Not
the AWS SDK's DynamoDB object persistence context (`IDynamoDBContext`, `_dynamoDbContext`),
which is no EF Core context."""


def demote(top: str, units: dict[str, Unit]) -> None:
    """Make EF Core a development-only mention in each .NET project that references it by
    package only, beside a query library it depends on, and whose code names no context."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        ef_core = [s for s in signals if s.kind is FindingKind.ORM and s.name == "EF Core"]
        if (
            not ef_core
            or any(
                s.strength is not Strength.DEPENDENCY
                or not s.evidence.path.endswith(PROJECT_ENDINGS)
                for s in ef_core
            )
            or not (_beside_query_library(signals) or _beside_other_client(signals, ef_core))
        ):
            continue
        paths = own_sources(top, unit, units)
        if not paths or any(_CONTEXT.search(read_text(top, path)[0] or "") for path in paths):
            continue
        unit.signals[LANGUAGE] = [
            s.replace(strength=Strength.DEV) if s in ef_core else s for s in signals
        ]


def _beside_query_library(signals: list[Signal]) -> bool:
    """A query library (Dapper, SqlKata) the project depends on: ADO.NET is every project's."""
    return any(
        s.kind is FindingKind.QUERY and s.name != "ADO.NET" and s.strength is Strength.DEPENDENCY
        for s in signals
    )


def _beside_other_client(signals: list[Signal], ef_core: list[Signal]) -> bool:
    """Another engine's own client package (not an EF Core one) the project depends on, for an
    engine none of its EF Core packages serves: DynamoDB's SDK beside SQL Server's provider."""
    ef_packages = {s.package for s in ef_core}
    ef_engines = {
        s.name for s in signals if s.kind is FindingKind.DATABASE and s.package in ef_packages
    }
    return any(
        s.kind is FindingKind.DATABASE and s.strength is Strength.DEPENDENCY
        and s.package and "entityframework" not in s.package and s.name not in ef_engines
        for s in signals
    )
