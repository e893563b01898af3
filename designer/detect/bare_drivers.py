"""Python database drivers declared and never opened.

A Python service may declare a driver it never uses (psycopg2-binary kept in the manifest of a
gateway that calls a SOAP service and has no model, no engine, no connection URL): a driver
alone names a data layer and an engine only when the code opens it. Where the project declares
no ORM or other data layer, sets no engine anywhere (a URL, a setting, a Compose database) and
uses no other project of the tree (which might open it for it), its modules are read again
(`pymodules`) for an import of the driver; with none, the driver's data layer and engine are
dropped.

The other way round, a Python service may declare an ORM it never imports (SQLAlchemy left
pinned in a frozen requirements file) while its modules open a driver themselves (a legacy
register read over raw `cx_Oracle` cursors): the SQL is its own, the driver is its data layer.
Where the project uses no other project of the tree (whose models might bring the ORM), no
module imports the ORM and some module imports one of the drivers it declares, the ORM is
dropped, and so are the drivers it declares and never imports.

And a Python service may declare several drivers and open only some (psycopg2 for its blocking
queries and psycopg 3 for its async ones, asyncpg left pinned at the top of requirements.txt
from an earlier version): ranked by name alone, the one never imported may come first. Where
the project declares no ORM nor other data layer (whose URL might load a driver without an
import: `postgresql+asyncpg://`), uses no other project of the tree and its modules import
some of its drivers, the data layer of each one none imports is dropped; the engine it names
stays (the imported drivers name it too, or the configuration does).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from designer.detect.assemble import Unit
from designer.detect.ecosystems import python
from designer.detect.nonservices import module_names, module_uses
from designer.detect.pymodules import any_module, matching_lines, nested_projects
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

DRIVER_MODULES = {
    "psycopg": "psycopg",
    "psycopg2": "psycopg2",
    "asyncpg": "asyncpg",
    "cx_Oracle": "cx_Oracle",
}
"""Driver data layers (the catalog's query names) → the module the code imports."""

_DRIVER_KINDS = frozenset({FindingKind.QUERY, FindingKind.DATABASE})
_OTHER_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS})


def drop_unopened(top: str, units: dict[str, Unit]) -> None:
    """Remove the data layer and engine of each runtime driver a Python project declares
    but none of its modules imports, where nothing else of the project reaches a database."""
    folders = list(units)
    names = {name for unit in units.values() for name in module_names(unit, "python")}
    for folder, unit in units.items():
        signals = unit.signals.get("python", [])
        drivers = {
            s.package
            for s in signals
            if s.kind is FindingKind.QUERY
            and s.name in DRIVER_MODULES
            and s.strength is Strength.DEPENDENCY
        }
        if not drivers or module_uses(unit, "python") & (names - module_names(unit, "python")):
            continue
        if any(
            (s.kind in _OTHER_DATA or s.kind is FindingKind.DATABASE) and s.package not in drivers
            for found in unit.signals.values()
            for s in found
        ):
            continue
        modules = sorted(
            ({DRIVER_MODULES.get(s.name, "") for s in signals if s.package in drivers} - {""})
            | _lending_kits(signals, drivers)
        )
        imported = re.compile(
            r"^[ \t]*(?:import|from)[ \t]+(?:" + "|".join(modules) + r")\b", re.MULTILINE
        )
        if any_module(top, folder, nested_projects(folder, folders), imported):
            continue
        unit.signals["python"] = [
            s for s in signals if not (s.package in drivers and s.kind in _DRIVER_KINDS)
        ]


def _lending_kits(signals: list[Signal], drivers: set[str | None]) -> set[str]:
    """The modules of the kits whose extra lent one of `drivers` (`cliquet[postgresql]`, see
    `python.LAYER_EXTRAS`): the kit opens the driver for the application, so an import of the
    kit is the driver's use (the signal's evidence is the kit's requirement line)."""
    kits: set[str] = set()
    for s in signals:
        if s.package not in drivers or s.evidence is None or not s.evidence.text:
            continue
        for kit in python.LAYER_EXTRAS:
            if re.search(rf"(?<![\w.-]){re.escape(kit)}\s*\[", s.evidence.text, re.IGNORECASE):
                kits.add(kit.replace("-", "_"))
    return kits


STDLIB_DRIVERS = frozenset({"sqlite3"})
"""Drivers of the standard library: opened by a program that declares none (a bot writing
its own SQLite files through `sqlite3.connect`), so they count among those its modules open."""

ORM_MODULES = {
    "SQLAlchemy": ("sqlalchemy", "flask_sqlalchemy", "fastapi_sqlalchemy", "sqlalchemy_utils"),
    "Peewee": ("peewee", "playhouse"),
    "Pony ORM": ("pony",),
}
"""ORMs (the catalog's names) → the modules a program written to them imports."""


def drop_unimported_orms(top: str, units: dict[str, Unit]) -> None:
    """Remove each ORM a Python project declares but none of its modules imports, with the
    drivers it declares and never imports, where its modules import another declared driver
    and the project uses no other project of the tree."""
    folders = list(units)
    names = {name for unit in units.values() for name in module_names(unit, "python")}
    for folder, unit in units.items():
        signals = unit.signals.get("python", [])
        orms = {
            s.name
            for s in signals
            if s.kind is FindingKind.ORM
            and s.name in ORM_MODULES
            and s.strength is Strength.DEPENDENCY
        }
        drivers = _declared_drivers(signals, lambda s: s.package)
        if not orms or not drivers:
            continue
        if module_uses(unit, "python") & (names - module_names(unit, "python")):
            continue
        own = set(drivers) | STDLIB_DRIVERS
        wanted = sorted({m for orm in orms for m in ORM_MODULES[orm]} | own)
        seen = _imported(top, folder, folders, wanted)
        if seen is None:
            continue  # the budget ran out: taken to import everything
        opened = seen & own
        if not opened or seen - own:
            continue
        unopened = {package for m in set(drivers) - opened for package in drivers[m]}
        unit.signals["python"] = [
            s
            for s in signals
            if not (s.kind is FindingKind.ORM and s.name in orms)
            and not (s.package in unopened and s.kind in _DRIVER_KINDS)
        ]


def drop_unimported_drivers(top: str, units: dict[str, Unit]) -> None:
    """Remove the data layer of each driver a Python project declares but none of its modules
    imports, where they import another driver it declares and nothing else of the project
    (an ORM, another data layer, another project of the tree) may open it for them."""
    folders = list(units)
    names = {name for unit in units.values() for name in module_names(unit, "python")}
    for folder, unit in units.items():
        signals = unit.signals.get("python", [])
        drivers = _declared_drivers(signals, lambda s: s.name)
        if len(drivers) < 2:
            continue
        if any(
            s.kind in _OTHER_DATA and s.name not in DRIVER_MODULES
            for found in unit.signals.values()
            for s in found
        ):
            continue  # an ORM or a query library may load a driver through its URL
        if module_uses(unit, "python") & (names - module_names(unit, "python")):
            continue
        seen = _imported(top, folder, folders, sorted(drivers))
        if seen is None:
            continue  # the budget ran out: taken to import everything
        if not seen or seen == set(drivers):
            continue
        unopened = {name for module in set(drivers) - seen for name in drivers[module]}
        unit.signals["python"] = [
            s for s in signals if not (s.kind is FindingKind.QUERY and s.name in unopened)
        ]


def _declared_drivers(signals: list[Signal], key: Callable[[Signal], str]) -> dict[str, set[str]]:
    """The drivers a project declares (not imports): module name → `key` of each signal."""
    drivers: dict[str, set[str]] = {}
    for s in signals:
        if (
            s.kind is FindingKind.QUERY
            and s.name in DRIVER_MODULES
            and s.strength is Strength.DEPENDENCY
        ):
            drivers.setdefault(DRIVER_MODULES[s.name], set()).add(key(s))
    return drivers


def _imported(top: str, folder: str, folders: list[str], modules: list[str]) -> set[str] | None:
    """Which of `modules` the project's own modules import; None past the reading budget."""
    imported = re.compile(
        r"^[ \t]*(?:import|from)[ \t]+(" + "|".join(modules) + r")\b", re.MULTILINE
    )
    seen: set[str] = set()
    for line in matching_lines(top, folder, nested_projects(folder, folders), imported):
        found = None if line is None else imported.match(line)
        if found is None:
            return None
        seen.add(found.group(1))
    return seen
