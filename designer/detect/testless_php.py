"""A PHP test framework declared in a repository that holds no test at all.

Laravel's skeleton and habit put PHPUnit in `require-dev` and a `phpunit.xml` at the root
before any test is written (the file names suites in `tests/Unit` and `tests/Feature`), and
many applications delete those folders and never write one: the declaration is all there is.
PHPUnit then runs nothing, and a reader asked for the project's test framework answers none.
This is `testless_pytest`'s reading for PHP: where every test signal of a PHP unit is a
declaration (a `composer.json` package, a `phpunit.xml`, a `codeception.yml`) and the whole
repository holds no sign of a test: no file named as a PHPUnit or Codeception test
(`*Test.php`, `*Cest.php`, `*Cept.php`, a JavaScript or Python test too), no folder named for
tests holding anything, the declarations are dropped and the unit has no test framework. A
command of the project's CI or scripts running the tests (`vendor/bin/phpunit`, `php artisan
test`, `composer test`) keeps them: the project says it runs a suite, whatever the walk could
not see; the launcher PHP script Symfony's recipe installs (`bin/phpunit`) is no such command,
and the test environment's settings folder (`config/packages/test/`) is no test folder.
Laravel's skeleton leaves two base classes in `tests/` (`TestCase.php`,
`CreatesApplication.php`) that every test would extend: a test folder holding those alone,
its example tests deleted, holds no test; nor does one holding only PHPUnit's settings and
bootstrap (a Zend Framework module's `test/phpunit.xml` and `bootstrap.php`, its suite
folder never written). A Python script named like a test module
(`sequential_test.py` running a batch by hand) with no test function, test class nor test
library in it is no test either.

The same holds of an application whose repository keeps other applications inside its folder
(a CodeIgniter app at the root with Laravel apps in folders of their own, each with its own
composer.json and `tests/`): the tests a program of its own below it keeps are that program's,
run by its own phpunit.xml, never the enclosing application's; so are those of a project of
another language below it (a Vue UI's folder with its package.json), which its own runner
runs. So where every test signal of a PHP unit is a declaration, no command of its folder runs
the tests, and its folder, the folders of those units below it set apart (not a PHP module of
the application's without a framework: its tests may be the application's suite), holds no
sign of a test, the declarations are dropped (`drop_untested_units`), whatever those programs test.
Its dependencies and the browser libraries copied into its web root (`vendor/`, `public/`,
`assets/`: a jQuery UI plugin's `build/release-test.js`) are set apart too, their tests their
authors', never run by the application; so are its documents (`docs/`, `documentation/`),
where a folder named `specs` holds design write-ups.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.project_commands import command_texts
from designer.detect.signals import Signal
from designer.detect.testless_node import test_file
from designer.detect.testless_pytest import drop_declared_tests, holds_tests
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

LANGUAGE = "php"

_DECLARING = frozenset(
    {"composer.json", "phpunit.xml", "phpunit.xml.dist", "codeception.yml", "codeception.dist.yml"}
)
"""The files whose test signal declares a framework: a package, or the runner's settings."""
_FRAMEWORKS = frozenset({"PHPUnit", "Pest", "Codeception"})

_TEST_NAME = re.compile(r"(?:Test|Cest|Cept)\.php$")
"""A PHPUnit test class's file (`UserTest.php`) or a Codeception test (`LoginCest.php`)."""

_RUNS = re.compile(
    r"(?<![\w-])(?:phpunit|pest|codecept)(?![\w./-])"
    r"|\bartisan[ \t]+test\b|\bcomposer[ \t]+(?:run(?:-script)?[ \t]+)?test\b"
)
"""A command running the tests (`vendor/bin/phpunit`, `./vendor/bin/pest --ci`, `php artisan
test`, `composer test`)."""
_NOT_A_RUN = re.compile(r"\b(?:require|install|remove)\b")
"""A line installing a framework's package runs nothing."""


def drop_unused(top: str, units: dict[str, Unit]) -> None:
    """Drop the test framework declarations of the PHP units whose repository holds no test."""
    drop_declared_tests(
        top,
        units,
        LANGUAGE,
        _declaration,
        _test_file,
        lambda own: runs_tests(top, own),
        stub=lambda path: _python_script(top, path),
        folder_holds=lambda folder: not _scaffold_only(top, folder),
    )


def drop_untested_units(top: str, units: dict[str, Unit]) -> None:
    """Drop the test framework declarations of the PHP units whose own folder holds no test,
    the folders of the programs below them with a framework of their own, and of the projects
    of other languages, set apart."""
    for unit in units.values():
        found = unit.signals.get(LANGUAGE, [])
        tests = [s for s in found if s.kind is FindingKind.TEST]
        if not tests or not all(_declaration(s) for s in tests):
            continue
        prefix = "" if unit.folder == "." else unit.folder + "/"
        programs = frozenset(
            folder
            for folder, other in units.items()
            if folder != unit.folder
            and folder.startswith(prefix)
            and (_has_framework(other) or not _php_project(other))
        )
        if not programs or runs_tests(top, "" if unit.folder == "." else unit.folder):
            continue  # nothing set apart: `drop_unused` has judged the repository as a whole
        if holds_tests(
            top,
            _test_file,
            lambda path: _python_script(top, path),
            folder=unit.folder,
            apart=programs | {prefix + name for name in _COPIED},
            folder_holds=lambda folder: not _scaffold_only(top, folder),
        ):
            continue
        unit.signals[LANGUAGE] = [s for s in found if s.kind is not FindingKind.TEST]


_COPIED = ("vendor", "public", "assets", "docs", "documentation")
"""Folders of an application holding no test of its own: its installed dependencies, the
browser libraries copied into its web root, and its documents."""


def _php_project(unit: Unit) -> bool:
    return any(ecosystem == LANGUAGE for _, ecosystem, _ in unit.manifests)


def _has_framework(unit: Unit) -> bool:
    return any(s.kind is FindingKind.FRAMEWORK for found in unit.signals.values() for s in found)


def _declaration(signal: Signal) -> bool:
    return signal.name in _FRAMEWORKS and posixpath.basename(signal.evidence.path) in _DECLARING


def _test_file(name: str) -> bool:
    """Whether `name` is a PHP test, or a JavaScript or Python one (a repository with tests in
    any of its languages is not called testless)."""
    return bool(_TEST_NAME.search(name)) or test_file(name)


_SCAFFOLD = frozenset({"TestCase.php", "CreatesApplication.php", "bootstrap.php", "Bootstrap.php"})
"""The base classes Laravel's skeleton keeps in `tests/` for the tests to extend, and the
bootstrap a module's `test/` keeps ready: no test."""

_SETTINGS = frozenset({"phpunit.xml", "phpunit.xml.dist"})
"""PHPUnit's settings: scaffolding only where every suite folder they name is missing (Zend
Framework 2's skeleton module: `phpunit.xml` naming a suite folder that was never written);
settings naming no folder may run tests kept anywhere, and stay a sign of a suite."""

_SUITE_DIR = re.compile(r"<directory\b[^>]*>\s*([^<\s][^<]*?)\s*</directory>")


def _scaffold_only(top: str, folder: str) -> bool:
    """Whether the test-named `folder` (from `top`) holds no subfolder and, besides hidden
    files, only the skeleton's base classes."""
    try:
        entries = list(os.scandir(os.path.join(top, *folder.split("/"))))
    except OSError:
        return False
    seen = [e for e in entries if not e.name.startswith(".")]
    return bool(seen) and all(
        e.is_file()
        and (e.name in _SCAFFOLD or (e.name in _SETTINGS and _names_missing_suites(e.path)))
        for e in seen
    )


def _names_missing_suites(path: str) -> bool:
    """Whether the PHPUnit settings at `path` name suite folders and none of them exists."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read(_HEAD_BYTES)
    except OSError:
        return False
    base = os.path.dirname(path)
    folders = [os.path.normpath(os.path.join(base, d)) for d in _SUITE_DIR.findall(text)]
    return bool(folders) and not any(os.path.isdir(folder) for folder in folders)


_PY_TEST = re.compile(r"^[ \t]*(?:def[ \t]+test|class[ \t]+Test)|\b(?:unittest|pytest)\b", re.M)
"""A Python test's marker: a test function or class, or the test library it imports."""

_HEAD_BYTES = 64 * 1024


def _python_script(top: str, path: str) -> bool:
    """Whether the Python module at `path` (from `top`), named like a test, is a script with
    no test's marker."""
    if not path.endswith(".py"):
        return False
    text = read_head(top, path, _HEAD_BYTES)
    return text is not None and not _PY_TEST.search(text)


_PHP_SCRIPT = re.compile(r"\A(?:#![^\n]*\bphp\b[^\n]*\n)?\s*<\?php\b")
"""A PHP program kept among the scripts (`#!/usr/bin/env php` then `<?php`)."""


def runs_tests(top: str, folder: str) -> bool:
    """Whether a command file of the unit's folder or of the repository runs the tests. A PHP
    program kept in `bin/` is no command line: Symfony's recipe installs `bin/phpunit`, the
    bridge's launcher, whose PHP names PHPUnit's folders (`__DIR__.'/.phpunit'`) and runs
    nothing until someone calls it."""
    return any(
        _RUNS.search(line) and not _NOT_A_RUN.search(line)
        for _, text in command_texts(top, tuple(dict.fromkeys((folder, ""))))
        if not _PHP_SCRIPT.match(text)
        for line in text.splitlines()
    )
