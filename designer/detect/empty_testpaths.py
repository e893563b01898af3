"""pytest settings whose suite folders hold no test module.

A project's pyproject.toml may carry a pytest table naming where its tests live (`testpaths =
["test"]`) while the folder holds only a placeholder (an empty `TODO.py`): the settings were
written ahead of a suite never written, and pytest, run there, collects nothing. Where every test
signal of a Python project is such a table in a shared settings file (no pytest declared, no
`conftest.py`, no module written to its API) and each folder it names exists in the project and
holds no Python test module (`testless_pytest.test_module`), the project has no test framework.
A table that also changes which files are collected (`python_files`) is left alone, as is a
named path that does not exist (the walk cannot tell what it would hold).
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.detect.testless_pytest import test_module
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

_TESTPATHS = re.compile(r"^[ \t]*testpaths[ \t]*=[ \t]*(\[[^\]]*\]|\"[^\"\n]*\"|'[^'\n]*')", re.M)
_QUOTED = re.compile(r"\"([^\"\n]*)\"|'([^'\n]*)'")
_COLLECTION = re.compile(r"^[ \t]*python_files\b", re.M)

_MAX_FILES = 2_000
"""Files looked at per named folder at most: a larger folder is taken to hold a suite."""


def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop the test signals of each Python unit whose only test signals are pytest tables
    naming suite folders that hold no test module."""
    for unit in units.values():
        found = unit.signals.get(LANGUAGE, [])
        tests = [s for s in found if s.kind is FindingKind.TEST]
        if tests and all(_empty_suite(top, unit.folder, s) for s in tests):
            unit.signals[LANGUAGE] = [s for s in found if s.kind is not FindingKind.TEST]


def _empty_suite(top: str, folder: str, signal: Signal) -> bool:
    """Whether `signal` is a pyproject pytest table of `folder` whose named folders all exist
    and hold no test module."""
    evidence = signal.evidence
    if (
        signal.name != "pytest"
        or signal.strength is not Strength.ENTRY
        or evidence is None
        or not evidence.line
        or posixpath.basename(evidence.path) != "pyproject.toml"
        or (posixpath.dirname(evidence.path) or ".") != folder
    ):
        return False
    text = read_text(top, evidence.path)[0]
    if text is None:
        return False
    rows = text.splitlines()[evidence.line :]
    end = next((i for i, row in enumerate(rows) if row.lstrip().startswith("[")), len(rows))
    table = "\n".join(rows[:end])
    match = _TESTPATHS.search(table)
    if match is None or _COLLECTION.search(table):
        return False
    paths = [a or b for a, b in _QUOTED.findall(match.group(1))]
    return bool(paths) and all(_holds_no_test(top, folder, path) for path in paths)


def _holds_no_test(top: str, folder: str, path: str) -> bool:
    """Whether `path` (from the project's `folder`) is a folder inside the project holding no
    Python test module."""
    relative = posixpath.normpath(posixpath.join(folder, path))
    if relative.startswith("..") or relative == posixpath.normpath(folder):
        return False
    start = os.path.join(top, *relative.split("/"))
    if not os.path.isdir(start):
        return False
    left = _MAX_FILES
    for _, dirs, files in os.walk(start):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        left -= len(files)
        if left < 0 or any(test_module(f) for f in files):
            return False
    return True
