"""Python: a document store the code reads beside the SQL layer most of it is written to.

A Python service may keep its own tables in PostgreSQL through a driver (a dozen modules
import asyncpg for its tables, queries and migrations) and read a MongoDB beside it (one module
opening a `MongoClient` on another system's database: an import source). Its env example then
often names only the store with a URL of its own (`MONGO_URI=mongodb://…`), the SQL server
being set up key by key (`POSTGRES_HOST`, `POSTGRES_USER`), and that URL adds to the store's
confidence until it outranks the SQL driver, both seen as strongly. What decides is how much
of the code reaches each (as Node's `side_stores` and `node_layers` hold): where a project
declares MongoDB's client and a SQL data layer, and one SQL layer is imported by more than
`census.MARGIN` times as many of its own modules (not its tests, installed packages, nor the
projects nested in it) as the store's client and any other layer, that layer is marked the
primary one (`Signal.primary`): the data layer, and the engine its package names the primary
engine (`assemble._rank_data`).

A framework's own ORM the code is written to (Django's models, `from django.db import models`)
is counted as a rival too, never marked: a Django project that also reaches other systems'
databases through their drivers (a SQL console's PostgreSQL and MongoDB connectors, a few
modules each) keeps its ORM, which the ranking by kinds already puts first; only where no
framework ORM leads does the census choose among the bare layers.

Read only for such projects, within `pymodules`' budget of files.
"""

from __future__ import annotations

import re

from designer.detect import census
from designer.detect.assemble import Unit
from designer.detect.bare_drivers import DRIVER_MODULES, ORM_MODULES
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Strength
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

STORE = "MongoDB"

STORE_CLIENTS = {"pymongo": "pymongo", "motor": "motor", "aiomongo": "aiomongo"}
"""The store's raw clients (their distributions) → the module the code imports."""

STORE_LAYERS = {
    "MongoEngine": ("mongoengine", "flask_mongoengine"),
    "Beanie": ("beanie",),
    "ODMantic": ("odmantic",),
}
"""The store's ODMs (the catalog's names) → the modules code written to them imports: their
importers reach the store too (a Flask app's documents in MongoEngine, a few admin tables in
Flask-SQLAlchemy), so a SQL layer outnumbers the client only if it outnumbers them as well."""

SQL_LAYERS = {
    **ORM_MODULES,
    **{name: (module,) for name, module in DRIVER_MODULES.items()},
    "SQLModel": ("sqlmodel",),
    "Tortoise ORM": ("tortoise",),
    "aiopg": ("aiopg",),
    "databases": ("databases",),
}
"""SQL data layers (the catalog's names) → the modules a program written to them imports:
`bare_drivers`' ORMs and drivers, and the layers only this census weighs."""

FRAMEWORK_ORMS = {"Django ORM": ("django.db",)}
"""ORMs a framework lends (the catalog's names) → the modules its models import: counted
against the bare layers, never marked primary (the ranking by kinds keeps them first)."""

_LAYERS = (FindingKind.ORM, FindingKind.QUERY)


def mark_primary(top: str, units: dict[str, Unit]) -> None:
    """Mark primary, in each Python project declaring MongoDB's client beside SQL data
    layers, the SQL layer its own modules import far more often than the client or any
    other layer."""
    folders = list(units)
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        if any(s.primary and s.kind in _LAYERS for s in signals):
            continue  # a census already chose
        clients = {
            STORE_CLIENTS[s.package.lower()]
            for s in signals
            if s.kind is FindingKind.DATABASE
            and s.name == STORE
            and (s.package or "").lower() in STORE_CLIENTS
        }
        layers = {s.name: s for s in signals if s.kind in _LAYERS and s.name in SQL_LAYERS}
        if not clients or not layers:
            continue
        owner = {module: name for name in layers for module in SQL_LAYERS[name]}
        owner.update(dict.fromkeys(clients, STORE))
        odms = {s.name for s in signals if s.kind is FindingKind.ORM and s.name in STORE_LAYERS}
        owner.update({module: STORE for name in odms for module in STORE_LAYERS[name]})
        rivals = {
            s.name for s in signals if s.kind is FindingKind.ORM and s.name in FRAMEWORK_ORMS
        }
        owner.update({module: name for name in rivals for module in FRAMEWORK_ORMS[name]})
        importers = module_importers(top, folder, folders, owner)
        if importers is None:
            continue
        counts = {name: len(paths) for name, paths in importers.items()}
        counts.setdefault(STORE, 0)
        led = census.leader(counts)
        if led is None or led[0] == STORE or led[0] in rivals:
            continue
        name, count = led
        signal = layers[name]
        evidence = Evidence(path=min(importers[name]), text=f"imported by {count} modules")
        signals.append(
            signal.replace(strength=Strength.ENTRY, evidence=evidence, primary=True, version="")
        )


def module_importers(
    top: str, folder: str, folders: list[str], owner: dict[str, str]
) -> dict[str, set[str]] | None:
    """The modules of the project at `folder` (its nested projects among `folders` left out)
    importing each module `owner` names, by the name it maps that module to; None when the
    walk's budget ran out before the last module (no census then). Shared with
    `py_store_clients`."""
    imported = re.compile(
        r"^[ \t]*(?:import|from)[ \t]+(" + "|".join(map(re.escape, sorted(owner))) + r")\b",
        re.MULTILINE,
    )
    importers: dict[str, set[str]] = {}
    for found in each_module(top, folder, nested_projects(folder, folders)):
        if found is None:
            return None
        path, text = found
        for module in imported.findall(text):
            importers.setdefault(owner[module], set()).add(path)
    return importers
