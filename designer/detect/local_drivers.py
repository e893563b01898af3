"""Data access a Node server takes from a package of its own tree wrapping a database driver.

A repository of many services may keep its database access in one library of its own (a
`lib/pg-client` package declaring `pg`, with a `DB` class that opens the pool and runs each
query in a transaction), which each service installs from the tree (`"file:../lib/pg-client"`)
without declaring the driver itself: its model constructs the library's class (`new DB({…})`)
and queries through it. The driver a library lends the application is the application's data
access and names its engine, as `lent_packages` reads a registry package wrapping a driver and
`local_kits` an in-tree library building the server.

Only servers with a framework and no data layer nor engine of their own are asked, only about
the in-tree packages (`file:`, `link:`, `portal:`) whose package.json requires a driver at run
time, and only where a module of the server outside its tests constructs something it imports
from that package: a library merely installed, or a client of another service, lends nothing.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.ecosystems.node import CATALOG, GLUE
from designer.detect.node_drivers import DRIVERS
from designer.detect.signals import OWN_DATA, Strength, dependency_signals
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

MAX_FILES = 400
"""Code files of a server read at most, looking for the module constructing the library's class."""

_LOCAL = ("file:", "link:", "portal:")
"""Dependency specifications naming a folder of the same tree."""

_IMPORT = re.compile(
    r"""^[ \t]*import[ \t]+\{([^}]*)\}[ \t]*from[ \t]*["']([^"']+)["']""", re.MULTILINE
)
"""Names imported from a package (`import { DB, Pg } from "@scope/pg-client"`)."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Node server with no data of its own the driver an in-tree library it
    constructs from requires, as that library's package.json declares it."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if (
            not signals
            or not any(s.kind is FindingKind.FRAMEWORK for s in signals)
            or any(s.kind in OWN_DATA and s.strength is not Strength.DEV for s in signals)
        ):
            continue
        libraries = _driver_libraries(top, unit.folder)
        if not libraries:
            continue
        used = _constructed(top, unit.folder, set(libraries))
        if used is None:
            continue
        for name, version, evidence in libraries[used]:
            signals += [
                s
                for s in dependency_signals(CATALOG, name, version, False, evidence, GLUE)
                if s.kind in OWN_DATA
            ]


def _driver_libraries(
    top: str, folder: str
) -> dict[str, list[tuple[str, str, Evidence]]]:
    """The in-tree packages the manifest of `folder` depends on at run time whose own
    manifest requires a driver at run time: package name → (driver, range, evidence)."""
    manifest = node_imports.package_json(top, folder) or {}
    found: dict[str, list[tuple[str, str, Evidence]]] = {}
    for section in ("dependencies", "optionalDependencies"):
        declared = manifest.get(section)
        if not isinstance(declared, dict):
            continue
        for name, spec in declared.items():
            if not isinstance(spec, str) or not spec.startswith(_LOCAL):
                continue
            library = posixpath.normpath(posixpath.join(folder, spec.split(":", 1)[1]))
            drivers = _drivers(top, library)
            if drivers:
                found[str(name)] = drivers
    return found


def _drivers(top: str, library: str) -> list[tuple[str, str, Evidence]]:
    """The drivers the package.json of `library` requires at run time, with their lines."""
    manifest = node_imports.package_json(top, library) or {}
    declared = manifest.get("dependencies")
    if not isinstance(declared, dict):
        return []
    path = posixpath.join(library, "package.json")
    text = read_text(top, path)[0] or ""
    drivers: list[tuple[str, str, Evidence]] = []
    for name, version in declared.items():
        if str(name).lower() not in DRIVERS or not isinstance(version, str):
            continue
        needle = f'"{name}"'
        line = text.count("\n", 0, max(text.find(needle), 0)) + 1
        drivers.append(
            (str(name), version, Evidence(path=path, line=line, text=f'{needle}: "{version}"'))
        )
    return drivers


def _constructed(top: str, folder: str, packages: set[str]) -> str | None:
    """The first of `packages` a module of `folder`, outside its tests, imports a name from
    and constructs (`new DB(`)."""
    for path in node_imports.program_files(top, folder, MAX_FILES):
        if path is None:
            return None
        text = read_text(top, path)[0] or ""
        for imported, package in _IMPORT.findall(text):
            if package not in packages:
                continue
            names = {
                (local or original).strip()
                for item in imported.split(",")
                for original, _, local in [item.strip().partition(" as ")]
                if original.strip()
            }
            if any(re.search(rf"\bnew[ \t]+{re.escape(n)}[ \t]*\(", text) for n in names):
                return package
    return None
