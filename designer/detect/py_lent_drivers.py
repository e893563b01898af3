"""The database driver a Python service takes from a data-access library of the registry.

A product may publish its data access as a library of its own (a unit of work and repositories
over psycopg, in a `…-db-…` package its services install): the service declares only that
library, imports its repositories, and names no driver, data layer or engine itself. A data
layer a library lends the application is the application's; uv.lock and poetry.lock record what
the library requires at run time (`uv_requires`, `poetry_requires`).

Only Python services (a framework of their own) with no data layer nor engine of their own are
asked, only about run-time packages the catalogue does not know, and only of those whose lock
entry requires the drivers of exactly one engine: a connector requiring several connects to
whatever database its user names, and opens none of its own. The service's own modules must
import the library.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.ecosystems.python import CATALOG
from designer.detect.locks import LockFiles
from designer.detect.py_lent_frameworks import (
    FRAMEWORK_PACKAGES,
    imported_modules,
    lent_signals,
)
from designer.detect.pymodules import nested_projects
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.DATABASE})


def _driver(package: str) -> str:
    """The engine a catalogue package is a driver of (`psycopg` → PostgreSQL, `pymysql` →
    MySQL), or ""."""
    found = CATALOG.get(package, ())
    return next((name for kind, name in found if kind is FindingKind.DATABASE), "")


def lend(top: str, units: dict[str, Unit], locks: LockFiles) -> None:
    """Give each Python service with no data layer of its own the driver that the
    data-access library its modules import requires, as the lock records."""
    folders = list(units)
    for unit in units.values():
        if not any(ecosystem == LANGUAGE for _, ecosystem, _ in unit.manifests):
            continue
        signals = unit.signals.get(LANGUAGE, [])
        own = [s for s in signals if s.strength is not Strength.DEV]
        if not any(s.kind is FindingKind.FRAMEWORK for s in own) or any(
            s.kind in _DATA for s in own
        ):
            continue
        lenders: dict[str, list[str]] = {}
        for package in sorted(
            {
                name
                for _, ecosystem, result in unit.manifests
                if ecosystem == LANGUAGE
                for name in result.uses
                if name not in CATALOG
            }
        ):
            required = [name for name, _, _ in locks.requirements(unit.folder, LANGUAGE, package)]
            if any(name in FRAMEWORK_PACKAGES for name in required):
                continue  # a kit building the server, `py_lent_frameworks`' to read
            drivers = [name for name in required if _driver(name)]
            if len({_driver(name) for name in drivers}) == 1:
                lenders[package] = drivers
        if not lenders:
            continue
        imported = imported_modules(top, unit.folder, nested_projects(unit.folder, folders))
        for package, drivers in lenders.items():
            if package.replace("-", "_") in imported:
                unit.signals[LANGUAGE] = signals + lent_signals(unit.folder, drivers, locks)
                break
