"""The engine an ASP.NET Core host registers its EF Core context on by a call named for it.

A solution's shared library often references every EF Core provider its applications need
(SQL Server for some, PostgreSQL for another), and each host registers its context through a
call named for its provider instead of `AddDbContext<T>(o => o.UseNpgsql(…))`: .NET Aspire's
`AddNpgsqlDbContext<T>`, `AddSqlServerDbContext<T>`, or the solution's own helper spelled the
same way (`AddPsqlDbContext<T>`). The packages lent by the library then name both engines, and
code elsewhere in the solution may use either; the host's own registration tells which one
its data lives in. When every context registration and provider call in the host's own C#
files names one engine, that engine is the one the program picks (`Scope.CHOSEN`). A host
whose own code names two (three contexts on SQL Server, one on PostgreSQL) is left to the
other rules. Its own C# files are read whole (`dotnet_sources.own_sources`); a project too
large to read is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import aspnet_projects
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "dotnet"

_NAMED = re.compile(
    r"\.Add(Npgsql|Psql|Postgres(?:ql)?|SqlServer|Sqlite|MySql|Oracle)DbContext"
    r"(?:Pool|Factory)?\s*<",
    re.IGNORECASE,
)
"""A context registered through a call named for its provider (Aspire's, or the solution's
own helper spelled like them)."""

PROVIDER = re.compile(r"\.Use(Npgsql|SqlServer|Sqlite|MySql|Oracle)\s*\(", re.IGNORECASE)
"""A provider configured directly (`options.UseSqlServer(…)`)."""

ENGINES = {
    "npgsql": "PostgreSQL",
    "psql": "PostgreSQL",
    "postgres": "PostgreSQL",
    "postgresql": "PostgreSQL",
    "sqlserver": "SQL Server",
    "sqlite": "SQLite",
    "mysql": "MySQL",
    "oracle": "Oracle",
}


def undecided_hosts(units: dict[str, Unit]) -> Iterator[tuple[Unit, list[Signal]]]:
    """Each ASP.NET Core host whose settings and code choose no engine yet, with its .NET
    signals (the list a rule appends its choice to)."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "ASP.NET Core" for s in signals):
            continue
        if any(
            s.kind is FindingKind.DATABASE and s.scope in (Scope.PRODUCTION, Scope.CHOSEN)
            for s in signals
        ):
            continue  # the host's own settings or code already choose
        yield unit, signals


def choose_named(top: str, units: dict[str, Unit]) -> None:
    """Add the engine of a provider-named context registration as the program's choice, in
    each ASP.NET Core host whose own code configures contexts on that one engine only (the
    engines of the projects it references are lent to it later, when backends are
    assembled)."""
    for unit, paths in aspnet_projects(top, units):
        signals = unit.signals.setdefault(LANGUAGE, [])
        if any(
            s.kind is FindingKind.DATABASE and s.scope in (Scope.PRODUCTION, Scope.CHOSEN)
            for s in signals
        ):
            continue
        found = _registrations(top, paths)
        if found is None:
            continue
        named, configured = found
        picked = {engine for engine, _ in named} | configured
        if len(picked) != 1 or not named:
            continue
        engine, evidence = named[0]
        signals.append(
            Signal(FindingKind.DATABASE, engine, Strength.ENTRY, evidence, scope=Scope.CHOSEN)
        )


def _registrations(
    top: str, paths: list[str]
) -> tuple[list[tuple[str, Evidence]], set[str]] | None:
    """The engines of the provider-named registrations in the files (each with where it is)
    and those of the direct provider calls; None when a file cannot be read."""
    named: list[tuple[str, Evidence]] = []
    configured: set[str] = set()
    for path in paths:
        text = read_text(top, path)[0]
        if text is None:
            return None
        if not (_NAMED.search(text) or PROVIDER.search(text)):
            continue
        text = blank_comments(text)
        for match in _NAMED.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            snippet = text.splitlines()[line - 1].strip()
            named.append(
                (ENGINES[match.group(1).lower()], Evidence(path=path, line=line, text=snippet))
            )
        configured.update(ENGINES[m.group(1).lower()] for m in PROVIDER.finditer(text))
    return named, configured
