"""CakePHP 1's test suite runs on SimpleTest.

CakePHP 1.2 and 1.3 build their test cases on SimpleTest (`CakeTestCase` extends SimpleTest's
`UnitTestCase`; the library is unpacked into the application's `vendors/simpletest`) and run
them through the framework's own shell (`cake testsuite`), so no manifest declares a test tool:
the suite is seen only in its files, the `*.test.php` cases under the application's
`tests/cases/` (`models/user.test.php`: `class UserTestCase extends CakeTestCase`). Where a PHP
unit's CakePHP application keeps such cases, SimpleTest is its test framework. CakePHP 2's cases
(`Test/Case/UserTest.php`, its `CakeTestCase` over PHPUnit) are named otherwise and left alone;
so are the cases of the framework's own suite in the unpacked core (`cake/tests/`), of the
libraries copied into `vendors/` and of the plugins, which their authors run.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.signals import LazyPattern, Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

NAME = "SimpleTest"

ENDING = ".test.php"
"""How CakePHP 1 names a test case file (`user.test.php`, `users_controller.test.php`)."""

MAX_FILES = 2000
"""Test case files read at most: a larger tree is left alone."""

_HEAD = 16384
"""Bytes read of a case: its class opens after the imports and the fixtures' list."""

_NOT_OURS = frozenset({"cake", "vendors", "vendor", "plugins", "node_modules"})
"""The unpacked core (its own suite), copied libraries, plugins and packages."""

_CAKE_CASE = LazyPattern(
    r"^[ \t]*(?:abstract[ \t]+)?class[ \t]+\w+[ \t]+extends[ \t]+Cake(?:Web)?TestCase\b",
    re.MULTILINE,
)
"""A case on the framework's own base (`class UserTestCase extends CakeTestCase`)."""

_CASE = LazyPattern(
    r"^[ \t]*(?:abstract[ \t]+)?class[ \t]+\w+[ \t]+extends[ \t]+\w*TestCase\b", re.MULTILINE
)
"""A case on any test case base, the application's own among them (`extends SystemTestCase`)."""


def find(top: str, units: dict[str, Unit]) -> None:
    """Name SimpleTest the test framework of the CakePHP units keeping CakePHP 1 test cases."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "CakePHP" for s in signals):
            continue
        if any(s.kind is FindingKind.TEST and s.name == NAME for s in signals):
            continue
        files = all_code_files(
            top, unit.folder, (ENDING,), MAX_FILES, skip_dir=lambda d: d in _NOT_OURS
        )
        cases = [p for p in files or () if "/tests/cases/" in _within(unit.folder, p)]
        framework = False
        found: list[str] = []
        for path in cases:
            head = read_head(top, path, _HEAD) or ""
            if _CASE.search(head) is not None:
                found.append(path)
                framework = framework or _CAKE_CASE.search(head) is not None
        if found and framework:
            text = f"CakePHP test cases (SimpleTest) in {len(found)} *{ENDING} files"
            evidence = Evidence(path=found[0], text=text)
            signals.append(Signal(FindingKind.TEST, NAME, Strength.ENTRY, evidence))


def _within(folder: str, path: str) -> str:
    """`path` relative to the unit's folder, from its start (`app/tests/cases/…`)."""
    return "/" + (path if folder == "." else posixpath.relpath(path, folder))
