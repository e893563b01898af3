"""Python: which of several raw drivers a server declares without an ORM its code is written to.

A Python server writing its own SQL may declare two drivers of one engine: psycopg2, whose
connection pool and cursors back nearly every route and script, beside asyncpg, opened by two
async modules added later. Ranked as kinds alone the drivers tie, and their names decide
(asyncpg before psycopg2). What decides is how much of the code imports each, as
`node_driver_census` counts a Node package's clients: where a Python server (a framework
declared or started) declares no ORM and two raw drivers or more (`bare_drivers.DRIVER_MODULES`)
once the layers only its scripts or migrations use are dropped, its own modules (not its tests,
installed packages, nested projects, nor Alembic's migrations) are read, and a driver imported
by more than `census.MARGIN` times as many modules as any other (and by `census.MIN_FILES` at
least) is marked the primary data layer (`Signal.primary`). A tree too large to read whole is
left as it is.
"""

from __future__ import annotations

import re

from designer.detect import census
from designer.detect.assemble import Unit
from designer.detect.bare_drivers import DRIVER_MODULES
from designer.detect.migration_orms import MIGRATION
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Signal, Strength
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY})


def mark_primary(top: str, units: dict[str, Unit]) -> None:
    """Add, to each Python server declaring no ORM and two raw drivers or more, a `primary`
    signal for the driver clearly most of its modules import."""
    folders = list(units)
    for folder, unit in units.items():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if any(s.kind is FindingKind.ORM for s in signals):
            continue
        if any(s.primary and s.kind in _DATA for s in signals):
            continue  # another census already chose
        drivers: dict[str, Signal] = {}
        for s in signals:
            if (
                s.kind is FindingKind.QUERY
                and s.strength is Strength.DEPENDENCY
                and s.name in DRIVER_MODULES
            ):
                drivers.setdefault(s.name, s)
        if len(drivers) < 2:
            continue
        counts = _importers(top, folder, nested_projects(folder, folders), drivers)
        if counts is None:
            continue
        led = census.leading_files(counts)
        if led is None:
            continue
        name, count, first = led
        evidence = Evidence(path=first, text=f"imported by {count} modules")
        unit.signals[LANGUAGE].append(
            drivers[name].replace(strength=Strength.ENTRY, evidence=evidence, primary=True)
        )


def _importers(
    top: str, folder: str, nested: set[str], drivers: dict[str, Signal]
) -> dict[str, set[str]] | None:
    """Each driver → the modules of `folder` importing it (outside Alembic's migrations);
    None when the budget runs out first."""
    patterns = {
        name: re.compile(
            rf"^[ \t]*(?:import|from)[ \t]+{re.escape(DRIVER_MODULES[name])}\b", re.MULTILINE
        )
        for name in drivers
    }
    found: dict[str, set[str]] = {name: set() for name in drivers}
    for module in each_module(top, folder, nested):
        if module is None:
            return None
        path, text = module
        if MIGRATION.search(text):
            continue
        for name, pattern in patterns.items():
            if pattern.search(text):
                found[name].add(path)
    return found
