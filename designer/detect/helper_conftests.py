"""A `conftest.py` that is a plain helper module, beside a suite of another test tool.

pytest reads a `conftest.py` for its fixtures, hooks and plugins, so the file's name alone is
taken as pytest's mark. A project whose suite is written to `unittest`/Django `TestCase`s and
run by `manage.py test` may still keep a module of shared helpers under that name (functions
its test modules import: `from app.tests.conftest import make_user`) with nothing of pytest in
it: no `import pytest`, no fixture, no `pytest_*` hook, no `pytest_plugins`. Where every sign of
pytest in a unit is such a file (nothing declares pytest, no pytest settings, no test module
written to its API) and the unit's files name another test tool, pytest is outnumbered and the
other tool stays the main one. A `conftest.py` that defines a fixture or a hook, or imports
pytest, keeps pytest as it was.

So does a command of the project running pytest (a CI script's `coverage run -m py.test`, a
Makefile's `pytest tests`): the suite is collected by pytest, which runs the `TestCase`s as they
are and reads the `conftest.py` whatever it holds (one re-exporting a fixture of a sibling module,
`from .fixture import run_test_server`), as `nose_runner` and `unittest_discover` keep pytest
where a command runs it.
"""

from __future__ import annotations

import os
import re

from designer.detect.assemble import Unit
from designer.detect.project_commands import runs_pytest
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

_PYTEST_CODE = re.compile(
    r"^[ \t]*(?:import[ \t]+pytest\b|from[ \t]+(?:pytest|_pytest)\b"
    r"|@[\w.]*fixture\b|def[ \t]+pytest_\w+|pytest_plugins\b)",
    re.MULTILINE,
)
"""What makes a `conftest.py` pytest's: pytest imported, a fixture, a hook, a plugin list."""

_LIMIT = 200_000
"""Bytes of a `conftest.py` read (helpers modules are small)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Count pytest as outnumbered in the Python units whose only pytest signals are helper
    modules named `conftest.py` with nothing of pytest in them, beside another test tool."""
    for unit in units.values():
        tests = [s for s in unit.signals.get(LANGUAGE, []) if s.kind is FindingKind.TEST]
        pytest = [s for s in tests if s.name == "pytest"]
        if not pytest or not all(_conftest(s) for s in pytest):
            continue
        if not any(s.name != "pytest" and s.strength is Strength.ENTRY for s in tests):
            continue
        if all(_helpers_only(top, s.evidence.path) for s in pytest) and not _runs_pytest(top, unit):
            unit.outnumbered.add("pytest")


def _runs_pytest(top: str, unit: Unit) -> bool:
    """Whether a command of the unit's folder or of the repository runs pytest."""
    own = "" if unit.folder == "." else unit.folder
    return runs_pytest(top, tuple(dict.fromkeys((own, ""))))


def _conftest(signal: Signal) -> bool:
    """Whether `signal` is pytest known from a file named `conftest.py` (the file itself)."""
    return (
        signal.strength is Strength.ENTRY
        and signal.evidence.path.rpartition("/")[2] == "conftest.py"
    )


def _helpers_only(top: str, path: str) -> bool:
    """Whether the `conftest.py` at `path` holds nothing of pytest's (no import of it, no
    fixture, hook nor plugin list): a module of helpers the test modules import."""
    try:
        with open(os.path.join(top, path), encoding="utf-8", errors="replace") as handle:
            text = handle.read(_LIMIT)
    except OSError:
        return False
    return _PYTEST_CODE.search(text) is None
