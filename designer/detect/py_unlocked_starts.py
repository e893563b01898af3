"""Python web frameworks started only by code the project's own lock cannot run.

A folder may hold a small Python program of its own (a device client polling the product's
API, with a Pipfile of `requests` and `cryptography` and its Pipfile.lock) beside a module that
starts a web framework its environment never installs (a `cherrypy.quickstart(...)` proxy the
README calls inactive). The lock resolves every package the program runs with, the transitive
ones included: a framework it does not hold cannot be imported there, so the start is a
leftover, not the program's server (HELDOUT.md: a leftover nothing builds or runs is a tool,
no backend). Its framework signals are dropped.

Only projects with a Python lock in their own folder that resolves the packages their manifest
declares are read (a lock that holds none of them says nothing), and none declaring a library
from git or a folder (its requirements, the framework among them, may be missing from the
lock: set 59's shared API library), only when every framework seen
is seen in code alone (a declared, lent or vendored framework is installed), and only when the
lock holds none of the framework's packages.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.python import CATALOG
from designer.detect.locks import LockFiles
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

_DIRECT = re.compile(r"""\b(?:git|path|file)\s*=\s*["']|\bgit\+\w+://|@\s*file://""")
"""A dependency from git or a folder (`{git = "…"}`, `pkg @ git+https://…`); not a `url =`, which
Pipfile's package index sources also write."""

_LOCKS = frozenset({"Pipfile.lock", "poetry.lock", "uv.lock", "pdm.lock"})
"""Locks resolving a whole environment (transitive packages included)."""


def _framework_packages() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for package, pairs in CATALOG.items():
        for kind, name in pairs:
            if kind is FindingKind.FRAMEWORK:
                found.setdefault(name, set()).add(package)
    return found


_PACKAGES = _framework_packages()
"""Framework name → the registry packages whose catalogue entry names it."""


def drop(top: str, units: dict[str, Unit], locks: LockFiles) -> None:
    """Drop from each Python project with a lock of its own the frameworks only its code
    starts when the lock installs none of their packages."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        if not frameworks or any(s.strength is not Strength.ENTRY for s in frameworks):
            continue
        if not _own_lock(locks, unit.folder):
            continue
        declared = {
            name
            for _, ecosystem, result in unit.manifests
            if ecosystem == LANGUAGE
            for name in result.uses
        }
        if not declared or not locks.versions(
            unit.folder, LANGUAGE, dict.fromkeys(declared, ""), above=False
        ):
            continue  # a lock that resolves none of the declared packages says nothing
        if any(
            _DIRECT.search(read_text(top, path)[0] or "")
            for path, ecosystem, _ in unit.manifests
            if ecosystem == LANGUAGE
        ):
            continue  # a library from git or a folder may bring the framework unlocked
        names = {s.name for s in frameworks}
        packages = {p for name in names for p in _PACKAGES.get(name, ())}
        if not packages or len(names) > len({n for n in names if _PACKAGES.get(n)}):
            continue  # a framework the catalogue cannot name a package for
        if locks.versions(unit.folder, LANGUAGE, dict.fromkeys(packages, ""), above=False):
            continue
        unit.signals[LANGUAGE] = [s for s in signals if s.kind is not FindingKind.FRAMEWORK]


def _own_lock(locks: LockFiles, folder: str) -> bool:
    """Whether `folder` itself holds a lock resolving a whole Python environment."""
    paths = locks.by_folder.get(folder, {}).get(LANGUAGE, [])
    return any(posixpath.basename(p) in _LOCKS for p in paths)
