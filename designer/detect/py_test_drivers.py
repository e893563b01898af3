"""Python: a database driver a project declares and imports only in its tests.

A service may declare a second driver for its test suite alone: a time-series API storing its
records in CrateDB through `crate` keeps `pymongo` among its packages because a `conftest.py`
fixture seeds a MongoDB container other tests read. Ranked by the manifest, both drivers are
the program's, and the document store may outrank the SQL one. What the program runs on is
what its modules outside the tests import. So where a Python project declares two drivers or
more, imports at least one of them from its own modules and never imports another outside its
tests (`tests/`, `test_*.py`, `conftest.py`) while a test does import it, that one's data layer
and engine are dropped. A driver no module imports at all is left to the rules on unopened
drivers; a tree past the reading budget is left as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

MODULES = {
    "PyMongo": "pymongo",
    "crate": "crate",
    "psycopg": "psycopg",
    "psycopg2": "psycopg2",
    "asyncpg": "asyncpg",
    "cx_Oracle": "cx_Oracle",
    "pymssql": "pymssql",
}
"""Driver data layers (the catalog's query names) → the module the code imports."""

MAX_TEST_FILES = 400
"""Test files read per project at most, looking for the driver's import."""

_DRIVER_KINDS = frozenset({FindingKind.QUERY, FindingKind.DATABASE})


def _imports(modules: list[str]) -> re.Pattern[str]:
    return re.compile(
        r"^[ \t]*(?:import|from)[ \t]+(" + "|".join(map(re.escape, modules)) + r")\b", re.MULTILINE
    )


def drop_test_only(top: str, units: dict[str, Unit]) -> None:
    """Remove the data layer and engine of each driver a Python project declares beside
    others and imports only from its tests (see the module's docstring)."""
    folders = list(units)
    for folder, unit in units.items():
        signals = unit.signals.get(LANGUAGE, [])
        declared = {
            MODULES[s.name]: s.package
            for s in signals
            if s.kind is FindingKind.QUERY
            and s.name in MODULES
            and s.strength is Strength.DEPENDENCY
            and s.package
        }
        # An ORM beside the drivers may load any of them through its URL, with no import
        # (set 169's counter-case): each stays, as `bare_drivers` keeps them.
        if len(declared) < 2 or any(s.kind is FindingKind.ORM for s in signals):
            continue
        nested = nested_projects(folder, folders)
        pattern = _imports(sorted(declared))
        own: set[str] = set()
        for found in each_module(top, folder, nested):
            if found is None:
                own = set(declared)  # past the budget: taken to import everything
                break
            path, text = found
            if path.rsplit("/", 1)[-1] == "conftest.py":
                continue
            own.update(m.group(1) for m in pattern.finditer(text))
        unused = set(declared) - own
        if not own or not unused:
            continue
        tested = _test_imports(top, folder, nested, pattern) & unused
        packages = {declared[module] for module in tested}
        if packages:
            unit.signals[LANGUAGE] = [
                s for s in signals if not (s.package in packages and s.kind in _DRIVER_KINDS)
            ]


def _test_imports(top: str, folder: str, nested: set[str], pattern: re.Pattern[str]) -> set[str]:
    """Which of the pattern's modules the project's test files import."""
    seen: set[str] = set()
    for path in code_files(top, folder, (".py",), MAX_TEST_FILES, nested=nested):
        if path is None:
            break
        name = path.rsplit("/", 1)[-1]
        parts = path.split("/")
        if not (
            name == "conftest.py"
            or name.startswith("test_")
            or any(p in ("tests", "test") for p in parts[:-1])
        ):
            continue
        seen.update(m.group(1) for m in pattern.finditer(read_text(top, path)[0] or ""))
    return seen
