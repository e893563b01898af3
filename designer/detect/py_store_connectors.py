"""Python services keeping their data in a document store, beside connectors to their users' SQL.

A data product's service (a natural-language-to-SQL engine, a query assistant) keeps its own
records — connections, prompts, generations — in MongoDB through pymongo, and installs one SQL
client per engine its users may keep their data in: SQLAlchemy with psycopg2, PyMySQL and
pymssql beside the warehouses' dialects (Snowflake, BigQuery, Databricks, Redshift), to scan
and query the catalogue a request names. SQLAlchemy there is no data layer of the service's:
it reflects the users' tables (`Table(name, metadata, autoload=True)`) and declares none. Yet
ranked as kinds it outranks the store's client, and a driver's engine picked by name becomes
the primary engine by chance (`py_connectors` reads the same shape with no store at all).

So where a Python service with a framework declares MongoDB's client, its configuration names
MongoDB in a stronger scope than a dependency (a production setting, the program's default, a
Compose database) and names no SQL engine there, its run-time SQL clients and warehouse
dialects reach `connector_services.MIN_ENGINES` engines or more, it keeps no SQL migrations, and its
own modules (not its tests, nor nested projects) import the store's client and declare no SQL
model (no declarative base, `__tablename__`, Flask-SQLAlchemy `db.Model`, SQLModel table, nor
`metadata.create_all`), the SQL layers and engines are dropped: the store's client and MongoDB
are its data. A service declaring a SQL model, or migrations, keeps its SQL layer.
"""

from __future__ import annotations

import re

from designer.detect.assemble import CONFIG, Unit, signal_scope
from designer.detect.connector_services import MIN_ENGINES
from designer.detect.py_connectors import warehouses
from designer.detect.py_side_stores import STORE, STORE_CLIENTS
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Scope, Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.DATABASE})
"""The kinds of a data layer and its engine."""

_MODEL = re.compile(
    r"\bdeclarative_base\b|\bDeclarativeBase\b|^[ \t]+__tablename__[ \t]*=|\bdb\.Model\b"
    r"|\btable[ \t]*=[ \t]*True\b|\bmetadata\.create_all\b",
    re.MULTILINE,
)
"""A SQL model the code declares, or tables it creates: a SQL store of its own."""


def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop the SQL layers and engines of each Python service whose own data is in MongoDB
    and whose SQL clients are connectors to its users' databases."""
    folders = list(units)
    for folder, unit in units.items():
        own = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in own):
            continue
        if any(s.kind is FindingKind.MIGRATIONS for found in unit.signals.values() for s in found):
            continue
        clients = {
            STORE_CLIENTS[s.package.lower()]
            for s in own
            if s.kind is FindingKind.QUERY and (s.package or "").lower() in STORE_CLIENTS
        }
        if not clients:
            continue
        configured = [
            s for found in unit.signals.values() for s in found
            if s.kind is FindingKind.DATABASE and signal_scope(s) < Scope.RUNTIME
        ]
        if not configured or any(s.name != STORE for s in configured):
            continue  # the store is not set up, or a SQL engine is
        reached = {
            s.name for s in own
            if s.kind is FindingKind.DATABASE
            and s.name != STORE
            and s.strength is Strength.DEPENDENCY
            and signal_scope(s) == Scope.RUNTIME
        }
        reached |= warehouses(top, unit)
        if len(reached) < MIN_ENGINES:
            continue
        if not _store_only(top, folder, folders, clients):
            continue
        unit.signals[LANGUAGE] = [
            s for s in own
            if s.kind not in _DATA
            or (s.kind is FindingKind.DATABASE and s.name == STORE)
            or (s.package or "").lower() in STORE_CLIENTS
        ]
        unit.signals[CONFIG] = [
            s for s in unit.signals.get(CONFIG, []) if s.kind not in _DATA or s.name == STORE
        ]


def _store_only(top: str, folder: str, folders: list[str], clients: set[str]) -> bool:
    """Whether the project's own modules import one of the store's `clients` and declare no
    SQL model (False past the reading budget)."""
    imported = re.compile(
        r"^[ \t]*(?:import|from)[ \t]+(?:" + "|".join(sorted(clients)) + r")\b", re.MULTILINE
    )
    importing = False
    for found in each_module(top, folder, nested_projects(folder, folders)):
        if found is None:
            return False
        text = found[1]
        if _MODEL.search(text):
            return False
        importing = importing or imported.search(text) is not None
    return importing
