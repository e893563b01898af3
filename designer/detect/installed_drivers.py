"""Node: a database driver the code imports that the manifest does not declare.

npm installs a package's peer dependencies with it (npm 7 and later), and a lock records
them: a migration tool built on the driver (node-pg-migrate, whose peer is `pg`) brings the
driver into `node_modules` without the package.json naming it, and the application's own
database module then imports it (`import pg from "pg"; new Pool(…)`), working because the
install put it there. The manifest alone shows no data layer, and a Next.js app whose API
routes query that pool reads as a UI (`nonservices.ui_only`). So where a Node package with a
framework and no data layer or engine of its own has a lock installing a driver its manifest
does not declare, its code outside tests is read for an import of that driver; one imported
gives the package its data layer and engine, at the version the lock resolves, with the
importing module as evidence. A tree too large to read whole is left as it is.
"""

from __future__ import annotations

import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.ecosystems.node import CATALOG
from designer.detect.locks import LockFiles
from designer.detect.node_drivers import DRIVERS
from designer.detect.signals import OWN_DATA, dependency_signals
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

MAX_FILES = 1500
"""Code files read per package at most: a larger tree is left alone."""


def lend(top: str, units: dict[str, Unit], locks: LockFiles) -> None:
    """Give each Node package with a framework and no data of its own the drivers its lock
    installs undeclared and its code outside tests imports."""
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE)
        if not signals or not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if any(s.kind in OWN_DATA and s.kind is not FindingKind.MIGRATIONS for s in signals):
            continue  # a data layer or an engine already named: nothing to find
        declared = {
            name.lower() for _, e, result in unit.manifests if e == LANGUAGE for name in result.uses
        }
        candidates = DRIVERS - declared
        if not candidates or not any(e == LANGUAGE for _, e, _ in unit.manifests):
            continue
        locked = locks.versions(folder, LANGUAGE, dict.fromkeys(candidates, ""))
        if not locked:
            continue
        importers = node_imports.importers_outside_tests(top, folder, set(locked), MAX_FILES)
        if not importers:
            continue
        for driver, found in sorted(locked.items()):
            path = next(
                (
                    p
                    for p in sorted(importers)
                    if driver in node_imports.named(read_text(top, p)[0] or "")
                ),
                None,
            )
            if path is None:
                continue
            evidence = _import_line(top, path, driver)
            signals += [
                s.replace(version=found.version)
                for s in dependency_signals(CATALOG, driver, found.version, False, evidence)
                if s.kind in OWN_DATA
            ]


def _import_line(top: str, path: str, driver: str) -> Evidence:
    """The line of `path` importing `driver` (the file itself when not found again)."""
    text = read_text(top, path)[0] or ""
    quoted = re.compile(rf"""['"]{re.escape(driver)}(?:/[^'"]*)?['"]""")
    for number, line in enumerate(text.splitlines(), 1):
        if quoted.search(line):
            return Evidence(path=path, line=number, text=line.strip()[:160])
    return Evidence(path=path)
