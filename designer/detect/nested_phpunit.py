"""A PHPUnit settings file deep inside an application that never declares PHPUnit.

An application sometimes carries another project's tree in its own (a framework's package
installer copied with its own test suite, a library kept in a plugin folder with its
`phpunit.xml`): that settings file names the copied project's suite, which the application
never runs. An application that tests with PHPUnit declares it in its `composer.json`
(`require-dev`) or keeps the settings at its root or in its test folder (`tests/phpunit.xml`).
So where a PHP unit's every test signal is a PHPUnit settings file lying two folders or more
below the unit's folder, and the unit has a `composer.json` declaring no test framework, those
signals are dropped, unless a command of the project runs PHPUnit (`testless_php`'s reading).
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.testless_php import LANGUAGE, runs_tests
from designer.model.stack import FindingKind

_SETTINGS = frozenset({"phpunit.xml", "phpunit.xml.dist"})

MIN_DEPTH = 2
"""Folders between the unit's and the settings file's at least (`tests/phpunit.xml` is the
application's own, one folder down)."""


def drop_copied(top: str, units: dict[str, Unit]) -> None:
    """Drop the PHPUnit signals of the PHP units whose only ones are settings files deep
    inside them, with a composer.json that declares no test framework."""
    for unit in units.values():
        found = unit.signals.get(LANGUAGE, [])
        tests = [s for s in found if s.kind is FindingKind.TEST]
        if not tests or not any(e == LANGUAGE for _, e, _ in unit.manifests):
            continue
        if not all(
            posixpath.basename(s.evidence.path) in _SETTINGS
            and _depth(s.evidence.path, unit.folder) >= MIN_DEPTH
            for s in tests
        ):
            continue
        if runs_tests(top, "" if unit.folder == "." else unit.folder):
            continue
        unit.signals[LANGUAGE] = [s for s in found if s.kind is not FindingKind.TEST]


def _depth(path: str, folder: str) -> int:
    """How many folders lie between `folder` and the file at `path` (both from the top)."""
    inner = path if folder == "." else posixpath.relpath(path, folder)
    return inner.count("/")
