"""The engine an EF Core context configures for itself, wherever its file sits in the project.

A solution's data library may hold its context in a class named for the product
(`Models/Domain/ProductContext.cs`, not `…DbContext.cs`), deep under a tree of entity classes
and migrations that fill the walker's quotas, and configure its provider in the context's own
`OnConfiguring` (`optionsBuilder.UseNpgsql(…)`) rather than in a host's startup code. The
provider call is then never read: the library seems to open no database, and the hosts
referencing it for that context are lent none of its engine (`build_modules`), keeping only
the provider packages they list for their tools (SQL Server's and SQLite's, beside the
library's PostgreSQL). So, for a .NET project declaring EF Core and an EF Core provider
package at run time whose read code names no engine, its own C# files are read whole
(`dotnet_sources.own_sources`) for a class deriving from a context whose `OnConfiguring`
configures a provider; when those calls name one engine, and it is one of the providers the
project declares (the code and the project file agree), the call is recorded as if the
walker had read it. A project too large to read, or whose contexts configure several
engines, is left alone.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import own_sources
from designer.detect.ecosystems.dotnet import classify
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "dotnet"

_CONTEXT = re.compile(
    r"\bclass[ \t]+\w+[ \t]*(?:<[^>\n]*>[ \t]*)?:[ \t]*(?:[\w.]+\.)?(?:Identity\w*)?DbContext\b"
)
"""A class deriving from EF Core's context (the .NET reader's rule for EF Core in code)."""

_ON_CONFIGURING = re.compile(r"\bvoid[ \t]+OnConfiguring[ \t]*\(")
"""The context's own configuration hook."""

_PROVIDER = re.compile(r"\.Use(Npgsql|SqlServer|Sqlite|MySql|MySQL|Oracle|Cosmos)[ \t]*\(")
"""A provider configured (`_EF_PROVIDERS` of the .NET reader)."""

_ENGINES = {
    "Npgsql": "PostgreSQL",
    "SqlServer": "SQL Server",
    "Sqlite": "SQLite",
    "MySql": "MySQL",
    "MySQL": "MySQL",
    "Oracle": "Oracle",
    "Cosmos": "Azure Cosmos DB",
}


def find(top: str, units: dict[str, Unit]) -> None:
    """Record the provider an EF Core context's `OnConfiguring` configures, in each .NET
    project declaring EF Core and that provider whose read code names no engine."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        declared = _declared_engines(signals)
        if not declared or not any(
            s.kind is FindingKind.ORM and s.name == "EF Core" and s.strength is not Strength.DEV
            for s in signals
        ):
            continue
        if any(
            s.kind is FindingKind.DATABASE and s.evidence.path.endswith(".cs") for s in signals
        ):
            continue  # its code was read where it names an engine: nothing is missing
        found = _configured(top, own_sources(top, unit, units))
        if found is None or len({engine for engine, _ in found}) != 1:
            continue
        engine, evidence = found[0]
        if engine in declared:
            signals.append(Signal(FindingKind.DATABASE, engine, Strength.ENTRY, evidence))


def _declared_engines(signals: list[Signal]) -> set[str]:
    """The engines of the EF Core provider packages a project declares for run time."""
    return {
        s.name
        for s in signals
        if s.kind is FindingKind.DATABASE
        and s.strength is Strength.DEPENDENCY
        and s.package
        and (FindingKind.ORM, "EF Core") in classify(s.package)
    }


def _configured(top: str, paths: list[str]) -> list[tuple[str, Evidence]] | None:
    """The engines the contexts' `OnConfiguring` hooks in the files configure, each with where;
    None when a file cannot be read."""
    found: list[tuple[str, Evidence]] = []
    for path in paths:
        text = read_text(top, path)[0]
        if text is None:
            return None
        if "OnConfiguring" not in text or not _CONTEXT.search(text):
            continue
        text = blank_comments(text)
        hook = _ON_CONFIGURING.search(text)
        if hook is None:
            continue
        lines = text.splitlines()
        # The calls after the hook: a context file holds one class, its hook near the end.
        for match in _PROVIDER.finditer(text, hook.end()):
            line = text.count("\n", 0, match.start()) + 1
            found.append(
                (
                    _ENGINES[match.group(1)],
                    Evidence(path=path, line=line, text=lines[line - 1].strip()),
                )
            )
    return found
