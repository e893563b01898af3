"""A pytest declared in a repository that holds no test at all.

Project templates and habit put pytest in a Python project's development list (a Poetry `dev`
group, a `requirements-dev.txt`) before any test is written, and many projects never write one:
the declaration is all there is. pytest then runs nothing, and a reader asked for the project's
test framework answers none. So where every test signal of a Python unit is a declaration of
pytest (no pytest settings, `conftest.py`, nor module written to its API, each of which is a
signal of the files' own) and the whole repository holds no sign of a test: no Python module
named as one (`test_*.py`, `*_test.py`, `tests.py`), no `conftest.py`, and no folder named for
tests (`tests/`, `test/`, `testing/`, `__tests__`, `*_tests`; one in a settings folder holds a
test environment's settings), the declarations are dropped and the unit has no test framework.
A Django app's `tests.py` holding no statement beyond imports (`startapp`'s stub, `# Create your
tests here.`, even its import commented out) is no test either.
A command of the project running pytest (a CI step, a Makefile target) keeps it: the project
says it runs a suite, whatever this walk could not see.

A settings table in the file that holds every tool's settings (pyproject's
`[tool.pytest.ini_options]`, setup.cfg's `[tool:pytest]`) that tells pytest nowhere to look —
no `testpaths` nor `python_files`, only options such as `addopts = "-p no:warnings"` or
`asyncio_mode` — is the same template's leftover as the declaration beside it, and is dropped
with it; one naming where tests live, a file kept for pytest alone (pytest.ini), or settings
with no declaration of pytest beside them keep it.

The walk covers the whole repository, not the unit's folder alone, so a suite kept apart from
the package (a root `tests/` beside `api/`, a separate `e2e/` folder of `test_*.py`) keeps the
declaration; it gives up, keeping it too, past `MAX_ENTRIES` files and folders. A folder named
for tests inside another language's project, though (a Gradle service's `src/test` beside the
Python service in a monorepo), holds that project's suite, which pytest never runs: only a
Python test module found there keeps the declaration (`foreign_projects`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable

from designer.detect.assemble import Unit
from designer.detect.project_commands import runs_pytest
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

MAX_ENTRIES = 40_000
"""Files and folders walked at most: a larger tree is left alone (its pytest kept)."""

_TEST_FOLDERS = frozenset({"test", "tests", "testing", "__tests__", "spec", "specs"})
"""Folder names that hold tests, in any language (a JavaScript `__tests__` too: a
repository that keeps tests anywhere is not called testless)."""


def drop_unused(top: str, units: dict[str, Unit]) -> None:
    """Drop the pytest declarations of the Python units whose repository holds no test."""
    drop_declared_tests(
        top,
        units,
        "python",
        lambda s: (
            s.name == "pytest" and (s.strength is not Strength.ENTRY or _bare_settings(top, s))
        ),
        test_module,
        lambda own: (
            runs_pytest(top, tuple(dict.fromkeys((own, ""))))
            or not _declared(units.get(own or "."))
        ),
        stub=lambda path: _stub(top, path),
        foreign=foreign_projects(units, "python"),
    )


_SHARED_SETTINGS = frozenset({"pyproject.toml", "setup.cfg"})
"""Files holding every tool's settings, where a template leaves pytest's table alone."""

_DISCOVERY = re.compile(
    r"^[ \t]*(?:testpaths|python_files|python_classes|python_functions)\b", re.MULTILINE
)
"""pytest options telling where the tests are: settings naming them describe a suite."""


def _declared(unit: Unit | None) -> bool:
    """Whether `unit` declares pytest as a dependency: bare settings alone are kept."""
    return unit is not None and any(
        s.kind is FindingKind.TEST and s.name == "pytest" and s.strength is not Strength.ENTRY
        for s in unit.signals.get("python", [])
    )


def _bare_settings(top: str, signal: Signal) -> bool:
    """Whether `signal` is pytest's table in a shared settings file naming no test location."""
    path, line = signal.evidence.path, signal.evidence.line
    if path.rpartition("/")[2] not in _SHARED_SETTINGS or not line:
        return False
    text = read_text(top, path)[0]
    if text is None:
        return False
    rows = text.splitlines()[line:]
    end = next((i for i, row in enumerate(rows) if row.lstrip().startswith("[")), len(rows))
    return _DISCOVERY.search("\n".join(rows[:end])) is None


def foreign_projects(units: dict[str, Unit], language: str) -> frozenset[str]:
    """The folders of projects whose manifests are all of other languages than `language`
    and that hold no project of it (a JVM service's folder beside a Python one; not a root
    whose build holds the Python project too): their test folders are their own suites."""
    own = [u.folder for u in units.values() if any(e == language for _, e, _ in u.manifests)]
    return frozenset(
        unit.folder
        for unit in units.values()
        if unit.folder != "."
        and unit.manifests
        and all(e != language for _, e, _ in unit.manifests)
        and not any(f == unit.folder or f.startswith(unit.folder + "/") for f in own)
    )


def drop_declared_tests(
    top: str,
    units: dict[str, Unit],
    language: str,
    declaration: Callable[[Signal], bool],
    is_test_file: Callable[[str], bool],
    kept: Callable[[str], bool],
    stub: Callable[[str], bool] | None = None,
    foreign: frozenset[str] = frozenset(),
    apart: Callable[[], frozenset[str]] = frozenset,
    folder_holds: Callable[[str], bool] | None = None,
) -> None:
    """Drop the test signals of `language` from every unit whose test signals are all
    `declaration`s, when the repository holds no test (`holds_tests` with `is_test_file`, walked
    once, on the first such unit, without the folders `apart` gives) and `kept` (given the
    unit's folder, `""` for the root) finds no command of the project running them; a file
    `stub` (given its path from `top`) finds a placeholder is none, and a test folder inside one
    of the `foreign` projects' folders is theirs; `folder_holds` judges a test folder's
    contents as `holds_tests` says. Shared with `testless_node`."""
    testless: bool | None = None
    for unit in units.values():
        found = unit.signals.get(language, [])
        tests = [s for s in found if s.kind is FindingKind.TEST]
        if not tests or not all(declaration(s) for s in tests):
            continue
        if testless is None:
            testless = not holds_tests(
                top, is_test_file, stub, foreign=foreign, apart=apart(), folder_holds=folder_holds
            )
        if not testless:
            return
        if kept("" if unit.folder == "." else unit.folder):
            continue
        unit.signals[language] = [s for s in found if s.kind is not FindingKind.TEST]


def holds_tests(
    top: str,
    is_test_file: Callable[[str], bool],
    stub: Callable[[str], bool] | None = None,
    folder: str = ".",
    apart: frozenset[str] = frozenset(),
    foreign: frozenset[str] = frozenset(),
    folder_holds: Callable[[str], bool] | None = None,
) -> bool:
    """Whether the repository under `top` holds a file `is_test_file` names a test (by its
    name) that `stub` (given its path from `top`) does not find a placeholder, or a folder
    named for tests holding anything but hidden files (hidden folders and installed packages
    left out); True past `MAX_ENTRIES`. Only `folder` is walked when given, without the
    folders `apart` (both relative to `top`); a test folder inside one of the `foreign`
    folders counts for nothing (its test files still do). Where `folder_holds` is given, a
    test folder counts only when it says (given the folder's path from `top`) that what the
    folder holds is a test. Shared with `testless_node` and `testless_jvm`."""
    left = MAX_ENTRIES
    start = top if folder == "." else os.path.join(top, *folder.split("/"))
    for path, dirs, files in os.walk(start):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "node_modules"]
        if apart:
            here = os.path.relpath(path, top).replace(os.sep, "/")
            prefix = "" if here == "." else here + "/"
            dirs[:] = [d for d in dirs if prefix + d not in apart]
        left -= len(dirs) + len(files)
        if left < 0:
            return True
        where = os.path.relpath(path, top).replace(os.sep, "/")
        if any(
            is_test_file(f) and not (stub and stub(f if where == "." else f"{where}/{f}"))
            for f in files
        ):
            return True
        # A test folder holding nothing but hidden files is a placeholder, no suite (Laravel's
        # `storage/framework/testing/` keeps only its `.gitignore`); one inside a settings
        # folder holds the test environment's settings (Symfony's `config/packages/test/`,
        # what `APP_ENV=test` loads), no test either; nor is a migration's folder named by its
        # timestamp (one its author named `…_test`); nor a deployment environment's folder, a
        # `test/` beside `prod/` (a pipeline's `deployment/test/Jenkinsfile`).
        if (
            path != start
            and _test_folder(os.path.basename(path))
            and (dirs or any(not f.startswith(".") for f in files))
            and not _in_settings(os.path.relpath(path, top))
            and not _environment(path)
            and not _MIGRATION.match(os.path.basename(path))
            and not _inside(where, foreign)
            and (folder_holds is None or folder_holds(where))
        ):
            return True
    return False


def _inside(where: str, folders: frozenset[str]) -> bool:
    """Whether the folder `where` (from the repository's top) lies in one of `folders`."""
    return any(where == f or where.startswith(f + "/") for f in folders)


_SETTINGS_FOLDERS = frozenset({"config", "configs"})
"""Folders of a project's settings: a test-named folder below one is an environment's."""


def _in_settings(relative: str) -> bool:
    """Whether the folder at `relative` (from the repository's top) lies in a settings folder."""
    return any(part.lower() in _SETTINGS_FOLDERS for part in relative.split(os.sep)[:-1])


_ENVIRONMENTS = frozenset({"prod", "production", "staging", "stage", "preprod", "uat"})
"""Folders named for a deployment environment other than test: a `test/` beside one is the test
environment's (its pipeline, its parameters), no suite."""

_ENVIRONMENT_TESTS = frozenset({"test", "testing"})
"""How a test environment's folder is named (never `tests/`, a suite's)."""


def _environment(path: str) -> bool:
    """Whether the folder at `path` is a test environment's: named `test` or `testing`, beside
    a folder named for another deployment environment."""
    if os.path.basename(path).lower() not in _ENVIRONMENT_TESTS:
        return False
    try:
        siblings = os.listdir(os.path.dirname(path))
    except OSError:
        return False
    return any(
        name.lower() in _ENVIRONMENTS and os.path.isdir(os.path.join(os.path.dirname(path), name))
        for name in siblings
    )


_MIGRATION = re.compile(r"^\d{8,}[_-]")
"""A migration's folder, named by its timestamp (Prisma's `20250309210955_test/`, named `…_test`
by its author): no suite, whatever its name ends with. A test folder of a migration tool
(`migration/tests/`) keeps no such stamp."""


def _test_folder(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TEST_FOLDERS or lowered.endswith(("_tests", "_test", "-tests", "-test"))


def test_folder(name: str) -> bool:
    """Whether `name` is a folder named for tests (`test`, `__tests__`, `api-tests`). Shared
    with `testless_node`."""
    return _test_folder(name)


STUB = "tests.py"
"""The module Django's `startapp` writes for an app's tests, empty but for an import."""

_STATEMENT = re.compile(r"^(?![ \t]*(?:#|$|import[ \t]|from[ \t]+[\w.]+[ \t]+import[ \t]))", re.M)
"""A line that is neither blank, a comment nor an import: the start of some statement."""


def _stub(top: str, path: str) -> bool:
    """Whether the Python module at `path` is a Django app's test placeholder: a `tests.py`
    holding nothing but imports and comments."""
    if path.rpartition("/")[2] != STUB:
        return False
    text = read_text(top, path)[0]
    return text is not None and _STATEMENT.search(text) is None


def test_module(name: str) -> bool:
    """Whether `name` is a Python test module or pytest's plugin module (`test_app.py`,
    `app_test.py`, `tests.py`, `conftest.py`)."""
    lowered = name.lower()
    if not lowered.endswith(".py"):
        return False
    stem = lowered[:-3]
    return stem == "conftest" or stem.startswith("test") or stem.endswith(("_test", "tests"))
