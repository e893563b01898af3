"""Codeception unit suites that hold no test.

`codecept bootstrap` writes a `unit.suite.yml` and an empty `unit/` folder beside the
acceptance and functional suites; a project may keep that scaffold while its unit tests are
PHPUnit's own (a `phpunit.xml` over `tests/*Test.php`). A unit suite settings file makes
Codeception the main test framework (`assemble.UNIT_SUITES`) only where the suite runs
something: when its folder is there and holds no test class (`*Test.php`, `*Cest.php`,
`*Cept.php`), or is not there at all while the settings name no folder of their own and
the project keeps PHPUnit's own configuration (`phpunit.xml.dist`: the scaffold's settings
kept after its empty `unit/` folder was dropped from the repository, git keeping no empty
folder, the unit tests being PHPUnit's), the settings file's signal is dropped and
Codeception stays the second suite it is. A suite whose folder is elsewhere (a `path:` of
its own) is left as it is.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import UNIT_SUITES, Unit
from designer.detect.codewalk import all_code_files
from designer.model.stack import FindingKind

_TESTS = ("Test.php", "Cest.php", "Cept.php")
"""How Codeception and PHPUnit name the files of test classes and scenarios."""

_OWN_PATH = re.compile(r"^path[ \t]*:", re.MULTILINE)
"""A suite settings file's own folder (`path: unit-tests`), instead of the suite's name."""

_PHPUNIT_SETTINGS = frozenset({"phpunit.xml", "phpunit.xml.dist"})
"""PHPUnit's own configuration files."""

MAX_FILES = 2000
"""PHP files read per suite folder at most: a larger folder is taken to hold tests."""


def drop_empty(top: str, units: dict[str, Unit]) -> None:
    """Drop, from each PHP unit, the signal of a unit suite settings file whose suite folder
    holds no test."""
    for unit in units.values():
        found = unit.signals.get("php", [])
        phpunit = any(
            s.kind is FindingKind.TEST
            and s.name == "PHPUnit"
            and posixpath.basename(s.evidence.path) in _PHPUNIT_SETTINGS
            for s in found
        )
        empty = {
            s.evidence.path
            for s in found
            if s.kind is FindingKind.TEST
            and posixpath.basename(s.evidence.path) in UNIT_SUITES
            and _empty_suite(top, s.evidence.path, phpunit)
        }
        if empty:
            unit.signals["php"] = [s for s in found if s.evidence.path not in empty]


def _empty_suite(top: str, settings: str, phpunit: bool) -> bool:
    """Whether the `unit/` folder beside the suite settings file at `settings` holds no test
    file: it exists and is empty of tests, or it is missing, the settings name no folder of
    their own and the project configures `phpunit` for its unit tests."""
    folder = posixpath.join(posixpath.dirname(settings), "unit")
    if not os.path.isdir(os.path.join(top, *folder.split("/"))):
        return phpunit and not _own_path(top, settings)
    paths = all_code_files(top, folder, _TESTS, MAX_FILES)
    return paths is not None and not paths


def _own_path(top: str, settings: str) -> bool:
    """Whether the suite settings file at `settings` names a folder of its own (`path:`), or
    cannot be read (then it is left as it is)."""
    try:
        with open(os.path.join(top, *settings.split("/")), encoding="utf-8", errors="replace") as f:
            return bool(_OWN_PATH.search(f.read(65536)))
    except OSError:
        return True
