""".NET projects whose code is written to Dapper, which no project of the tree declares.

A product's repositories library may run all its SQL through Dapper (`Connection.QueryAsync<T>(
sql, …)`, `ExecuteAsync`) while the package comes from the product's common projects, kept in
a sibling repository its project file references by a relative path (`..\\..\\common\\…`):
nothing in the tree declares Dapper, yet the library's code imports its namespace (in each file,
or once for all of them as a `global using Dapper;`) and calls its extension methods throughout.
Where a .NET project declares no data layer and at least `MIN_FILES` of its own C# files call
Dapper's query methods with its namespace imported there (or globally), Dapper is the
project's data layer, seen in that code, and is lent to the hosts referencing it as a declared
one would be. A few such files (a report's query beside an EF Core context lent from elsewhere)
are a side path, not a census; a project too large to read is left alone.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import dataless_projects, own_sources
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

MIN_FILES = 5
"""C# files calling Dapper that make it the project's data layer."""

_IMPORT = re.compile(r"^[ \t]*(global[ \t]+)?using[ \t]+Dapper[ \t]*;", re.MULTILINE)
"""Dapper's namespace imported (for the whole project when `global`)."""

_CALL = re.compile(
    r"\.(?:Query|QueryFirst|QueryFirstOrDefault|QuerySingle|QuerySingleOrDefault|QueryMultiple"
    r"|Execute|ExecuteScalar)(?:Async)?[ \t]*(?:<[^>\n]*>)?[ \t]*\("
)
"""A call of one of Dapper's extension methods of a connection."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Give Dapper, seen in code, to each .NET project that declares no data layer and whose
    own C# files call Dapper in enough files."""
    for unit, signals in dataless_projects(units):
        evidence = _census(top, own_sources(top, unit, units))
        if evidence is not None:
            signals.append(Signal(FindingKind.QUERY, "Dapper", Strength.ENTRY, evidence))


def _census(top: str, paths: list[str]) -> Evidence | None:
    """Where Dapper's namespace is imported, when enough of the files call it; else None."""
    texts = [(path, read_text(top, path)[0] or "") for path in paths]
    imports = [(path, text, _IMPORT.search(text)) for path, text in texts]
    imported = [(path, text, match) for path, text, match in imports if match is not None]
    if not imported:
        return None
    everywhere = any(match.group(1) for _, _, match in imported)
    calling = (
        [path for path, text in texts if _CALL.search(text)]
        if everywhere
        else [path for path, text, _ in imported if _CALL.search(text)]
    )
    if len(calling) < MIN_FILES:
        return None
    path, text, match = next(
        ((p, t, m) for p, t, m in imported if m.group(1)), imported[0]
    )
    line = text.count("\n", 0, match.start()) + 1
    return Evidence(path=path, line=line, text=f"{match.group(0).strip()} ({len(calling)} "
                    "files calling Dapper)")
