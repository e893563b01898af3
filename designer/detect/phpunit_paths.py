"""PHPUnit settings whose suites name only folders the project does not have.

A framework's application skeleton (CakePHP's, Laravel's) ships a `phpunit.xml.dist` whose
suite names `./tests/TestCase` before any test is written; an application that never wrote one
keeps the file while its `tests/` folder is not in the repository. The settings then run
nothing: they are no test suite. `testless_php` reads the same way a repository with no test at
all; this rule reads the settings themselves, so that test classes elsewhere in the tree (the
own suites of third-party plugins copied into `plugins/`, with their own settings) do not lend
the application a framework its own settings never reach. Where a PHPUnit settings file names
its suites' folders and files and none of them exists beside it, that file's signal is dropped;
PHPUnit from `composer.json`, from settings naming a folder that is there (an application's own
plugin's tests listed as a suite of its own: `./plugins/Admin/tests/TestCase`), or from settings
naming no path stays, and so does every signal where a command of the project runs PHPUnit.
A path with a wildcard (`./modules/*/tests`) is taken as found.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import LazyPattern
from designer.detect.testless_php import LANGUAGE, runs_tests
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_SETTINGS = frozenset({"phpunit.xml", "phpunit.xml.dist"})
"""PHPUnit's own configuration files."""

_SUITE_PATH = LazyPattern(r"<(directory|file)\b[^>]*>\s*([^<]*?)\s*</\1>")
"""A suite's folder or file (`<directory suffix="Test.php">./tests/TestCase</directory>`). The
coverage filter's `<directory>` entries name sources, not tests: only the ones inside
`<testsuite>` elements are read."""

_SUITES = LazyPattern(r"<testsuite\b[^>]*>(.*?)</testsuite>", re.DOTALL)
"""A `<testsuite>` element and its content."""

_COMMENT = LazyPattern(r"<!--.*?-->", re.DOTALL)
"""An XML comment: a suite commented out runs nothing."""

_WILDCARD = re.compile(r"[*?\[]")


def drop_missing(top: str, units: dict[str, Unit]) -> None:
    """Drop, from each PHP unit, the PHPUnit signal of a settings file whose suite paths are
    all missing, unless a command of the project runs PHPUnit."""
    for unit in units.values():
        found = unit.signals.get(LANGUAGE, [])
        missing = {
            s.evidence.path
            for s in found
            if s.kind is FindingKind.TEST
            and posixpath.basename(s.evidence.path) in _SETTINGS
            and _paths_missing(top, s.evidence.path)
        }
        if not missing or runs_tests(top, unit.folder):
            continue
        unit.signals[LANGUAGE] = [
            s for s in found if not (s.kind is FindingKind.TEST and s.evidence.path in missing)
        ]


def _paths_missing(top: str, settings: str) -> bool:
    """Whether the settings file at `settings` names suite paths and none exists beside it."""
    text, _ = read_text(top, settings)
    if not text:
        return False
    paths = [
        path
        for suite in _SUITES.findall(_COMMENT.sub("", text))
        for _, path in _SUITE_PATH.findall(suite)
        if path
    ]
    if not paths or any(_WILDCARD.search(p) for p in paths):
        return False
    folder = posixpath.dirname(settings)
    return not any(
        os.path.exists(os.path.join(top, *posixpath.normpath(posixpath.join(folder, p)).split("/")))
        for p in paths
    )
