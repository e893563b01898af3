""".NET: of two engines a host's data code connects to, the one most of its code goes through.

A .NET application may run hand-written SQL (Dapper, ADO.NET) over two databases: a class per
database owning its connection (`sealed class MainContext : ContextBase`, whose constructor
opens `new SqlConnection(…)`; another opening `new NpgsqlConnection(…)`), and repositories,
units of work and registrations written to those classes. Both providers are declared with
equal weight, so the drivers' ranking alone cannot tell the primary engine. What decides is
how much of the code goes through each connection (as `dotnet_side_stores` weighs EF Core
against MongoDB): where the C# files of an ASP.NET Core host and the projects it references
name the classes opening one engine's connections more than `census.MARGIN` times as often as
those of any other engine (and at least `census.MIN_FILES` of them), the other engines' driver
signals in those projects rank as development fallbacks: secondary engines.

Only drivers are weighed, and only where no ORM is declared: an engine the configuration or
an ORM's provider names ranks above them anyway.
"""

from __future__ import annotations

import re

from designer.detect import census
from designer.detect.assemble import Unit
from designer.detect.dotnet_registrations import project_references, referenced_projects
from designer.detect.dotnet_sources import aspnet_projects, own_sources
from designer.detect.signals import Scope
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "dotnet"

_CONNECTIONS = {
    "SQL Server": "SqlConnection",
    "PostgreSQL": "NpgsqlConnection",
    "MySQL": "MySqlConnection",
    "SQLite": "SqliteConnection",
    "Oracle": "OracleConnection",
}
"""Engine → the ADO.NET connection class its provider gives."""

_OPENER = re.compile(
    r"\bclass[ \t]+(\w+)[^{]*\{.*?\bnew[ \t]+(" + "|".join(_CONNECTIONS.values()) + r")[ \t]*\(",
    re.DOTALL,
)
"""A class whose body constructs a provider's connection (the first class of its file)."""


def rank(top: str, units: dict[str, Unit]) -> None:
    """Mark as fallbacks the minority engines' driver signals of each host's projects."""
    for host, _ in aspnet_projects(top, units):
        projects = [host, *referenced_projects(host, project_references(host, units))]
        engines = {
            s.name
            for p in projects
            for s in p.signals.get(LANGUAGE, [])
            if s.kind is FindingKind.DATABASE and s.scope is None and s.name in _CONNECTIONS
        }
        if len(engines) < 2:
            continue
        if any(s.kind is FindingKind.ORM for p in projects for s in p.signals.get(LANGUAGE, [])):
            # An ORM's configured provider (EF Core's UseSqlServer) names the application's
            # engine; connections some referenced service opens by hand do not outweigh it.
            continue
        texts = {
            path: read_text(top, path)[0] or ""
            for p in projects
            for path in own_sources(top, p, units)
        }
        openers: dict[str, str] = {}  # class → engine
        for text in texts.values():
            if not any(c in text for c in _CONNECTIONS.values()):
                continue
            match = _OPENER.search(text)
            if match:
                engine = next(e for e, c in _CONNECTIONS.items() if c == match.group(2))
                openers[match.group(1)] = engine
        counts = dict.fromkeys(engines, 0)
        for name, engine in openers.items():
            if engine not in counts:
                continue
            word = re.compile(rf"\b{name}\b")
            counts[engine] += sum(1 for text in texts.values() if word.search(text))
        leader = max(counts, key=counts.__getitem__)
        others = [counts[e] for e in counts if e != leader]
        if counts[leader] < census.MIN_FILES or any(
            counts[leader] <= census.MARGIN * n for n in others
        ):
            continue
        for p in projects:
            p.signals[LANGUAGE] = [
                s.replace(scope=Scope.FALLBACK)
                if s.kind is FindingKind.DATABASE
                and s.scope is None
                and s.name in engines
                and s.name != leader
                else s
                for s in p.signals.get(LANGUAGE, [])
            ]
