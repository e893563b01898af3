"""Python: SQLModel declared and never imported, beside the layer the code is written to.

A workspace of Python services often copies one dependency list into each service's manifest
(`sqlmodel`, `asyncpg`, `psycopg` in every pyproject of a uv workspace), while only the service
keeping the product's models writes them as SQLModel tables. A sibling that reads tables
another program writes through a driver (an asyncpg pool), or writes result rows as text SQL
through SQLAlchemy's async engine (`from sqlalchemy.ext.asyncio import create_async_engine`,
`text("INSERT …")`), declares SQLModel too and never imports it. Ranked by kinds alone, the
declared ORM names the data layer of a service that has none of its models.

SQLModel is written on SQLAlchemy and installs it, so a program importing `sqlalchemy` and not
`sqlmodel` is written to SQLAlchemy, which the ORM it declares lends it. So where a Python
project declares SQLModel, uses no other project of the tree (whose models might be SQLModel's)
and none of its own modules (outside its tests) imports `sqlmodel`: if some import `sqlalchemy`,
SQLModel's data layer becomes SQLAlchemy (at SQLModel's evidence, without a release: the lock
resolves SQLAlchemy for SQLModel, not for the project); else, if some import a driver the
project declares, SQLModel is dropped and the driver is left as the data layer. A tree too
large to read whole is left as it is.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.bare_drivers import _declared_drivers, _imported
from designer.detect.nonservices import module_names, module_uses
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

ORM = "SQLModel"

BASE = "SQLAlchemy"
"""The ORM SQLModel is written on and installs (the catalog's name)."""

_MODULE = "sqlmodel"
_BASE_MODULE = "sqlalchemy"


def resolve(top: str, units: dict[str, Unit]) -> None:
    """Replace SQLModel, in each Python project declaring it and never importing it, by the
    SQLAlchemy its modules import, or drop it where they import a declared driver instead."""
    folders = list(units)
    names = {name for unit in units.values() for name in module_names(unit, LANGUAGE)}
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        declared = [
            s
            for s in signals
            if s.kind is FindingKind.ORM and s.name == ORM and s.strength is Strength.DEPENDENCY
        ]
        if not declared or any(
            s.kind is FindingKind.ORM and s.name == ORM and s.strength is not Strength.DEPENDENCY
            for s in signals
        ):
            continue
        if module_uses(unit, LANGUAGE) & (names - module_names(unit, LANGUAGE)):
            continue  # another project of the tree may hold its SQLModel tables
        drivers = _declared_drivers(signals, lambda s: s.name)
        seen = _imported(top, folder, folders, sorted({_MODULE, _BASE_MODULE, *drivers}))
        if seen is None or _MODULE in seen:
            continue
        rest = [s for s in signals if not (s.kind is FindingKind.ORM and s.name == ORM)]
        if _BASE_MODULE in seen:
            if not any(s.kind is FindingKind.ORM and s.name == BASE for s in rest):
                rest.extend(s.replace(name=BASE, version="", package="") for s in declared)
        elif not seen & set(drivers):
            continue  # nothing the code imports shows where its data goes
        unit.signals[LANGUAGE] = rest
