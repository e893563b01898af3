"""A Pest declared by a PHP application whose tests are all PHPUnit classes.

Laravel's skeleton, and many upgrades of an older application to a newer Laravel, add
`pestphp/pest` (and its Composer plugin) to `require-dev` beside `phpunit/phpunit`. Pest runs
on PHPUnit (`assemble.TESTS_BUILT_ON`), so the declaration alone ranks it the main test tool.
But a suite written to Pest is recognisable in its files: `pest --init` writes `tests/Pest.php`
(its own signal), and a Pest test file calls `test()`, `it()` or `describe()` at its top level
rather than declaring a class. Where a PHP application's only sign of Pest is the manifest and
every test file read under its `tests/` folder is a class extending a test case (the
`UserTest extends TestCase` that `php artisan make:test` writes) with no top-level Pest call,
the suite is PHPUnit's: Pest is counted outnumbered (`Unit.outnumbered`). A tree too large to
read, or one with no test class at all, is left alone.
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

FOLDER = "tests"
"""Where Pest and Laravel keep the suite (`tests/Feature`, `tests/Unit`, `tests/Pest.php`)."""

MAX_FILES = 400
"""Test files read at most: a larger tree is left alone."""

_HEAD = 8192
"""Bytes read of a test file: a class declaration or Pest's first call opens near the top."""

_BOOTSTRAP = "Pest.php"

_PEST_CALL = LazyPattern(
    r"^(?:test|it|describe|uses|pest|dataset|arch|beforeEach)[ \t]*\(",
    re.MULTILINE,
)
"""A Pest call at a file's top level (`test('…', function () {`, `uses(TestCase::class)`,
`pest()->extend(…)`): PHPUnit classes hold their tests in methods, never at column 0."""

_TEST_CLASS = LazyPattern(
    r"^[ \t]*(?:(?:final|abstract|readonly)[ \t]+)*class[ \t]+\w+[ \t]+extends[ \t]+[\w\\]+",
    re.MULTILINE,
)
"""A class extending a test case (`class UserTest extends TestCase`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Count Pest outnumbered in the PHP units that declare it while every test file read is a
    PHPUnit class."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        pest = [s for s in signals if s.kind is FindingKind.TEST and s.name == "Pest"]
        if not pest or "Pest" in unit.outnumbered:
            continue
        if any(posixpath.basename(s.evidence.path) == _BOOTSTRAP for s in pest):
            continue
        folder = FOLDER if unit.folder == "." else posixpath.join(unit.folder, FOLDER)
        files = all_code_files(top, folder, (".php",), MAX_FILES)
        if not files:
            continue
        classes: list[str] = []
        for path in files:
            if posixpath.basename(path) == _BOOTSTRAP:
                break
            head = read_head(top, path, _HEAD) or ""
            if _PEST_CALL.search(head) is not None:
                break
            if path.endswith("Test.php") and _TEST_CLASS.search(head) is not None:
                classes.append(path)
        else:
            if classes:
                unit.outnumbered.add("Pest")
                text = f"PHPUnit test classes in {len(classes)} test files, no Pest test"
                evidence = Evidence(path=classes[0], text=text)
                signals.append(Signal(FindingKind.TEST, "PHPUnit", Strength.ENTRY, evidence))
