"""Composer projects of one repository that take their framework from another package of the
same repository (a Composer path repository, `{"type": "path", "url": "../*"}`): a shared
package requiring `slim/slim` and wrapping its bootstrap, required by several applications
that never name the framework themselves.

An application of the kind has a front controller (`public/index.php`) that runs the app
(`\\App::$slim->run();`): it is a backend, on the framework the package it requires
declares, at the version its own lock resolves; the package itself, with no front controller,
is its library. A project requiring the same package without a front controller (an API
client, a mail worker run from cron) takes nothing.

Likewise a framework the code starts (a Symfony `Kernel`) that the manifest never requires
itself, only through the bundles it requires, is the one its lock resolves.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.php import CATALOG
from designer.detect.locks import LockFiles
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

FRONT_CONTROLLER = "public/index.php"
"""Where a PHP application's web root keeps the script every request enters by."""

_RUN = re.compile(r"^[ \t]*(?:\\?[\w\\]+::)?\$\w+->run\(\s*\)\s*;", re.MULTILINE)
"""The front controller's call running the application (`$app->run();`,
`\\App::$slim->run();`)."""

_HEAD = 16_384


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Composer application with a front controller and no framework of its own
    the frameworks the packages of the tree it requires declare, and the front controller as
    the entry point starting it."""
    owners: dict[str, Unit] = {}
    projects: list[tuple[Unit, list[str]]] = []
    for unit in units.values():
        for _, ecosystem, result in unit.manifests:
            if ecosystem != LANGUAGE:
                continue
            if result.name:
                owners.setdefault(result.name.lower(), unit)
            if result.uses:
                projects.append((unit, result.uses))
    if not owners or not projects:
        return
    for unit, uses in projects:
        signals = unit.signals[LANGUAGE]
        if any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        lent = [
            s
            for use in uses
            if (lender := owners.get(use.lower())) is not None and lender is not unit
            for s in lender.signals.get(LANGUAGE, [])
            if s.kind is FindingKind.FRAMEWORK
            and s.strength is Strength.DEPENDENCY
            and s.package
            and not s.locked
        ]
        if not lent:
            continue
        entry = _front_controller(top, unit.folder)
        if entry is None:
            continue
        # The lender's declaration, whose version the application's own lock resolves.
        signals += lent
        signals += [
            Signal(FindingKind.FRAMEWORK, name, Strength.ENTRY, entry)
            for name in dict.fromkeys(s.name for s in lent)
        ]


def _front_controller(top: str, folder: str) -> Evidence | None:
    """The line of the folder's `public/index.php` that runs the application, if any."""
    path = FRONT_CONTROLLER if folder == "." else f"{folder}/{FRONT_CONTROLLER}"
    text = read_head(top, path, _HEAD)
    if text is None:
        return None
    found = _RUN.search(text)
    if found is None:
        return None
    line = text.count("\n", 0, found.start()) + 1
    return Evidence(path=path, line=line, text=found.group(0).strip())


def confirm_from_lock(unit: Unit, locks: LockFiles) -> None:
    """Give a framework seen only in the folder's code the package its lock resolves for it
    (symfony/framework-bundle, which the application's bundles require): the framework is
    the application's, declared through them, at that version."""
    signals = unit.signals.get(LANGUAGE, [])
    frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
    declared = {s.name for s in frameworks if s.strength is not Strength.ENTRY}
    started = {s.name for s in frameworks if s.strength is Strength.ENTRY} - declared
    if not started or not any(r for _, e, r in unit.manifests if e == LANGUAGE):
        return
    for name in sorted(started):
        packages = _PACKAGES.get(name, ())
        found = locks.versions(unit.folder, LANGUAGE, dict.fromkeys(packages, ""))
        for package in packages:
            locked = found.get(package)
            if locked is not None:
                signals.append(
                    Signal(
                        FindingKind.FRAMEWORK,
                        name,
                        Strength.DEPENDENCY,
                        locked.evidence,
                        locked.version,
                        package=package,
                        locked=True,
                    )
                )
                break


_PACKAGES: dict[str, tuple[str, ...]] = {}
"""Framework → the Composer packages that are it."""
for _package, _entries in CATALOG.items():
    for _kind, _name in _entries:
        if _kind is FindingKind.FRAMEWORK:
            _PACKAGES[_name] = (*_PACKAGES.get(_name, ()), _package)
