"""Node: the data layer a server takes from a library folder its code imports by path.

A product of several Node services may keep their models in one folder of the tree beside
them (`services/common`, with a package.json of its own requiring Mongoose, Sequelize and
`mysql2`, and no entry point), which each service's Dockerfile installs on its own and each
service's modules import by a relative path out of their package (`import Notification from
'../../../common/mongoose/models/notifications.js'`), declaring no data layer in their own
package.json. A data layer a library lends the application is the application's (HELDOUT.md):
what decides which is what the service's own code reaches. The library modules a service
imports by such a path are read, and the data layers among the packages they import (and the
library requires at run time) are the service's, each counted by how many of the service's
modules reach it: one reached by more than twice as many as any other is the service's alone
(a connection kept only to sync another layer's schema at start lends nothing). A layer that
names no engine (Sequelize, Knex) takes the driver the library requires, when it requires
the drivers of one engine only.

Asked only of Node servers with a framework and no data of their own; a folder that is a
server itself (a module starting its framework) or that encloses the server lends nothing
here (`root_imports` reads an enclosing package).
"""

from __future__ import annotations

import posixpath
from collections import defaultdict

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.ecosystems.node import CATALOG, GLUE
from designer.detect.node_drivers import DRIVERS
from designer.detect.signals import OWN_DATA, Signal, Strength, dependency_signals
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

MAX_FILES = 400
"""Modules of a server read at most."""

_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Node server with no data of its own the data layers the library folders
    its modules import by path reach."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if (
            not signals
            or not any(s.kind is FindingKind.FRAMEWORK for s in signals)
            or any(s.kind in OWN_DATA and s.strength is not Strength.DEV for s in signals)
        ):
            continue
        reached = _reached(top, unit.folder, units)
        if reached:
            signals += _lent(top, reached)


def _reached(
    top: str, folder: str, units: dict[str, Unit]
) -> dict[tuple[str, str], set[str]]:
    """(library folder, package) → the server's modules importing a module of that library
    folder which imports that package (one the library requires at run time)."""
    reached: dict[tuple[str, str], set[str]] = defaultdict(set)
    required: dict[str, set[str] | None] = {}
    for path in node_imports.program_files(top, folder, MAX_FILES):
        if path is None:
            return {}
        text = read_text(top, path)[0] or ""
        for spec in node_imports.specifiers(text):
            if not spec.startswith("../"):
                continue
            joined = posixpath.normpath(posixpath.join(posixpath.dirname(path), spec))
            if joined.startswith("../") or _inside(joined, folder):
                continue
            library = _library(top, joined, folder, units)
            if library is None:
                continue
            if library not in required:
                required[library] = _required(top, library)
            module = node_imports.code_file(top, library, joined)
            if module is None or not required[library]:
                continue
            used = node_imports.named(read_text(top, module)[0] or "")
            for name in used & required[library]:
                reached[(library, name)].add(path)
    return reached


def _inside(path: str, folder: str) -> bool:
    return folder == "." or path == folder or path.startswith(folder + "/")


def _library(top: str, path: str, folder: str, units: dict[str, Unit]) -> str | None:
    """The nearest folder above `path` with a package.json, when it neither encloses the
    server's folder nor starts a framework of its own; None otherwise."""
    current = posixpath.dirname(path) or "."
    while True:
        if node_imports.package_json(top, current) is not None:
            break
        if current == ".":
            return None
        current = posixpath.dirname(current) or "."
    if current == "." or _inside(folder, current):
        return None
    unit = units.get(current)
    started = unit is not None and any(
        s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        for s in unit.signals.get(LANGUAGE, [])
    )
    return None if started else current


def _required(top: str, library: str) -> set[str]:
    """The packages the library's package.json requires at run time (lower-cased)."""
    declared = (node_imports.package_json(top, library) or {}).get("dependencies")
    return {str(n).lower() for n in declared} if isinstance(declared, dict) else set()


def _lent(top: str, reached: dict[tuple[str, str], set[str]]) -> list[Signal]:
    """The signals of the data layers reached (the dominant one alone when there is one),
    with the drivers of a library whose layer names no engine."""
    layers: dict[tuple[str, str], list[Signal]] = {}
    for library, name in reached:
        found = [s for s in _declared(top, library, name) if s.kind in OWN_DATA]
        if any(s.kind in _LAYERS for s in found):
            layers[(library, name)] = found
    if not layers:
        return []
    counts = sorted((len(reached[key]), key) for key in layers)
    if len(counts) > 1 and counts[-1][0] > 2 * counts[-2][0]:
        layers = {counts[-1][1]: layers[counts[-1][1]]}
    lent: list[Signal] = []
    for (library, _), found in sorted(layers.items()):
        lent += found
        if not any(s.kind is FindingKind.DATABASE for s in found):
            lent += _engine(top, library)
    return lent


def _declared(top: str, library: str, name: str) -> list[Signal]:
    """The catalogue's signals for `name` as the library's package.json declares it."""
    manifest = node_imports.package_json(top, library) or {}
    version = (manifest.get("dependencies") or {}).get(name, "")
    path = posixpath.join(library, "package.json")
    text = read_text(top, path)[0] or ""
    needle = f'"{name}"'
    line = text.count("\n", 0, max(text.find(needle), 0)) + 1
    evidence = Evidence(path=path, line=line, text=f'{needle}: "{version}"')
    return dependency_signals(CATALOG, name, str(version), False, evidence, GLUE)


def _engine(top: str, library: str) -> list[Signal]:
    """The signals of the drivers the library requires, when they name one engine."""
    found = [
        s
        for name in sorted(_required(top, library) & DRIVERS)
        for s in _declared(top, library, name)
        if s.kind in OWN_DATA
    ]
    engines = {s.name for s in found if s.kind is FindingKind.DATABASE}
    return found if len(engines) == 1 else []
