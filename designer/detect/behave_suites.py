"""Which of behave and pytest runs a Python unit's suite, by a count of their test files.

A project whose tests are behave's Gherkin features (`features/*.feature` beside their step
modules) often declares pytest too: a few modules checking the features themselves (that each
scenario names an operation of the OpenAPI document), a helper's unit test. And a project
tested with pytest may keep a handful of behave features for its acceptance scenarios. The
declarations and settings files alone do not tell which suite is the project's, but the files
do: each feature file is one of behave's tests as each `test_*.py` module is one of pytest's.
So where a Python unit names both, the `.feature` files and the pytest test modules under its
folder are counted, and the tool with fewer is outnumbered (`Unit.outnumbered`); the other is
the main test framework. A tie, or a tree too large to count within `MAX_FILES`, is left as
the other readings rank it.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.model.stack import FindingKind

LANGUAGE = "python"

MAX_FILES = 5000
"""Feature files and Python modules listed per unit at most: a larger tree is left alone."""

_SKIPPED = frozenset({"node_modules", "site-packages", "venv", "env", "__pycache__"})
"""Folders of installed packages, whose tests are not the project's."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Count behave or pytest as outnumbered in the Python units naming both, by their files."""
    for unit in units.values():
        named = {s.name for s in unit.signals.get(LANGUAGE, []) if s.kind is FindingKind.TEST}
        if not {"behave", "pytest"} <= named:
            continue
        files = all_code_files(
            top, unit.folder, (".feature", ".py"), MAX_FILES, skip_dir=_SKIPPED.__contains__
        )
        if files is None:
            continue
        features = sum(1 for path in files if path.endswith(".feature"))
        modules = sum(1 for path in files if _test_module(path))
        if features > modules:
            unit.outnumbered.add("pytest")
        elif modules > features:
            unit.outnumbered.add("behave")


def _test_module(path: str) -> bool:
    """Whether the file at `path` is named as a test module pytest collects (`test_*.py`,
    `*_test.py`)."""
    name = path.rpartition("/")[2]
    return name.endswith(".py") and (name.startswith("test_") or name.endswith("_test.py"))
