""".NET: a document store the solution keeps beside the EF Core context most of its code is
written to.

A .NET application may keep its data in SQL Server through an EF Core context its libraries'
managers use everywhere, and a MongoDB beside it for a cache of what it serves (a provider
class filling collections from the context, a few managers reading them). Its Compose service
then names the store with a URL of its own (`MONGODB_CONNECTION_STRING=mongodb://…`), the SQL
server being given a connection string no URL reader understands (`Server=db,1433;Database=…`)
or a Compose database only, and that URL, ranked as the deployed configuration, would make the
cache the primary engine. What decides is how much of the code reaches each (as Node's
`side_stores` holds): where an ASP.NET Core host, with the projects it references, declares
EF Core and MongoDB's driver, and the C# files naming EF Core (its namespace, or a context class
of those projects) are more than `census.MARGIN` times as many as those naming MongoDB's
client, what configures the store for the host ranks no higher than a driver: a secondary
engine. A host whose configuration names no store (a mirror whose settings hold only the
store's connection, its SQL context never configured) is left to the drivers' ranking.

A host with EF Core whose projects declare no MongoDB client at all, and whose code uses none,
cannot reach the store a URL configures for it (a template's leftover `ConnectionStrings:Default
= mongodb://…` beside the connection string the code reads): that URL ranks no higher than a
driver either, in the host's own configuration and in that of a folder above it (a root Compose
file, handed down to the one backend inside) when every host below that folder reaches none.

Read only for such hosts; a project too large to read whole (`dotnet_sources`) is not counted.
"""

from __future__ import annotations

import re

from designer.detect import census
from designer.detect.assemble import CONFIG, Unit
from designer.detect.dotnet_registrations import project_references, referenced_projects
from designer.detect.dotnet_sources import aspnet_projects, own_sources
from designer.detect.signals import Scope, Strength
from designer.detect.walker import read_text
from designer.detect.worker_stores import CONTEXT_CLASS
from designer.model.stack import FindingKind

LANGUAGE = "dotnet"

STORE = "MongoDB"

LAYER = "EF Core"

_EF_IMPORT = re.compile(r"^[ \t]*using[ \t]+Microsoft\.EntityFrameworkCore\b", re.MULTILINE)

_STORE_USE = re.compile(
    r"^[ \t]*using[ \t]+MongoDB\.(?:Driver|Bson)\b|\bIMongo(?:Client|Database|Collection)\b"
    r"|\bnew[ \t]+MongoClient[ \t]*\(",
    re.MULTILINE,
)
"""MongoDB's client imported or used."""


def demote(top: str, units: dict[str, Unit]) -> None:
    """Rank no higher than a driver what configures MongoDB for each ASP.NET Core host whose
    projects' code names EF Core far more often than MongoDB's client, or that reaches no
    MongoDB client at all; likewise what a folder above such hosts configures (a root Compose
    file, handed down to the one backend inside it) when every host below it reaches none."""
    clientless: dict[str, bool] = {}
    for unit, paths in aspnet_projects(top, units):
        projects = [unit, *referenced_projects(unit, project_references(unit, units))]
        layers = {
            s.name
            for project in projects
            for s in project.signals.get(LANGUAGE, [])
            if s.kind is FindingKind.ORM and s.strength is not Strength.DEV
        }
        texts = [read_text(top, path)[0] or "" for path in paths]
        for project in projects[1:]:
            texts += [read_text(top, p)[0] or "" for p in own_sources(top, project, units)]
        clientless[unit.folder] = not _declares_store(projects) and not any(
            _STORE_USE.search(t) for t in texts
        )
        if LAYER not in layers or not _configured(unit):
            continue
        if clientless[unit.folder]:
            # No project of the host declares a MongoDB client and no code uses one: the
            # configured URL (a template's leftover `ConnectionStrings:Default`) is no store
            # the program keeps its data in.
            _demote(unit)
            continue
        if "MongoDB.Driver" not in layers:
            continue
        contexts = {name for text in texts for name in CONTEXT_CLASS.findall(text)}
        named = re.compile(rf"\b(?:{'|'.join(sorted(contexts))})\b") if contexts else None
        counts = {
            LAYER: sum(
                1
                for text in texts
                if _EF_IMPORT.search(text) or (named is not None and named.search(text))
            ),
            STORE: sum(1 for text in texts if _STORE_USE.search(text)),
        }
        led = census.leader(counts)
        if led is None or led[0] != LAYER:
            continue
        _demote(unit)
    for outer in units.values():
        if outer.folder in clientless or not _configured(outer):
            continue
        below = [folder for folder in clientless if units[folder].is_under(outer)]
        if (
            below
            and all(clientless[f] for f in below)
            and any(_layered(units[f], units) for f in below)
        ):
            _demote(outer)


def _configured(unit: Unit) -> bool:
    return any(
        s.name == STORE and s.kind is FindingKind.DATABASE and s.scope is not None
        for s in unit.signals.get(CONFIG, [])
    )


def _layered(unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether the host, with the projects it references, declares EF Core for run time."""
    projects = [unit, *referenced_projects(unit, project_references(unit, units))]
    return any(
        s.kind is FindingKind.ORM and s.name == LAYER and s.strength is not Strength.DEV
        for project in projects
        for s in project.signals.get(LANGUAGE, [])
    )


def _declares_store(projects: list[Unit]) -> bool:
    """Whether a project's manifest or code names MongoDB (its driver, an EF Core provider
    for it, a mapper over it) for run time."""
    return any(
        "mongo" in s.name.lower() and s.strength is not Strength.DEV
        for project in projects
        for s in project.signals.get(LANGUAGE, [])
    )


def _demote(unit: Unit) -> None:
    """Rank what configures MongoDB for the host no higher than a driver."""
    unit.signals[CONFIG] = [
        s.replace(scope=max(s.scope, Scope.RUNTIME))
        if s.name == STORE and s.kind is FindingKind.DATABASE and s.scope is not None
        else s
        for s in unit.signals[CONFIG]
    ]
