"""The web framework and data layer a Python application takes from a kit of the registry.

An application may be written on a kit that builds its servers (a `Server(...)` that makes the
FastAPI application, mounts the application's routers and runs uvicorn; a `Connection` over an
asyncpg pool) and declare only the kit: no manifest names the framework, and the code never
calls `FastAPI()`, yet its routers are FastAPI's (`from fastapi import APIRouter, Depends`) and
its queries asyncpg's. A framework or data layer a library lends the application is the
application's, at the release the lock resolved (uv.lock records what the kit requires,
`uv_requires`).

Only Python projects naming no framework at all are asked, only about run-time packages the
catalogue does not know whose lock entry requires a framework's own package, and only where the
project's own modules import both the kit and the framework's module: a kit whose framework the
code never touches may only serve its health checks. The kit's other requirements lend the
application their data layer only where it has none of its own and its modules import them too
(a driver the kit merely carries for a feature the application does not use lends nothing).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.python import CATALOG, GLUE
from designer.detect.locks import LockFiles
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Signal, Strength, dependency_signals
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

FRAMEWORK_PACKAGES = frozenset(
    package
    for package, entries in CATALOG.items()
    if entries and entries[0][0] is FindingKind.FRAMEWORK and package not in GLUE
)
"""Packages that are a web framework itself (fastapi, flask, django), not glue around one."""

_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY})
"""Data layers a kit may lend (its engine comes with the layer's catalogue entry)."""

_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+([\w]+)[\w.]*[ \t]+import\b|import[ \t]+([\w]+))", re.M)
"""The top-level module of an import statement."""


def _module(package: str) -> str:
    """The module a registry package installs under its normalised name (`sft-kit` →
    `sft_kit`)."""
    return package.replace("-", "_")


def lend(top: str, units: dict[str, Unit], locks: LockFiles) -> None:
    """Give each Python project naming no framework the framework (and, with no data layer of
    its own, the data layer) of the registry kit its modules import with the framework's."""
    folders = list(units)
    for unit in units.values():
        if not any(ecosystem == LANGUAGE for _, ecosystem, _ in unit.manifests):
            continue
        # A project declaring only packages the catalogue does not know has no signal yet.
        signals = unit.signals.get(LANGUAGE, [])
        if any(
            # A client library's framework (aiohttp declared for its HTTP client) names none.
            s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.DEV
            for s in signals
        ):
            continue
        unknown = sorted(
            {
                name
                for _, ecosystem, result in unit.manifests
                if ecosystem == LANGUAGE
                for name in result.uses
                if name not in CATALOG
            }
        )
        lenders: dict[str, list[tuple[str, str, Evidence]]] = {}
        for package in unknown:
            required = locks.requirements(unit.folder, LANGUAGE, package)
            if any(name in FRAMEWORK_PACKAGES for name, _, _ in required):
                lenders[package] = required
        if not lenders:
            continue
        imported = imported_modules(top, unit.folder, nested_projects(unit.folder, folders))
        own_data = any(s.kind in _DATA and s.strength is not Strength.DEV for s in signals)
        for package, required in lenders.items():
            if _module(package) not in imported:
                continue
            lent = [
                name
                for name, _, _ in required
                if _module(name) in imported
                and (
                    name in FRAMEWORK_PACKAGES
                    or (not own_data and any(k in _DATA for k, _ in CATALOG.get(name, ())))
                )
            ]
            if not any(name in FRAMEWORK_PACKAGES for name in lent):
                continue
            unit.signals[LANGUAGE] = signals + lent_signals(unit.folder, lent, locks)
            break


def imported_modules(top: str, folder: str, nested: set[str]) -> set[str]:
    """The top-level modules the project's own modules import (within the module budget)."""
    found: set[str] = set()
    for module in each_module(top, folder, nested):
        if module is None:
            break
        for match in _IMPORT.finditer(module[1]):
            found.add(match.group(1) or match.group(2))
    return found


def lent_signals(folder: str, packages: list[str], locks: LockFiles) -> list[Signal]:
    """The signals of `packages` at the release the lock resolved for `folder`, as declared
    dependencies of the application (with no release, the lock's word is still the kit's)."""
    found = locks.versions(folder, LANGUAGE, dict.fromkeys(packages, ""))
    signals: list[Signal] = []
    for package in packages:
        locked = found.get(package)
        if locked is None:
            continue
        signals += [
            signal.replace(locked=True)
            for signal in dependency_signals(
                CATALOG, package, locked.version, False, locked.evidence, GLUE
            )
        ]
    return signals
