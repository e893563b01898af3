"""The version of a framework the code starts but no manifest of the service declares.

A service may take its framework from a library of its organisation (a shared package
installed from git that requires FastAPI and hands the service its settings and auth): the
entry point builds `FastAPI(...)`, the manifest never names it, and the lock file resolves
it among the library's requirements. A framework a library lends the application is the
application's: the lock records the release installed, and that it is installed at run
time, which confirms what the code shows. Only services whose manifests declare no
framework at all are asked: beside a declared one, a framework the lock holds is that one's
foundation (Starlette under FastAPI), not the service's choice.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.ecosystems import python
from designer.detect.locks import LockFiles
from designer.detect.signals import Catalog, Strength, dependency_signals
from designer.model.stack import FindingKind

_CATALOGS: dict[str, tuple[Catalog, frozenset[str]]] = {"python": (python.CATALOG, python.GLUE)}
"""Ecosystem → the catalogue naming the package each framework is installed as, and its glue
packages."""


def _packages(catalog: Catalog) -> dict[str, list[str]]:
    """Framework name → the packages whose own meaning it is (`fastapi` → FastAPI)."""
    found: dict[str, list[str]] = {}
    for package, meanings in catalog.items():
        if meanings and meanings[0][0] is FindingKind.FRAMEWORK:
            found.setdefault(meanings[0][1], []).append(package)
    return found


_PACKAGES = {ecosystem: _packages(catalog) for ecosystem, (catalog, _) in _CATALOGS.items()}


def lock_started(unit: Unit, ecosystem: str, locks: LockFiles) -> None:
    """Give each framework seen in the code of `unit`, which declares none, the run-time
    dependency the nearest lock of `ecosystem` resolved for its package (and what else the
    package stands for), with the lock's line as evidence."""
    packages = _PACKAGES.get(ecosystem)
    signals = unit.signals.get(ecosystem)
    if not packages or not signals:
        return
    frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
    if any(s.strength is not Strength.ENTRY for s in frameworks):
        return
    started = {s.name for s in frameworks if s.name in packages}
    for name in sorted(started):
        wanted = dict.fromkeys(packages[name], "")
        for package, locked in sorted(locks.versions(unit.folder, ecosystem, wanted).items()):
            # All the package stands for (Django's ORM and migrations with Django).
            catalog, glue = _CATALOGS[ecosystem]
            signals += [
                signal.replace(locked=True)
                for signal in dependency_signals(
                    catalog, package, locked.version, False, locked.evidence, glue
                )
            ]
            break
