"""Python servers a sibling's tests start as a subprocess: test doubles, not backends.

Beside a service that reads feeds from other systems, a repository may keep a small server
standing in for one of them (`verification_feed/app.py`: an aiohttp server generating a page of
sample activities for any timestamp) so that the service can be run and tested end to end. The
service's own tests start it as a process of theirs (`[sys.executable, '-m',
'verification_feed.app']`), as they would a fixture. A server the tests of another project of
the repository launch like that, keeping no data of its own, stands in for the system the
service calls; it may still be built or pushed beside it (a demo feed on the platform), which
does not make it a product's backend.

Only Python test files are read (under a `tests`/`test` folder or named `test_*.py`,
`*_test.py`, `tests*.py`), of the other units, within a budget; a server with a data layer, an
engine or migrations stays a backend whoever starts it.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit, shows_own_data
from designer.detect.codewalk import all_code_files
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

MAX_FILES = 400
"""Python files of a unit walked at most when looking for its tests."""

_TEST_DIRS = frozenset({"test", "tests"})

_SPAWNED = re.compile(r"""["']-m["'][ \t]*,[ \t]*["']([\w.]+)["']""")
"""A module a process is started on (`[sys.executable, '-m', 'verification_feed.app']`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.stands_in` on the dataless Python servers whose module another unit's tests
    start as a process."""
    servers = {
        _dotted(unit.folder): unit
        for unit in units.values()
        if unit.folder != "."
        and any(s.kind is FindingKind.FRAMEWORK for s in unit.signals.get(LANGUAGE, []))
        and not shows_own_data(unit, runtime=True)
    }
    if not servers:
        return
    for unit in units.values():
        if not unit.signals.get(LANGUAGE):
            continue
        # The units below it are walked for their own tests, not this one's.
        nested = {
            other for other in units if other != unit.folder
            and (unit.folder == "." or other.startswith(unit.folder + "/"))
        }
        for module in _spawned_by_tests(top, unit.folder, nested):
            for dotted, server in servers.items():
                if server is not unit and (module == dotted or module.startswith(dotted + ".")):
                    server.stands_in = True


def _dotted(folder: str) -> str:
    """The module path a folder is imported as from the repository's root."""
    return folder.replace("/", ".")


def _spawned_by_tests(top: str, folder: str, nested: set[str]) -> set[str]:
    """The modules the unit's own Python test files (not those of the `nested` units) start
    processes on."""
    paths = all_code_files(top, folder, (".py",), MAX_FILES, nested=nested) or []
    found: set[str] = set()
    for path in paths:
        if not _is_test(path):
            continue
        text = read_text(top, path)[0] or ""
        if "-m" in text:
            found.update(match.group(1) for match in _SPAWNED.finditer(text))
    return found


def _is_test(path: str) -> bool:
    """Whether a Python file is a test's: in a tests folder, or named as one."""
    name = posixpath.basename(path)
    return (
        not _TEST_DIRS.isdisjoint(posixpath.dirname(path).split("/"))
        or name.startswith(("test_", "tests"))
        or name.endswith("_test.py")
    )
