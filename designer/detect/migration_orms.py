"""Python: SQLAlchemy declared only for Alembic's migrations, beside a driver the code queries.

A service may run its SQL through a driver itself (psycopg's connection pool and cursors in
dozens of modules) and keep SQLAlchemy only because Alembic needs it: the migrations import
it, and so does a module of declarative models that Alembic's `env.py` reads for
autogenerate. Nothing of the application opens an engine or a session: the ORM persists
nothing, it describes the schema the migrations write. Where every module outside the
migrations (those importing `alembic`) that imports SQLAlchemy only declares models (no engine,
session or Flask-SQLAlchemy object), the migrations exist, at least `WRITTEN_TO` modules
outside them import a declared driver, and no project of the tree the service uses declares
SQLAlchemy (whose sessions it might borrow), the ORM is dropped: the driver is the data layer
and Alembic stays the migration tool.
"""

from __future__ import annotations

import re

from designer.detect.assemble import WRITTEN_TO, Unit
from designer.detect.bare_drivers import DRIVER_MODULES, ORM_MODULES
from designer.detect.nonservices import module_names, module_uses
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

ORM = "SQLAlchemy"

MIGRATION = re.compile(r"^[ \t]*(?:from[ \t]+alembic\b|import[ \t]+alembic\b)", re.MULTILINE)
"""A module of Alembic's migrations (`env.py`, the revisions): they import alembic."""

_ORM_IMPORT = re.compile(
    r"^[ \t]*(?:import|from)[ \t]+(?:" + "|".join(ORM_MODULES[ORM]) + r")\b", re.MULTILINE
)

_OPENS = re.compile(
    r"\b(?:create_(?:async_)?engine|engine_from_config|(?:async_)?sessionmaker"
    r"|scoped_session|(?:Async)?Session|SQLAlchemy|DBSessionMiddleware)\b"
)
"""What a module using SQLAlchemy to persist names: an engine, a session (or its type, as a
request's dependency), Flask-SQLAlchemy's object, fastapi-sqlalchemy's middleware."""


def drop_migration_only(top: str, units: dict[str, Unit]) -> None:
    """Drop SQLAlchemy from each Python service that declares it only for its migrations
    while its modules query through a declared driver."""
    folders = list(units)
    for folder, unit in units.items():
        signals = unit.signals.get("python", [])
        if not any(
            s.kind is FindingKind.ORM and s.name == ORM and s.strength is Strength.DEPENDENCY
            for s in signals
        ):
            continue
        drivers = {
            DRIVER_MODULES[s.name]
            for s in signals
            if s.kind is FindingKind.QUERY
            and s.name in DRIVER_MODULES
            and s.strength is Strength.DEPENDENCY
        }
        if not drivers or _borrows_orm(unit, units):
            continue
        if _migration_only(top, folder, nested_projects(folder, folders), drivers):
            unit.signals["python"] = [
                s for s in signals if not (s.kind is FindingKind.ORM and s.name == ORM)
            ]


def _borrows_orm(unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether a project of the tree that `unit` uses declares SQLAlchemy."""
    uses = module_uses(unit, "python") - module_names(unit, "python")
    return any(
        s.kind is FindingKind.ORM and s.name == ORM
        for other in units.values()
        if other is not unit and module_names(other, "python") & uses
        for s in other.signals.get("python", [])
    )


def _migration_only(top: str, folder: str, nested: set[str], drivers: set[str]) -> bool:
    """Whether the modules of `folder` import SQLAlchemy only in migrations and model
    declarations, hold migrations, and import one of `drivers` in `WRITTEN_TO` modules."""
    driver = re.compile(
        r"^[ \t]*(?:import|from)[ \t]+(?:" + "|".join(sorted(drivers)) + r")\b", re.MULTILINE
    )
    migrations = querying = 0
    for found in each_module(top, folder, nested):
        if found is None:
            return False  # too many modules to read: taken to use what it declares
        text = found[1]
        if MIGRATION.search(text):
            migrations += 1
            continue
        if _ORM_IMPORT.search(text) and _OPENS.search(text):
            return False
        if driver.search(text):
            querying += 1
    return migrations > 0 and querying >= WRITTEN_TO
